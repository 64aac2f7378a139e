using TriageBot.Triage.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// Rewrites the few words after a deadline cue into a form <see cref="DateFinder"/> reads: day and year numbers
/// written out ("the fourteenth day of December, two thousand twenty-six", "fünfzehnten Dezember", "dos (2) de
/// diciembre de dos mil veintiséis"), weekday names and articles dropped ("entro martedì 15", "até o dia 18"),
/// dashes and two-digit years in numeric dates ("6-12-2026", "12/07/26"). Runs on a short span, never on the
/// whole text, so its cost does not grow with the request.
/// </summary>
internal static class DateWords
{
    private static readonly Regex Parenthetical = Patterns.Build(@"\([^()\n]{1,24}\)");
    private static readonly Regex Word = Patterns.Build(@"\p{L}+");

    // Two-digit years and dashes: "12/07/26", "6-12-2026". Which number is the day is not read here: DateFinder
    // takes the engine's dayFirst, set from the letter's language and country (U.S. letters write the month
    // first, European and Latin American ones the day), so "12/07/26" in a Georgia subpoena is December 7 and
    // "6-12-2026" in a Dutch letter is 6 December.
    private static readonly Regex ShortNumeric = Patterns.Build(
        @"\b(?<a>[0-3]?\d)(?<s>[/.-])(?<b>[0-3]?\d)[/.-](?<y>(20)?\d\d)\b");

    private static readonly Regex DayAndMonth = Patterns.Build(
        $@"\b(?<d>[0-3]?\d)(st|nd|rd|th|er|\.)?\s+(de\s+|of\s+)?(?<mn>{DateFinder.MonthNames})\b|\b(?<mn>{DateFinder.MonthNames})\s+(?<d>[0-3]?\d)(st|nd|rd|th)?\b");

    /// <summary>The first date within <paramref name="reach"/> characters of the span's start, if any; a date
    /// with no year takes the one that puts it on or after about a month before <paramref name="reference"/>
    /// ("uiterlijk 7 december a.s." in a letter of 30 November).</summary>
    public static DateOnly? FirstDate(string span, bool dayFirst, DateOnly reference, int reach)
    {
        var text = Normalize(span);
        var found = DateFinder.Find(text, dayFirst).FirstOrDefault();
        if (found is not null && found.Offset <= reach) return found.Date;
        var bare = DayAndMonth.Match(text);
        if (!bare.Success || bare.Index > reach) return null;
        var withYear = DateFinder.Find($"{bare.Groups["d"].Value} {bare.Groups["mn"].Value} {reference.Year}", dayFirst).FirstOrDefault();
        if (withYear is null) return null;
        return withYear.Date < reference.AddDays(-31) ? withYear.Date.AddYears(1) : withYear.Date;
    }

    internal static string Normalize(string span)
    {
        var text = Parenthetical.Replace(Accents.Strip(span.ToLowerInvariant()), " ");
        text = ShortNumeric.Replace(text, m =>
        {
            var year = m.Groups["y"].Value.Length == 2 ? "20" + m.Groups["y"].Value : m.Groups["y"].Value;
            var separator = m.Groups["s"].Value == "." ? "." : "/";
            return $"{m.Groups["a"].Value}{separator}{m.Groups["b"].Value}{separator}{year}";
        });
        var words = Word.Matches(text);
        var output = new StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i < words.Count;)
        {
            var (take, replacement) = Longest(text, words, i);
            if (take == 0)
            {
                i++;
                continue;
            }
            output.Append(text, copied, words[i].Index - copied).Append(replacement);
            copied = words[i + take - 1].Index + words[i + take - 1].Length;
            i += take;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The longest run of words from <paramref name="first"/> (joined by spaces or hyphens) that is a
    /// number or a word to drop; (0, "") when none is.</summary>
    private static (int Take, string Replacement) Longest(string text, MatchCollection words, int first)
    {
        var key = new StringBuilder();
        var best = (0, "");
        for (var n = 0; n < 6 && first + n < words.Count; n++)
        {
            if (n > 0)
            {
                var gap = text.AsSpan(words[first + n - 1].Index + words[first + n - 1].Length,
                    words[first + n].Index - words[first + n - 1].Index - words[first + n - 1].Length);
                if (gap.Length == 0 || gap.Length > 2 || gap.Trim(" -").Length > 0) break;
                key.Append(' ');
            }
            key.Append(words[first + n].Value);
            var k = key.ToString();
            if (Numbers.TryGetValue(k, out var value)) best = (n + 1, value.ToString(CultureInfo.InvariantCulture));
            else if (n == 0 && Dropped.Contains(k)) best = (1, "");
            else if (n == 0 && GermanOrdinal(k) is { } ordinal) best = (1, ordinal.ToString(CultureInfo.InvariantCulture));
        }
        return best;
    }

    /// <summary>German ordinals decline ("fünfzehnten", "ersten", "zwanzigster"): the stem carries the number.</summary>
    private static int? GermanOrdinal(string word)
    {
        foreach (var ending in (string[])["en", "er", "em", "es", "e"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) &&
                GermanOrdinalStems.TryGetValue(word[..^ending.Length], out var n))
                return n;
        }
        return null;
    }

