using System.Globalization;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// Times as the team reads them, in the team's time zone (<c>Cases:TimeZone</c>): "today 14:30", "yesterday
/// 09:05", "Tue 3 Mar 2026 14:30", each with the zone's offset ("UTC+1") so nobody mistakes it for their own.
/// </summary>
public sealed class TeamClock(TimeZoneInfo zone)
{
    public static readonly TeamClock Utc = new(TimeZoneInfo.Utc);

    public TimeZoneInfo Zone => zone;

    /// <summary>The zone named in configuration (an IANA or Windows id); null when the id is unknown here.</summary>
    public static TeamClock? TryCreate(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase)) return Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var found) ? new TeamClock(found) : null;
    }

    public string At(DateTime utc, DateTime now)
    {
        var local = Local(utc);
        var today = Local(now).Date;
        var day = local.Date == today ? "today"
            : local.Date == today.AddDays(-1) ? "yesterday"
            : local.Date == today.AddDays(1) ? "tomorrow"
            : local.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
        return $"{day} {local.ToString("HH:mm", CultureInfo.InvariantCulture)} {Offset(utc)}";
    }

    /// <summary>A calendar day ("Tue 3 Mar 2026"): deadlines and holds run by the day.</summary>
    public string Day(DateTime utc) => Local(utc).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>When the team's day holding <paramref name="utc"/> ends: the next local midnight, in UTC. Where a
    /// clock change skips midnight, the day ends at the first local time that exists after it.</summary>
    public DateTime DayEnds(DateTime utc)
    {
        var midnight = Local(utc).Date.AddDays(1);
        while (zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(15);
        // An ambiguous midnight (clocks set back across it) counts at its first occurrence, so the day is not longer.
        var offset = zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max() : zone.GetUtcOffset(midnight);
        return DateTime.SpecifyKind(midnight - offset, DateTimeKind.Utc);
    }

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    private string Offset(DateTime utc)
    {
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0 ? $"UTC{sign}{abs.Hours}" : $"UTC{sign}{abs.Hours}:{abs.Minutes:00}";
    }
}
