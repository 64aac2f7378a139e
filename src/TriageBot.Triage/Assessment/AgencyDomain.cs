using System.Text;
using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

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
    // Issue 11 round 13: "my" too, as cities brand their portals (mylubbock.us for the City of Lubbock).
    private static readonly string[] Prefixes = ["cityof", "countyof", "townof", "villageof", "boroughof", "the", "my"];
    private static readonly string[] Suffixes =
    [
        "police", "sheriffs", "sheriff", "county", "city", "town", "township", "village", "parish", "polizei", "policia",
        "polizia", "politie", "metro", "regional", "online", "pd", "so", "da", "gov", "us", "mail",
        // A prosecutor's office: state's attorney's office (cookcountysao.org), district attorney's office.
        "sao", "dao",
        // A court or its clerk on the county's own name (mesacountycourts.org, lakeclerk.org).
        "courts", "court", "judiciary", "clerk", "prosecutor", "attorney",
    ];

    // After the place name in the text: the kind of body it names.
    private static readonly Regex AgencyAfterPlace = Patterns.Build(
        @"^(county|city|parish|township|borough|police|sheriff|pd|metropolitan|metro|regional|district|state|department|prosecut|attorney|court|polizei|staatsanwalt|policia|polizia|politie|procura|fiscal" +
        // Issue 11 round 13: a city's police named as a division or bureau of it ("Columbus Division of Police",
        // "Pittsburgh Bureau of Police", "Portland Police Bureau" is already "police").
        @"|divisionofpol|bureauofpolic|divisionofcrim|bureauofinves)");

    private static readonly Regex AgencyBeforePlace = Patterns.Build(@"(cityof|countyof|townof|villageof|boroughof|parishof|stadt|ville\s*de|comune\s*di|ciudad\s*de)$");

    /// <summary>The place name shared by the domain and an agency named in the text (or the initials of that
    /// agency's name: mcso.us for "Multnomah County Sheriff's Office"), or null.</summary>
    /// <param name="requestCountry">The country the request comes from, as the engine decided it; a national
    /// body's domain under that country's own code is read more readily than one under another's.</param>
    public static string? NamedAgency(string domain, string text, string? requestCountry = null)
    {
        if (text.Length == 0) return null;
        var labels = domain.Split('.');
        if (labels.Length < 2) return null;
        var name = labels[^2].Length <= 3 && labels.Length >= 3 ? labels[^3] : labels[^2];
        // Issue 11 round 14: a city's shorthand that writes its doubled initial as a square (a2gov.org for the City
        // of Ann Arbor, "A²") is read as the initials it squares; any other digit is not a name's.
        name = SquaredInitial(name);
        // Round 24: an office's initials with the number of its circuit or district (sao11.org for the "Office of the
        // State Attorney, Eleventh Judicial Circuit"), when the letter writes that number for its circuit or district.
        if (NumberedOffice.Match(name) is { Success: true } numbered && !name.Contains('-') &&
            CircuitNumberWritten(int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), text) &&
            InitialsOfAgency(numbered.Groups["initials"].Value, text) is { } numberedAgency)
            return numberedAgency;
        // Hyphenated filler is how look-alikes are built (madisonpolice-dept.com): not proof.
        if (name.Contains('-') || name.Any(char.IsDigit)) return null;
        // Issue 11 round 14: a body of another country than the letter's does not mail from that country's code
        // (cityofmiami.co.uk for a Miami letter): unless the letter gives a phone number of that country, a domain under
        // a foreign country's code agrees with nothing the letter names.
        var codeCountry = DomainCatalog.CountryOf(domain);
        if (codeCountry is not null && requestCountry is not null && codeCountry != requestCountry && labels[^1] != "us" &&
            AgencyAbbreviation.CallingCodeWritten(codeCountry, text) is null)
            return null;
        if (InitialsOfAgency(name, text) is { } agency) return agency;
        if (WordPrefixesOfAgency(name, text) is { } prefixes) return prefixes;
        // A place's initials and the kind of body, in either order, with or without a letter for "county": sdcda for
        // the "District Attorney, County of San Diego", pdcn for the "Nassau County Police Department".
        if (AgencyAbbreviation.PlaceAndKind(name, text) is { } placeAndKind) return placeAndKind;
        // A U.S. state's postal code before or after the initials, when the letter's address is in that state:
        // njecpo.org for the "Essex County Prosecutor's Office" in Newark, NJ; hctx.net for Harris County, TX.
        if (name.Length >= 4 && StateCodeStripped(name, text) is { } stripped &&
            (InitialsOfAgency(stripped, text) ?? PlaceInitials(stripped, text) ?? WordPrefixesOfAgency(stripped, text) ??
             // Or the place's own name: arlingtonva.us for Arlington County, VA.
             (stripped.Length >= 4 ? NamedAgency($"{stripped}.{labels[^1]}", text, requestCountry) : null)) is { } statewise)
            return statewise;
        // The initials with a mail or web word glued on: pcsonet.com, pcsoweb.com for the "Pinellas County
        // Sheriff's Office". A hyphen ("pcso-net") or "gov" glued on stays a look-alike's shape, not this one.
        foreach (var filler in InitialsFillers)
            if (name.Length > filler.Length + 2 && name.EndsWith(filler, StringComparison.Ordinal) &&
                InitialsOfAgency(name[..^filler.Length], text) is { } glued)
                return glued;
        // Round 25: four initials or more with two letters after them, on an open top level (ocdapa.org for the
        // "Orange County District Attorney"): offices add a unit's letters to their initials. Fewer initials, or more
        // letters after them, would let almost any name pass.
        if (name.Length is >= 6 and <= 8 && OpenTopLevels.Contains(labels[^1]) && InitialsOfAgency(name[..^2], text, minimum: 4) is { } withUnit)
            return withUnit;
        // Round 27: a consolidated city-county government runs both places' short forms together (wycokck.org for
        // "Wyandotte County" and "Kansas City, Kansas"): each part is spelt by a different place the letter writes.
        if (UsOpenTopLevels.Contains(labels[^1]) && TwoPlacesRunTogether(name, text) is { } twoPlaces)
            return twoPlaces;
        // Issue 11 round 10: not in the domain itself as the letter writes it (its From line, an address in its
        // signature): "det.a@fakecitypolice.com" would otherwise name "fakecity" as a police body and agree with itself.
        var letters = LettersOnly(text.Length > 20_000 ? text[..20_000] : text, skipping: name + ".");
        var core = StripGeneric(name);
        if (core.Length >= 4)
            for (var at = letters.IndexOf(core, StringComparison.Ordinal); at >= 0; at = letters.IndexOf(core, at + 1, StringComparison.Ordinal))
            {
                var after = letters.AsSpan(at + core.Length, Math.Min(14, letters.Length - at - core.Length)).ToString();
                var before = letters.AsSpan(Math.Max(0, at - 10), Math.Min(10, at)).ToString();
                if (AgencyAfterPlace.IsMatch(after) || AgencyBeforePlace.IsMatch(before)) return core;
            }
        // A city's or county's initials with "gov" or "county" glued on (vbgov.com, sccgov.org): the initials of the
        // place an agency of the letter is named after ("Virginia Beach Police Department").
        foreach (var glued in PlaceFillers)
            if (name.Length is > 4 and <= 10 && name.EndsWith(glued, StringComparison.Ordinal) &&
                (PlaceInitials(name[..^glued.Length], text, glued) ?? PlaceWordCut(name[..^glued.Length], text)) is { } place)
                return place;
        // Issue 11 round 14: the place where the letter says its office sits, with a municipality's or an office's
        // marker (vbgov.com at "Virginia Beach, VA", brooklynda.org at "Brooklyn, New York").
        if (AgencyAbbreviation.SeatOfTheLetter(name, text) is { } seat) return seat;
        // An agency's initials over a name whose inner words are not capitalised, as French, Spanish, Italian and
        // Portuguese write them (spvm.qc.ca for the "Service de police de la Ville de Montréal").
        if (name.Length >= 4 && InitialsOverLowerCaseWords(name, text) is { } lower) return lower;
        // The initials with the place the letter names glued on (pdichile.cl for the "Policía de Investigaciones de
        // Chile").
        if (InitialsBesidePlaceWord(name, text) is { } besidePlace) return besidePlace;
        var domainCountry = DomainCatalog.CountryOf(domain);
        var underCountryCode = domainCountry is not null && labels[^1] != "us" && (labels[^1].Length == 2 || RegionalCountryCodes.Contains(labels[^1]));
        // A national body on its country's code, under the name or acronym the letter gives it: fiod.nl for "the
        // Fiscale Inlichtingen- en Opsporingsdienst (FIOD)", prokuratuur.ee for "Põhja Ringkonnaprokuratuur".
        if (underCountryCode && letters.Contains(name, StringComparison.Ordinal) && NameWrittenAsAgency(name, text) is { } written)
            return written;
        // The letter's own country: the one the engine placed it in, or the one its phone numbers' calling code names
        // (+351 for a .pt domain) when the text's other signs point elsewhere or nowhere.
        if (underCountryCode && (domainCountry == requestCountry || AgencyAbbreviation.CallingCodeWritten(domainCountry, text) is not null))
        {
            // The initials of the country's own name for a national service the letter speaks as: om.nl for the
            // Openbaar Ministerie of an "officier van justitie", pgr.pt for the Procuradoria-Geral of a DCIAP.
            if (AgencyAbbreviation.NationalService(name, domainCountry!, text) is { } service) return service;
            // A name built on a word for police, prosecution or justice, under the code of the country the request
            // comes from (poliziadistato.it, ministeriopublico.pt, giustizia.it): how national bodies name their
            // domains. A look-alike dresses such a name up with a hyphen or puts it on another country's code.
            if (AuthorityStem.Match(name) is { Success: true } stem) return stem.Value;
            // Two letters are initials only for a national body the letter names in full: pj.pt for the "Polícia
            // Judiciária", om.nl for the "Openbaar Ministerie".
            if (name.Length == 2 && InitialsOfAgency(name, text, minimum: 2) is { } two) return two;
            // The first syllables of a government's name, run together (gencat.cat for the "Generalitat de Catalunya"),
            // when the letter names that government and a police or justice body of it.
            if (name.Length is >= 6 and <= 12 && SyllablesOfName(name, text) is { } government) return government;
            // Issue 11 round 14: a region's own police named in the letter names the region's government, whose domain
            // its officers mail from (the Mossos d'Esquadra are the Generalitat de Catalunya's police: gencat.cat).
            if (RegionalGovernmentOfPolice(name, labels[^1], text) is { } region) return region;
        }
        return null;
    }

    private static readonly string[] PlaceFillers = ["gov", "county", "city"];

    /// <summary>Round 27: the first letters of a place's one-word name, cut short, as county governments glue "gov" on
    /// (oakgov.com for Oakland County): the word opens a run of the letter that names an agency with a county or city
    /// word right after the place ("Oakland County Sheriff's Office"). Three letters at least, two cut off.</summary>
    private static string? PlaceWordCut(string cut, string text)
    {
        if (cut.Length < 3 || !cut.All(char.IsAsciiLetterLower)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (Match run in CapitalisedRun.Matches(head))
        {
            if (!AgencyKind.IsMatch(run.Value)) continue;
            var words = run.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                var place = LettersOnly(words[i]);
                var placeWord = words[i + 1].Equals("County", StringComparison.OrdinalIgnoreCase) || words[i + 1].Equals("City", StringComparison.OrdinalIgnoreCase);
                if (placeWord && place.Length >= cut.Length + 2 && place.StartsWith(cut, StringComparison.Ordinal))
                    return $"{words[i]} {words[i + 1]}";
            }
        }
        return null;
    }

    /// <summary>Round 26: the name is the start of each of two or more consecutive words of an agency the letter
    /// names, run together: snoco for "Snohomish County Sheriff's Office", montco for "Montgomery County Detective
    /// Bureau", hcdistrictclerk for "Harris County District Clerk". Each word gives its initial, its whole self, or
    /// its first letters (three at least for the first word, two for the others); five letters at least.</summary>
    private static string? WordPrefixesOfAgency(string name, string text)
    {
        if (name.Length is < 5 or > 30 || !name.All(char.IsAsciiLetterLower)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (Match run in CapitalisedRun.Matches(head))
        {
            if (!AgencyKind.IsMatch(run.Value)) continue;
            var words = run.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Connectors.Contains(w)).Select(w => LettersOnly(w)).Where(w => w.Length > 0).ToList();
            for (var from = 0; from + 1 < words.Count; from++)
                if (Covers(name, 0, words, from, first: true, cut: false) is { } to && to - from >= 2)
                    return string.Join(' ', run.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => !Connectors.Contains(w)).Skip(from).Take(to - from));
        }
        return null;

        // The index after the last word used when the name from position "at" is spelt by words from "word" on; null
        // when it cannot be.
        // At least one word is cut short: whole words run together ("nationalcybercrimestaskforce") are how a
        // look-alike names an invented body, and the run-together reading has its own, stricter, rule.
        static int? Covers(string name, int at, List<string> words, int word, bool first, bool cut)
        {
            if (at == name.Length) return cut ? word : null;
            if (word >= words.Count) return null;
            var w = words[word];
            var longest = Math.Min(w.Length, name.Length - at);
            for (var take = longest; take >= 1; take--)
            {
                if (take > 1 && take < w.Length && take < (first ? 3 : 2)) continue;
                if (string.CompareOrdinal(name, at, w, 0, take) != 0) continue;
                if (Covers(name, at + take, words, word + 1, first: false, cut || take < w.Length) is { } end) return end;
            }
            return null;
        }
    }

    // Two capitalised words or more, a comma allowed between them ("Kansas City, Kansas"), as a place is written.
    private static readonly Regex PlaceWords = new(
        @"\b\p{Lu}[\p{L}'’-]*(,?[ \t]+\p{Lu}[\p{L}'’-]*)+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Round 27: the name split in two, each part the short form of a different stretch of two or more
    /// capitalised words of a letter that names an agency: each word gives its initial or its first letters, and at
    /// least one is cut short by two letters or more ("Crimes" read as "crime" is not a short form), so whole names run together (how look-alikes are built) do not count. Three letters a
    /// part at least, seven in all.</summary>
    private static string? TwoPlacesRunTogether(string name, string text)
    {
        if (name.Length is < 7 or > 16 || !name.All(char.IsAsciiLetterLower)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        if (!AgencyKind.IsMatch(head)) return null;
        var stretches = PlaceWords.Matches(head)
            .Select(m => m.Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => LettersOnly(w)).Where(w => w.Length > 0).ToList())
            .Where(words => words.Count >= 2).ToList();
        for (var split = 3; split <= name.Length - 3; split++)
        {
            var (left, right) = (name[..split], name[split..]);
            if (ShortFormOf(left, stretches) is { } first && ShortFormOf(right, stretches) is { } second && first != second)
                return $"{first}, {second}";
        }
        return null;

        static string? ShortFormOf(string part, List<List<string>> stretches)
        {
            foreach (var words in stretches)
                for (var from = 0; from + 1 < words.Count; from++)
                    if (Spelt(part, 0, words, from, cut: false) is { } to && to - from >= 2)
                        return string.Join(' ', words.Skip(from).Take(to - from));
            return null;
        }

        static int? Spelt(string part, int at, List<string> words, int word, bool cut)
        {
            if (at == part.Length) return cut ? word : null;
            if (word >= words.Count) return null;
            var w = words[word];
            for (var take = Math.Min(w.Length, part.Length - at); take >= 1; take--)
                if (string.CompareOrdinal(part, at, w, 0, take) == 0 &&
                    Spelt(part, at + take, words, word + 1, cut || take == 1 || take <= w.Length - 2) is { } end)
                    return end;
            return null;
        }
    }

    private static readonly Regex NumberedOffice = new(@"\A(?<initials>[a-z]{3,5})(?<n>[1-9][0-9]?)\z", RegexOptions.CultureInvariant);

    private static readonly string[] Ordinals =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly Regex CircuitOrDistrict = Patterns.Build(@"\b(judicial\s+)?(circuit|district|prosecutorial\s+district)\b");

    /// <summary>The letter names its circuit or district by this number ("Eleventh Judicial Circuit", "11th Judicial
    /// Circuit", "Judicial District 11") in its opening or its signature.</summary>
    private static bool CircuitNumberWritten(int number, string text)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (var line in head.Split('\n'))
        {
            if (!CircuitOrDistrict.IsMatch(line)) continue;
            var lower = line.ToLowerInvariant();
            var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if ((number < Ordinals.Length && Regex.IsMatch(lower, @"\b" + Ordinals[number] + @"\b")) ||
                Regex.IsMatch(lower, @"\b" + digits + @"(st|nd|rd|th)?\b"))
                return true;
        }
        return false;
    }

    /// <summary>"a2gov" read as "aagov": a letter followed by 2, once, at the start of the name.</summary>
    private static string SquaredInitial(string name) =>
        name.Length >= 4 && char.IsAsciiLetterLower(name[0]) && name[1] == '2' && name[2..].All(char.IsAsciiLetterLower)
            ? $"{name[0]}{name[0]}{name[2..]}"
            : name;

    // Regional police forces and the government they belong to, with the top levels its domains stand under (public
    // facts: the Mossos d'Esquadra are the police of the Generalitat de Catalunya, the Ertzaintza that of the Basque
    // Government, Euskadi; the Policía Foral that of the Government of Navarra). The letter names the police; the
    // domain is the government's.
    private static readonly (Regex Police, string Government, string[] TopLevels)[] RegionalPolice =
    [
        (Patterns.Build(@"\bmossos\b"), "Generalitat de Catalunya", ["cat"]),
        (Patterns.Build(@"\bertzaintza\b"), "Gobierno Vasco de Euskadi", ["eus", "es"]),
        (Patterns.Build(@"\bpolic[ií]a\s+foral\b"), "Gobierno de Navarra", ["es"]),
    ];

    /// <summary>The regional government whose police the letter names, when the domain under that region's top level
    /// is that government's name: its first syllables run together (gencat) or one of its words (euskadi, navarra).</summary>
    private static string? RegionalGovernmentOfPolice(string name, string topLevel, string text)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (var (police, government, topLevels) in RegionalPolice)
        {
            if (!topLevels.Contains(topLevel) || !police.IsMatch(head)) continue;
            var words = government.Split(' ').Where(w => !Connectors.Contains(w)).Select(w => LettersOnly(w)).ToList();
            if (words.Contains(name)) return government;
            for (var i = 0; i + 1 < words.Count; i++)
                for (var cut = 3; cut <= name.Length - 3; cut++)
                    if (words[i].StartsWith(name[..cut], StringComparison.Ordinal) && words[i + 1].StartsWith(name[cut..], StringComparison.Ordinal))
                        return government;
        }
        return null;
    }

    // A word of a name: letters with apostrophes and hyphens inside.
    private static readonly Regex NameWord = new(@"\p{L}[\p{L}'’-]*", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>A stretch of the letter's words, its first and last capitalised and the ones between in any case,
    /// small words skipped, whose initials spell the name and which names an agency: "Service de police de la Ville de
    /// Montréal" for spvm, also across a line break. Four letters at least.</summary>
    private static string? InitialsOverLowerCaseWords(string name, string text)
    {
        if (name.Length is < 4 or > 8 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        var words = NameWord.Matches(head).Select(m => m.Value).ToList();
        for (var from = 0; from < words.Count; from++)
        {
            if (!char.IsUpper(words[from][0]) || Initial(words[from]) != name[0]) continue;
            var (at, to) = (1, from + 1);
            for (; to < words.Count && at < name.Length && to - from <= 2 * name.Length + 2; to++)
            {
                if (Connectors.Contains(words[to]) || IsElided(words[to])) continue;
                if (Initial(words[to]) != name[at]) break;
                at++;
            }
            if (at != name.Length || !char.IsUpper(words[to - 1][0])) continue;
            var stretch = string.Join(' ', words.Skip(from).Take(to - from));
            if (AgencyKind.IsMatch(stretch)) return stretch;
        }
        return null;

        static char Initial(string word) => LettersOnly(IsElided(word) ? word[2..] : word) is { Length: > 0 } l ? l[0] : ' ';
        static bool IsElided(string word) => word.Length > 2 && word[1] is '\'' or '’' && char.ToLowerInvariant(word[0]) is 'd' or 'l';
    }

    /// <summary>The name is an agency's initials with a capitalised word of the letter glued before or after it, as a
    /// place's or a country's name (pdichile for "Policía de Investigaciones de Chile"): the initials name the agency,
    /// the word is written in the letter. Three letters of initials and four of the word at least.</summary>
    private static string? InitialsBesidePlaceWord(string name, string text)
    {
        if (name.Length is < 7 or > 24 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        HashSet<string>? capitalised = null;
        for (var cut = 3; cut <= name.Length - 4; cut++)
            foreach (var (initials, word) in new[] { (name[..cut], name[cut..]), (name[^cut..], name[..^cut]) })
            {
                if (initials.Length > 6) continue;
                capitalised ??= [.. NameWord.Matches(head).Where(m => char.IsUpper(m.Value[0])).Select(m => LettersOnly(m.Value))];
                if (!capitalised.Contains(word) || AgencyKind.IsMatch(word)) continue;
                if (InitialsOfAgency(initials, text) is { } agency) return $"{agency} ({word})";
            }
        return null;
    }


    // Top levels anyone registers under, where U.S. city and county departments keep their mail (nypd.org,
    // lvmpd.com) and a national force may keep its staff's (guardiacivil.org). New generic ones (.online, .info,
    // .xyz) are not among them, and a body outside the United States on .com is a company's shape, not a force's.
    private static readonly HashSet<string> OpenTopLevels = ["org", "net"];
    private static readonly HashSet<string> UsOpenTopLevels = ["org", "net", "com", "us"];

    /// <summary>The registered name is an agency's acronym in capitals or its words run together, as the letter
    /// writes them on a line naming a police, prosecution or court body (nypd.org for "NYPD Computer Crimes Squad",
    /// guardiacivil.org for "Guardia Civil"), on an open top level (.com only in the United States) or the
    /// request's own country's code. Not a word
    /// for police in general, not a federal agency that mails only from government domains.</summary>
    public static string? BareNameWrittenAsAgency(string domain, string text, string? requestCountry)
    {
        var labels = DomainCatalog.Organisation(domain).Split('.');
        if (labels.Length != 2) return null;
        var (name, top) = (labels[0], labels[1]);
        var open = requestCountry == CountryNames.UnitedStates ? UsOpenTopLevels : OpenTopLevels;
        if (!open.Contains(top) && (DomainCatalog.CountryOf(domain) is not { } country || country != requestCountry)) return null;
        if (name.Length is < 3 or > 24 || !name.All(char.IsAsciiLetter) || DomainCatalog.MailsOnlyFromGovernment(name) ||
            DomainCatalog.IsGenericAuthorityWord(name))
            return null;
        return NameWrittenAsAgency(name, text, acronymOrRunTogether: true);
    }

    /// <summary>Two consecutive capitalised words of the letter whose first three letters or more, run together,
    /// spell the name ("Generalitat de Catalunya" → gencat), when the letter also names a police, prosecution or
    /// court body; null otherwise.</summary>
    private static string? SyllablesOfName(string name, string text)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        if (!AuthorityKindOnLine.IsMatch(head)) return null;
        foreach (Match run in CapitalisedRun.Matches(head))
        {
            var words = run.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Connectors.Contains(w)).Select(w => LettersOnly(w)).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
                for (var cut = 3; cut <= name.Length - 3; cut++)
                    if (words[i].StartsWith(name[..cut], StringComparison.Ordinal) && words[i + 1].StartsWith(name[cut..], StringComparison.Ordinal) &&
                        words[i].Length > cut && words[i + 1].Length > name.Length - cut)
                        return run.Value;
        }
        return null;
    }

    /// <summary>A national government's portal under the EU's or its country's code, named after the country the
    /// request comes from (police.belgium.eu), with an office for police or justice below it. Returns the office's
    /// label, or null.</summary>
    public static string? NationalPortalOffice(string domain, string? requestCountry, string text = "")
    {
        var labels = domain.Split('.');
        if (labels.Length < 3 || labels[^1].Length != 2) return null;
        var portal = labels[^2];
        if (portal.Length < 4) return null;
        var country = CountryNames.Canonical(portal);
        if (!string.Equals(country, requestCountry, StringComparison.OrdinalIgnoreCase) && AgencyAbbreviation.CallingCodeWritten(country, text) is null) return null;
        return labels[..^2].FirstOrDefault(l => AuthorityStem.IsMatch(l));
    }

    // Regional top levels of a country's communities (.cat, .eus, .gal: Catalan, Basque and Galician police and courts).
    private static readonly HashSet<string> RegionalCountryCodes = ["cat", "eus", "gal"];

    // Words for police, prosecution and justice that national bodies build their domain names on, in the languages
    // of the EU's forces and courts.
    private static readonly Regex AuthorityStem = Patterns.Build(
        @"polizi|polic|politi|politsei|policj|policij|poliis|polis|surete|gendarm|carabin|guardiacivil|mossos|ertzain|giustizi|justici|justic|justiz|justit|justitie|procura|prokura|fiscal|ministeriopublico|mpublico|minpublic|ministerepublic|openbaarministerie|parquet|tribunal|tribunai|rechtspraak|gericht|domstol|kohus|syyttaja|aklagare|anklage|ugyesz|prokuror");

    // The U.S. states' and D.C.'s postal codes, with the state's name as a caption writes it ("HARRIS COUNTY, TEXAS").
    internal static IEnumerable<string> StateNames => StateCodes.Values;

    private static readonly Dictionary<string, string> StateCodes = new()
    {
        ["al"] = "Alabama", ["ak"] = "Alaska", ["az"] = "Arizona", ["ar"] = "Arkansas", ["ca"] = "California", ["co"] = "Colorado",
        ["ct"] = "Connecticut", ["de"] = "Delaware", ["fl"] = "Florida", ["ga"] = "Georgia", ["hi"] = "Hawaii", ["id"] = "Idaho",
        ["il"] = "Illinois", ["in"] = "Indiana", ["ia"] = "Iowa", ["ks"] = "Kansas", ["ky"] = "Kentucky", ["la"] = "Louisiana",
        ["me"] = "Maine", ["md"] = "Maryland", ["ma"] = "Massachusetts", ["mi"] = "Michigan", ["mn"] = "Minnesota",
        ["ms"] = "Mississippi", ["mo"] = "Missouri", ["mt"] = "Montana", ["ne"] = "Nebraska", ["nv"] = "Nevada",
        ["nh"] = "New Hampshire", ["nj"] = "New Jersey", ["nm"] = "New Mexico", ["ny"] = "New York", ["nc"] = "North Carolina",
        ["nd"] = "North Dakota", ["oh"] = "Ohio", ["ok"] = "Oklahoma", ["or"] = "Oregon", ["pa"] = "Pennsylvania",
        ["ri"] = "Rhode Island", ["sc"] = "South Carolina", ["sd"] = "South Dakota", ["tn"] = "Tennessee", ["tx"] = "Texas",
        ["ut"] = "Utah", ["vt"] = "Vermont", ["va"] = "Virginia", ["wa"] = "Washington", ["wv"] = "West Virginia",
        ["wi"] = "Wisconsin", ["wy"] = "Wyoming", ["dc"] = "District of Columbia",
    };

    /// <summary>The name without a state's postal code at its start or end, when the letter writes that code or the
    /// state's name as an address or caption does ("Houston, TX 77002", "Harris County, Texas"); null otherwise.</summary>
    private static string? StateCodeStripped(string name, string text)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (var (code, rest) in new[] { (name[..2], name[2..]), (name[^2..], name[..^2]) })
            if (StateCodes.TryGetValue(code, out var state) &&
                (WrittenAsAddressState(head, code.ToUpperInvariant()) || WrittenAsAddressState(head, state) || WrittenAsAddressState(head, state.ToUpperInvariant())))
                return rest;
        return null;
    }

    private static readonly Regex AgencyKindAfterCode = Patterns.Build(@"\A(police|sheriff|pd\b|district\s+attorney|prosecut)");

    // "Newark, NJ" or "NJ 07102": the code as a whole word after a comma or before a ZIP code.
    private static bool WrittenAsAddressState(string text, string code)
    {
        for (var at = text.IndexOf(code, StringComparison.Ordinal); at >= 0; at = text.IndexOf(code, at + 1, StringComparison.Ordinal))
        {
            var end = at + code.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
            var before = text.AsSpan(0, at).TrimEnd(' ');
            var after = text.AsSpan(end).TrimStart(' ');
            if (before.EndsWith(",") || (after.Length >= 5 && after[..5].ToString().All(char.IsAsciiDigit))) return true;
            // Issue 11 round 19: between a place and its agency, as a department signs ("Kansas City MO Police Dept.").
            if (code.Length == 2 && before.Length > 0 && char.IsLetter(before[^1]) && AgencyKindAfterCode.IsMatch(after)) return true;
            // Round 26: in brackets after the agency, as a letterhead tells its state ("ORANGE COUNTY SHERIFF'S OFFICE (FL)").
            if (before.EndsWith("(") && after.StartsWith(")") && before.Length > 1 && char.IsLetter(before.TrimEnd('(').TrimEnd(' ')[^1])) return true;
        }
        return false;
    }

    /// <summary>The place an agency of the letter is named after, when its initials spell the name: "Virginia
    /// Beach" in "Virginia Beach Police Department" for "vb", "Santa Clara County" for "scc".</summary>
    /// <param name="glued">The word glued after the initials in the domain ("county" in aacounty.org): when the letter
    /// writes that word itself after the place ("Anne Arundel County Police Department"), the initials are those of
    /// the words before it.</param>
    private static string? PlaceInitials(string name, string text, string? glued = null)
    {
        if (name.Length is < 2 or > 4 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (Match run in CapitalisedRun.Matches(head))
        {
            // Round 13: a capitalised particle is part of a place's name ("Des Moines", "La Crosse", "De Kalb", "Van
            // Buren": dmgov.org), so only a lower-case one (or "The", "Of") is skipped here.
            var words = run.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => !IsConnectorInPlace(w)).ToList();
            for (var kind = 1; kind < words.Count; kind++)
            {
                if (!AgencyKind.IsMatch(words[kind])) continue;
                // The place is the stretch of words right before the first word naming the kind of agency.
                // Issue 11 round 19: a state's code may stand between the place and the kind ("Kansas City MO Police").
                var placeEnd = kind - 1 > 0 && words[kind - 1].Length == 2 && words[kind - 1].All(char.IsAsciiLetterUpper) &&
                               StateCodes.ContainsKey(words[kind - 1].ToLowerInvariant()) ? kind - 1 : kind;
                foreach (var stop in placeEnd == kind ? [kind] : new[] { kind, placeEnd })
                    for (var from = 0; from < stop; from++)
                        if (stop - from == name.Length && string.Concat(words.Skip(from).Take(stop - from).Select(w => char.ToLowerInvariant(w[0]))) == name)
                            return string.Join(' ', words.Skip(from).Take(stop - from));
                // The glued word written out as the place's last word: its initials are those of the words before it.
                var end = kind - 1;
                if (glued is "county" or "city" && end >= name.Length && string.Equals(words[end], glued, StringComparison.OrdinalIgnoreCase))
                {
                    var from = end - name.Length;
                    if (string.Concat(words.Skip(from).Take(name.Length).Select(w => char.ToLowerInvariant(w[0]))) == name)
                        return string.Join(' ', words.Skip(from).Take(name.Length + 1));
                }
                // A run may cross lines ("… Ansah-Fairweather\nHarris County District Attorney's Office"): every word
                // naming a kind of body is tried, not only the first.
            }
        }
        return null;
    }

    private static bool IsConnectorInPlace(string word) =>
        Connectors.Contains(word) && (char.IsLower(word[0]) || word is "The" or "THE" or "Of" or "OF" or "And" or "For" or "&");

    private static readonly string[] InitialsFillers = ["net", "web", "mail", "online"];

    // The kind of body a line names, in the languages read and those of the EU's other forces and prosecutors.
    private static readonly Regex AuthorityKindOnLine = Patterns.Build(
        @"sheriff|police|pol[ií]c|poliz|politi|politsei|prosecut|procura|prokura|fiscal|parquet|parket|staatsanwalt|ministerie|minist[eé]rio|court|tribunal|gericht|rechtbank|juzgado|justi|investigat|opsporing|ermittl|gendarm|carabin|guardia|marshal|constab|attorney|s[uû]ret[eé]|questur|mossos|ertzain|mar[eé]chauss|division|squad|detective|\bunit\b");

    /// <summary>The domain's name as the letter writes it for a body of authority: a word of its own ("FIOD", an
    /// acronym in capitals when short), a few words run together ("Polizia di Stato" for poliziadistato.it) or the
    /// end of a compound ("Ringkonnaprokuratuur"), on a line that names a police, prosecution or court body.
    /// Addresses and web links do not count: they are the domain itself.</summary>
    /// <param name="acronymOrRunTogether">Only an acronym in capitals ("NYPD") or several words run together
    /// ("Guardia Civil"): a lower-case word or the end of a compound may be any word of the letter.</param>
    public static string? NameWrittenAsAgency(string name, string text, bool acronymOrRunTogether = false)
    {
        if (name.Length < 3 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (var line in head.Split('\n'))
        {
            if (!LettersOnly(line).Contains(name, StringComparison.Ordinal) || !AuthorityKindOnLine.IsMatch(line)) continue;
            var words = line.Split([' ', '\t', '(', ')', '[', ']', ',', ';', ':', '"', '\'', '«', '»', '“', '”', '–', '/'], StringSplitOptions.RemoveEmptyEntries)
                .Where(raw => !raw.Contains('@') && !raw.Trim('.', '-').Contains('.'))
                .Select(raw => raw.Trim('.', '-', '!', '?'))
                .Where(word => word.Length > 0)
                .ToList();
            for (var from = 0; from < words.Count; from++)
            {
                var letters = LettersOnly(words[from]);
                var same = letters == name && ((name.Length >= 5 && !acronymOrRunTogether) || words[from].All(c => !char.IsLetter(c) || char.IsUpper(c)));
                var tail = !acronymOrRunTogether && name.Length >= 6 && letters.Length > name.Length && letters.EndsWith(name, StringComparison.Ordinal);
                if (same || tail) return words[from];
                // Up to five words run together, the first and the last capitalised: "Guardia Civil", "Polícia Judiciária".
                for (var to = from + 1; to < Math.Min(words.Count, from + 5) && letters.Length < name.Length; to++)
                {
                    letters += LettersOnly(words[to]);
                    if (letters == name && char.IsUpper(words[from][0]) && char.IsUpper(words[to][0]))
                        return string.Join(' ', words.Skip(from).Take(to - from + 1));
                }
            }
        }
        return null;
    }

    // U.S. federal agencies whose staff mail only from their own domains (sources: each agency's website and
    // published contact addresses; DOJ components may also use usdoj.gov, DHS components dhs.gov).
    private static readonly (Regex Name, string Agency, string[] Homes)[] NationalAgencies =
    [
        (Patterns.Build(@"\b(FBI|Federal\s+Bureau\s+of\s+Investigation)\b", false), "FBI", ["fbi.gov", "usdoj.gov"]),
        (Patterns.Build(@"\b(DEA|Drug\s+Enforcement\s+Administration)\b", false), "DEA", ["dea.gov", "usdoj.gov"]),
        (Patterns.Build(@"\b(ATF|Bureau\s+of\s+Alcohol,\s+Tobacco)\b", false), "ATF", ["atf.gov", "usdoj.gov"]),
        (Patterns.Build(@"\b(USMS|U\.?S\.?\s+Marshals?\s+Service)\b", false), "U.S. Marshals Service", ["usmarshals.gov", "usdoj.gov"]),
        (Patterns.Build(@"\b(USSS|(U\.?S\.?|United\s+States)\s+Secret\s+Service)\b", false), "Secret Service", ["secretservice.gov", "usss.dhs.gov", "dhs.gov"]),
        (Patterns.Build(@"\b(HSI|Homeland\s+Security\s+Investigations)\b", false), "HSI", ["ice.dhs.gov", "dhs.gov", "ice.gov"]),
        (Patterns.Build(@"\b(USPIS|Postal\s+Inspection\s+Service)\b", false), "Postal Inspection Service", ["uspis.gov", "usps.gov"]),
    ];

    // A U.S. Attorney's Office brings every federal agency's case before the grand jury and the court: an AUSA at
    // usdoj.gov whose subpoena names a case agent of HSI or the Secret Service is who it says it is.
    private static readonly Regex FederalProsecutor = Patterns.Build(
        @"\bAUSA\b|assistant\s+(u\.?\s?s\.?|united\s+states)\s+attorney|(u\.?\s?s\.?|united\s+states)\s+attorney('?s)?\s+(office|who\s+requests)");

    /// <summary>The sender writes from the Department of Justice as a federal prosecutor; the agency it names is the
    /// one investigating, not the sender. Read only for a usdoj.gov address.</summary>
    public static bool FederalProsecutorWrites(string fromDomain, string text) =>
        (fromDomain == "usdoj.gov" || fromDomain.EndsWith(".usdoj.gov", StringComparison.Ordinal)) &&
        FederalProsecutor.IsMatch(text.Length > 20_000 ? text[..20_000] : text);

    // Where a sender says who it is: a self-introduction, or its signature at the foot of the message.
    private static readonly Regex SelfIntroduction = Patterns.Build(
        @"\b(this\s+is|i\s+am|i'm|my\s+name\s+is|on\s+behalf\s+of)\b[^.\n]{0,80}");

    /// <summary>The U.S. federal agency the sender says it is (in a self-introduction or its signature), with the
    /// domains that agency mails from; null when it names none, or names the agency only as a partner
    /// ("task force", "in coordination with").</summary>
    public static (string Agency, string[] Homes)? ClaimedNationalAgency(string text, bool signatureCounts = true)
    {
        if (WhereSenderSaysWhoItIs(text, signatureCounts) is not ({ } intro, { } signature)) return null;
        foreach (var (name, agency, homes) in NationalAgencies)
            if (name.IsMatch(intro) || name.IsMatch(signature)) return (agency, homes);
        return null;
    }

    /// <summary>The sender's self-introductions and its signature (the last six lines), without lines that name an
    /// agency as a partner; null for an empty text or a task force's, whose members come from many agencies.</summary>
    private static (string Intro, string Signature)? WhereSenderSaysWhoItIs(string text, bool signatureCounts)
    {
        if (text.Length == 0) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        if (IgnoreCase.Contains(head, "task force")) return null;
        // "FBI Seattle notified", "in coordination with the DEA": a partner the sender informs is not who it is.
        var signature = signatureCounts
            ? string.Join("\n", LastLines(head, 6).Where(l => !PartnerMention.IsMatch(l)))
            : "";
        var intro = string.Join("\n", SelfIntroduction.Matches(head).Select(m => m.Value).Where(m => !PartnerMention.IsMatch(m)));
        return (intro, signature);
    }

    // Round 26: a state's own police or investigation bureau ("Illinois State Police", "Texas Department of Public
    // Safety", "Georgia Bureau of Investigation"), which mails from its state's domains.
    private static readonly Regex StateAgency = Patterns.Build(
        @"\b(?<state>" + string.Join('|', StateCodes.Values.Select(n => n.Replace(" ", @"\s+"))) + @")\s+(State\s+Police|State\s+Patrol|Highway\s+Patrol|Bureau\s+of\s+(Criminal\s+)?Investigations?|Department\s+of\s+(Public\s+Safety|Law\s+Enforcement))\b");

    /// <summary>The state police or bureau the sender says it is, and that state's postal code; null when none.</summary>
    public static (string Agency, string StateCode)? ClaimedStateAgency(string text)
    {
        if (WhereSenderSaysWhoItIs(text, signatureCounts: true) is not ({ } intro, { } signature)) return null;
        var m = StateAgency.Match(intro);
        if (!m.Success) m = StateAgency.Match(signature);
        if (!m.Success) return null;
        var state = Regex.Replace(m.Groups["state"].Value, @"\s+", " ");
        var code = StateCodes.First(kv => string.Equals(kv.Value, state, StringComparison.OrdinalIgnoreCase)).Key;
        return (Regex.Replace(m.Value, @"\s+", " "), code);
    }

    /// <summary>A government domain of the state itself: state.il.us and below it, or a .gov whose registered name
    /// opens with the state's code or name (illinois.gov, isp.illinois.gov, azdps.gov, texasattorneygeneral.gov).
    /// A town's or county's domain (townofwestfield-il.gov) is not the state's.</summary>
    public static bool StateDomain(string domain, string stateCode)
    {
        if (domain == $"state.{stateCode}.us" || domain.EndsWith($".state.{stateCode}.us", StringComparison.Ordinal)) return true;
        if (!domain.EndsWith(".gov", StringComparison.Ordinal)) return false;
        var labels = domain.Split('.');
        var registered = labels[^2];
        var name = StateCodes[stateCode].Replace(" ", "").ToLowerInvariant();
        return registered.StartsWith(stateCode, StringComparison.Ordinal) || registered.StartsWith(name, StringComparison.Ordinal);
    }

    /// <summary>The last <paramref name="count"/> non-blank lines, trimmed, in text order: read back from the end
    /// rather than splitting the whole text into lines (only the signature is wanted).</summary>
    private static List<string> LastLines(string text, int count)
    {
        var lines = new List<string>(count);
        var end = text.Length;
        while (lines.Count < count)
        {
            var newline = end > 0 ? text.LastIndexOf('\n', end - 1) : -1;
            var line = text.AsSpan(newline + 1, end - newline - 1).Trim();
            if (line.Length > 0) lines.Insert(0, line.ToString());
            if (newline < 0) break;
            end = newline;
        }
        return lines;
    }

    // A line that names another agency as one informed of, or working with, the case.
    private static readonly Regex PartnerMention = Patterns.Build(
        @"\b(notified|informed|advised|alerted|aware|contacted|coordinat\w*|assist\w*|liaison|partner\w*|jointly|joint\s+investigation|working\s+with|in\s+contact\s+with|referred|copied|cc'?d?)\b");

    // A run of capitalised words (joined by "of", "the", "and", "for", "&") that names a body: its initials are how
    // many county and city agencies name their domain (MCSO, TCDA, SAPD).
    private static readonly Regex CapitalisedRun = new(
        @"\b\p{Lu}[\p{L}'’.-]*(\s+((of|the|and|for|&|de|di|da|do|dos|das|del|della|des|du|la|le|van|der|den|voor|für|y|e|et|und|en)\s+)*\p{Lu}[\p{L}'’.-]*){1,12}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // Small words an agency's initials skip, in the languages read: "Guardia di Finanza" is GDF, "Policía de
    // Investigaciones" PDI.
    // Letterheads write them in capitals too ("POLÍCIA DE SEGURANÇA PÚBLICA").
    private static readonly HashSet<string> Connectors = new(
    [
        "of", "the", "and", "for", "&", "de", "di", "da", "do", "dos", "das", "del", "della", "des", "du", "la", "le",
        "van", "der", "den", "voor", "für", "y", "e", "et", "und", "en",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly Regex AgencyKind = Patterns.Build(
        @"\bP\s?D\b|\b(minist[eèé]r[eio]|sheriff|pol[ií]c|poliz|politi|attorney|prosecut|procura|fiscal|district|court|tribunal|juzgado|gericht|staatsanwalt|marshal|constab|patrol|department|d[ée]partement|departamento|investiga|opsporing|recherche|ermittl|bureau|justic|justiz|justitie|giustizia|gendarm|guardia|guarda|carabin|brigad|finanza|exploited\s+children)");

    /// <summary>The agency whose initials (small words skipped) spell the domain's name, when that agency is a
    /// law-enforcement, prosecution or court body named in the text; null otherwise. Three letters at least:
    /// shorter initials match too much by chance.</summary>
    private static string? InitialsOfAgency(string name, string text, int minimum = 3)
    {
        if (name.Length < minimum || name.Length > 8 || !name.All(char.IsAsciiLetter)) return null;
        var head = text.Length > 20_000 ? text[..20_000] : text;
        foreach (Match run in CapitalisedRun.Matches(head))
        {
            // A short abbreviation in capitals stands for its letters: "Kansas City Missouri PD" is KCPD, "LA County
            // Sheriff's Department" LASD.
            var written = run.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var all = written
                .SelectMany(w => w.Length is 2 or 3 && w.All(char.IsAsciiLetterUpper) && !Connectors.Contains(w) ? w.Select(c => c.ToString()) : [w])
                .ToList();
            // Small words skipped ("Multnomah County Sheriff's Office", MCSO) or kept ("Guardia di Finanza", GdF).
            if ((Initials(name, [.. all.Where(w => !Connectors.Contains(w))]) ?? Initials(name, [.. all.Where(w => w != "&")])) is { } found)
                return found;
            // Round 24: "Office of the State Attorney" goes by the initials of "State Attorney's Office" (SAO).
            if (all.Count > 2 && all[0].Equals("Office", StringComparison.OrdinalIgnoreCase) && Connectors.Contains(all[1]) &&
                run.Value.Split('\n')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 2 } firstLine &&
                Initials(name, [.. firstLine.Skip(1).Where(w => !Connectors.Contains(w)), "Office"]) is not null)
                return run.Value.Split('\n')[0].Trim();
            // A letterhead in capitals writes short words in capitals too: "LOS" and "LAS" are words there, not
            // abbreviations ("LAS VEGAS METROPOLITAN POLICE DEPARTMENT" is LVMPD). A hyphenated compound gives each
            // part its initial ("Procuradoria-Geral da República" is PGR).
            var words = written.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).Where(w => !Connectors.Contains(w)).ToList();
            if (words.Count != all.Count(w => !Connectors.Contains(w)) && Initials(name, words) is { } capitals)
                return capitals;
        }
        return null;
    }

    /// <summary>A contiguous stretch of the words whose initials spell the name and which names an agency. With
    /// four letters or more, one word inside the stretch may be left out, as agencies drop their county or state
    /// from their initials: "Palm Beach County Sheriff's Office" is PBSO, "Kansas City Missouri Police
    /// Department" KCPD.</summary>
    private static string? Initials(string name, List<string> words)
    {
        // Every contiguous stretch of the run, so "Deputy Multnomah County Sheriff's Office" still yields MCSO.
        for (var from = 0; from < words.Count; from++)
        {
            if (char.ToLowerInvariant(words[from][0]) != name[0]) continue;
            for (var skip = -1; skip < (name.Length >= 4 ? Math.Min(words.Count, from + name.Length) : 0); skip++)
            {
                if (skip == from) continue;
                var (at, to) = (1, from + 1);
                for (; to < words.Count && at < name.Length; to++)
                {
                    if (to == skip) continue;
                    if (char.ToLowerInvariant(words[to][0]) != name[at]) break;
                    at++;
                }
                if (at != name.Length || (skip >= to)) continue;
                var stretch = string.Join(' ', words.Skip(from).Take(to - from));
                if (AgencyKind.IsMatch(stretch)) return stretch;
            }
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

    /// <summary>Lower-case letters only, accents dropped by <see cref="Accents"/>: "St. Louis County" →
    /// "stlouiscounty", "Policía" → "policia".</summary>
    /// <param name="skipping">Left out wherever the text writes it (a domain's name in an address or a link), so that
    /// what the text names is read from its words, not from the sender's own address.</param>
    private static string LettersOnly(string text, string? skipping = null)
    {
        var sb = new StringBuilder(text.Length);
        var next = skipping is null ? -1 : IgnoreCase.IndexOf(text, skipping);
        for (var i = 0; i < text.Length; i++)
        {
            if (i == next)
            {
                i += skipping!.Length - 1;
                next = IgnoreCase.IndexOf(text, skipping, i + 1);
                continue;
            }
            var lower = char.ToLowerInvariant(text[i]);
            if (char.IsAsciiLetter(lower)) sb.Append(lower);
            else Accents.TryAppendFolded(sb, lower);
        }
        return sb.ToString();
    }
}
