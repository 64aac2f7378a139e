using System.Text.RegularExpressions;
using PhoneNumbers;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Assessment;

/// <summary>
/// How agencies shorten their names into a mail domain when the initials are not simply those of the name in
/// order: a place's initials and the kind of body in either order (sdcda for the San Diego County District Attorney,
/// pdcn for the Police Department of the County of Nassau, dcsheriff for the Douglas County Sheriff), a place cut
/// to its first letters before the kind (sacsheriff for the Sacramento County Sheriff), and the
/// initials of a country's own name for its national service (om.nl, pgr.pt). Each is read only from what the
/// letter itself names; a domain that names nothing of the letter proves nothing.
/// </summary>
internal static class AgencyAbbreviation
{
    // The kind of body as a domain abbreviates it, and how a letter names that kind.
    private static readonly (string Abbreviation, Regex Named)[] Kinds =
    [
        ("da", Patterns.Build(@"district\s+attorney")),
        ("dao", Patterns.Build(@"district\s+attorney'?s\s+office")),
        ("pd", Patterns.Build(@"police\s+(department|dept)")),
        ("police", Patterns.Build(@"\bpolice\b")),
        ("so", Patterns.Build(@"sheriff'?s\s+office")),
        ("sd", Patterns.Build(@"sheriff'?s\s+department")),
        ("sheriff", Patterns.Build(@"\bsheriff")),
        ("sao", Patterns.Build(@"state'?s?\s+attorney'?s?\s+office")),
        ("pao", Patterns.Build(@"prosecuting\s+attorney")),
    ];

    // Where a domain puts the word "county" between the place and the kind: nothing, a letter, or the word.
    private static readonly string[] CountyMarks = ["", "c", "co", "county"];

    // A place the letter names as a county, parish or city: "Nassau County", "COUNTY OF SAN DIEGO", "Parish of East
    // Baton Rouge". Capitalised words only, up to three.
    private static readonly Regex PlaceBefore = Patterns.Build(
        @"(?<place>(\p{Lu}[\p{L}.'-]*[ \t]+){1,3})(County|COUNTY|Parish|PARISH|City|CITY)\b", ignoreCase: false);
    private static readonly Regex PlaceAfter = Patterns.Build(
        @"\b(County|COUNTY|Parish|PARISH|City|CITY)[ \t]+(of|OF)[ \t]+(?<place>\p{Lu}[\p{L}.'-]*([ \t]+\p{Lu}[\p{L}.'-]*){0,2})", ignoreCase: false);