    // Weekday names and the articles that stand between a cue and its date ("a más tardar el miércoles",
    // "até o dia", "entro il giorno", "pour le jeudi"): they carry no date.
    private static readonly HashSet<string> Dropped =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
        "segunda", "terca", "quarta", "quinta", "sexta", "feira",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "the", "el", "le", "il", "o", "dia", "giorno", "den", "am", "zum",
    ];

    private static readonly Dictionary<string, int> Numbers = BuildNumbers();

    private static readonly Dictionary<string, int> GermanOrdinalStems = BuildGermanOrdinalStems();

    private static Dictionary<string, int> BuildNumbers()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        // Day numbers 1..31, cardinal and ordinal, one list per language (accents stripped, hyphens as spaces).
        // "due" (Italian two) and "sept" (French seven) are left out: they are English words too ("is due",
        // "Sept. 5").
        string[][] lists =
        [
            ["one first", "two second", "three third", "four fourth", "five fifth", "six sixth", "seven seventh", "eight eighth",
             "nine ninth", "ten tenth", "eleven eleventh", "twelve twelfth", "thirteen thirteenth", "fourteen fourteenth",
             "fifteen fifteenth", "sixteen sixteenth", "seventeen seventeenth", "eighteen eighteenth", "nineteen nineteenth",
             "twenty twentieth"],
            ["uno primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
             "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos",
             "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta",
             "treinta y uno"],
            ["um primeiro", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
             "catorze quatorze", "quinze", "dezesseis dezasseis", "dezessete dezassete", "dezoito", "dezenove dezanove", "vinte",
             "vinte e um", "vinte e dois", "vinte e tres", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete",
             "vinte e oito", "vinte e nove", "trinta", "trinta e um"],
            ["un premier", "deux", "trois", "quatre", "cinq", "six", "", "huit", "neuf", "dix", "onze", "douze", "treize",
             "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf", "vingt", "vingt et un", "vingt deux",
             "vingt trois", "vingt quatre", "vingt cinq", "vingt six", "vingt sept", "vingt huit", "vingt neuf", "trente",
             "trente et un"],
            ["uno primo", "", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
             "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti", "ventuno", "ventidue",
             "ventitre", "ventiquattro", "venticinque", "ventisei", "ventisette", "ventotto", "ventinove", "trenta", "trentuno"],
            ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien",
             "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "eenentwintig", "tweeentwintig",
             "drieentwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig", "achtentwintig",
             "negenentwintig", "dertig", "eenendertig"],
            ["eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf", "dreizehn",
             "vierzehn", "funfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig", "einundzwanzig",
             "zweiundzwanzig", "dreiundzwanzig", "vierundzwanzig", "funfundzwanzig", "sechsundzwanzig", "siebenundzwanzig",
             "achtundzwanzig", "neunundzwanzig", "dreissig", "einunddreissig"],
        ];
        foreach (var list in lists)
            for (var i = 0; i < list.Length; i++)
                AddAlternatives(map, list[i], i + 1);
        // English 21..31 are composed: "twenty-first", "thirty one".
        string[] units = ["one first", "two second", "three third", "four fourth", "five fifth", "six sixth", "seven seventh", "eight eighth", "nine ninth"];
        for (var u = 0; u < units.Length; u++)
            foreach (var word in units[u].Split(' '))
                map[$"twenty {word}"] = 21 + u;
        AddAlternatives(map, "thirty thirtieth", 30);
        map["thirty one"] = map["thirty first"] = 31;
        foreach (var (year, words) in YearWords()) map[words] = year;
        return map;
    }

    private static void AddAlternatives(Dictionary<string, int> map, string alternatives, int value)
    {
        if (alternatives.Length == 0) return;
        // A list entry holds alternatives separated by spaces unless it is one composed number ("vinte e um").
        var composed = alternatives.Contains(" e ") || alternatives.Contains(" y ") || alternatives.Contains(" et ") ||
                       alternatives.StartsWith("dix ", StringComparison.Ordinal) || alternatives.StartsWith("vingt ", StringComparison.Ordinal) ||
                       alternatives.StartsWith("trente ", StringComparison.Ordinal);
        if (composed) map.TryAdd(alternatives, value);
        else foreach (var word in alternatives.Split(' ')) map.TryAdd(word, value);
    }

    /// <summary>Years 2024..2030 written out, as a deadline in words may give them.</summary>
    private static IEnumerable<(int Year, string Words)> YearWords()
    {
        string[] en = ["twenty four", "twenty five", "twenty six", "twenty seven", "twenty eight", "twenty nine", "thirty"];
        string[] es = ["veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta"];
        string[] pt = ["vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito", "vinte e nove", "trinta"];
        string[] fr = ["vingt quatre", "vingt cinq", "vingt six", "vingt sept", "vingt huit", "vingt neuf", "trente"];
        string[] it = ["ventiquattro", "venticinque", "ventisei", "ventisette", "ventotto", "ventinove", "trenta"];
        string[] de = ["vierundzwanzig", "funfundzwanzig", "sechsundzwanzig", "siebenundzwanzig", "achtundzwanzig", "neunundzwanzig", "dreissig"];
        string[] nl = ["vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig", "achtentwintig", "negenentwintig", "dertig"];
        for (var i = 0; i < 7; i++)
        {
            var year = 2024 + i;
            yield return (year, $"two thousand {en[i]}");
            yield return (year, $"two thousand and {en[i]}");
            yield return (year, $"dos mil {es[i]}");
            yield return (year, $"dois mil e {pt[i]}");
            yield return (year, $"deux mille {fr[i]}");
            yield return (year, $"duemila{it[i]}");
            yield return (year, $"zweitausend{de[i]}");
            yield return (year, $"tweeduizend {nl[i]}");
        }
    }

    private static Dictionary<string, int> BuildGermanOrdinalStems()
    {
        string[] stems =
        [
            "erst", "zweit", "dritt", "viert", "funft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwolft",
            "dreizehnt", "vierzehnt", "funfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst",
            "einundzwanzigst", "zweiundzwanzigst", "dreiundzwanzigst", "vierundzwanzigst", "funfundzwanzigst",
            "sechsundzwanzigst", "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreissigst",
            "einunddreissigst",
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Length; i++) map[stems[i]] = i + 1;
        return map;
    }
}
