using System.Text;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>
/// A ready-to-send reply to the requester asking for exactly what the request lacks, worded as the providers'
/// published guidelines ask for it (formal, saying what the provider needs and why). Pure: the same result and
/// case number give the same text. A human reads it before it is sent.
/// </summary>
public static class MissingInfoRequest
{
    /// <summary>What the letter needs to know: the type, the missing field names, the finding codes, whom to
    /// address and the agency's own reference.</summary>
    public sealed record MissingInfoFacts(
        LegalProcessType ProcessType,
        IReadOnlyList<string> MissingFields,
        IReadOnlyList<string> FindingCodes,
        string? ContactPerson,
        string? AgencyReference,
        bool Emergency);

    /// <summary>The letter for <paramref name="result"/>'s missing fields, quoting our reference
    /// <paramref name="caseId"/>; when nothing is missing, a one-line note saying so (nothing to send).</summary>
    public static string Compose(TriageResult result, string caseId)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Compose(new MissingInfoFacts(result.ProcessType, result.MissingFields, [.. result.Findings.Select(f => f.Code)],
            result.Fields.ContactPerson, result.Fields.CaseReference, result.Flags.Emergency), caseId);
    }

    /// <summary>The same letter from what a stored case remembers of its triage.</summary>
    public static string Compose(MissingInfoFacts facts, string caseId)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        var missing = facts.MissingFields;
        var problems = facts.FindingCodes.Where(code => code is "CONTENT_REQUIRES_WARRANT" or "CIVIL_CONTENT_BARRED" or "FOREIGN_DIRECT_PROCESS" or "NON_DISCLOSURE_NO_END").Distinct().ToList();
        if (missing.Count == 0 && problems.Count == 0) return $"Nothing is missing from {caseId}: there is no information to request.";

        var text = new StringBuilder();
        text.AppendLine($"Subject: Your request - our reference {caseId} - further information required");
        text.AppendLine();
        text.AppendLine($"Dear {(string.IsNullOrWhiteSpace(facts.ContactPerson) ? "Sir or Madam" : facts.ContactPerson.Trim())},");
        text.AppendLine();
        var theirs = string.IsNullOrWhiteSpace(facts.AgencyReference) ? "" : $" (your reference {facts.AgencyReference.Trim()})";
        text.AppendLine($"Thank you for your {Kind(facts.ProcessType)}{theirs}, which we have logged under our reference {caseId}.");
        if (missing.Count > 0)
        {
            text.AppendLine("Before we can process it, we need the following information:");
            text.AppendLine();
            var n = 1;
            foreach (var field in missing) text.AppendLine($"  {n++}. {Ask(field)}");
        }
        foreach (var code in problems)
        {
            text.AppendLine();
            text.AppendLine(Explain(code));
        }
        if (facts.ProcessType == LegalProcessType.Preservation)
        {
            text.AppendLine();
            text.AppendLine("Preservation requests must be signed and dated on agency letterhead, name the account (username and profile URL) and give a valid return e-mail address. We preserve records for 90 days under 18 U.S.C. 2703(f) once the request is complete.");
        }
        text.AppendLine();
        text.AppendLine($"Please reply from an official law-enforcement e-mail address and quote our reference {caseId}. We cannot accept requests sent from personal or free e-mail accounts.");
        if (facts.Emergency)
            text.AppendLine("If a person is in imminent danger of death or serious physical injury, please say so at the top of your reply so that we can treat it as an emergency.");
        text.AppendLine();
        text.AppendLine("Yours faithfully,");
        text.AppendLine("Law Enforcement Response Team");
        return text.ToString().TrimEnd();
    }

    private static string Kind(LegalProcessType type) => type switch
    {
        LegalProcessType.Emergency => "emergency disclosure request",
        LegalProcessType.Preservation => "preservation request",
        LegalProcessType.Subpoena or LegalProcessType.Civil => "subpoena",
        LegalProcessType.CourtOrder => "court order",
        LegalProcessType.SearchWarrant => "search warrant",
        LegalProcessType.PenRegister => "pen register / trap and trace order",
        LegalProcessType.Wiretap => "interception order",
        LegalProcessType.International => "request",
        LegalProcessType.NationalSecurity => "legal process",
        _ => "enquiry",
    };

    /// <summary>What we need, in the words the guidelines use, with why where the guidelines give a reason.</summary>
    private static string Ask(string field) => field switch
    {
        "agencyName" => "The name of your agency or department.",
        "country" or "city" or "stateProvince" or "postalCode" or "address" =>
            $"Your agency's {RequestFieldNames.Describe(field).Replace("agency ", "", StringComparison.Ordinal)}, so that we can verify the request.",
        "issuingAuthority" => "The name of the court or authority that issued the legal process.",
        "contactPerson" => "The name and rank or title of the officer or agent handling the matter (and badge number, if any).",
        "email" => "An official law-enforcement e-mail address at which we can reach you; we accept requests only from law-enforcement domains.",
        "phone" => "A direct telephone number for the officer or agent handling the matter.",
        "description" => "A description of the legal inquiry: the investigation and how the requested records relate to it.",
        "matterType" => "The offence under investigation (and the statute, where applicable).",
        "attachedDocumentation" => "A copy of the legal process itself (subpoena, court order or search warrant), signed and dated.",
        "ncmecReportIds" => "The NCMEC CyberTipline report number(s) to which the request relates.",
        "accounts" => "The username and profile URL of each account concerned (or the account ID, e-mail address, or phone number in international format). Usernames can change, so please give the date on which you observed it.",
        "dateRange" => "The date range of the records sought; requests must be limited to a specific period.",
        "responseDeadline" => "The date by which you need a response, if any.",
        "caseReference" => "Your case or reference number.",
        "requestedData" => "The specific information requested and its relationship to your investigation; we cannot act on overly broad requests.",
        "personAtRisk" => "The person who is in danger (name or other identifying details).",
        "emergencyNature" => "The nature of the emergency (for example, a report of suicidal intent or a threat to life).",
        "necessity" => "Why the information is necessary to prevent death or serious physical injury, and why it is needed without delay.",
        _ => RequestFieldNames.Describe(field) + ".",
    };

    private static string Explain(string code) => code switch
    {
        "CONTENT_REQUIRES_WARRANT" => "Please note that we disclose the contents of communications only in response to a search warrant; a subpoena or court order under 18 U.S.C. 2703(d) reaches non-content records only.",
        "CIVIL_CONTENT_BARRED" => "Please note that the Stored Communications Act does not permit us to disclose the contents of communications in response to a civil subpoena.",
        "FOREIGN_DIRECT_PROCESS" => "Please note that we generally require requests from outside the United States to be made through a Mutual Legal Assistance Treaty request or letters rogatory, unless an emergency is involved.",
        "NON_DISCLOSURE_NO_END" => "The non-disclosure order does not state how long it applies; please tell us its duration, as we notify users of requests once an order expires.",
        _ => "",
    };
}
