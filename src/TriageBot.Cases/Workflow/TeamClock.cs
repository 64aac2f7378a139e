using System.Globalization;

namespace TriageBot.Cases.Workflow;

/// <summary>
/// Every time a person reads, worded in the team's time zone (<c>Cases:TimeZone</c>): "today 14:30",
/// "yesterday 09:05", "Tue 3 Mar 2026 14:30", each with the zone's offset ("UTC+1") so nobody mistakes it for
/// their own. Reminders, pages, cards, command answers and the CLI all word times through this one type.
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

    /// <summary>The team's clock; start-up validation has already refused an unknown zone id.</summary>
    public static TeamClock For(CasesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TryCreate(options.TimeZone) ?? Utc;
    }

    /// <summary>"today 14:30 UTC+1", "tomorrow 09:00 UTC+1", "Tue 3 Mar 2026 14:30 UTC+1", relative to <paramref name="now"/>.</summary>
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

    /// <summary>"Tue 3 Mar 2026 14:30 UTC+1": for text that is kept and read later (audit notes, errors).</summary>
    public string At(DateTime utc) =>
        $"{Local(utc).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} {Offset(utc)}";

    /// <summary>"14:30 UTC+1": a time of day, where the day is plain from the context.</summary>
    public string TimeOfDay(DateTime utc) => $"{Local(utc).ToString("HH:mm", CultureInfo.InvariantCulture)} {Offset(utc)}";

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

    /// <summary>The UTC instant of a wall-clock time in the team's zone. A time the clocks skip (spring forward) is
    /// read as the first time that exists after it; a time they pass twice (autumn) as its first occurrence.</summary>
    public DateTime FromLocal(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>The last second of <paramref name="date"/> in the team's zone, in UTC: a date an agency or a person
    /// gives ("respond by 10 March") runs to the end of that day where the team works. Whole seconds: the store
    /// keeps milliseconds only.</summary>
    public DateTime EndOfDay(DateOnly date) => FromLocal(date.ToDateTime(new TimeOnly(23, 59, 59)));

    /// <summary>The team's calendar day holding <paramref name="utc"/>.</summary>
    public DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>The zone as people name it, with its offset at <paramref name="utc"/>: "Europe/Berlin, UTC+1".</summary>
    public string ZoneName(DateTime utc) => zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime ? "UTC" : $"{zone.Id}, {Offset(utc)}";

    /// <summary>Reads a typed time ("2026-03-05T09:00Z", "2026-03-05 09:00+01:00", "2026-03-05 09:00",
    /// "2026-03-05", "5 Mar 2026 09:00"); a day and month written as numbers ("03/05/2026") is refused as ambiguous. A time with an offset or Z is that instant; one without is the team's wall-clock time
    /// (<see cref="TeamTime.InTeamZone"/>), because every time the team reads is in its zone.</summary>
    public TeamTime? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // "03/05/2026" is 3 May to half the team and 5 March to the other half: a date written as numbers is read
        // only year first (ISO 8601), never guessed.
        if (NumericDayAndMonth.IsMatch(text)) return null;
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed)) return null;
        if (parsed.Kind == DateTimeKind.Unspecified) return new TeamTime(FromLocal(parsed), InTeamZone: true);
        // An offset or Z was written: that instant, whatever the zone of the machine or the team.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact)
            ? new TeamTime(exact.UtcDateTime, InTeamZone: false)
            : null;
    }

    /// <summary>What a reply says after reading a time without an offset: "(read in the team's time zone,
    /// Europe/Berlin, UTC+1)"; empty when the text named its own offset.</summary>
    public string ReadNote(TeamTime time) => time.InTeamZone ? $" (no offset given: read in the team's time zone, {ZoneName(time.Utc)})" : "";

    /// <summary>Why <paramref name="text"/> was not read: "is not a time", or that its day and month, written as
    /// numbers, could be either (for the error a person sees).</summary>
    public static string WhyNotATime(string text) => NumericDayAndMonth.IsMatch(text)
        ? "could be day/month or month/day, so it is not guessed"
        : "is not a time";

    private static readonly System.Text.RegularExpressions.Regex NumericDayAndMonth =
        new(@"(?<![\d/.\-])\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}\b|(?<![\d/.\-])\b\d{1,2}\s*[/.]\s*\d{1,2}\b(?![\d/.]|\s*:)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(TimeWording.Utc(utc), zone);

    private string Offset(DateTime utc)
    {
        var offset = zone.GetUtcOffset(TimeWording.Utc(utc));
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0 ? $"UTC{sign}{abs.Hours}" : $"UTC{sign}{abs.Hours}:{abs.Minutes:00}";
    }
}
