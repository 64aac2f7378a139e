using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>Names the engine and the store use, in words for people: no camelCase or snake_case reaches a card.</summary>
public static class CardWords
{
    public static string Flag(string flag) => flag switch
    {
        "emergency" => "emergency (danger of death or serious injury)",
        "ncmec" => "child safety (NCMEC)",
        "nonUs" => "from outside the U.S.",
        "suspiciousSender" => "sender not verified",
        "nonDisclosureOrder" => "non-disclosure order",
        "contentRequested" => "asks for content",
        _ => Spaced(flag),
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.InReview => "in review",
        CaseStatus.AwaitingInfo => "awaiting information from the agency",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Status(string? wire) =>
        CaseStatusNames.TryParse(wire, out var status) ? Status(status) : Spaced(wire ?? "");

    public static string Type(string? wire) =>
        LegalProcessTypeNames.TryParse(wire, out var type) ? type.Describe() : Spaced(wire ?? "");

    public static string Outcome(ResponseOutcome outcome) => outcome switch
    {
        ResponseOutcome.ContentProduced => "content produced",
        ResponseOutcome.NonContentProduced => "non-content records produced",
        ResponseOutcome.NoDataFound => "no data found",
        _ => Spaced(outcome.ToString()),
    };

    public static string Field(string name) => RequestFieldNames.Describe(name) is var d && d != name ? d : Spaced(name);

    /// <summary>The law behind a finding, for the reviewer to look up.</summary>
    public static string? Statute(string code) => code switch
    {
        "CONTENT_REQUIRES_WARRANT" => "18 U.S.C. 2703(a)-(b)",
        "CIVIL_CONTENT_BARRED" => "18 U.S.C. 2702(a)",
        "FOREIGN_DIRECT_PROCESS" => "18 U.S.C. 2711(4); MLAT",
        "CLOUD_ACT_AGREEMENT" => "18 U.S.C. 2523, 2713",
        "EMERGENCY_BASIS_INCOMPLETE" => "18 U.S.C. 2702(b)(8), (c)(4)",
        "PRESERVATION_EXPIRY" => "18 U.S.C. 2703(f)",
        "NCMEC_MATTER" => "18 U.S.C. 2258A",
        "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END" => "18 U.S.C. 2705(b)",
        "NATIONAL_SECURITY_PROCESS" => "18 U.S.C. 2709; 50 U.S.C. 1801 ff.",
        "REAL_TIME_COLLECTION" => "18 U.S.C. 2518; 3121-3127",
        _ => null,
    };

    /// <summary>"nonDisclosureOrder" → "non disclosure order", "on_call_primary" → "on call primary".</summary>
    public static string Spaced(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 8);
        foreach (var ch in name)
        {
            if (ch is '_' or '-') words.Append(' ');
            else if (char.IsUpper(ch) && words.Length > 0 && words[^1] != ' ') words.Append(' ').Append(char.ToLowerInvariant(ch));
            else words.Append(ch);
        }
        return words.ToString();
    }
}
