using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// A regex with named groups over a whole text, split in two jobs: the non-backtracking engine finds where each
/// match stands without tracking groups (its group pass is a slow simulation over every match), and a compiled
/// backtracking copy reads the groups from the match's own characters only. Several times cheaper for patterns
/// that match often (dates, "Label: value" lines), and the same answer: within the span the backtracking copy
/// finds the same best match, so the same groups (SpanCapturesTests hold it on every labelled request).
/// </summary>
internal sealed class SpanCaptures
{
    private readonly Regex _find;
    private readonly Regex _read;

    /// <param name="pattern">Only constructs both engines accept; no look-arounds, so nothing outside a match
    /// decides its groups except <c>\b</c>, <c>^</c> and <c>$</c> at its ends, which hold on the span alone too.</param>
    public SpanCaptures(string pattern, RegexOptions options)
    {
        _find = new Regex(pattern, options | RegexOptions.NonBacktracking);
        // Backtracking reads one match's own characters only, and the patterns given here keep it linear there (no
        // two neighbouring quantifiers read the same characters unboundedly). No match timeout: the groups must not
        // depend on the clock, and a timeout on a starved machine would hand the reading to the other engine.
        _read = new Regex(pattern, (options & ~RegexOptions.NonBacktracking) | RegexOptions.Compiled);
    }

    /// <summary>The whole text's matches, in order, with their groups: what <see cref="Regex.Matches(string)"/>
    /// of the non-backtracking engine gives.</summary>
    public List<Match> Matches(string text)
    {
        var found = new List<Match>();
        foreach (var span in _find.EnumerateMatches(text)) found.Add(Read(text, span.Index, span.Length));
        return found;
    }

    private Match Read(string text, int index, int length)
    {
        var match = _read.Match(text, index, length);
        if (match.Success && match.Index == index && match.Length == length) return match;
        return _find.Match(text, index);
    }
}
