using System.Text.RegularExpressions;
using PhoneNumbers;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>Who sent the request and how to reach them: agency, address, contact person, phone.</summary>
internal sealed record RequesterContact(
    string? AgencyName,
    string? Address,
    string? City,
    string? StateProvince,
    string? PostalCode,
    string? CountryFromAddress,
    string? ContactPerson,
    string? Phone,
    string? PhoneCountry,
    string? IssuingAuthority);

internal sealed class ContactExtractor
{
    private const string UsStates =
        "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY" +
        "|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia";

    private const string CanadianProvinces =
        "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick";

    private const string City = @"[A-Z][A-Za-z.'-]*( [A-Z][A-Za-z.'-]*){0,3}";

    // Issue 11 round 12: a letterhead sets its phone in a column after the ZIP ("909 E. 14th Street, Plano, Texas
    // 75074    Non-emergency (972) ..."): a wide gap or a tab ends the address as a separator does.
    private static readonly Regex UsCityLine = Patterns.Build(
        $@"^[ \t]*(?<pre>[^\n]{{0,120}}(,|\.{{3,}}|:)[ \t]*)?(?<city>{City}),?[ \t]+(?<state>{UsStates})\.?,?[ \t]+(?<zip>\d{{5}}(-\d{{4}})?)(([ \t]*([|•·,;(:]|-[ \t])|[ \t]{{3,}}|\t)[^\n]{{0,120}})?[ \t]*$",
        ignoreCase: false);

    // Québec letters write the province in brackets after an accented city ("Montréal (Québec) H2K 3S7") and run
    // the e-mail and phone on after a dash.
    private const string AccentedCity = @"\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,3}";

    // The state and ZIP a PDF wrapped onto the next line: "…, 911 Parr Blvd., Reno,\nNV 89512 · x@y.gov".
    private static readonly Regex UsWrappedStateLine = Patterns.Build(
        $@"^[ \t]*(?<state>{UsStates})\.?,?[ \t]+(?<zip>\d{{5}}(-\d{{4}})?)([ \t]*([|•·,;(]|-[ \t])[^\n]{{0,160}})?[ \t]*$",
        ignoreCase: false);

    private static readonly Regex CanadaCityLine = Patterns.Build(
        $@"^[ \t]*(?<pre>[^\n]{{0,80}}(,|\.{{3,}}|:)[ \t]*)?(?<city>{AccentedCity}),?[ \t]+\(?(?<state>{CanadianProvinces}|Québec)\)?,?[ \t]+(?<zip>[A-Z]\d[A-Z][ ]?\d[A-Z]\d)([ \t]+([|•·–-])[^\n]{{0,160}})?[ \t]*$",
        ignoreCase: false);

    private static readonly Regex UkCityLine = Patterns.Build(
        $@"^[ \t]*(?<pre>[^\n]{{0,80}}(,|\.{{3,}}|:)[ \t]*)?((?<city>{City}),?[ \t]+)?(?<zip>[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})[ \t]*(,[ \t]*(United Kingdom|UK|England|Scotland|Wales))?([ \t]+[|•·–][^\n]{{0,120}})?[ \t]*$",
        ignoreCase: false);

    private static readonly Regex EuropeanCityLine = Patterns.Build(
        @"^[ \t]*(?<pre>[^\n]{0,80}(,|\.{3,}|:)[ \t]*)?([A-Z]{1,2}-)?(?<zip>\d{5})[ \t]+(?<city>\p{Lu}[\p{L}.'-]*([ -]\p{Lu}?[\p{L}.'-]+){0,3})([ \t]*\([A-Z]{2}\))?[ \t]*(,[ \t]*(?<country>Germany|Deutschland|France|Spain|Espa[nñ]a|Italy|Italia)[ \t]*)?([ \t]+[|•·–-][^\n]{0,120})?$",
        ignoreCase: false);

    // Four-digit postcodes (Belgium, the Netherlands with its two letters, Switzerland, Austria) and Portugal's
    // "1169-007": after a street and a comma, or followed by the country, so a year at a line's start is no address.
    private static readonly Regex ShortPostcodeCityLine = Patterns.Build(
        @"^[ \t]*((?<pre>[^\n]{0,80},)[ \t]*)?([A-Z]{1,2}-)?(?<zip>\d{4}-\d{3}|\d{4}[ ][A-Z]{2}|\d{4})[ \t]+(?<city>\p{Lu}[\p{L}.'-]*([ -]\p{Lu}?[\p{L}.'-]+){0,2})[ \t]*(,[ \t]*(?<country>Belgi[eë]|Belgique|Belgium|Nederland|Netherlands|Schweiz|Suisse|Svizzera|Switzerland|[OÖ]sterreich|Austria|Portugal)[ \t]*)?([|•·–][^\n]{0,120}|[ \t][-—][ \t][^\n]{0,120})?$",
        ignoreCase: false);

    // Australia and New Zealand write the postcode AFTER the town (and an Australian state): "Level 7, 311 Spencer
    // Street, Docklands VIC 3008, Australia", "180 Molesworth Street, Wellington 6011". A street and a comma come
    // first, so a year after a word is no postcode.
    private static readonly Regex AustralasiaCityLine = Patterns.Build(
        @"^[ \t]*(?<pre>[^\n]{0,100}\d[^\n]{0,60},)[ \t]*(?<city>\p{Lu}[\p{L}.'-]*([ ]\p{Lu}[\p{L}.'-]*){0,2}?)([ \t]+(?<state>VIC|NSW|QLD|WA|SA|TAS|ACT|NT))?[ \t]+(?<zip>\d{4})[ \t]*(,[ \t]*(?<country>Australia|New Zealand)[ \t]*)?([|•·–][^\n]{0,120})?$",
        ignoreCase: false);

