namespace TriageBot.Triage.Text;

/// <summary>A weighted piece of evidence to look for: a pattern, how much it counts, and why it counts.</summary>
/// <param name="Target">What the cue votes for: a process type name, a flag, a category.</param>
/// <param name="Pattern">A .NET regex, non-backtracking compatible (no lookarounds or backreferences).</param>
internal sealed record Cue(string Target, string Pattern, double Weight, string Reason);

/// <summary>One place a cue matched, with its weight after context (headings, negation, ...).</summary>
internal sealed record CueHit(Cue Cue, int Offset, int Length, double Weight, string Text);
