using TriageBot.Cases.Workflow;

namespace TriageBot.Dialogs.Tests.Commands;

/// <summary>Where the team's day ends, which the reminders' once-a-day rule follows.</summary>
public sealed class TeamClockTests
{
    [Theory]
    [InlineData("UTC", "2026-03-02T23:30:00Z", "2026-03-03T00:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-02T22:30:00Z", "2026-03-02T23:00:00Z")]     // 23:30 CET
    [InlineData("Europe/Berlin", "2026-03-02T23:30:00Z", "2026-03-03T23:00:00Z")]     // 00:30 CET: the day has just begun
    [InlineData("Europe/Berlin", "2026-03-29T08:00:00Z", "2026-03-29T22:00:00Z")]     // clocks forward: a 23-hour day
    [InlineData("Europe/Berlin", "2026-10-25T08:00:00Z", "2026-10-25T23:00:00Z")]     // clocks back: a 25-hour day
    [InlineData("America/New_York", "2026-11-01T12:00:00Z", "2026-11-02T05:00:00Z")]
    public void The_day_ends_at_the_team_s_next_midnight(string zone, string at, string ends)
    {
        var clock = TeamClock.TryCreate(zone)!;
        Assert.Equal(DateTime.Parse(ends).ToUniversalTime(), clock.DayEnds(DateTime.Parse(at).ToUniversalTime()));
    }

    [Fact]
    public void Where_a_clock_change_skips_midnight_the_day_ends_at_the_first_time_that_exists()
    {
        // Clocks go from 00:00 straight to 01:00 on the first Sunday of September, as in Chile.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2020, 1, 1), new DateTime(2030, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 9, 1, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 4, 1, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/SkipsMidnight", TimeSpan.FromHours(-4), "skips midnight", "standard", "summer", [rule]);
        var clock = new TeamClock(zone);

        // 5 Sep 2026 12:00 local (UTC-4, winter there) ends at 6 Sep 01:00 local summer time, UTC-3: 04:00 UTC.
        Assert.Equal(new DateTime(2026, 9, 6, 4, 0, 0, DateTimeKind.Utc), clock.DayEnds(new DateTime(2026, 9, 5, 16, 0, 0, DateTimeKind.Utc)));
    }
}
