using TriageBot.Triage.Model;

namespace TriageBot.Triage;

/// <summary>
/// The rules staff can change without recompiling: bound from the <c>Triage</c> section of appsettings.json.
/// Field names are the camelCase names of <see cref="RequestFields"/> (as in the JSON output).
/// </summary>
public sealed class TriagePolicy
{
    public const string SectionName = "Triage";

    /// <summary>Fields every request must carry (default: the Anthropic list from the seeds).</summary>
    public List<string> RequiredFields { get; set; } =
    [
        "country", "city", "stateProvince", "postalCode", "address", "agencyName", "contactPerson",
        "email", "phone", "description", "matterType", "attachedDocumentation",
    ];

    /// <summary>Per process type (wire name): more required fields; a name starting with '-' lifts a default.</summary>
    public Dictionary<string, List<string>> RequiredFieldsByType { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["subpoena"] = ["issuingAuthority", "accounts", "caseReference"],
        ["court_order"] = ["issuingAuthority", "accounts", "dateRange"],
        ["search_warrant"] = ["issuingAuthority", "accounts", "dateRange"],
        ["pen_register"] = ["issuingAuthority", "accounts"],
        ["wiretap"] = ["issuingAuthority", "accounts"],
        ["emergency"] = ["personAtRisk", "emergencyNature", "accounts", "necessity", "-attachedDocumentation"],
        ["preservation"] = ["accounts", "email"],
        ["international"] = ["accounts"],
        ["national_security"] = ["accounts"],
        ["civil"] = ["issuingAuthority", "accounts"],
        ["other"] = ["-attachedDocumentation", "-matterType"],
    };

    /// <summary>Per flag: more required fields, e.g. NCMEC report ids for child-safety matters.</summary>
    public Dictionary<string, List<string>> RequiredFieldsByFlag { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ncmec"] = ["ncmecReportIds"],
    };

    /// <summary>A stated response deadline this many days away or fewer makes a request P2.</summary>
    public int DeadlineWindowDays { get; set; } = 7;

    /// <summary>How long a 2703(f) preservation holds; one extension of the same length may be requested.</summary>
    public int PreservationDays { get; set; } = 90;

    /// <summary>The provider's own mail domains: a sender there is a colleague forwarding, not the requester,
    /// and profile URLs there name target accounts.</summary>
    public List<string> OwnDomains { get; set; } = [];

    /// <summary>The provider's own names as requests address it ("Northwind Labs"): its address block in a
    /// letter is the recipient's, not the agency's.</summary>
    public List<string> OwnNames { get; set; } = [];

    /// <summary>Law-enforcement domains outside the government suffixes the engine knows (.gov, .mil,
    /// .police.uk, ...), e.g. a sheriff's office on .org. Subdomains count.</summary>
    public List<string> TrustedDomains { get; set; } = [];

    /// <summary>Extra free-mail providers, on top of the well-known ones built in.</summary>
    public List<string> FreeMailDomains { get; set; } = [];

    /// <summary>Country assumed for phone numbers written without a country code (ISO 3166 alpha-2).</summary>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>Longest text the engine reads; the rest is ignored and a finding says so.</summary>
    public int MaxTextChars { get; set; } = 2_000_000;

    /// <summary>Checks the policy and returns every problem, worded for the person editing appsettings.json.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var known = RequestFieldNames.All;
        void CheckFields(string where, IEnumerable<string> names, bool allowRemoval)
        {
            foreach (var raw in names)
            {
                var name = allowRemoval && raw.StartsWith('-') ? raw[1..] : raw;
                if (!known.Contains(name))
                    problems.Add($"{SectionName}:{where}: unknown field '{raw}'. Known fields: {string.Join(", ", known)}.");
            }
        }

        CheckFields(nameof(RequiredFields), RequiredFields, allowRemoval: false);
        foreach (var (type, fields) in RequiredFieldsByType)
        {
            if (!LegalProcessTypeNames.TryParse(type, out _))
                problems.Add($"{SectionName}:{nameof(RequiredFieldsByType)}: unknown process type '{type}'. Known types: {string.Join(", ", LegalProcessTypeNames.All)}.");
            CheckFields($"{nameof(RequiredFieldsByType)}:{type}", fields, allowRemoval: true);
        }
        foreach (var (flag, fields) in RequiredFieldsByFlag)
        {
            if (!TriageFlags.Names.Contains(flag, StringComparer.OrdinalIgnoreCase))
                problems.Add($"{SectionName}:{nameof(RequiredFieldsByFlag)}: unknown flag '{flag}'. Known flags: {string.Join(", ", TriageFlags.Names)}.");
            CheckFields($"{nameof(RequiredFieldsByFlag)}:{flag}", fields, allowRemoval: false);
        }
        if (DeadlineWindowDays is < 0 or > 365)
            problems.Add($"{SectionName}:{nameof(DeadlineWindowDays)} must be between 0 and 365 (is {DeadlineWindowDays}).");
        if (PreservationDays is < 1 or > 3650)
            problems.Add($"{SectionName}:{nameof(PreservationDays)} must be between 1 and 3650 (is {PreservationDays}).");
        if (PhoneNumbers.PhoneNumberUtil.GetInstance().GetCountryCodeForRegion(DefaultRegion.ToUpperInvariant()) == 0)
            problems.Add($"{SectionName}:{nameof(DefaultRegion)} '{DefaultRegion}' is not an ISO 3166 region code such as US or GB.");
        if (MaxTextChars < 10_000)
            problems.Add($"{SectionName}:{nameof(MaxTextChars)} must be at least 10000 (is {MaxTextChars}).");
        return problems;
    }

    /// <summary>The required fields for a type and its raised flags, in policy order.</summary>
    public IReadOnlyList<string> RequiredFor(LegalProcessType type, TriageFlags flags)
    {
        var required = new List<string>(RequiredFields);
        if (RequiredFieldsByType.TryGetValue(type.ToWireName(), out var byType))
        {
            foreach (var name in byType)
            {
                if (name.StartsWith('-')) required.Remove(name[1..]);
                else if (!required.Contains(name)) required.Add(name);
            }
        }
        foreach (var flag in flags.Raised())
        {
            if (!RequiredFieldsByFlag.TryGetValue(flag, out var byFlag)) continue;
            foreach (var name in byFlag)
                if (!required.Contains(name)) required.Add(name);
        }
        return required;
    }
}
