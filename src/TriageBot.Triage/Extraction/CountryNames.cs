namespace TriageBot.Triage.Extraction;

/// <summary>One English name per country, whatever language or abbreviation the request used.</summary>
internal static class CountryNames
{
    public const string UnitedStates = "United States";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["united states"] = UnitedStates, ["united states of america"] = UnitedStates, ["usa"] = UnitedStates,
        ["u.s.a."] = UnitedStates, ["u.s."] = UnitedStates, ["us"] = UnitedStates, ["estados unidos"] = UnitedStates,
        ["germany"] = "Germany", ["deutschland"] = "Germany", ["allemagne"] = "Germany", ["alemania"] = "Germany",
        ["france"] = "France", ["frankreich"] = "France", ["francia"] = "France",
        ["spain"] = "Spain", ["españa"] = "Spain", ["espana"] = "Spain", ["espagne"] = "Spain", ["spanien"] = "Spain",
        ["united kingdom"] = "United Kingdom", ["uk"] = "United Kingdom", ["u.k."] = "United Kingdom",
        ["england"] = "United Kingdom", ["scotland"] = "United Kingdom", ["wales"] = "United Kingdom",
        ["great britain"] = "United Kingdom", ["royaume-uni"] = "United Kingdom",
        ["canada"] = "Canada", ["australia"] = "Australia", ["ireland"] = "Ireland", ["netherlands"] = "Netherlands",
        ["italy"] = "Italy", ["italia"] = "Italy", ["mexico"] = "Mexico", ["méxico"] = "Mexico", ["brazil"] = "Brazil",
        ["brasil"] = "Brazil", ["india"] = "India", ["austria"] = "Austria", ["österreich"] = "Austria",
        ["osterreich"] = "Austria", ["switzerland"] = "Switzerland", ["schweiz"] = "Switzerland",
        ["suisse"] = "Switzerland", ["belgium"] = "Belgium", ["belgique"] = "Belgium",
    };

    private static readonly Dictionary<string, string> ByRegionCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = UnitedStates, ["GB"] = "United Kingdom", ["DE"] = "Germany", ["FR"] = "France", ["ES"] = "Spain",
        ["CA"] = "Canada", ["AU"] = "Australia", ["IE"] = "Ireland", ["NL"] = "Netherlands", ["IT"] = "Italy",
        ["MX"] = "Mexico", ["BR"] = "Brazil", ["IN"] = "India", ["AT"] = "Austria", ["CH"] = "Switzerland",
        ["BE"] = "Belgium", ["NZ"] = "New Zealand", ["SE"] = "Sweden", ["NO"] = "Norway", ["DK"] = "Denmark",
        ["PL"] = "Poland", ["PT"] = "Portugal", ["JP"] = "Japan",
    };

    private static readonly Dictionary<string, string> RegionByCountry =
        ByRegionCode.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Canonical(string name)
    {
        var key = name.Trim().Trim('.', ',', ' ');
        return Aliases.TryGetValue(key, out var canonical) ? canonical : key;
    }

    public static string? FromRegionCode(string? region) =>
        region is null ? null : ByRegionCode.GetValueOrDefault(region);

    public static string? RegionCodeOf(string? country) =>
        country is null ? null : RegionByCountry.GetValueOrDefault(country);
}
