using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// A family of cues compiled into as few non-backtracking regexes ("parts") as the engine's default automaton size
/// allows (one named group per cue), so the text is scanned in time linear in its length whatever a hostile sender
/// puts in it. Each part reports its own non-overlapping matches; overlapping hits of cues in different parts are
/// all kept.
/// </summary>
/// <remarks>
/// Every whole-text pass costs about the same whatever the pattern's size, so scanning part by part costs one pass
/// per part. <see cref="Scan"/> gets the very same hits in about one pass: one capture-free regex of the whole family
/// finds the next place any cue starts, and only there is each part asked, anchored, which of its cues matches
/// (<see cref="ScanByParts"/> is the part-by-part reference, and what a text with too many cue starts falls back to).
/// </remarks>
internal sealed class CueSet
{
    private readonly Cue[] _cues;
    private readonly List<Part> _parts = [];

    /// <summary>Where any cue of the family starts: the alternation of every cue, without groups.</summary>
    private readonly Regex? _starts;

    /// <param name="Scanner">The part's cues as one regex, one named group per cue.</param>
    /// <param name="Anchored">The same after one character of context, anchored at the start of its input, so it
    /// answers "what matches here" without searching on.</param>
    private sealed record Part(Regex Scanner, Regex Anchored, int[] CueIndexes, int[] Groups);

    /// <summary>Each cue after one character of context, anchored like <see cref="Part.Anchored"/>.</summary>
    private readonly Regex[] _anchoredCues = [];

    public const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public CueSet(IEnumerable<Cue> cues, RegexOptions options = Options)
    {
        _cues = [.. cues];
        Compile([.. Enumerable.Range(0, _cues.Length)], options);
        // A family that fits one part is scanned in one pass already.
        if (_parts.Count == 1) return;
        _starts = AutomatonSize.Build(string.Join('|', _cues.Select(c => $"(?:{c.Pattern})")), options, AutomatonSize.Family);
        _anchoredCues = [.. _cues.Select(c => AutomatonSize.Build(Anchor($"(?:{c.Pattern})"), options, AutomatonSize.Family))];
    }

    /// <summary>One regex for all cues when the non-backtracking automaton fits the default size limit, else halves.</summary>
    private void Compile(int[] indexes, RegexOptions options)
    {
        var alternation = string.Join('|', indexes.Select(i => $"(?<c{i}>{_cues[i].Pattern})"));
        try
        {
            var regex = AutomatonSize.Build(alternation, options, AutomatonSize.Default);
            var anchored = AutomatonSize.Build(Anchor(string.Join('|', indexes.Select(i => $"(?:{_cues[i].Pattern})"))), options, AutomatonSize.Family);
            _parts.Add(new Part(regex, anchored, indexes, [.. indexes.Select(i => regex.GroupNumberFromName($"c{i}"))]));
        }
        catch (NotSupportedException) when (indexes.Length > 1)
        {
            Compile(indexes[..(indexes.Length / 2)], options);
            Compile(indexes[(indexes.Length / 2)..], options);
        }
    }

    /// <summary>Matches only at the start of its input, after one character there that gives anchors such as \b
    /// the same context as in the whole text.</summary>
    private static string Anchor(string pattern) => $@"\A[\s\S](?:{pattern})";

    public IReadOnlyList<Cue> Cues => _cues;
    /// <summary>How many regexes part-by-part scanning takes (tests).</summary>
    public int PartCount => _parts.Count;

    /// <summary>Past this many matches of one cue, more of the same adds nothing to a decision; stopping keeps a
    /// hostile text that repeats a cue a million times as cheap as a normal one.</summary>
    private const int MaxHitsPerCue = 200;

    /// <summary>Each match costs the non-backtracking engine a little; a text with thousands of cue matches is
    /// pasted data, not a request, so a family stops looking after this many.</summary>
    private const int MaxMatchesPerScan = 4000;

    /// <summary>What one regex call costs beside the characters it reads, in characters (for the budget below).</summary>
    private const int CallCost = 64;

    /// <summary>Every match in the text, with the cue's base weight adjusted by where and how it stands.
    /// A match inside a longer match for the same target ("subpoena" within "grand jury subpoena") is dropped.</summary>
    public List<CueHit> Scan(NormalizedText text, CueContext context) => Weigh(text, context, FindAtStarts(text.Value) ?? FindByParts(text.Value));

    /// <summary>The same hits found part by part, one whole-text pass each: the reference <see cref="Scan"/> must
    /// equal (tests hold it to that).</summary>
    public List<CueHit> ScanByParts(NormalizedText text, CueContext context) => Weigh(text, context, FindByParts(text.Value));

    private List<(int Cue, int Offset, int Length, string Value)>[] FindByParts(string text)
    {
        var found = new List<(int, int, int, string)>[_parts.Count];
        for (var p = 0; p < _parts.Count; p++)
        {
            var (regex, _, cueIndexes, groups) = _parts[p];
            var list = found[p] = [];
            var matches = 0;
            for (var match = regex.Match(text); match.Success && matches++ < MaxMatchesPerScan; match = match.NextMatch())
                Record(list, match, cueIndexes, groups);
        }
        return found;
    }

