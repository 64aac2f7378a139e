using System.Globalization;
using TriageBot.Cases.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>Times and durations as the bot says them (as the case services do): "14:30 UTC", "2h 15m".</summary>
internal static class Wording
{
    public static string At(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"14:30 UTC" on the same day as <paramref name="now"/>, the full date otherwise.</summary>
    public static string At(DateTime utc, DateTime now) =>
        utc.Date == now.Date ? utc.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture) : At(utc);

    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalDays >= 1) return span.Hours == 0 ? $"{(int)span.TotalDays}d" : $"{(int)span.TotalDays}d {span.Hours}h";
        if (span.TotalHours >= 1) return span.Minutes == 0 ? $"{span.Hours}h" : $"{span.Hours}h {span.Minutes}m";
        return span.TotalMinutes >= 1 ? $"{span.Minutes}m" : "less than a minute";
    }

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";

    public static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-";

    /// <summary>Past its SLA due time while the next move is ours (cases waiting on the agency or answered are
    /// not late), as the reminders count it.</summary>
    public static bool IsOverdue(CaseRecord c, DateTime now) =>
        c.DueAt < now && c.Status is CaseStatus.New or CaseStatus.Triaged or CaseStatus.Assigned or CaseStatus.InReview;
}
