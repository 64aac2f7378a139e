namespace TriageBot.Cases.Workflow;

/// <summary>Durations as the bot says them ("2h 15m") and times made UTC. Points in time are worded by
/// <see cref="TeamClock"/>, in the team's zone.</summary>
public static class TimeWording
{
    /// <summary>The two largest units: "3d 4h", "2h 15m", "22m", "less than a minute".</summary>
    public static string Duration(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalDays >= 1) return span.Hours == 0 ? $"{(int)span.TotalDays}d" : $"{(int)span.TotalDays}d {span.Hours}h";
        if (span.TotalHours >= 1) return span.Minutes == 0 ? $"{span.Hours}h" : $"{span.Hours}h {span.Minutes}m";
        return span.TotalMinutes >= 1 ? $"{span.Minutes}m" : "less than a minute";
    }

    public static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}