    /// <summary>
    /// Each part's matches, as <see cref="FindByParts"/> finds them, from one pass of the whole family: a part's next
    /// match from where it stands starts at the first place at or after it where any cue starts, or later, so each
    /// part is asked only at those places. Null when the text has so many cue starts that the part-by-part passes
    /// are cheaper (a hostile text repeating cues), which bounds the work to a few passes either way.
    /// </summary>
    private List<(int Cue, int Offset, int Length, string Value)>[]? FindAtStarts(string text)
    {
        if (_starts is null) return null;
        var found = new List<(int, int, int, string)>[_parts.Count];
        var position = new int[_parts.Count];   // where each part's scan stands; past the text when it is done
        var matches = new int[_parts.Count];
        for (var p = 0; p < found.Length; p++) found[p] = [];
        var budget = 2L * text.Length + 40 * CallCost * _parts.Count;
        long work = 0;
        while (true)
        {
            var from = int.MaxValue;
            foreach (var at in position) from = Math.Min(from, at);
            if (from > text.Length) break;

            var start = -1;
            foreach (var next in _starts.EnumerateMatches(text, from))
            {
                start = next.Index;
                work += next.Index + next.Length - from + CallCost;
                break;
            }
            if (start < 0) break;

            for (var p = 0; p < _parts.Count; p++)
            {
                if (position[p] > start) continue;
                var (scanner, anchored, cueIndexes, groups) = _parts[p];
                work += CallCost;
                if (start == 0)
                {
                    // At the very start there is no character of context to anchor on; the part's own search from
                    // there finds its first match wherever it is, which is where its scan continues anyway.
                    var first = scanner.Match(text);
                    if (!first.Success)
                    {
                        position[p] = int.MaxValue;
                        continue;
                    }
                    var (offset0, length0) = Record(found[p], first, cueIndexes, groups);
                    work += length0;
                    position[p] = ++matches[p] >= MaxMatchesPerScan ? int.MaxValue : length0 == 0 ? offset0 + 1 : offset0 + length0;
                    continue;
                }
                // Most parts have nothing here: asking whether one matches is cheap, asking for its groups is not (the
                // engine walks the whole part's automaton to place them), so the cue is found by asking the part's cues
                // in their order, the first one matching here being the one the part's alternation takes.
                var context = text.AsSpan(start - 1);
                if (!anchored.IsMatch(context))
                {
                    position[p] = start + 1;
                    continue;
                }
                var (offset, length) = (start, -1);
                foreach (var cue in cueIndexes)
                {
                    work += CallCost;
                    foreach (var m in _anchoredCues[cue].EnumerateMatches(context))
                    {
                        length = m.Length - 1;
                        break;
                    }
                    if (length < 0) continue;
                    found[p].Add((cue, start, length, text.Substring(start, length)));
                    break;
                }
                if (length < 0) throw new InvalidOperationException("A cue set's part matched where none of its cues does.");
                work += length;
                position[p] = ++matches[p] >= MaxMatchesPerScan ? int.MaxValue : length == 0 ? offset + 1 : offset + length;
            }
            if (work > budget) return null;
        }
        return found;
    }

    /// <summary>Records the cue a part's match is for (its first successful group); returns where the match ends.</summary>
    private static (int Offset, int Length) Record(List<(int, int, int, string)> list, Match match, int[] cueIndexes, int[] groups)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            var group = match.Groups[groups[g]];
            if (!group.Success) continue;
            list.Add((cueIndexes[g], group.Index, group.Length, group.Value));
            return (group.Index, group.Length);
        }
        return (match.Index, match.Length);
    }

    private List<CueHit> Weigh(NormalizedText text, CueContext context, List<(int Cue, int Offset, int Length, string Value)>[] found)
    {
        // Part by part, then in text order: the order ties sort in is the same whichever way the matches were found.
        var raw = found.Length == 1 ? found[0] : [.. found.SelectMany(f => f)];
        if (_parts.Count > 1) raw.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));

        var hits = new List<CueHit>(Math.Min(raw.Count, 4096));
        var perCue = new int[_cues.Length];
        foreach (var (cueIndex, offset, length, value) in raw)
        {
            var cue = _cues[cueIndex];
            if (++perCue[cueIndex] > MaxHitsPerCue) continue;
            if (_parts.Count > 1 && IsInsideEarlierHit(hits, cue, offset, length)) continue;
            var weight = cue.Weight * context.Multiplier(text, offset, length);
            hits.Add(new CueHit(cue, offset, length, weight, value));
        }
        return hits;
    }

    private static bool IsInsideEarlierHit(List<CueHit> hits, Cue cue, int offset, int length)
    {
        for (var i = hits.Count - 1; i >= 0 && i >= hits.Count - 8; i--)
        {
            var h = hits[i];
            if (h.Cue.Target == cue.Target && h.Offset <= offset && h.Offset + h.Length >= offset + length) return true;
        }
        return false;
    }
}
