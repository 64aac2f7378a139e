using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// A family of cues compiled into as few non-backtracking regexes as the engine allows (one named group per
/// cue), so the text is scanned in time linear in its length whatever a hostile sender puts in it.
/// </summary>
internal sealed class CueSet
{
    private readonly Cue[] _cues;
    private readonly List<(Regex Regex, int[] CueIndexes, int[] Groups)> _scanners = [];

    public const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public CueSet(IEnumerable<Cue> cues, RegexOptions options = Options)
    {
        _cues = [.. cues];
        Compile([.. Enumerable.Range(0, _cues.Length)], options);
    }

    /// <summary>One regex for all cues when the non-backtracking automaton fits its size limit, else halves.</summary>
    private void Compile(int[] indexes, RegexOptions options)
    {
        var pattern = string.Join('|', indexes.Select(i => $"(?<c{i}>{_cues[i].Pattern})"));
        try
        {
            var regex = new Regex(pattern, options);
            _scanners.Add((regex, indexes, [.. indexes.Select(i => regex.GroupNumberFromName($"c{i}"))]));
        }
        catch (NotSupportedException) when (indexes.Length > 1)
        {
            Compile(indexes[..(indexes.Length / 2)], options);
            Compile(indexes[(indexes.Length / 2)..], options);
        }
    }

    public IReadOnlyList<Cue> Cues => _cues;

    /// <summary>Past this many matches of one cue, more of the same adds nothing to a decision; stopping keeps a
    /// hostile text that repeats a cue a million times as cheap as a normal one.</summary>
    private const int MaxHitsPerCue = 200;

    /// <summary>Each match costs the non-backtracking engine a little; a text with thousands of cue matches is
    /// pasted data, not a request, so a family stops looking after this many.</summary>
    private const int MaxMatchesPerScan = 4000;

    /// <summary>Every match in the text, with the cue's base weight adjusted by where and how it stands.
    /// A match inside a longer match for the same target ("subpoena" within "grand jury subpoena") is dropped.</summary>
    public List<CueHit> Scan(NormalizedText text, CueContext context)
    {
        var raw = new List<(int Cue, int Offset, int Length, string Value)>();
        foreach (var (regex, cueIndexes, groups) in _scanners)
        {
            var matches = 0;
            for (var match = regex.Match(text.Value); match.Success && matches++ < MaxMatchesPerScan; match = match.NextMatch())
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    var group = match.Groups[groups[g]];
                    if (!group.Success) continue;
                    raw.Add((cueIndexes[g], group.Index, group.Length, group.Value));
                    break;
                }
            }
        }
        if (_scanners.Count > 1) raw.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));

        var hits = new List<CueHit>(Math.Min(raw.Count, 4096));
        var perCue = new int[_cues.Length];
        foreach (var (cueIndex, offset, length, value) in raw)
        {
            var cue = _cues[cueIndex];
            if (++perCue[cueIndex] > MaxHitsPerCue) continue;
            if (_scanners.Count > 1 && IsInsideEarlierHit(hits, cue, offset, length)) continue;
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
