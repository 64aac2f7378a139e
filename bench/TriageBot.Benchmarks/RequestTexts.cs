using System.Text;

namespace TriageBot.Benchmarks;

/// <summary>The inputs measured: a typical request, a megabyte of request-like text, and texts built to make a
/// backtracking regex engine blow up (they must cost time proportional to their length, nothing more).</summary>
public static class RequestTexts
{
    public static readonly string Typical = BuildTypical();

    /// <summary>A request that names no kind of process (the engine asks its learned model about the type).</summary>
    public static readonly string NoProcessCue = """
        From: SA Dana Whitfield <dwhitfield@example-investigations.mil>
        To: legal-requests@northwind-labs.com
        Subject: Records for the account riverbend_77

        Military Investigations Office, Building 4, Fort Example

        The installation commander has signed an authorization for the records of the account riverbend_77 held by
        your company: subscriber details, login IP addresses and the messages stored from 1 March to 30 April 2026.
        The signed authorization is attached. Please send the records to me at the address above.

        SA Dana Whitfield, (555) 010-7788
        """;

    private static string BuildTypical()
    {
        var sb = new StringBuilder();
        sb.AppendLine("From: Det. Marisol Vega <mvega@riverside-county.sheriff.ca.us>");
        sb.AppendLine("To: legal-requests@northwind-labs.com");
        sb.AppendLine("Subject: Search Warrant - Case No. 2026-RSO-118342 - Northwind Labs account records");
        sb.AppendLine("Date: Mon, 16 Nov 2026 10:12:00 -0800");
        sb.AppendLine();
        sb.AppendLine("RIVERSIDE COUNTY SHERIFF'S DEPARTMENT");
        sb.AppendLine("Cybercrimes Investigations Bureau");
        sb.AppendLine("4095 Lemon Street");
        sb.AppendLine("Riverside, CA 92501");
        sb.AppendLine();
        sb.AppendLine("SUPERIOR COURT OF CALIFORNIA, COUNTY OF RIVERSIDE");
        sb.AppendLine("SEARCH WARRANT AND AFFIDAVIT (Penal Code 1524.3; 18 U.S.C. 2703(a))");
        sb.AppendLine();
        for (var i = 0; i < 9; i++)
        {
            sb.AppendLine($"{i + 1}. The affiant, a detective assigned to the Cybercrimes Investigations Bureau for eleven years, states that on or about");
            sb.AppendLine("October 3, 2026 the victim reported that an account on the Northwind Labs assistant service was used to draft extortion messages,");
            sb.AppendLine("and that probable cause exists to believe that records held by Northwind Labs, Inc. will identify the user. The affiant");
            sb.AppendLine("has reviewed the victim's screenshots, the subscriber records already obtained from the victim's mobile carrier, and");
            sb.AppendLine("public posts attributed to the account holder, which together tie the account to the offence under investigation.");
            sb.AppendLine();
        }
        sb.AppendLine("YOU ARE THEREFORE COMMANDED to search the records of Northwind Labs, Inc. for the account marco.quill.77@gmail.com,");
        sb.AppendLine("username @quillmarco, https://chat.northwind-labs.com/u/quillmarco, and to seize:");
        sb.AppendLine("  a. basic subscriber information, account creation date and length of service;");
        sb.AppendLine("  b. IP address logs and login history;");
        sb.AppendLine("  c. the contents of all conversations, including prompts and responses;");
        sb.AppendLine("for the period from August 1, 2026 through October 31, 2026. Please respond no later than December 4, 2026.");
        sb.AppendLine();
        sb.AppendLine("Given under my hand and dated November 13, 2026.  /s/ Hon. Ellen Park, Judge of the Superior Court");
        sb.AppendLine();
        sb.AppendLine("Detective Marisol Vega, #4471");
        sb.AppendLine("Phone: (951) 555-0176");
        sb.AppendLine("mvega@riverside-county.sheriff.ca.us");
        sb.AppendLine();
        sb.AppendLine("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain");
        sb.AppendLine("law enforcement sensitive information. If you received it in error, notify the sender and delete it.");
        return sb.ToString();
    }

    /// <summary>Request-like text repeated to about <paramref name="bytes"/> characters.</summary>
    public static string Large(int bytes)
    {
        var sb = new StringBuilder(bytes + Typical.Length);
        while (sb.Length < bytes) sb.Append(Typical);
        return sb.ToString(0, bytes);
    }

    /// <summary>Inputs that make classic backtracking patterns exponential or quadratic.</summary>
    public static IReadOnlyDictionary<string, Func<int, string>> Hostile { get; } = new Dictionary<string, Func<int, string>>
    {
        ["letters-no-space"] = n => new string('a', n),
        ["at-signs"] = n => Repeat("a@", n),
        ["dotted-emails"] = n => Repeat("a.", n) + "@",
        ["hyphen-breaks"] = n => Repeat("pre-\n", n),
        ["case-labels"] = n => Repeat("Case No. ", n),
        ["cue-repeated"] = n => Repeat("subpoena search warrant CyberTipline ", n),
        ["digits"] = n => new string('7', n),
        ["spaces-then-bang"] = n => new string(' ', n) + "!",
        ["url-no-end"] = n => "https://" + new string('a', n),
        ["date-like"] = n => Repeat("1/1/", n),
        // Content, emergency and refusal cues in every sentence: each hit is weighed in its sentence.
        ["scope-repeated"] = n => Repeat("imminent risk of death to the girl; we need it to find her. all messages and voice messages she received. Inhalte nicht. ", n),
        // One endless line of snake-case words beside account words: each could be a bare handle in prose.
        ["snake-words"] = n => Repeat("account alpha_beta gamma_delta ", n),
    };

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString(0, length);
    }
}
