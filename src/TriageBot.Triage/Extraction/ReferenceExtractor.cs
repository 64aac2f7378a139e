using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>References and dates: the agency's case number, NCMEC report ids, the period asked for, the
/// response deadline, how long a non-disclosure order lasts, and what the inquiry is about.</summary>
internal sealed class ReferenceExtractor
{
    private static readonly Regex CaseLabelStrong = Patterns.Build(
        @"\b(case|file|incident|investigation|inquiry|matter|docket|cause|complaint|agency\s+case|our\s+case|control|operation|grand\s+jury|gj|misc(ellaneous)?|mag(istrate)?)\.?\s*(no\.?|number|nr\.?|num\.?|#|n°|nº|id)\s*[:#.]?\s*(?<ref>[A-Z0-9][A-Z0-9/._:-]{2,40})" +
        @"|\b(our|your|agency)\s+ref(erence)?\.?\s*(no\.?|number|#)?\s*[:#]?\s*(?<ref>[A-Z0-9][A-Z0-9/._:-]{2,40})" +
        @"|\b(reference|ref\.?)\s*(no\.?|number|#)?\s*:\s*(?<ref>[A-Z0-9][A-Z0-9/._:-]{2,40})" +
        @"|\b(aktenzeichen|az\.|tgb\.?-?nr\.?|gesch[aä]ftszeichen|n°\s+de\s+proc[eé]dure|num[eé]ro\s+de\s+proc[eé]dure|proc[eé]dure\s+n°|r[eé]f[eé]rence|diligencias(\s+previas)?|atestado|expediente|procedimiento)\s*(n[°º]\.?|nr\.?|no\.?|n[uú]m\.?|number)?\s*[:#]?\s*(?<ref>[A-Z0-9][A-Z0-9/._:-]{2,40})");

    private static readonly Regex NcmecIds = Patterns.Build(
        @"(cyber\s*tip(line)?|\bNCMEC\b|\bCT\b)(\s+(cyber\s*tip(line)?|report|reports|rpt\.?|tip|tips)){0,2}\s*(numbers?|nos?\.?|nr\.?|#|ids?|identifiers?)?\s*[:#]?\s*(?<ids>#?\d{6,10}(\s*(,|;|&|and|/)\s*(#\s*)?\d{6,10})*)");

    private static readonly Regex Digits = new(@"\d{6,10}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex DeadlineCue = Patterns.Build(
        @"(no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|respond\s+(by|before)|response\s+(is\s+)?(due|required|requested|needed)\s+(by|on|before)|returnable\s+(on|by)|return\s+date|deadline|due\s+(date|by|on)|comply\s+by|produce\s+(the\s+records\s+)?by|provide\s+(the\s+records\s+)?by|by\s+close\s+of\s+business(\s+on)?|sp[aä]testens(\s+(bis\s+)?(zum|am))?|bis\s+zum|au\s+plus\s+tard\s+le|avant\s+le|antes\s+del?|a\s+m[aá]s\s+tardar\s+el|plazo)");

    private static readonly Regex WithinDays = Patterns.Build(
        @"(within|in)\s+(?<n>\d{1,3}|one|two|three|five|seven|ten|fourteen|fifteen|twenty|thirty)\s+(\(\d{1,3}\)\s+)?(calendar\s+|business\s+|working\s+)?days\s+(of|from|after|following)?\s*(receipt|the\s+date|service|this)");

    private static readonly Regex RangeConnector = Patterns.Build(
        @"^\s*,?\s*(to|through|thru|until|till|and|-|bis|au|jusqu'au|hasta|al|a)\s*,?\s*(the\s+)?$");

    private static readonly Regex OpenRangeCue = Patterns.Build(
        @"(since|from|after|beginning|starting|on\s+or\s+after|seit|depuis|desde)\s+(on\s+)?$");

    private static readonly Regex ToPresent = Patterns.Build(
        @"^\s*(to|through|until|till|-)\s+(the\s+)?(present|date\s+of\s+(this|the)\s+(request|order|warrant|subpoena)|today|now)");

    private static readonly Regex NonDisclosurePeriod = Patterns.Build(
        @"(for\s+(a\s+period\s+of\s+)?|period\s+of\s+)(?<n>\d{1,4}|one|two|three|six|ninety|one\s+hundred\s+(and\s+)?eighty)\s+(\(\d{1,4}\)\s+)?(?<unit>days?|months?|years?)|(until|through)\s+(?<until>[^\n.;]{6,30})");

    private static readonly LabelSet LabelDescription = new(
        @"description|description of (the )?(legal )?(inquiry|request|investigation|matter)|nature of (the )?(investigation|inquiry|case|request)|summary|summary of facts|background|synopsis|facts|brief description|sachverhalt|objet de la demande|motif|hechos|descripci[oó]n");

    private static readonly LabelSet LabelMatterType = new(
        @"matter type|type of (matter|case|offen[cs]e|crime|investigation|inquiry)|offen[cs]es?|crimes?|charges?|violations?|nature of (the )?offen[cs]e|statute|statutes|tatvorwurf|straftat|infraction|infracci[oó]n|delitos?");

