using System.Globalization;
using TriageBot.Cases.Workflow;

namespace TriageBot.Dialogs.Commands;

/// <summary>How the commands word durations, counts and shares: "2h 15m", "3 cases", "40 %". Points in time
/// are worded by the team's <see cref="TeamClock"/> alone, so a reminder and a card say "14:30 UTC+1" alike.</summary>
internal static class Wording
{
    public static string Duration(TimeSpan span) => TimeWording.Duration(span);

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";

    public static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-";
}
