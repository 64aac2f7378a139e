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
/// finds the next place any cue starts, and only there is each part asked, anchored, whether one of its cues matches
/// (<see cref="ScanByParts"/> is the part-by-part reference, and what a text with too many cue starts falls back to).
/// </remarks>
internal sealed class CueSet
{
    private readonly Cue[] _cues;

    /// <summary>What each cue's match can begin with (<see cref="FirstChars"/>): a part is asked about a place only
    /// when one of its cues can begin with the character there (about half the questions on a typical request).</summary>
    private readonly FirstChars[] _firsts;
    private readonly List<Part> _parts = [];

    /// <summary>Which cue took a match, asked of each cue alone rather than of the engine's groups.</summary>
    private readonly CueReaders _readers;

    /// <summary>Where any cue of the family starts: the alternation of every cue, without groups.</summary>
    private readonly Regex? _starts;

    public const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public CueSet(IEnumerable<Cue> cues, RegexOptions options = Options)
    {
        _cues = [.. cues];
        _firsts = [.. _cues.Select(c => FirstChars.Of(c.Pattern, options))];
        _readers = new CueReaders(_cues, _firsts, options);
        var parts = new List<(int[] Indexes, Regex Scanner)>();
        Split([.. Enumerable.Range(0, _cues.Length)], options, parts);
        if (parts.Count == 1)
        {
            // A family that fits one regex is scanned in one pass already.
            _parts.Add(new Part(parts[0].Indexes, parts[0].Scanner, null, [], _firsts));
            return;
        }
        _starts = AutomatonSize.Build(string.Join('|', _cues.Select(c => $"(?:{c.Pattern})")), options, AutomatonSize.Family);
        foreach (var (indexes, scanner) in parts)
        {
            // The scanner stays for texts that fall back to part-by-part scanning: building it then would cost a
            // hostile text's first request about a second.
            var anchored = AutomatonSize.Build($@"\A[\s\S](?:{Alternation(indexes)})", options, AutomatonSize.Family);
            _parts.Add(new Part(indexes, scanner, anchored, [.. indexes.Select(i => anchored.GroupNumberFromName($"c{i}"))], _firsts));
        }
    }

    /// <summary>The part's cues in their order, one named group each: which group took a match says which cue.</summary>
    private string Alternation(int[] indexes) => string.Join('|', indexes.Select(i => $"(?<c{i}>{_cues[i].Pattern})"));

    /// <summary>One regex for all cues when the non-backtracking automaton fits the default size limit, else halves.</summary>
    private void Split(int[] indexes, RegexOptions options, List<(int[], Regex)> parts)
    {
        try
        {
            parts.Add((indexes, AutomatonSize.Build(Alternation(indexes), options, AutomatonSize.Default)));
        }
        catch (NotSupportedException) when (indexes.Length > 1)
        {
            Split(indexes[..(indexes.Length / 2)], options, parts);
            Split(indexes[(indexes.Length / 2)..], options, parts);
        }
    }

    /// <param name="CueIndexes">The part's cues, in the order its alternation tries them.</param>
    /// <param name="Scanner">The part's cues as one regex (<see cref="Alternation"/>), searched part by part.</param>
    /// <param name="Anchored">The same after one character of context, anchored at the start of its input: it says
    /// what the part matches at one place without searching on, the character giving anchors such as \b the same
    /// context as in the whole text. None for a family of one part.</param>
    /// <param name="firsts">What each cue of the family can begin with.</param>
    private sealed class Part(int[] cueIndexes, Regex scanner, Regex? anchored, int[] anchoredGroups, FirstChars[] firsts)
    {
        public int[] CueIndexes => cueIndexes;
        public Regex Scanner => scanner;
        public Regex? Anchored => anchored;
        public int[] AnchoredGroups => anchoredGroups;
        public int[] ScannerGroups { get; } = [.. cueIndexes.Select(i => scanner.GroupNumberFromName($"c{i}"))];

        /// <summary>What any cue of the part can begin with: elsewhere the part is not asked.</summary>
        public FirstChars Starts { get; } = cueIndexes.Aggregate(default(FirstChars), (all, i) => all.Union(firsts[i]));
    }

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
    public List<CueHit> Scan(NormalizedText text, CueContext context) =>
        Weigh(text, context, FindAtStarts(text.Value, text.ForCueScan) ?? FindByParts(text.Value, text.ForCueScan));

