using System.Globalization;
using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;

namespace TriageBot.Dialogs.Commands;

/// <summary>How the commands word times, counts and shares: "14:30 UTC", "2h 15m", "3 cases", "40 %".</summary>
internal static class Wording
{
    // Times are worded by the case services' TimeWording, so a reminder and a card say "14:30 UTC" alike.
    public static string At(DateTime utc) => TimeWording.At(utc);

    public static string At(DateTime utc, DateTime now) => TimeWording.At(utc, now);

    public static string Date(DateTime utc) => TimeWording.Date(utc);

    public static string Duration(TimeSpan span) => TimeWording.Duration(span);

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";

    public static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-";

    /// <summary>Past its SLA due time while the next move is ours (cases waiting on the agency or answered are
    /// not late), as the reminders count it.</summary>
    public static bool IsOverdue(CaseRecord c, DateTime now) =>
        c.DueAt < now && c.Status is CaseStatus.New or CaseStatus.Triaged or CaseStatus.Assigned or CaseStatus.InReview;
}