    // Brazil: "Av. Augusto de Lima, 1549, Barro Preto, Belo Horizonte/MG – CEP 30190-002".
    private static readonly Regex BrazilCityLine = Patterns.Build(
        @"^[ \t]*(?<pre>[^\n]{0,100},)[ \t]*(?<city>\p{Lu}[\p{L}.'-]*([ ]\p{L}[\p{L}.'-]*){0,3})[ \t]*[/-][ \t]*(?<state>[A-Z]{2})[ \t]*[,–-]?[ \t]*CEP:?[ \t]*(?<zip>\d{5}-?\d{3})([ \t]+[-–—|•·][^\n]{0,120})?[ \t]*$",
        ignoreCase: false);

    private static readonly Regex StreetLike = Patterns.Build(
        @"(^\d+[A-Za-z]?[ ,]|\b(street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|dr\.|lane|ln\.|way|plaza|place|pl\.|parkway|pkwy|court|ct\.|square|highway|hwy|suite|ste\.|floor|p\.?\s?o\.?\s+box|stra(ss|ß)e|str\.|platz|weg|allee|rue|avenue|boulevard|quai|calle|avenida|paseo|plaza|rua|av|boul|chemin|travessa|largo|viale|piazza|corso|straat|laan|plein|steenweg|chauss[ée]e|gasse)\b|\d+[ \t]*$)");

    private static readonly Regex PostOfficeBox = Patterns.Build(@"^\s*(p\.?\s?o\.?\s+box|post\s+office\s+box)\b");

    private static readonly Regex HouseNumber = Patterns.Build(@"^\d{1,6}[A-Za-z]?[ \t]+\p{L}");

    private static readonly Regex AddressTail = Patterns.Build(@",\s*\d[^\n]*$");

    private static readonly Regex CountryLine = Patterns.Build(
        @"^[ \t]*(?<country>United States( of America)?|USA|U\.S\.A\.|Germany|Deutschland|France|Spain|Espa[nñ]a|United Kingdom|UK|England|Scotland|Canada|Australia|Ireland|Netherlands|Italy|Mexico|M[eé]xico|Brazil|Brasil|India|Austria|[OÖ]sterreich|Switzerland|Schweiz|Suisse|Belgium|Belgique)[ \t]*$");

    private static readonly LabelSet LabelCountry = new(@"country|land|pays|pa[ií]s");
    private static readonly LabelSet LabelCity = new(@"city|town|ort|stadt|ville|ciudad|localidad");
    private static readonly LabelSet LabelState = new(@"state|province|state/province|state / province|county|bundesland|r[eé]gion|provincia|d[eé]partement");
    private static readonly LabelSet LabelPostal = new(@"zip|zip code|zip/postal code|postal code|postcode|post code|plz|postleitzahl|code postal|c[oó]digo postal");
    private static readonly LabelSet LabelAddress = new(@"address|agency address|mailing address|street address|anschrift|adresse|direcci[oó]n|domicilio");
    private static readonly LabelSet LabelAgency = new(@"agency|requesting agency|agency name|law enforcement agency|department|organi[sz]ation|beh[oö]rde|dienststelle|service|unit[eé]|organismo|unidad");
    private static readonly LabelSet LabelContact = new(@"contact|contact person|contact name|point of contact|requesting officer|requester|requestor|officer|investigator|affiant|case agent|detective|agent|ansprechpartner(in)?|sachbearbeiter(in)?|contacto|interlocuteur|enqu[eê]teur|r[eé]dacteur|name");
    private static readonly LabelSet LabelPhone = new(@"phone|telephone|tel\.?|direct|direct line|desk|office|cell|mobile|contact number|phone number|telefon|t[eé]l[eé]phone|t[eé]l\.?|tel[eé]fono|m[oó]vil|handy|telefoon|telefone|telem[oó]vel|telefono|cellulare|permanentie|permanence|piquet|bereitschaft|reperibilit[aà]|plant[aã]o|hotline");

    // "PV-nummer: GE.12.L6.041877/2026", "Case No. 2026-0441": a reference's digits can pass for a phone number.
    private static readonly Regex ReferenceLabel = Patterns.Build(
        @"\b(nummer|number|no|nr|n[°º]|ref|reference|r[eé]f[eé]rence|referencia|refer[eê]ncia|riferimento|case|dossier|kenmerk|file|report|aktenzeichen|az|proc|processo|procedimento|proc[eé]dure|expediente|pv|nuipc|cr|dr|id)\b[^\n\d]{0,12}[:#]");
    private static readonly LabelSet LabelAuthority = new(@"issuing authority|issuing court|court|issued by|authority|gericht|tribunal|juzgado|autorit[eé]");

    // What names an agency, in Title Case as written in prose and letterheads (upper-case variants are added).
    private static readonly string[] AgencyKinds =
    [
        "Police Department", "Police Service", "Bureau of Police", "Police",
        "Sheriff's Office", "Sheriff's Department", "Sheriff", "Marshals Service",
        "Federal Bureau of Investigation", "Bureau of Investigation", "Bureau of Criminal Apprehension", "Department of Justice",
        "Attorney's Office", "Attorney General's Office", "Prosecutor's Office", "Prosecuting Attorney's Office",
        "Homeland Security Investigations", "Department of Homeland Security", "Secret Service", "Drug Enforcement Administration",
        "Postal Inspection Service", "Office of Inspector General", "State Police", "Highway Patrol", "State Patrol", "Constabulary",
        "Crime Agency", "Task Force", "Investigations Division", "Criminal Investigations", "Office of International Affairs",
        "Royal Canadian Mounted Police", "Gendarmerie Nationale", "Gendarmerie", "Police Nationale",
        "Polizeipräsidium", "Polizei", "Kriminalpolizei", "Landeskriminalamt", "Bundeskriminalamt",
        "Generalstaatsanwaltschaft", "Staatsanwaltschaft", "Policía Nacional", "Guardia Civil", "Mossos d'Esquadra", "Fiscalía",
    ];

