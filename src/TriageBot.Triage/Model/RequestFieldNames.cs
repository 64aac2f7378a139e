namespace TriageBot.Triage.Model;

/// <summary>The camelCase names of the fields, as policy and JSON use them, and whether a value is present.</summary>
public static class RequestFieldNames
{
    private static readonly Dictionary<string, Func<RequestFields, bool>> Presence = new(StringComparer.Ordinal)
    {
        ["agencyName"] = f => Has(f.AgencyName),
        ["country"] = f => Has(f.Country),
        ["city"] = f => Has(f.City),
        ["stateProvince"] = f => Has(f.StateProvince),
        ["postalCode"] = f => Has(f.PostalCode),
        ["address"] = f => Has(f.Address),
        ["issuingAuthority"] = f => Has(f.IssuingAuthority),
        ["contactPerson"] = f => Has(f.ContactPerson),
        ["email"] = f => Has(f.Email),
        ["phone"] = f => Has(f.Phone),
        ["description"] = f => Has(f.Description),
        ["matterType"] = f => Has(f.MatterType),
        ["attachedDocumentation"] = f => f.AttachedDocumentation.Count > 0,
        ["ncmecReportIds"] = f => f.NcmecReportIds.Count > 0,
        ["accounts"] = f => f.Accounts.Count > 0,
        ["dateRange"] = f => f.DateRange is not null,
        ["responseDeadline"] = f => f.ResponseDeadline is not null,
        ["caseReference"] = f => Has(f.CaseReference),
        ["requestedData"] = f => f.RequestedData.Count > 0,
        ["personAtRisk"] = f => Has(f.PersonAtRisk),
        ["emergencyNature"] = f => Has(f.EmergencyNature),
        ["necessity"] = f => Has(f.Necessity),
    };

    public static IReadOnlyCollection<string> All => Presence.Keys;

    public static bool IsPresent(RequestFields fields, string name) =>
        Presence.TryGetValue(name, out var present) && present(fields);

    /// <summary>Words for people: "postal code", "NCMEC report identifier".</summary>
    public static string Describe(string name) => name switch
    {
        "agencyName" => "requesting agency",
        "country" => "agency country",
        "city" => "agency city",
        "stateProvince" => "agency state / province",
        "postalCode" => "agency ZIP / postal code",
        "address" => "agency street address",
        "issuingAuthority" => "issuing court or authority",
        "contactPerson" => "contact person handling the matter",
        "email" => "official law-enforcement e-mail address",
        "phone" => "contact person's phone number",
        "description" => "description of the legal inquiry",
        "matterType" => "matter type (offence under investigation)",
        "attachedDocumentation" => "the legal process itself (subpoena, warrant, order)",
        "ncmecReportIds" => "NCMEC CyberTipline report identifier(s)",
        "accounts" => "target account identifiers (username, profile URL, e-mail or account ID)",
        "dateRange" => "date range of the records requested",
        "responseDeadline" => "response deadline",
        "caseReference" => "agency case / reference number",
        "requestedData" => "the specific information requested",
        "personAtRisk" => "the person at risk",
        "emergencyNature" => "the nature of the emergency",
        "necessity" => "why the information is necessary to prevent the harm",
        _ => name,
    };

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
