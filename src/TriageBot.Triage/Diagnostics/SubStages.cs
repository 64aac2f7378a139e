namespace TriageBot.Triage.Diagnostics;

/// <summary>
/// Finer laps inside the costliest stages (the benchmark's <c>--stages --substages</c>): which reading of the
/// accounts and references stages takes the time. The product never sets a clock, so a lap costs one static read.
/// </summary>
internal static class SubStages
{
    /// <summary>The clock the laps are charged to; null outside the benchmark.</summary>
    public static StageClock? Clock { get; set; }

    /// <summary>Charges the time since the previous lap to <paramref name="stage"/>, when a clock is set.</summary>
    public static void Lap(string stage) => Clock?.Lap(stage);
}