    // Round 23: the place after the place ("United States Attorney's Office for the Northern District of Illinois").
    private static readonly Regex AgencyName = Patterns.Build(
        @"(?<agency>((\p{Lu}[\p{L}.'&-]*|of|the|and|for|de|du|la|del|OF|THE|AND|FOR)[ ]{1,2}){0,7}(" +
        string.Join('|', AgencyKinds.Concat(AgencyKinds.Select(k => k.ToUpperInvariant())).Distinct().Select(Regex.Escape)) +
        @")([ ](\p{Lu}[\p{L}-]+([ ](am|an|der|de)[ ]\p{Lu}[\p{L}-]+|[ ](Nord|Süd|Ost|West|Mitte|Nordost|Südost|Nordwest|Südwest))?|(of|for|OF|FOR)[ ](the[ ]|THE[ ])?\p{Lu}[\p{L}-]+([ ]\p{Lu}[\p{L}-]+){0,2}([ ](of|OF)[ ](the[ ]|THE[ ])?\p{Lu}[\p{L}-]+([ ]\p{Lu}[\p{L}-]+)?)?))?)\b",
        ignoreCase: false);

    private static readonly Regex CourtPhrase = Patterns.Build(
        @"(united states district court[^\n]{0,70}|(in the )?(superior|circuit|district|county|municipal|supreme|magistrate|criminal|justice|family|probate)\s+court\s+(of|for|in)\s+[^\n,;]{3,60}|\b(\d{1,3}(st|nd|rd|th)( judicial)?|[A-Z][A-Za-z]+) (county )?(superior|circuit|district|municipal) court|court of [A-Z][^\n,;]{3,50}|(the )?grand jury[^\n,;.]{0,40}|foreign intelligence surveillance court|amtsgericht [\p{Lu}][\p{L}-]+|landgericht [\p{Lu}][\p{L}-]+|tribunal (judiciaire|de grande instance|correctionnel)[^\n,;]{0,40}|juzgado de instrucci[oó]n[^\n,;]{0,50}|crown court at [A-Z][a-z]+)");

    private const string Titles =
        "Detective Sergeant|Detective Constable|Detective Inspector|Detective|Det\\.|Investigator|Inv\\.|Special Agent|SA|Task Force Officer|TFO|Officer|Ofc\\.|Sergeant|Sgt\\.|Lieutenant|Lt\\.|Captain|Capt\\.|Deputy|Trooper|Agent|Inspector|Insp\\.|Constable|Corporal|Cpl\\.|Chief|" +
        "Assistant United States Attorney|AUSA|Assistant District Attorney|ADA|Deputy District Attorney|District Attorney|Prosecutor|Attorney|Paralegal|" +
        "Kriminalhauptkommissar(in)?|Kriminaloberkommissar(in)?|Kriminalkommissar(in)?|KHK|KOK|Oberstaatsanwalt|Oberstaatsanw[aä]ltin|Staatsanwalt|Staatsanw[aä]ltin|" +
        "Capitaine|Commandant|Brigadier|Adjudant|Inspecteur|Commissaire|Lieutenant|Gendarme|Comisario|Inspector Jefe|Agente|Sargento|Teniente|Subinspector|Fiscal|DS|DC|DI|PC|Mr\\.|Ms\\.|Mrs\\.|Dr\\.";

    private static readonly Regex TitledName = Patterns.Build(
        $@"\b(?<title>{Titles})[ \t]+(?<name>\p{{Lu}}[\p{{L}}'-]+\.?([ \t]+\p{{Lu}}\.)?([ \t]+\p{{Lu}}[\p{{L}}'-]+){{1,2}})",
        ignoreCase: false);

    private static readonly Regex NameBeforeTitleLine = Patterns.Build(
        $@"^[ \t]*(/s/[ \t]*)?(?<name>\p{{Lu}}[\p{{L}}'-]+\.?([ \t]+\p{{Lu}}\.)?([ \t]+\p{{Lu}}[\p{{L}}'-]+){{1,2}})[ \t]*,?[ \t]*\n[ \t]*(?<title>{Titles})\b",
        ignoreCase: false);

    private static readonly Regex FaxOrTarget = Patterns.Build(@"fax|telefax|target|subscriber|account|user|associated|registered|victim|suspect");

    private readonly PhoneNumberUtil _phones = PhoneNumberUtil.GetInstance();
    private readonly string _defaultRegion;

    private readonly string[] _ownNames;

    public ContactExtractor(TriagePolicy policy)
    {
        _defaultRegion = policy.DefaultRegion.ToUpperInvariant();
        _ownNames = [.. policy.OwnNames.Where(n => n.Length > 2)];
    }

