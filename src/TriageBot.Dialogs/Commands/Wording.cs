using System.Globalization;
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
}
