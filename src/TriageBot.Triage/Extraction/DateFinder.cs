using System.Globalization;
using System.Text.RegularExpressions;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>A calendar date written in the text, where it stands.</summary>
internal sealed record DateMention(DateOnly Date, int Offset, int Length);

/// <summary>
/// Reads the date formats requests use: "January 5, 2026", "5 January 2026", "2026-01-05", "01/05/2026"
/// (month first in U.S. text, day first in European text), "05.01.2026", "05-01-2026", and German, French and Spanish month
/// names ("5. Januar 2026", "5 janvier 2026", "5 de enero de 2026").
/// </summary>
internal static class DateFinder
{
    // English names also as OCR reads a scanned page: "rn" for "m", "0" for "o" ("N0vember", "Novernber").
    internal const string MonthNames =
        "jan(uary|\\.)?|feb(ruary|\\.)?|mar(ch|\\.)?|apr(il|\\.)?|may|june?|july?|aug(ust|\\.)?|sep(t|te(m|rn)ber|\\.|t\\.)?|[o0]ct([o0]ber|\\.)?|n[o0]v(e(m|rn)ber|\\.)?|dec(e(m|rn)ber|\\.)?" +
        "|januar|j[aä]nner|februar|m[aä]rz|mai|juni|juli|oktober|dezember" +
        "|janvier|f[eé]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre" +
        "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre" +
        "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre" +
        "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro" +
        "|januari|februari|maart|mei|augustus";

    internal static readonly string DatesPattern =
        $@"\b(?<y1>(19|20)\d\d)-(?<m1>[01]?\d)-(?<d1>[0-3]?\d)\b" +
        $@"|\b(?<mn2>{MonthNames})\s+(?<d2>[0-3]?\d)(st|nd|rd|th)?,?\s+(?<y2>(19|20)\d\d)\b" +
        // Round 19: "1º de dezembro de 2026", "1° dicembre": the first of the month with its ordinal sign.
        $@"|\b(?<d3>[0-3]?\d)(st|nd|rd|th|er|\.|º|°)?\s+(de\s+)?(?<mn3>{MonthNames})\s+(de\s+|del\s+)?(?<y3>(19|20)\d\d)\b" +
        // "29-11-2026" as Dutch and Portuguese letters write it; "25/\n   11/2026" where a PDF broke the line;
        // "l1/24/2026" where OCR read a leading 1 as l or I.
        $@"|\b(?<a4>[0-3lI]?\d)[/.-](\r?\n[ \t]*)?(?<b4>[0-3]?\d)[/.-](\r?\n[ \t]*)?(?<y4>(19|20)\d\d)\b" +
        $@"|\b(?<d5>[0-3]?\d)(st|nd|rd|th)?\s+day\s+of\s+(?<mn5>{MonthNames}),?\s+(?<y5>(19|20)\d\d)\b" +
        // Round 21: a U.S. court's filing stamp writes the year in two digits ("Filed 11/24/26"); slashes only, this
        // decade only, so file numbers ("26/4418") stay numbers.
        $@"|\b(?<a6>[01]?\d)/(?<b6>[0-3]?\d)/(?<y6>2\d)\b";

    internal const RegexOptions DatesOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly SpanCaptures Dates = new(DatesPattern, DatesOptions);

    public static List<DateMention> Find(string text, bool dayFirst)
    {
        var found = new List<DateMention>();
        foreach (Match m in Dates.Matches(text))
        {
            if (TryRead(m, dayFirst) is { } date) found.Add(new DateMention(date, m.Index, m.Length));
        }
        return found;
    }

    private static DateOnly? TryRead(Match m, bool dayFirst)
    {
        int year, month, day;
        if (m.Groups["y1"].Success)
        {
            (year, month, day) = (Int(m, "y1"), Int(m, "m1"), Int(m, "d1"));
        }
        else if (m.Groups["y2"].Success)
        {
            (year, month, day) = (Int(m, "y2"), MonthNumber(m.Groups["mn2"].Value), Int(m, "d2"));
        }
        else if (m.Groups["y5"].Success)
        {
            (year, month, day) = (Int(m, "y5"), MonthNumber(m.Groups["mn5"].Value), Int(m, "d5"));
        }
        else if (m.Groups["y3"].Success)
        {
            (year, month, day) = (Int(m, "y3"), MonthNumber(m.Groups["mn3"].Value), Int(m, "d3"));
        }
        else if (m.Groups["y6"].Success)
        {
            (month, day) = MonthAndDay(Int(m, "a6"), Int(m, "b6"), dayFirst);
            year = 2000 + Int(m, "y6");
        }
        else
        {
            // A dotted date (05.01.2026) is European; otherwise take the text's convention unless impossible.
            (month, day) = MonthAndDay(OcrInt(m.Groups["a4"].Value), Int(m, "b4"), dayFirst || m.Value.Contains('.'));
            year = Int(m, "y4");
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>A numeric date's first two numbers as month and day, by the text's convention unless it is impossible
    /// ("25/11" is the 25th whatever the convention).</summary>
    private static (int Month, int Day) MonthAndDay(int first, int second, bool dayFirst)
    {
        var (month, day) = dayFirst ? (second, first) : (first, second);
        return month > 12 && day <= 12 ? (day, month) : (month, day);
    }

    // A scanned "l1" or "I1" is 11: OCR reads the digit one as a letter.
    private static int OcrInt(string value) =>
        int.Parse(value.ToLowerInvariant().Replace('l', '1').Replace('i', '1'), CultureInfo.InvariantCulture);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var n = name.ToLowerInvariant().TrimEnd('.').Replace('0', 'o');
        return n switch
        {
            _ when n.StartsWith("jan") || n.StartsWith("jän") || n == "enero" || n == "gennaio" => 1,
            _ when n.StartsWith("feb") || n.StartsWith("fév") || n.StartsWith("fev") => 2,
            _ when n.StartsWith("mar") || n.StartsWith("mär") || n == "maart" => 3,
            _ when n.StartsWith("apr") || n.StartsWith("avr") || n == "abril" => 4,
            _ when n is "may" or "mai" or "mayo" or "maggio" or "maio" or "mei" => 5,
            _ when n.StartsWith("jun") || n == "juin" || n == "giugno" => 6,
            _ when n.StartsWith("jul") || n == "juillet" || n == "luglio" => 7,
            _ when n.StartsWith("aug") || n.StartsWith("ao") || n == "agosto" => 8,
            _ when n.StartsWith("sep") || n.StartsWith("set") => 9,
            _ when n.StartsWith("oct") || n.StartsWith("okt") || n.StartsWith("ott") || n.StartsWith("out") => 10,
            _ when n.StartsWith("nov") => 11,
            _ when n.StartsWith("dec") || n.StartsWith("déc") || n.StartsWith("dez") || n.StartsWith("dic") => 12,
            _ => 0,
        };
    }
}