    private static readonly Regex SubjectPrefix = Patterns.Build(@"^((fwd?|fw|re|aw|wg|tr|rv)\s*:\s*)+");

    private static readonly Regex InvestigationWord = Patterns.Build(
        @"\b(investigat(ion|ing)|inquiry|ermittlungsverfahren|ermittlungen|enqu[eê]te|investigaci[oó]n|in connection with)\b");

    private static readonly Regex PersonAtRisk = Patterns.Build(
        @"(person\s+(at\s+risk|in\s+danger)|victim|missing\s+(person|child|juvenile)|name\s+of\s+(the\s+)?(victim|person|child)|endangered\s+person|gef[aä]hrdete\s+person|opfer|victime|personne\s+en\s+danger|v[ií]ctima|persona\s+en\s+peligro)\s*(name)?\s*:\s*(?<who>[^\n]{3,120})" +
        @"|(?<who>(a|an|the)\s+\d{1,2}[\s-]year[\s-]old\s+(girl|boy|child|female|male|woman|man|minor|juvenile|teen(ager)?|student)[^.\n]{0,80})" +
        @"|(?<who>\b(the\s+)?(victim|missing\s+(child|juvenile|person|girl|boy|teen)|user|account\s+holder|subscriber|person|individual)\b[^.\n]{0,30}\b(threatened|is\s+missing|was\s+abducted|was\s+kidnapped|is\s+in\s+danger|posted|stated|wrote|expressed|is\s+believed)[^.\n]{0,100})");

    private static readonly Regex Necessity = Patterns.Build(
        @"\b(necessary|needed|need\s+(it|this|the\s+information)|required|essential|critical|urgently\s+need)\b[^.\n]{0,40}\b(to\s+)?(locate|identify|find|prevent|protect|rescue|save|ensure|determine\s+the\s+(location|whereabouts)|stop)\b" +
        @"|\bin\s+order\s+to\s+(locate|identify|find|prevent|protect|rescue|save)\b");

    public sealed record References(
        string? CaseReference,
        IReadOnlyList<string> NcmecReportIds,
        DateRange? DateRange,
        DateOnly? ResponseDeadline,
        string? NonDisclosurePeriod,
        DateOnly? NonDisclosureUntil,
        string? Description,
        string? MatterType,
        IReadOnlyList<string> RequestedData,
        string? PersonAtRisk,
        string? Necessity);

    public References Extract(NormalizedText text, LabelledLines labels, CueContext context, string? subject, DateOnly? documentDate, bool dayFirst, IReadOnlyList<CueHit> nonDisclosureHits)
    {
        var value = text.Value;
        var dates = DateFinder.Find(value, dayFirst);
        var baseDate = documentDate ?? LetterDate(dates, value.Length);
        var deadline = FindDeadline(value, dates, baseDate, out var deadlineMention);
        var (ndoPeriod, ndoUntil) = FindNonDisclosurePeriod(value, nonDisclosureHits, dayFirst, baseDate);
        return new References(
            CaseReference: FindCaseReference(value),
            NcmecReportIds: FindNcmecIds(value),
            DateRange: FindDateRange(value, dates, deadlineMention),
            ResponseDeadline: deadline,
            NonDisclosurePeriod: ndoPeriod,
            NonDisclosureUntil: ndoUntil,
            Description: FindDescription(text, labels, subject),
            MatterType: FindMatterType(text, labels, context),
            RequestedData: TopicCues.RequestedData.Scan(text, context).Where(h => h.Weight > 0).Select(h => h.Cue.Target).Distinct().ToList(),
            PersonAtRisk: First(PersonAtRisk, value, "who"),
            Necessity: SentenceAt(text, Necessity.Match(value)));
    }

    /// <summary>The date the letter was written: the first date near its top.</summary>
    private static DateOnly? LetterDate(List<DateMention> dates, int length) =>
        dates.FirstOrDefault(d => d.Offset < Math.Min(length, 1200))?.Date;

    private static string? FindCaseReference(string text)
    {
        foreach (Match m in CaseLabelStrong.Matches(text))
        {
            var reference = Patterns.Clean(m.Groups["ref"].Value).TrimEnd(':', '-', '/');
            if (reference.Length < 3 || !reference.Any(char.IsDigit)) continue;
            // "Report No. 123456789" after "CyberTipline" is NCMEC's number, not the agency's.
            var before = text.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
            if (before.Contains("cybertip", StringComparison.OrdinalIgnoreCase) || before.Contains("ncmec", StringComparison.OrdinalIgnoreCase)) continue;
            if (m.Value.StartsWith("cyber", StringComparison.OrdinalIgnoreCase)) continue;
            return reference;
        }
        return null;
    }

    private static List<string> FindNcmecIds(string text)
    {
        var ids = new List<string>();
        foreach (Match m in NcmecIds.Matches(text))
        {
            foreach (Match digits in Digits.Matches(m.Groups["ids"].Value))
                if (!ids.Contains(digits.Value)) ids.Add(digits.Value);
        }
        return ids;
    }

