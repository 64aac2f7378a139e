using TriageBot.Cases.Scheduling;

namespace TriageBot.Cases.Tests.Services;

/// <summary>The desk's rotation: hand-over Mondays 09:00 UTC from 2026-01-05; primary ana, ben, cy; secondary dana, eli.</summary>
public sealed class OnCallScheduleTests : IDisposable
{
    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Theory]
    [InlineData("2026-01-05T09:00:00Z", "ana", "dana")]
    [InlineData("2026-01-12T08:59:59Z", "ana", "dana")]
    [InlineData("2026-01-12T09:00:00Z", "ben", "eli")]
    [InlineData("2026-01-19T09:00:00Z", "cy", "dana")]
    [InlineData("2026-01-26T09:00:00Z", "ana", "eli")]
    [InlineData("2026-03-02T09:00:00Z", "cy", "dana")]
    [InlineData("2026-01-05T08:59:59Z", "cy", "eli")]
    public async Task The_rotation_takes_turns_every_week_at_the_hand_over(string at, string primary, string secondary)
    {
        var shift = await _desk.OnCall.WhoIsOnCallAsync(Utc(at));

        Assert.Equal((primary, secondary), (shift.Primary, shift.Secondary));
        Assert.Equal(["mo"], shift.Managers);
    }

    [Fact]
    public async Task The_shift_says_when_the_rotation_next_hands_over()
    {
        var shift = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-01-14T20:00:00Z"));

        Assert.Equal(Utc("2026-01-19T09:00:00Z"), shift.NextHandOver);
    }

    [Fact]
    public async Task An_override_replaces_the_rotation_inside_its_window_only()
    {
        // cy is primary and dana secondary for the week from Monday 2026-03-02 09:00.
        var set = await _desk.OnCall.SetOverrideAsync(OnCallRole.Primary, "ben", Utc("2026-03-03T00:00:00Z"), Utc("2026-03-04T00:00:00Z"), "mo");

        var before = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-03-02T23:59:59Z"));
        var during = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-03-03T15:00:00Z"));
        var after = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-03-04T00:00:00Z"));

        Assert.Equal(("cy", "ben", "cy"), (before.Primary, during.Primary, after.Primary));
        Assert.Equal("dana", during.Secondary);
        Assert.Equal(set, during.PrimaryOverride);
        Assert.Null(after.PrimaryOverride);
        Assert.Equal((OnCallRole.Primary, "mo", _desk.Now), (set.Role, set.SetBy, set.SetAt));
    }

    [Fact]
    public async Task Where_overrides_overlap_the_one_set_last_wins()
    {
        await _desk.OnCall.SetOverrideAsync(OnCallRole.Secondary, "cy", Utc("2026-03-09T00:00:00Z"), Utc("2026-03-16T00:00:00Z"), "mo");
        _desk.Time.Advance(TimeSpan.FromHours(1));
        await _desk.OnCall.SetOverrideAsync(OnCallRole.Secondary, "ben", Utc("2026-03-12T00:00:00Z"), Utc("2026-03-13T00:00:00Z"), "mo");

        var monday = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-03-09T10:00:00Z"));
        var thursday = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-03-12T10:00:00Z"));
        var friday = await _desk.OnCall.WhoIsOnCallAsync(Utc("2026-03-13T10:00:00Z"));

        Assert.Equal(("cy", "ben", "cy"), (monday.Secondary, thursday.Secondary, friday.Secondary));
        Assert.Equal("ana", thursday.Primary); // the rotation's primary is untouched
    }

    [Fact]
    public async Task An_override_that_is_already_over_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            _desk.OnCall.SetOverrideAsync(OnCallRole.Primary, "cy", _desk.Now.AddDays(-2), _desk.Now.AddDays(-1), "mo"));

        Assert.StartsWith("That override would already be over (Sun 1 Mar 2026 09:00 UTC is in the past).", refused.Message);
    }

    [Fact]
    public async Task An_override_for_someone_not_on_the_roster_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            _desk.OnCall.SetOverrideAsync(OnCallRole.Primary, "zed", _desk.Now, _desk.Now.AddDays(1), "mo"));

        Assert.StartsWith("'zed' is not on the team roster", refused.Message);
    }

    [Fact]
    public async Task An_override_that_ends_before_it_starts_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            _desk.OnCall.SetOverrideAsync(OnCallRole.Primary, "cy", _desk.Now.AddDays(1), _desk.Now, "mo"));

        Assert.StartsWith("An on-call override must end after it starts (Tue 3 Mar 2026 09:00 UTC → Mon 2 Mar 2026 09:00 UTC)", refused.Message);
        Assert.Empty(await _desk.Store.GetOnCallOverridesAsync());
    }

    private static DateTime Utc(string iso) =>
        DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}
