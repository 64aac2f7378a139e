using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// The one place that sets the non-backtracking engine's automaton size limit. .NET refuses a NonBacktracking
/// pattern whose worst-case automaton it estimates over 10,000 nodes, and reads the limit from
/// <c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> at each construction. A whole cue family needs more than that to
/// become one regex, and one pass over the text costs about the same whatever the pattern's size, so the merged
/// families are built with a larger limit; everything else keeps the default, so how a family splits into
/// scanners (which decides which overlapping cues are reported) never depends on the setting.
/// </summary>
internal static class AutomatonSize
{
    private const string Setting = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    /// <summary>.NET's own default.</summary>
    public const int Default = 10_000;

    /// <summary>For one whole cue family. The largest today estimate 77,180 nodes (emergency) and 59,110 (process
    /// types); the estimate is a worst case, and the automaton's states are built lazily, only for what a text
    /// reaches, with the engine falling back to an NFA walk past a fixed number of them, so memory stays bounded on
    /// hostile input. About 13 times the largest family leaves room for the cue lists to grow; it is a bound, not
    /// "unlimited", so a runaway pattern still fails at start-up.</summary>
    public const int Family = 1_000_000;

    private static readonly Lock Gate = new();

    /// <summary>Builds <paramref name="pattern"/> under the given limit; throws NotSupportedException over it.</summary>
    public static Regex Build(string pattern, RegexOptions options, int limit)
    {
        // Constructions in other threads must not see another limit meanwhile.
        lock (Gate)
        {
            var previous = AppContext.GetData(Setting);
            AppContext.SetData(Setting, limit);
            try
            {
                return new Regex(pattern, options);
            }
            finally
            {
                AppContext.SetData(Setting, previous);
            }
        }
    }
}