    private static DateOnly? FindDeadline(string text, List<DateMention> dates, DateOnly? baseDate, out DateMention? mention)
    {
        mention = null;
        foreach (Match cue in DeadlineCue.Matches(text))
        {
            var end = cue.Index + cue.Length;
            var date = FirstAtOrAfter(dates, end);
            if (date is null || date.Offset - end > 60) continue;
            mention = date;
            return date.Date;
        }
        var within = WithinDays.Match(text);
        if (within.Success && baseDate is { } start && NumberWords.TryParse(within.Groups["n"].Value, out var days))
            return start.AddDays(days);
        return null;
    }

    /// <summary>Binary search: the dates are in text order.</summary>
    private static DateMention? FirstAtOrAfter(List<DateMention> dates, int offset)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].Offset < offset) lo = mid + 1; else hi = mid;
        }
        return lo < dates.Count ? dates[lo] : null;
    }

    private static DateRange? FindDateRange(string text, List<DateMention> dates, DateMention? deadline)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var first = dates[i];
            if (first == deadline) continue;
            var afterFirst = first.Offset + first.Length;
            if (i + 1 < dates.Count)
            {
                var second = dates[i + 1];
                var gap = second.Offset - afterFirst;
                if (gap is >= 0 and <= 30 && second != deadline && RangeConnector.IsMatch(text.AsSpan(afterFirst, gap)))
                    return Ordered(first.Date, second.Date);
            }
            if (ToPresent.IsMatch(text.AsSpan(afterFirst, Math.Min(60, text.Length - afterFirst))))
                return new DateRange(first.Date, null);
            var before = text.AsSpan(Math.Max(0, first.Offset - 25), Math.Min(25, first.Offset));
            if (OpenRangeCue.IsMatch(before) && (i + 1 >= dates.Count || dates[i + 1].Offset - afterFirst > 30))
                return new DateRange(first.Date, null);
        }
        return null;
    }

    private static DateRange Ordered(DateOnly a, DateOnly b) => a <= b ? new DateRange(a, b) : new DateRange(b, a);

    private static (string? Period, DateOnly? Until) FindNonDisclosurePeriod(string text, IReadOnlyList<CueHit> hits, bool dayFirst, DateOnly? baseDate)
    {
        foreach (var hit in hits.Where(h => h.Weight > 0).Take(20))
        {
            var start = hit.Offset;
            var window = text.Substring(start, Math.Min(400, text.Length - start));
            var m = NonDisclosurePeriod.Match(window);
            if (!m.Success) continue;
            if (m.Groups["until"].Success)
            {
                var until = DateFinder.Find(m.Groups["until"].Value, dayFirst).FirstOrDefault();
                if (until is not null) return ($"until {until.Date:yyyy-MM-dd}", until.Date);
                continue;
            }
            if (!NumberWords.TryParse(m.Groups["n"].Value, out var n)) continue;
            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            var period = $"{n} {unit}{(n == 1 ? "" : "s")}";
            DateOnly? end = baseDate is { } b
                ? unit switch { "day" => b.AddDays(n), "month" => b.AddMonths(n), _ => b.AddYears(n) }
                : null;
            return (period, end);
        }
        return (null, null);
    }

    /// <summary>The whole sentence around a match (found in code: a regex with a long leading wildcard is slow).</summary>
    private static string? SentenceAt(NormalizedText text, Match match)
    {
        if (!match.Success) return null;
        var (start, end) = text.SentenceAround(match.Index, match.Length, 200);
        return Shorten(Patterns.Clean(text.Value[start..end].ReplaceLineEndings(" ")), 280);
    }

    private static string? FindDescription(NormalizedText text, LabelledLines labels, string? subject)
    {
        if (labels.First(LabelDescription) is { } labelled) return labelled;
        if (!string.IsNullOrWhiteSpace(subject))
        {
            var cleaned = SubjectPrefix.Replace(subject, "").Trim();
            if (cleaned.Length > 3) return cleaned;
        }
        return SentenceAt(text, InvestigationWord.Match(text.Value));
    }

    private static string? FindMatterType(NormalizedText text, LabelledLines labels, CueContext context)
    {
        if (labels.First(LabelMatterType) is { } labelled) return labelled;
        var best = TopicCues.MatterType.Scan(text, context)
            .GroupBy(h => h.Cue.Target)
            .Select(g => (Category: g.Key, Score: g.Sum(h => h.Weight)))
            .Where(s => s.Score >= 1.5)
            .OrderByDescending(s => s.Score)
            .FirstOrDefault();
        return best.Category;
    }

    private static string? First(Regex regex, string text, string? group)
    {
        var m = regex.Match(text);
        if (!m.Success) return null;
        return Shorten(Patterns.Clean(group is null ? m.Value : m.Groups[group].Value), 200);
    }

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";
}

internal static class NumberWords
{
    public static bool TryParse(string word, out int value)
    {
        var w = string.Join(' ', word.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" and ", " ");
        value = w switch
        {
            "one" => 1, "two" => 2, "three" => 3, "five" => 5, "six" => 6, "seven" => 7, "ten" => 10,
            "fourteen" => 14, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "ninety" => 90,
            "one hundred eighty" => 180,
            _ => int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1,
        };
        return value > 0;
    }
}