    /// <summary>Each part's matches, in text order within the part, as (cue index, offset, length, matched text),
    /// unweighed: for a reader that only counts which cues match (<see cref="Extraction.CountryNames"/>).</summary>
    /// <param name="input">The text as the family's regexes read it (<see cref="Guarded"/>).</param>
    public List<(int Cue, int Offset, int Length, string Value)>[] Find(string text, string input) =>
        FindAtStarts(text, input) ?? FindByParts(text, input);

    /// <summary>The same hits found part by part, one whole-text pass each: the reference <see cref="Scan"/> must
    /// equal (tests hold it to that).</summary>
    public List<CueHit> ScanByParts(NormalizedText text, CueContext context) => Weigh(text, context, FindByParts(text.Value, text.ForCueScan));

    /// <summary>The same hits found part by part with the engine's capture groups saying which cue each is for, as
    /// before <see cref="CueReaders"/>: the reference the readers must equal (tests hold them to that).</summary>
    public List<CueHit> ScanByGroups(NormalizedText text, CueContext context) =>
        Weigh(text, context, FindByParts(text.Value, text.ForCueScan, byGroups: true));

    /// <summary>
    /// Stands after a text that ends with a line break, so that no regex of the family is ever given an input whose
    /// last character is a line break. .NET 10's non-backtracking engine reads an input's last line break as a
    /// character of its own (the place where "$" and "\Z" also match) and caches its transitions with the rest of
    /// the lazily built automaton; once a long-lived regex's automaton has grown past the point where the engine
    /// starts simulating an NFA (tens of thousands of states, from all the texts the host has read), that path lost
    /// matches ending just before such a line break ("Attorneys for Plaintiff\n") while IsMatch still found them,
    /// so what a family reported depended on what the host had read before (CueSetHistoryTests).
    /// A noncharacter, which no request contains and before which \b behaves as at the end of the text; a match
    /// that reads it anyway (a cue ending in a negated class) is asked again of the text itself.
    /// </summary>
    private const char EndGuard = '\uFFFF';

    /// <summary>The text as the family's regexes read it: positions in it are positions in the text.</summary>
    public static string Guarded(string text) => text.EndsWith('\n') ? text + EndGuard : text;

    /// <param name="input">The text as the regexes read it (<see cref="Guarded"/>).</param>
    /// <param name="byGroups">Whether the engine's groups say which cue a match is for, not the readers (tests).</param>
    private List<(int Cue, int Offset, int Length, string Value)>[] FindByParts(string text, string input, bool byGroups = false)
    {
        var found = new List<(int, int, int, string)>[_parts.Count];
        for (var p = 0; p < _parts.Count; p++)
        {
            var part = _parts[p];
            var list = found[p] = [];
            var matches = 0;
            // Where the matches stand comes from the capture-free search; which cue each is for, from the cues'
            // own readers (CueReaders), or where they cannot tell, from the engine's groups.
            foreach (var span in part.Scanner.EnumerateMatches(input))
            {
                if (matches++ >= MaxMatchesPerScan) break;
                if (span.Index + span.Length > text.Length)
                {
                    // A match that read the guard is at the very end: the rest is read as the text has it.
                    for (var match = part.Scanner.Match(text, span.Index); match.Success; match = match.NextMatch())
                    {
                        Record(list, match, part.CueIndexes, part.ScannerGroups, 0);
                        if (matches++ >= MaxMatchesPerScan) break;
                    }
                    break;
                }
                var cue = span.Index == 0 || byGroups ? -1 : _readers.Which(part.CueIndexes, input, span.Index, span.Length);
                if (cue >= 0) list.Add((cue, span.Index, span.Length, input.Substring(span.Index, span.Length)));
                else Record(list, part.Scanner.Match(input, span.Index), part.CueIndexes, part.ScannerGroups, 0);  // a match without a cue's group is passed
            }
        }
        return found;
    }