    /// <summary>An address block headed by the provider's own name ("Northwind Labs, Inc.\nAttn: Custodian of
    /// Records\n...") is where the letter was sent, not who sent it.</summary>
    /// <param name="blockOnly">For an address line: the block ends at a blank line. An agency name keeps the
    /// wider look (a name just below our greeting or address is often the start of a sentence about us).</param>
    private bool IsOwnAddress(NormalizedText text, int offset, bool blockOnly = false)
    {
        if (_ownNames.Length == 0) return false;
        // The block ends at a blank line: "TO: Provider, Inc." above a paragraph does not make the address in
        // that paragraph ours.
        var line = text.LineIndexOf(offset);
        for (var i = line; i >= Math.Max(0, line - 4); i--)
        {
            var candidate = text.Line(i);
            if (blockOnly && i < line && candidate.IsWhiteSpace()) return false;
            var own = candidate.ToString();
            if (_ownNames.Any(n => own.Contains(n, StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    private static readonly Regex PhoneLike = Patterns.Build(@"\(?\+?\d[\d ()./-]{8,}\d");

    /// <summary>A short line in a signature block: a titled name, an agency or a phone number stands within the
    /// few lines around it (the writer's own contact details, not a target's).</summary>
    public static bool InSignatureBlock(NormalizedText text, int offset)
    {
        var index = text.LineIndexOf(offset);
        if (text.Line(index).Trim().Length > 90) return false;
        for (var i = Math.Max(0, index - 4); i <= Math.Min(text.LineCount - 1, index + 1); i++)
        {
            var line = text.Line(i).ToString();
            if (line.Length > 160) continue;
            if (TitledName.IsMatch(line) || AgencyName.IsMatch(line) || (i == index && PhoneLike.IsMatch(line))) return true;
        }
        return false;
    }

    public RequesterContact Extract(NormalizedText text, LabelledLines labels, string? senderName, string? regionHint)
    {
        var value = text.Value;
        var (address, city, state, postal, addressCountry) = FindAddress(text, labels);
        return new RequesterContact(
            AgencyName: FindAgency(text, labels),
            Address: address,
            City: city,
            StateProvince: state,
            PostalCode: postal,
            CountryFromAddress: labels.First(LabelCountry) is { } labelledCountry ? CountryNames.Canonical(labelledCountry) : addressCountry,
            ContactPerson: FindContact(text, labels, senderName),
            Phone: FindPhone(text, labels, regionHint ?? _defaultRegion, out var phoneCountry),
            PhoneCountry: phoneCountry,
            IssuingAuthority: FindAuthority(value, labels));
    }

    private (string? Address, string? City, string? State, string? Postal, string? Country) FindAddress(NormalizedText text, LabelledLines labels)
    {
        string? address = labels.First(LabelAddress), city = labels.First(LabelCity),
            state = labels.First(LabelState), postal = labels.First(LabelPostal), country = null;

        foreach (var (regex, countryName, mayHold) in new (Regex, string?, LineFilter)[] { (UsCityLine, "United States", HasFiveDigits), (CanadaCityLine, "Canada", HasCanadianPostcode), (EuropeanCityLine, null, HasFiveDigits), (UkCityLine, "United Kingdom", HasUkInwardCode), (ShortPostcodeCityLine, null, HasFourDigits), (AustralasiaCityLine, null, HasFourDigits), (BrazilCityLine, "Brazil", HasFiveDigits), (UsWrappedStateLine, "United States", HasFiveDigits) })
        {
            var m = FirstLineMatch(text, regex, mayHold);
            if (m is null) continue;
            if (regex == UsWrappedStateLine)
            {
                // The city and the street end the line above; without them the line is no address.
                if (WrappedCityAndStreet(text, m.Index) is not { } wrapped) continue;
                city ??= wrapped.City;
                address ??= wrapped.Street;
            }
            city ??= m.Groups["city"].Success ? Patterns.Clean(m.Groups["city"].Value) : null;
            if (m.Groups["state"].Success) state ??= m.Groups["state"].Value;
            postal ??= m.Groups["zip"].Value;
            country = m.Groups["country"].Success ? CountryNames.Canonical(m.Groups["country"].Value)
                : regex == AustralasiaCityLine && m.Groups["state"].Success ? "Australia"
                : countryName ?? CountryOfPostcode(m.Groups["zip"].Value);
            address ??= StreetFor(text, m);
            break;
        }

        address ??= LetterheadStreet(text);
        if (country is null && FirstLineMatch(text, CountryLine, IsShortLine) is { } countryLine)
            country = CountryNames.Canonical(countryLine.Groups["country"].Value);
        return (address, city, state, postal, country);
    }

    // A letterhead line that is a street with no postcode, as Latin American letters write it: "Avenida El Dorado
    // n.º 75-25, Barrio Modelia, Bogotá D.C.", "Calle 19 No. 4-20", "Carrera 7 # 32-16".
    private static readonly Regex LetterheadStreetLine = Patterns.Build(
        @"^[ \t]*(avenida|av\.|calle|carrera|cra\.|transversal|diagonal|jir[oó]n|jr\.|paseo|rua|travessa|alameda)[ \t]+[^\n]{0,40}\d[^\n]{0,80}$");

    private const int LetterheadLines = 8;

    /// <summary>The street line of a letterhead that gives no postcode, read only in its first lines.</summary>
    private static string? LetterheadStreet(NormalizedText text)
    {
        for (var i = 0; i < Math.Min(LetterheadLines, text.LineCount); i++)
        {
            var line = text.Line(i);
            if (line.IsWhiteSpace() || line.Contains('@')) continue;
            if (LetterheadStreetLine.Match(text.Value, text.LineStart(i), line.Length) is { Success: true } m)
                return CleanStreet(m.Value);
        }
        return null;
    }

    private delegate bool LineFilter(ReadOnlySpan<char> line);

    /// <summary>The first match of a line-anchored address pattern that is not our own address. These patterns
    /// never cross a line break, so only the lines that can hold one are matched (a city line has its postcode, a
    /// country line is short) instead of scanning the whole text once per pattern: same matches, in text order.</summary>
    private Match? FirstLineMatch(NormalizedText text, Regex regex, LineFilter mayHold)
    {
        // A court's caption address ("SUPERIOR COURT OF …\n1415 Main Avenue, …") is the issuer's, not the
        // requesting agency's: an address further on (the officer's block) is preferred, the court's kept as a fallback.
        Match? court = null;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            if (!mayHold(line)) continue;
            var m = regex.Match(text.Value, text.LineStart(i), line.Length);
            if (!m.Success || IsOwnAddress(text, m.Index, blockOnly: true) || MayBeYear(regex, m)) continue;
            if (!UnderCourtName(text, i)) return m;
            court ??= m;
        }
        return court;
    }

    // A US ZIP or a European postcode: five digits in a row.
    private static bool HasFiveDigits(ReadOnlySpan<char> line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsDigit(c) ? run + 1 : 0; // \d is any decimal digit
            if (run == 5) return true;
        }
        return false;
    }

    // Belgian, Swiss, Austrian and Dutch postcodes, and Portugal's "1169-007": four digits in a row.
    private static bool HasFourDigits(ReadOnlySpan<char> line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static readonly Regex CourtWord = Patterns.Build(@"\b(court|courthouse|tribunal|juzgado|gericht|rechtbank|tribunale|vara)\b");
    private static readonly Regex PoliceWord = Patterns.Build(@"\b(police|sheriff|investigat\w*|detective|det\.|officer|agent|trooper|polic[ií]a|polizei|politie|polizia)\b");

    /// <summary>The address line or the line above it names a court and no police or investigator.</summary>
    private static bool UnderCourtName(NormalizedText text, int lineIndex)
    {
        for (var i = lineIndex; i >= Math.Max(0, lineIndex - 1); i--)
        {
            var line = text.Line(i);
            if (PoliceWord.IsMatch(line)) return false;
            if (CourtWord.IsMatch(line)) return true;
        }
        return false;
    }

    /// <summary>A bare four-digit code with neither a street before it nor a country after it ("2026 Annual
    /// Report") may be a year, not a postcode.</summary>
    private static bool MayBeYear(Regex regex, Match m) =>
        regex == ShortPostcodeCityLine && !m.Groups["pre"].Success && !m.Groups["country"].Success && CountryOfPostcode(m.Groups["zip"].Value) is null;

    /// <summary>The postcode shapes only one country uses: "1169-007" (Portugal), "1012 AB" (the Netherlands).
    /// A bare four-digit code is Belgian, Swiss, Austrian or Danish alike: no vote.</summary>
    private static string? CountryOfPostcode(string zip) =>
        zip.Length == 8 && zip[4] == '-' ? "Portugal" : zip.Length == 7 && zip[4] == ' ' ? "Netherlands" : null;

    // "K1A 0B1": letter, digit, letter.
    private static bool HasCanadianPostcode(ReadOnlySpan<char> line)
    {
        for (var i = 0; i + 2 < line.Length; i++)
            if (char.IsAsciiLetterUpper(line[i]) && char.IsDigit(line[i + 1]) && char.IsAsciiLetterUpper(line[i + 2])) return true;
        return false;
    }

    // "SW1A 1AA": a UK postcode ends in a digit and two capitals.
    private static bool HasUkInwardCode(ReadOnlySpan<char> line)
    {
        for (var i = 0; i + 2 < line.Length; i++)
            if (char.IsDigit(line[i]) && char.IsAsciiLetterUpper(line[i + 1]) && char.IsAsciiLetterUpper(line[i + 2])) return true;
        return false;
    }

    // A line that is only a country's name ("United States of America" is the longest).
    private static bool IsShortLine(ReadOnlySpan<char> line) => line.Trim(" \t").Length is >= 2 and <= 30;

    /// <summary>The street part: what stands before the city on the same line, or the line above.</summary>
    private static string? StreetFor(NormalizedText text, Match cityLine)
    {
        if (cityLine.Groups["pre"].Success)
        {
            var pre = CleanStreet(cityLine.Groups["pre"].Value);
            // A signature line runs the e-mail, the street and the city together ("x@kbi.ks.gov, 1620 SW Tyler
            // St., Topeka KS 66612"): the street starts at the part that opens with a house number.
            var segments = pre.Split(',', StringSplitOptions.TrimEntries);
            var numbered = Array.FindIndex(segments, p => HouseNumber.IsMatch(p) && !p.Contains('@'));
            if (numbered > 0) return string.Join(", ", segments[numbered..]);
            // PDF text wraps a street inside prose ("... at the DEA Division, 660 S. Mesa\nHills Dr., El Paso,
            // TX 79912"): the house number and the street's first words end the line above.
            if (numbered < 0 && WrappedStreetStart(text, cityLine.Index) is { } start)
                return $"{start} {cityLine.Groups["pre"].Value.Trim().TrimEnd(',', ':').TrimEnd()}"; // "Dr." keeps its dot
            if (StreetLike.IsMatch(pre)) return pre;
        }
        var line = text.LineIndexOf(cityLine.Index);
        for (var above = line - 1; above >= Math.Max(0, line - 2); above--)
        {
            var candidate = CleanStreet(text.Line(above).ToString());
            if (candidate.Length is <= 3 or >= 160 || !StreetLike.IsMatch(candidate) || candidate.Contains('@')) continue;
            // Issue 11 round 17: a letterhead gives the street and then a P.O. box for mail ("1300 I Street, Suite 125" /
            // "P.O. Box 944255" / "Sacramento, CA 94244"): the street is where the agency is.
            if (PostOfficeBox.IsMatch(candidate) && above - 1 >= 0 && CleanStreet(text.Line(above - 1).ToString()) is var street &&
                street.Length is > 3 and < 160 && HouseNumber.IsMatch(street) && !street.Contains('@') && !PostOfficeBox.IsMatch(street))
                return street;
            // "Requesting agency: Boise Police Department, 333 N. Mark Stall Place": keep the street part.
            var parts = candidate[(candidate.IndexOf(": ", StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries);
            var streetStart = Array.FindIndex(parts, p => p.Length > 0 && char.IsDigit(p[0]));
            return streetStart > 0 ? string.Join(", ", parts[streetStart..]) : candidate;
        }
        return null;
    }

    // Street types written short with a period ("1200 Baker St.", "2500 W. Colonial Dr."): the period is part of
    // the address as the letter writes it, not the end of a sentence.
    private static readonly HashSet<string> StreetAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "St", "Ave", "Av", "Blvd", "Rd", "Dr", "Ln", "Ct", "Pl", "Pkwy", "Hwy", "Sq", "Ter", "Cir", "Expy", "Fwy", "Str", "Bd",
    };

    /// <summary>Trimmed like any field, but keeping the period of a street type's abbreviation at the end.</summary>
    private static string CleanStreet(string raw)
    {
        var cleaned = Patterns.Clean(raw);
        if (!raw.TrimEnd(' ', '\t', ',', ';', '|').EndsWith('.') || cleaned.EndsWith('.')) return cleaned;
        var lastWord = cleaned[(cleaned.LastIndexOfAny([' ', ',']) + 1)..];
        return StreetAbbreviations.Contains(lastWord) ? cleaned + "." : cleaned;
    }

    /// <summary>"…, 911 Parr Blvd., Reno," above a line that starts with the state: the last part is the city, the
    /// one before it the street (when it opens with a house number).</summary>
    private static (string City, string? Street)? WrappedCityAndStreet(NormalizedText text, int offset)
    {
        var line = text.LineIndexOf(offset);
        if (line == 0) return null;
        var parts = text.Line(line - 1).ToString().TrimEnd().TrimEnd(',').Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2) return null;
        var city = parts[^1];
        if (city.Length is < 2 or > 30 || !char.IsUpper(city[0]) || city.Any(char.IsDigit)) return null;
        var street = parts[^2];
        return (city, HouseNumber.IsMatch(street) && !street.Contains('@') ? street : null);
    }

    /// <summary>The last comma-separated part of the line above, when it opens with a house number.</summary>
    private static string? WrappedStreetStart(NormalizedText text, int offset)
    {
        var line = text.LineIndexOf(offset);
        if (line == 0) return null;
        var above = text.Line(line - 1).TrimEnd();
        if (above.Length == 0 || above[^1] == ',' || above[^1] == '.') return null;
        var comma = above.LastIndexOf(',');
        if (comma < 0) return null;
        var tail = above[(comma + 1)..].Trim().ToString();
        return tail.Length is > 3 and < 40 && HouseNumber.IsMatch(tail) && !tail.Contains('@') ? tail : null;
    }

    // Round 25: a recital's opening word ("WHEREAS the Virginia State Police ...") goes with the connectors.
    private static readonly Regex LeadingConnectors = Patterns.Build(@"^((of|the|and|for|de|du|la|del|whereas|wherefore)[ \t]+)+");

    private static readonly Regex PlaceOrGreeting = Patterns.Build(
        @"\b(plaza|street|avenue|road|drive|boulevard|square|building|way|place)\z|\b(all\s+and\s+singular|to\s+any\s+(\p{L}+\s+){0,3}(officer|sheriff|constable|marshal)s?)\b|\Ato\s+the\s+(sheriff|marshal|constable)\b|\A((chief\s+)?deputy\s+sheriff|(police|peace)\s+officer)s?\z");

    // Round 25: a federal district written after a comma ("U.S. Attorney's Office, Western District of Missouri") is the
    // office's own; apart from AgencyName, whose automaton it would push past the size limit.
    private static readonly Regex DistrictAfterComma = Patterns.Build(
        @",[ ]((Northern|Southern|Eastern|Western|Middle|Central)[ ])?District[ ]of[ ](the[ ])?\p{Lu}[\p{L}-]+([ ]\p{Lu}[\p{L}-]+)?\b", ignoreCase: false);

    // Round 26: a unit's name that follows an English agency's ("Phoenix Police Department Special Assignments Unit"):
    // its first word is the unit's, not the agency's.
    private static readonly Regex EnglishKindThenWord = Patterns.Build(
        @"(Department|Office|Service|Police|Patrol|DEPARTMENT|OFFICE|SERVICE|POLICE|PATROL)[ ]\p{Lu}[\p{L}-]+\z", ignoreCase: false);

    // Kinds that name no body without a place before them ("Sheriff's Office"); "Royal Canadian Mounted Police" or
    // "Guardia Civil" name one on their own.
    private static readonly HashSet<string> PlacelessKinds = new(
        ["Police Department", "Police Service", "Bureau of Police", "Sheriff's Office", "Sheriff's Department", "Attorney's Office",
         "Attorney General's Office", "Prosecutor's Office", "Prosecuting Attorney's Office", "Office of Inspector General", "State Police",
         "Highway Patrol", "State Patrol", "Task Force", "Investigations Division", "Criminal Investigations", "Bureau of Investigation",
         "Department of Justice", "Crime Agency", "Constabulary", "Polizeipräsidium", "Kriminalpolizei", "Landeskriminalamt", "Staatsanwaltschaft",
         "Generalstaatsanwaltschaft", "Fiscalía"], StringComparer.OrdinalIgnoreCase);

    private static readonly Regex UnitWordsFollow = Patterns.Build(@"\A[ ]\p{Lu}[\p{L}-]+", ignoreCase: false);

    // Round 27: the start of a place a PDF's wrap left on the line before ("…, #551902, Los\nAngeles County Sheriff's
    // Department", "…, Harris\nCounty District Attorney's Office", "… of the Palm\nBeach County …"), after a comma, "of
    // the" or alone on its line.
    private static readonly Regex PlaceStartAtLineEnd = Patterns.Build(@"(\A|[,;(]|\n|\b(of|from|with|at)(\s+the)?\s)[ \t]*(?<place>\p{Lu}[\p{L}'.-]*)[ \t]*\z", ignoreCase: false);
    private static readonly HashSet<string> PlaceParticles = new(
        ["Los", "Las", "San", "Santa", "Saint", "St.", "New", "El", "La", "Fort", "Port", "Des", "Grand", "Palm", "Baton", "Salt", "Sioux", "Little", "Long", "North", "South", "East", "West"],
        StringComparer.Ordinal);

    /// <summary>The place word the line before ends with, when the agency's name opens the next line cut short: its
    /// first word is "County" or "City" (the place was cut off), or the word before is a place's particle ("Los").</summary>
    private static string? WrappedPlaceStart(string text, int nameStart, string name)
    {
        if (nameStart <= 0 || nameStart > text.Length) return null;
        var lineStart = text.LastIndexOf('\n', nameStart - 1) + 1;
        if (lineStart == 0 || text.AsSpan(lineStart, nameStart - lineStart).Trim().Length > 0) return null;
        var previousStart = lineStart >= 2 ? text.LastIndexOf('\n', lineStart - 2) + 1 : 0;
        var previous = text.AsSpan(previousStart, lineStart - 1 - previousStart).TrimEnd().ToString();
        if (PlaceStartAtLineEnd.Match(previous) is not { Success: true } m) return null;
        var place = m.Groups["place"].Value;
        var firstWord = name.Split(' ')[0];
        return firstWord is "County" or "City" or "Parish" or "Borough" && !AgencyKinds.Contains(place, StringComparer.OrdinalIgnoreCase) || PlaceParticles.Contains(place) ? place : null;
    }

    // Words of a body, not of a person or rank: "Office of the Sheriff" keeps its "of the".
    private static readonly Regex BodyWord = Patterns.Build(
        @"\b(office|department|bureau|division|unit|court|ministry|agency|service|commission|board|county|city|state)\b");

    private string? FindAgency(NormalizedText text, LabelledLines labels)
    {
        // "Requesting agency: Boise Police Department, 333 N. Mark Stall Place" — the name ends where the address starts.
        // A department's number on a court's form ("Department: 16 (Civil Law and Motion)") is a courtroom, not an agency.
        if (labels.First(LabelAgency) is { } labelled && !char.IsAsciiDigit(labelled[0])) return AddressTail.Replace(labelled, "");
        // Round 26: a kind with no place ("Sheriff's Office" after a line break cut "King County" off) is kept only
        // when the text names the agency no better further on.
        string? bareKind = null;
        // The first agency named outside the provider's own address block: letterhead first, then prose and signature.
        foreach (Match m in AgencyName.Matches(text.Value))
        {
            if (IsOwnAddress(text, m.Index)) continue;
            var name = LeadingConnectors.Replace(m.Groups["agency"].Value.Trim(), "");
            if (name.EndsWith("Attorney's Office", StringComparison.OrdinalIgnoreCase) && DistrictAfterComma.Match(text.Value, m.Index + m.Length) is { Success: true } district &&
                district.Index == m.Index + m.Length)
                name += district.Value;
            var bare = name.Trim();
            // "Ana Lucia Betancourt of the Miami-Dade Sheriff's Office": a person's name before "of the" is not part of it.
            // Round 26: so is a rank in capitals ("AGENT OF THE GEORGIA BUREAU OF INVESTIGATION").
            var ofThe = bare.IndexOf(" of the ", StringComparison.OrdinalIgnoreCase);
            if (ofThe > 0 && !AgencyKinds.Any(k => bare[..ofThe].Contains(k, StringComparison.OrdinalIgnoreCase)) && bare[(ofThe + 8)..].Contains(' ') &&
                (bare.AsSpan(ofThe, 8).SequenceEqual(" of the ") || !BodyWord.IsMatch(bare[..ofThe])))
                bare = bare[(ofThe + 8)..];
            if (bare.Length < 4 || AgencyKinds.Contains(bare, StringComparer.OrdinalIgnoreCase) && bare.Split(' ').Length == 1) continue;
            // Round 22: a street or building named after the police ("One Police Plaza") is an address; a writ's
            // greeting ("TO ALL AND SINGULAR THE SHERIFF AND DEPUTY SHERIFFS") names whom it commands, not who sends it.
            if (PlaceOrGreeting.IsMatch(bare)) continue;
            if (EnglishKindThenWord.Match(bare) is { Success: true } kindThenWord && UnitWordsFollow.IsMatch(text.Value.AsSpan(m.Index + m.Length)))
                bare = bare[..(kindThenWord.Index + kindThenWord.Value.IndexOf(' '))];
            if (WrappedPlaceStart(text.Value, m.Groups["agency"].Index + (m.Groups["agency"].Value.Length - m.Groups["agency"].Value.TrimStart().Length), bare) is { } start)
                bare = start + " " + bare;
            if (PlacelessKinds.Contains(bare))
            {
                bareKind ??= bare;
                continue;
            }
            return bare;
        }
        return bareKind;
    }

    private static string? FindAuthority(string text, LabelledLines labels)
    {
        if (labels.First(LabelAuthority) is { } labelled) return labelled;
        // A court caption names the issuer; "the grand jury" only when no court is named. Subject lines repeat
        // the document's title, not its issuer.
        string? grandJury = null;
        foreach (Match m in CourtPhrase.Matches(text))
        {
            if (SubjectLine.IsMatch(text.AsSpan(LineStart(text, m.Index), m.Index - LineStart(text, m.Index)))) continue;
            var phrase = Patterns.Clean(m.Value);
            if (phrase.StartsWith("the grand jury", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("grand jury", StringComparison.OrdinalIgnoreCase))
            {
                grandJury ??= "Grand Jury";
                continue;
            }
            return phrase;
        }
        return grandJury;
    }

    private static readonly Regex SubjectLine = Patterns.Build(@"^[ \t>]*(subject|re|betreff|objet|asunto)\s*:");

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    private static string? FindContact(NormalizedText text, LabelledLines labels, string? senderName)
    {
        var value = text.Value;
        if (labels.First(LabelContact) is { } labelled && labelled.Any(char.IsUpper) && !labelled.Contains('@')) return labelled;

        // A signature ("Jane Roe\nDetective") or a titled name; the last one usually signs the letter.
        var signature = NameBeforeTitleLine.Matches(value).LastOrDefault();
        if (signature is not null) return $"{signature.Groups["title"].Value} {signature.Groups["name"].Value}".Trim();

        var titled = TitledName.Matches(value)
            .Where(m => m.Groups["title"].Value is not ("Mr." or "Ms." or "Mrs." or "Dr.") || m.Index > value.Length / 2)
            .ToList();
        var best = titled.LastOrDefault(m => m.Index > value.Length / 2) ?? titled.FirstOrDefault();
        if (best is not null) return $"{best.Groups["title"].Value} {best.Groups["name"].Value}";
        return senderName;
    }

    private static readonly Regex CallbackPhrase = Patterns.Build(
        @"(call\s+(me|us)(\s+back)?|reach\s+(me|us)|contact\s+(me|us)|text\s+(me|us))(\s+(directly|anytime|24/7|immediately|as\s+soon\s+as\s+possible))?\s+(at|on)\s+|(my|our)\s+(direct\s+|cell\s+|mobile\s+|office\s+|24/7\s+)?(line|number|phone|cell|mobile)\s+(is\s+|:\s*)|call-?back\s+(number\s+)?(is\s+|:\s*)?");

    private string? FindPhone(NormalizedText text, LabelledLines labels, string region, out string? country)
    {
        country = null;
        foreach (var line in labels.All(LabelPhone))
        {
            if (FaxOrTarget.IsMatch(line.Label)) continue;
            if (Parse(line.Value, region, out country) is { } phone) return phone;
        }
        // "Please call me back at (512) 555-0142": the requester's number in the body.
        foreach (Match callback in CallbackPhrase.Matches(text.Value))
        {
            var start = callback.Index + callback.Length;
            var window = text.Value.Substring(start, Math.Min(30, text.Length - start));
            if (Parse(window, region, out country) is { } phone) return phone;
        }
        // An unlabelled number in the signature block (the last lines), unless it is a fax or a target's.
        var lastLines = Math.Max(0, text.LineCount - 25);
        for (var i = text.LineCount - 1; i >= lastLines; i--)
        {
            var line = text.Line(i);
            if (line.Length is < 7 or > 120 || !line.ContainsAny("0123456789") || FaxOrTarget.IsMatch(line)) continue;
            // A case or report number ("PV-nummer: GE.12.L6.041877/2026") is no phone, unless the line also says one is there.
            if ((ReferenceWord.IsMatch(line) || ReferenceLabel.IsMatch(line)) && !PhoneWord.IsMatch(line)) continue;
            if (Parse(line.ToString(), region, out country) is { } phone) return phone;
        }
        return null;
    }

    private static readonly Regex ReferenceWord = Patterns.Build(
        @"\b(case|file|report|docket|cause|ref(erence)?)\s*(no\b|number|nr\b|#|:)|\b\p{L}*nummer\b|\baktenzeichen\b|\bnuipc\b|\bprocesso\b|\bdiligencias\b|\bexpediente\b|\bprotocollo\b|\binqu[ée]rito\b");
    private static readonly Regex PhoneWord = Patterns.Build(
        @"\b(tel|tel[eé]f|phone|telephone|t[eé]l[eé]phone|telefon|telefono|tel[eé]fono|telefoon|mobile|cell|gsm|permanen|hotline|fax)");

    private string? Parse(string candidate, string region, out string? country)
    {
        country = null;
        PhoneNumberMatch? first = null;
        foreach (var found in _phones.FindNumbers(candidate, region))
        {
            // A line may run a postcode and a phone together ("1169-007 Lisboa | +351 21 …"): a number written with its
            // country code is the phone.
            if (found.RawString.StartsWith('+')) { first = found; break; }
            first ??= found;
        }
        if (first is null) return null;
        country = _phones.GetRegionCodeForNumber(first.Number);
        return _phones.Format(first.Number, PhoneNumberFormat.E164);
    }
}
