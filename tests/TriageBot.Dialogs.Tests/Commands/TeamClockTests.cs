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

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-05 18:00", "2026-03-05T17:00:00Z", true)]
    [InlineData("Europe/Berlin", "2026-03-05T18:00", "2026-03-05T17:00:00Z", true)]
    [InlineData("Europe/Berlin", "2026-07-05 18:00", "2026-07-05T16:00:00Z", true)]    // summer time: UTC+2
    [InlineData("Europe/Berlin", "2026-03-05", "2026-03-04T23:00:00Z", true)]          // a day alone: its local midnight
    [InlineData("Europe/Berlin", "2026-03-29 02:30", "2026-03-29T01:00:00Z", true)]    // skipped by the clocks: read as 03:00
    [InlineData("Europe/Berlin", "2026-10-25 02:30", "2026-10-25T00:30:00Z", true)]    // passed twice: the first time
    [InlineData("Europe/Berlin", "2026-03-05T18:00Z", "2026-03-05T18:00:00Z", false)]
    [InlineData("Europe/Berlin", "2026-03-05T18:00-05:00", "2026-03-05T23:00:00Z", false)]
    [InlineData("America/New_York", "2026-03-05 18:00", "2026-03-05T23:00:00Z", true)]
    [InlineData("UTC", "2026-03-05 18:00", "2026-03-05T18:00:00Z", true)]
    public void A_typed_time_without_an_offset_is_the_team_s_wall_clock_and_one_with_an_offset_is_that_instant(string zone, string text, string utc, bool inTeamZone)
    {
        var read = TeamClock.TryCreate(zone)!.Read(text);

        Assert.Equal(new TeamTime(DateTime.Parse(utc).ToUniversalTime(), inTeamZone), read);
    }

    [Theory]
    [InlineData("soonish")]
    [InlineData("")]
    [InlineData("25:00")]
    public void Text_that_is_not_a_time_is_not_read_as_one(string text) => Assert.Null(TeamClock.TryCreate("Europe/Berlin")!.Read(text));

    [Theory]
    [InlineData("03/05/2026")]
    [InlineData("03/05/2026 09:00")]
    [InlineData("5.3.2026 09:00")]
    [InlineData("05-03-2026")]
    [InlineData("3/5 09:00")]
    public void A_date_with_day_and_month_as_numbers_is_refused_as_ambiguous_rather_than_guessed(string text)
    {
        Assert.Null(TeamClock.TryCreate("Europe/Berlin")!.Read(text));
        Assert.Equal("could be day/month or month/day, so it is not guessed", TeamClock.WhyNotATime(text));
    }

    [Theory]
    [InlineData("5 Mar 2026 18:00", "2026-03-05T17:00:00Z")]
    [InlineData("March 5, 2026 18:00", "2026-03-05T17:00:00Z")]
    [InlineData("2026/03/05 18:00", "2026-03-05T17:00:00Z")]
    public void A_date_whose_month_is_named_or_that_starts_with_the_year_is_read(string text, string utc) =>
        Assert.Equal(new TeamTime(DateTime.Parse(utc).ToUniversalTime(), true), TeamClock.TryCreate("Europe/Berlin")!.Read(text));
}