    /// <summary>
    /// Each part's matches, as <see cref="FindByParts"/> finds them, from one pass of the whole family: a part's next
    /// match from where it stands starts at the first place at or after it where any cue starts, or later, so each
    /// part is asked only at those places. Null when the text has so many cue starts that the part-by-part passes
    /// are cheaper (a hostile text repeating cues), which bounds the work to a few passes either way.
    /// </summary>
    private List<(int Cue, int Offset, int Length, string Value)>[]? FindAtStarts(string text, string guarded)
    {
        if (_starts is null) return null;
        var found = new List<(int, int, int, string)>[_parts.Count];
        var position = new int[_parts.Count];   // where each part's scan stands; past the text when it is done
        var matches = new int[_parts.Count];
        for (var p = 0; p < found.Length; p++) found[p] = [];
        var budget = 2L * text.Length + 40 * CallCost * _parts.Count;
        long work = 0;
        string? padded = null;
        while (true)
        {
            var from = int.MaxValue;
            foreach (var at in position) from = Math.Min(from, at);
            if (from > text.Length) break;

            var start = -1;
            // A place where a cue matches only with the guard is a place where no part matches: it is asked and
            // passed like any other.
            foreach (var next in _starts.EnumerateMatches(guarded, from))
            {
                start = next.Index;
                work += next.Index + next.Length - from + CallCost;
                break;
            }
            if (start < 0 || start >= text.Length) break;

            // At the very start there is no character before to anchor on: a line break stands in for the start of
            // the text, which \b and ^ see alike (no cue uses \A).
            if (start == 0) padded = "\n" + guarded;
            var first = text[start];
            for (var p = 0; p < _parts.Count; p++)
            {
                if (position[p] > start) continue;
                var part = _parts[p];
                // Charged as if asked: when a text falls back to part-by-part scanning must not depend on which
                // parts the character lets off, or what the regexes read (and, with .NET's lazily built automata,
                // what they report later) would change with it (CueSetHistoryTests).
                work += CallCost;
                // A part none of whose cues can begin with this character has nothing here.
                if (!part.Starts.Allows(first))
                {
                    position[p] = start + 1;
                    continue;
                }
                // Most parts have nothing here, and asking whether one matches is cheap; only then are its groups
                // placed, to say which cue it is.
                var input = start == 0 ? padded! : guarded;
                var shift = start == 0 ? 1 : 0;
                var at = start == 0 ? 0 : start - 1;
                if (!part.Anchored!.IsMatch(input.AsSpan(at)))
                {
                    position[p] = start + 1;
                    continue;
                }
                // Where the part's match ends, without groups; the cue's own reader says which cue it is.
                var length = -1;
                foreach (var span in part.Anchored.EnumerateMatches(input.AsSpan(at)))
                {
                    length = span.Length;
                    break;
                }
                if (length > 0 && at + length <= shift + text.Length &&
                    _readers.Which(part.CueIndexes, input, at + 1, length - 1) is var cue and >= 0)
                {
                    found[p].Add((cue, start, length - 1, input.Substring(at + 1, length - 1)));
                    work += length - 1;
                    position[p] = ++matches[p] >= MaxMatchesPerScan ? int.MaxValue : length == 1 ? start + 1 : start + length - 1;
                    continue;
                }
                var match = part.Anchored.Match(input, at, input.Length - at);
                if (match.Index + match.Length > shift + text.Length)
                {
                    // It read the guard: asked again of the text as it is.
                    input = start == 0 ? "\n" + text : text;
                    match = part.Anchored.Match(input, at, input.Length - at);
                    if (!match.Success)
                    {
                        position[p] = start + 1;
                        continue;
                    }
                }
                if (Record(found[p], match, part.CueIndexes, part.AnchoredGroups, shift) is not var (offset, cueLength))
                {
                    // As the part-by-part scan passes it: on from where the match ends.
                    position[p] = Math.Max(start + 1, match.Index + match.Length - shift);
                    continue;
                }
                work += cueLength;
                position[p] = ++matches[p] >= MaxMatchesPerScan ? int.MaxValue : cueLength == 0 ? offset + 1 : offset + cueLength;
            }
            if (work > budget) return null;
        }
        return found;
    }

    /// <summary>Records the cue a part's match is for (its first successful group, placed <paramref name="shift"/>
    /// characters into its input); returns where the match stands in the text, or null when the engine reports no
    /// cue's group for it. .NET's non-backtracking engine does that on some texts of cue words pasted together; such
    /// a match is passed rather than failing the whole request.</summary>
    private static (int Offset, int Length)? Record(List<(int, int, int, string)> list, Match match, int[] cueIndexes, int[] groups, int shift)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            var group = match.Groups[groups[g]];
            if (!group.Success) continue;
            list.Add((cueIndexes[g], group.Index - shift, group.Length, group.Value));
            return (group.Index - shift, group.Length);
        }
        return null;
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
