using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// Says which cue of a family took a match whose place and length are already known, without asking the engine for
/// capture groups. .NET's non-backtracking engine places groups by simulating its automaton once more over the match,
/// which costs several times the search and allocates every group of the part (a part has dozens); here each of the
/// part's cues that can begin with the match's first character is asked, in the part's order, whether it matches
/// the same place on its own, with a small regex of that cue alone, and the first that does is the cue the part's
/// alternation took. Its own match must have the very same length, or the caller asks the engine the old way, so the
/// answer is the engine's.
/// </summary>
/// <remarks>
/// A cue's regex reads only the match, one character of context before it and two after (enough for \b, ^, $ and
/// \Z to see what they see in the whole text at every place up to the match's end), so asking costs in proportion
/// to the match, whatever follows. Each regex is built the first time its cue is asked about, so cues that never
/// match cost nothing.
/// </remarks>
internal sealed class CueReaders(IReadOnlyList<Cue> cues, FirstChars[] firsts, RegexOptions options)
{
    private readonly Regex?[] _readers = new Regex?[cues.Count];

    /// <summary>Characters read after the match: with two, an anchor at any place up to the match's end sees the
    /// same as in the whole text (a "$" before a last line break needs the character after it too).</summary>
    private const int After = 2;

    /// <summary>The cue of <paramref name="cueIndexes"/> (in the alternation's order) that matches exactly
    /// <paramref name="length"/> characters at <paramref name="start"/> of <paramref name="input"/>, or -1 when none
    /// can be told apart this way. <paramref name="start"/> must be at least 1: the character before is context.</summary>
    public int Which(int[] cueIndexes, string input, int start, int length)
    {
        var at = start - 1;
        var window = input.AsSpan(at, Math.Min(input.Length, start + length + After) - at);
        var first = input[start];
        foreach (var i in cueIndexes)
        {
            if (!firsts[i].Allows(first)) continue;
            var reader = _readers[i] ?? Build(i);
            foreach (var match in reader.EnumerateMatches(window))
            {
                // The first cue in order that matches here is the one the alternation took; if its own match is not
                // the alternation's, the window changed what it matches and the engine is asked instead.
                return match.Index == 0 && match.Length == length + 1 ? i : -1;
            }
        }
        return -1;
    }

    private Regex Build(int i)
    {
        var reader = new Regex($@"\A[\s\S](?:{cues[i].Pattern})", options);
        // Two threads may build the same reader; either copy answers the same.
        Interlocked.CompareExchange(ref _readers[i], reader, null);
        return _readers[i]!;
    }
}
