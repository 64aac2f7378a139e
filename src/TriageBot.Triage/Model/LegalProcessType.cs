namespace TriageBot.Triage.Model;

/// <summary>The kind of legal process a request is (see DOMAIN.md). Serialised in snake_case.</summary>
public enum LegalProcessType
{
    Other,
    Subpoena,
    CourtOrder,
    SearchWarrant,
    PenRegister,
    Wiretap,
    Emergency,
    Preservation,
    International,
    NationalSecurity,
    Civil,
}

public static class LegalProcessTypeNames
{
    private static readonly Dictionary<LegalProcessType, string> Names = new()
    {
        [LegalProcessType.Other] = "other",
        [LegalProcessType.Subpoena] = "subpoena",
        [LegalProcessType.CourtOrder] = "court_order",
        [LegalProcessType.SearchWarrant] = "search_warrant",
        [LegalProcessType.PenRegister] = "pen_register",
        [LegalProcessType.Wiretap] = "wiretap",
        [LegalProcessType.Emergency] = "emergency",
        [LegalProcessType.Preservation] = "preservation",
        [LegalProcessType.International] = "international",
        [LegalProcessType.NationalSecurity] = "national_security",
        [LegalProcessType.Civil] = "civil",
    };

    private static readonly Dictionary<string, LegalProcessType> ByName =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The stable wire name, e.g. <c>court_order</c>.</summary>
    public static string ToWireName(this LegalProcessType type) => Names[type];

    public static bool TryParse(string? name, out LegalProcessType type) =>
        ByName.TryGetValue(name?.Trim() ?? "", out type);

    public static IEnumerable<string> All => Names.Values;

    /// <summary>A label for people: "Search warrant", "2703(d) court order".</summary>
    public static string Describe(this LegalProcessType type) => type switch
    {
        LegalProcessType.Subpoena => "Subpoena",
        LegalProcessType.CourtOrder => "Court order (18 U.S.C. 2703(d))",
        LegalProcessType.SearchWarrant => "Search warrant",
        LegalProcessType.PenRegister => "Pen register / trap and trace order",
        LegalProcessType.Wiretap => "Wiretap order (Title III)",
        LegalProcessType.Emergency => "Emergency disclosure request",
        LegalProcessType.Preservation => "Preservation request (18 U.S.C. 2703(f))",
        LegalProcessType.International => "International request",
        LegalProcessType.NationalSecurity => "National security process",
        LegalProcessType.Civil => "Civil subpoena",
        _ => "Other / general inquiry",
    };
}