    /// <summary>The place and the kind of body the name abbreviates, as the letter writes them; null otherwise.</summary>
    public static string? PlaceAndKind(string name, string text)
    {
        if (name.Length is < 4 or > 16 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        var kinds = Kinds.Where(k => name.Contains(k.Abbreviation, StringComparison.Ordinal) && k.Named.IsMatch(head)).ToList();
        if (kinds.Count == 0) return null;
        foreach (var (initials, place) in PlaceInitials(head))
            foreach (var (abbreviation, named) in kinds)
                foreach (var mark in CountyMarks)
                {
                    // A one-word place cut to its first letters, then the kind: sacsheriff for the "Sacramento County
                    // Sheriff's Office". Three letters at least, and the cut is the start of the place's own name.
                    if (!place.Contains(' ') && name.EndsWith(mark + abbreviation, StringComparison.Ordinal) &&
                        name[..^(mark.Length + abbreviation.Length)] is { Length: >= 3 } cut &&
                        place.Length > cut.Length && place.StartsWith(cut, StringComparison.OrdinalIgnoreCase))
                        return $"{place} ({named.Match(head).Value})";
                    // One letter of a place is too little alone ("n"): only with the county's own letter beside it.
                    if (initials.Length == 1 && mark.Length == 0) continue;
                    if (name == initials + mark + abbreviation || name == abbreviation + mark + initials)
                        return $"{place} ({named.Match(head).Value})";
                }
        return null;
    }

    /// <summary>The initials of each place the text names as a county, parish or city, with the words behind them;
    /// before the word, the last one to three words count ("Requested by Harris County": "Harris").</summary>
    private static IEnumerable<(string Initials, string Place)> PlaceInitials(string text)
    {
        foreach (Match m in PlaceBefore.Matches(text))
        {
            var words = Words(m.Groups["place"].Value);
            for (var take = 1; take <= words.Count; take++)
            {
                var place = words.Skip(words.Count - take).ToList();
                yield return (Initials(place), string.Join(' ', place));
            }
        }
        foreach (Match m in PlaceAfter.Matches(text))
        {
            var words = Words(m.Groups["place"].Value);
            for (var take = 1; take <= words.Count; take++)
            {
                var place = words.Take(take).ToList();
                yield return (Initials(place), string.Join(' ', place));
            }
        }
    }

    private static List<string> Words(string run) =>
        [.. run.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0]))];

    private static string Initials(List<string> words) => string.Concat(words.Select(w => char.ToLowerInvariant(w[0])));

    // Issue 11 round 14: where the letter says its office sits, when no agency is written right after the place: an
    // address line ("350 Jay Street, Brooklyn, New York", "Virginia Beach, VA 23456", "08227 Terrassa") or the seat of
    // a court or government ("CITY OF VIRGINIA BEACH", "Alameda County"). Capitalised words only, up to three.
    private static readonly Regex AddressPlace = Patterns.Build(
        @"(^|[,;|:][ \t]*|\d[ \t]+)(?<place>\p{Lu}[\p{L}.'-]*([ \t]+\p{Lu}[\p{L}.'-]*){0,2}),[ \t]*([A-Z]{2}[ \t]+\d{5}|(" +
        string.Join('|', AgencyDomain.StateNames.SelectMany(n => new[] { n, n.ToUpperInvariant() })) + @")\b)" +
        @"|\b\d{4,5}[ \t]+(?<place>\p{Lu}[\p{L}'-]{2,}([ \t]+\p{Lu}[\p{L}'-]+)?)[ \t]*($|[,;|(])", ignoreCase: false);

    // The markers a municipality or an office glues to its place or its initials in a domain (vbgov, acgov,
    // brooklynda, cityoflubbock), and, for a kind of office, how the letter must name that kind for the marker to fit.
    private static readonly (string Marker, Regex? Named)[] SeatMarkers =
    [
        ("gov", null), ("city", null), ("county", null), ("co", null), ("state", null), ("town", null),
        .. Kinds.Select(k => (k.Abbreviation, (Regex?)k.Named)),
    ];

    /// <summary>Issue 11 round 14: the domain's name is the place where the letter says its office sits, written out or
    /// by its initials, with a municipality's or an office's marker glued on (vbgov.com for a Commonwealth's Attorney
    /// at "Virginia Beach, VA 23456", brooklynda.org for a District Attorney writing from "Brooklyn, New York",
    /// acgov.org for "ALAMEDA COUNTY, CALIFORNIA"). A marker is required, and an office's marker (da, pd, so) only
    /// fits when the letter names that office: a bare place is anyone's name. Returns the place and what fits it.</summary>
    public static string? SeatOfTheLetter(string name, string text)
    {
        if (name.Length is < 4 or > 24 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        List<(string Marker, Regex? Named)>? fitting = null;
        foreach (var (marker, named) in SeatMarkers)
            if (name.Length > marker.Length + 1 && (name.EndsWith(marker, StringComparison.Ordinal) || name.StartsWith(marker, StringComparison.Ordinal)) &&
                (named is null || named.IsMatch(head)))
                (fitting ??= []).Add((marker, named));
        if (fitting is null) return null;
        foreach (var place in SeatPlaces(head))
        {
            var words = Words(place);
            if (words.Count == 0) continue;
            var letters = string.Concat(words.Select(w => new string([.. w.ToLowerInvariant().Where(char.IsAsciiLetter)])));
            var initials = Initials(words);
            foreach (var (marker, _) in fitting)
            {
                var rest = name.EndsWith(marker, StringComparison.Ordinal) ? name[..^marker.Length] : name[marker.Length..];
                // The place written out (four letters at least), or its initials (two at least: "vb" for Virginia Beach).
                if ((rest.Length >= 4 && rest == letters) || (rest.Length >= 2 && words.Count >= 2 && rest == initials))
                    return $"{place} + {marker}";
            }
        }
        return null;
    }

    /// <summary>The places the letter gives as its seat: address lines, and the county or city it names.</summary>
    private static IEnumerable<string> SeatPlaces(string text)
    {
        foreach (Match m in AddressPlace.Matches(text))
            if (m.Groups["place"].Value is { Length: > 0 } place) yield return place;
        foreach (Match m in PlaceBefore.Matches(text))
        {
            var words = Words(m.Groups["place"].Value);
            // "Alameda County": the place with its word for county or city, and the last one or two words alone.
            var kind = m.Value[m.Groups["place"].Length..].Trim();
            for (var take = 1; take <= Math.Min(2, words.Count); take++)
            {
                var place = string.Join(' ', words.Skip(words.Count - take));
                yield return place;
                yield return place + " " + kind;
            }
        }
        foreach (Match m in PlaceAfter.Matches(text)) yield return m.Groups["place"].Value;
    }

    // National services by the initials of their own name, and the words in which a letter speaks as one of them
    // (public names: the Dutch Openbaar Ministerie, whose prosecutors are "officieren van justitie" at a "parket";
    // Portugal's Procuradoria-Geral da República with its DCIAP and DIAP departments; its Polícia Judiciária).
    private static readonly (string Country, string Initials, Regex SpeaksAs)[] NationalServices =
    [
        ("Netherlands", "om", Patterns.Build(@"openbaar\s+ministerie|officier\s+van\s+justitie|parket")),
        ("Portugal", "pgr", Patterns.Build(@"procuradoria-geral\s+da\s+rep[úu]blica|\bDC?IAP\b|minist[ée]rio\s+p[úu]blico")),
        ("Portugal", "pj", Patterns.Build(@"pol[íi]cia\s+judici[áa]ria")),
    ];

    /// <summary>The words in which the letter speaks as the national service whose initials the name is, under
    /// that service's country's code; null otherwise.</summary>
    public static string? NationalService(string name, string country, string text)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (var (serviceCountry, initials, speaksAs) in NationalServices)
            if (name == initials && serviceCountry == country && speaksAs.Match(head) is { Success: true } m)
                return m.Value;
        return null;
    }

    /// <summary>An international phone number of the country in the text ("+351 21 …" for Portugal), as a
    /// letterhead or signature gives it; the number's start, or null. Not for the shared +1 of North America.</summary>
    public static string? CallingCodeWritten(string? country, string text)
    {
        if (CountryNames.RegionCodeOf(country) is not { } region) return null;
        var code = PhoneNumberUtil.GetInstance().GetCountryCodeForRegion(region);
        if (code is 0 or 1) return null;
        var written = "+" + code;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        for (var at = head.IndexOf(written, StringComparison.Ordinal); at >= 0; at = head.IndexOf(written, at + 1, StringComparison.Ordinal))
        {
            var end = at + written.Length;
            if (end < head.Length && (head[end] is ' ' or '(' or '-' or '.') && end + 1 < head.Length && (char.IsDigit(head[end + 1]) || head[end + 1] == '('))
                return head.Substring(at, Math.Min(16, head.Length - at)).Split('\n')[0];
        }
        return null;
    }
}
