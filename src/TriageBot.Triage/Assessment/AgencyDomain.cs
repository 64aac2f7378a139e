using System.Text;
using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Assessment;

/// <summary>
/// Whether an unlisted domain is plainly the one of the agency the request names: a place's name in the domain
/// (cityoftulsa.org, kernsheriff.org, stlouiscountypolice.com) written in the text as an agency ("Tulsa Police
/// Department", "Kern County Sheriff's Office"). Many city and county departments mail from their municipality's
/// .org/.com/.net/.us; a domain that names nothing the request names, or dresses itself up with filler
/// ("-dept", "-online", "-gov"), is not taken as proof.
/// </summary>
internal static class AgencyDomain
{
    // Words a municipality or department puts around its place name; what remains is the distinctive part.
    private static readonly string[] Prefixes = ["cityof", "countyof", "townof", "villageof", "boroughof", "the"];
    private static readonly string[] Suffixes =
    [
        "police", "sheriffs", "sheriff", "county", "city", "town", "township", "village", "parish", "polizei", "policia",
        "polizia", "politie", "metro", "regional", "online", "pd", "so", "da", "gov", "us", "mail",
    ];

    // After the place name in the text: the kind of body it names.
    private static readonly Regex AgencyAfterPlace = Patterns.Build(
        @"^(county|city|parish|township|borough|police|sheriff|pd|metropolitan|metro|regional|district|state|department|prosecut|attorney|court|polizei|staatsanwalt|policia|polizia|politie|procura|fiscal)");

    private static readonly Regex AgencyBeforePlace = Patterns.Build(@"(cityof|countyof|townof|villageof|boroughof|parishof|stadt|ville\s*de|comune\s*di|ciudad\s*de)$");

    /// <summary>The place name shared by the domain and an agency named in the text, or null.</summary>
    public static string? NamedAgency(string domain, string text)
    {
        if (text.Length == 0) return null;
        var labels = domain.Split('.');
        if (labels.Length < 2) return null;
        var name = labels[^2].Length <= 3 && labels.Length >= 3 ? labels[^3] : labels[^2];
        // Hyphenated filler is how look-alikes are built (madisonpolice-dept.com): not proof.
        if (name.Contains('-') || name.Any(char.IsDigit)) return null;
        var core = StripGeneric(name);
        if (core.Length < 4) return null;

        var letters = LettersOnly(text.Length > 20_000 ? text[..20_000] : text);
        for (var at = letters.IndexOf(core, StringComparison.Ordinal); at >= 0; at = letters.IndexOf(core, at + 1, StringComparison.Ordinal))
        {
            var after = letters.AsSpan(at + core.Length, Math.Min(14, letters.Length - at - core.Length)).ToString();
            var before = letters.AsSpan(Math.Max(0, at - 10), Math.Min(10, at)).ToString();
            if (AgencyAfterPlace.IsMatch(after) || AgencyBeforePlace.IsMatch(before)) return core;
        }
        return null;
    }

    private static string StripGeneric(string name)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var p in Prefixes)
                if (name.Length > p.Length + 3 && name.StartsWith(p, StringComparison.Ordinal)) { name = name[p.Length..]; changed = true; }
            foreach (var p in Suffixes)
                if (name.Length > p.Length + 3 && name.EndsWith(p, StringComparison.Ordinal)) { name = name[..^p.Length]; changed = true; }
        }
        return name;
    }

    /// <summary>Lower-case letters only, accents dropped: "St. Louis County" → "stlouiscounty".</summary>
    private static string LettersOnly(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (char.IsAsciiLetter(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
