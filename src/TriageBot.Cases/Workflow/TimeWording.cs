using System.Globalization;

namespace TriageBot.Cases.Workflow;

/// <summary>Times and durations as the bot says them: "2026-03-02 14:02 UTC", "2h 15m".</summary>
public static class TimeWording
{
    public static string At(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"14:02 UTC" on the same day as <paramref name="now"/>, the full date otherwise.</summary>
    public static string At(DateTime utc, DateTime now) =>
        utc.Date == now.Date ? utc.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture) : At(utc);

    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
