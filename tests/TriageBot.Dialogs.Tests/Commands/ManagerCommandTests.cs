using TriageBot.Cases.Model;
using TriageBot.Dialogs.Commands;

namespace TriageBot.Dialogs.Tests.Commands;

public sealed class ManagerCommandTests : IDisposable
{
    private readonly CommandDesk _desk = new();

    public void Dispose() => _desk.Dispose();

    [Theory]
    [InlineData("stats", "30")]
    [InlineData("/triage stats 7d", "7")]
    [InlineData("stats for the last 7 days", "7")]
    [InlineData("show me the statistics for the past quarter", "90")]
    public async Task Stats_counts_the_cases_received_in_the_period(string text, string days)
    {
        await _desk.OpenAsync(CommandDesk.EmergencyText);
        await _desk.OpenAsync(CommandDesk.SubpoenaText);
        _desk.Time.Advance(TimeSpan.FromMinutes(1)); // the period ends now, exclusive

        var reply = await _desk.AskAsync("mo", text);

        Assert.Equal($"2 cases received in the last {days} days.", reply.Text);
        var card = Assert.Single(reply.Cards);
        Assert.Equal($"Statistics, the last {days} days", card.Title);
        Assert.Contains(card.Facts, f => f.Label == "Emergency" && f.Value == "1");
        Assert.Contains(card.Sections, s => s.Heading == "By type" && s.Lines.Contains("Subpoena: 1"));
        Assert.Contains(card.Sections, s => s.Heading == "Open cases per reviewer" && s.Lines.Contains("Dana Diaz: 0 open, 0 of them P0/P1"));
    }

    [Theory]
    [InlineData("oncall")]
    [InlineData("/triage oncall")]
    [InlineData("who is on call")]
    [InlineData("who's on call?")]
    public async Task Oncall_names_who_is_on_call_now(string text)
    {
        // 2026-03-02 starts the ninth week from the rotation start (turn 8): ana, ben, ana, ... → ana; secondary dana.
        var reply = await _desk.AskAsync("eli", text);

        Assert.Equal("On call now: primary Ana Alves (ana), secondary Dana Diaz (dana).", reply.Text);
        var facts = Assert.Single(reply.Cards).Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("Mo Moreau (mo)", facts["Managers"]);
        Assert.Equal("Mon 9 Mar 2026 09:00 UTC", facts["Next hand-over"]);
    }

    [Theory]
    [InlineData("oncall set dana", "Mon 9 Mar 2026 09:00 UTC")]
    [InlineData("/triage oncall set dana 24h", "tomorrow 09:00 UTC")]
    [InlineData("oncall set dana until 2026-03-05T18:00Z", "Thu 5 Mar 2026 18:00 UTC")]
    [InlineData("put Dana on call for 7d", "Mon 9 Mar 2026 09:00 UTC")]
    public async Task Oncall_set_puts_someone_on_call_until_a_time(string text, string until)
    {
        var reply = await _desk.AskAsync("mo", text);

        Assert.Equal($"Dana Diaz (dana) is primary on call until {until}.", reply.Text);
        Assert.StartsWith("Dana Diaz (dana) (override until", Assert.Single(reply.Cards).Facts[0].Value);
        Assert.StartsWith("On call now: primary Dana Diaz (dana)", (await _desk.AskAsync("ana", "oncall")).Text);
    }

    [Theory]
    [InlineData("oncall set dana until 2026-03-05 18:00", "Thu 5 Mar 2026 18:00 UTC+1 (no offset given: read in the team's time zone, Europe/Berlin, UTC+1)", "2026-03-05T17:00:00Z")]
    [InlineData("oncall set dana until 2026-03-05T18:00", "Thu 5 Mar 2026 18:00 UTC+1 (no offset given: read in the team's time zone, Europe/Berlin, UTC+1)", "2026-03-05T17:00:00Z")]
    [InlineData("oncall set dana until 2026-03-05T18:00Z", "Thu 5 Mar 2026 19:00 UTC+1", "2026-03-05T18:00:00Z")]
    [InlineData("oncall set dana until 2026-03-05T18:00+01:00", "Thu 5 Mar 2026 18:00 UTC+1", "2026-03-05T17:00:00Z")]
    public async Task Oncall_set_reads_a_time_without_an_offset_in_the_team_s_zone_and_says_so(string text, string said, string stored)
    {
        using var berlin = new CommandDesk("Europe/Berlin");

        var reply = await berlin.AskAsync("mo", text);

        Assert.Equal($"Dana Diaz (dana) is primary on call until {said}.", reply.Text);
        var shift = await berlin.OnCall.WhoIsOnCallAsync(CommandDesk.Start.UtcDateTime);
        Assert.Equal(DateTime.Parse(stored).ToUniversalTime(), shift.PrimaryOverride!.Until);
    }

    [Fact]
    public async Task Oncall_set_can_name_the_secondary_and_refuses_times_in_the_past()
    {
        var secondary = await _desk.AskAsync("mo", "oncall set secondary ana 24h");
        var past = await _desk.AskAsync("mo", "oncall set ana until 2026-03-01T09:00Z");
        var nonsense = await _desk.AskAsync("mo", "oncall set ana until soonish");
        var ambiguous = await _desk.AskAsync("mo", "oncall set ana until 03/05/2026 09:00");

        Assert.Equal("Ana Alves (ana) is secondary on call until tomorrow 09:00 UTC.", secondary.Text);
        Assert.Equal("An on-call override must end after it starts (Mon 2 Mar 2026 09:00 UTC → Sun 1 Mar 2026 09:00 UTC).", past.Text);
        Assert.StartsWith("'soonish' is not a time", nonsense.Text);
        Assert.StartsWith("'03/05/2026 09:00' could be day/month or month/day, so it is not guessed; write a time such as 2026-03-05 09:00", ambiguous.Text);
    }

    [Theory]
    [InlineData("export transparency 2026H1")]
    [InlineData("/triage export transparency 2026h1")]
    [InlineData("export the transparency report for 2026H1")]
    public async Task Export_gives_the_transparency_csv_for_a_half_year(string text)
    {
        await _desk.OpenAsync(CommandDesk.EmergencyText);
        await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.AskAsync("mo", text);

        var section = Assert.Single(Assert.Single(reply.Cards).Sections);
        Assert.Equal("transparency-2026H1.csv", section.Heading);
        Assert.StartsWith("process_type,country,requests,accounts_specified", section.Text);
        Assert.Contains("subpoena,", section.Text);
        Assert.DoesNotContain("quietriver", section.Text);
    }

    [Fact]
    public async Task Export_without_a_valid_half_year_says_how_to_write_one()
    {
        Assert.StartsWith("Which half-year?", (await _desk.AskAsync("mo", "export transparency")).Text);
        Assert.StartsWith("'2026H3' is not a half-year", (await _desk.AskAsync("mo", "export transparency 2026H3")).Text);
    }

    [Theory]
    [InlineData("remind")]
    [InlineData("/triage remind")]
    [InlineData("what's due now?")]
    public async Task Remind_shows_a_reviewer_their_own_reminders_and_a_manager_all(string text)
    {
        var emergency = await _desk.OpenAsync(CommandDesk.EmergencyText);
        var subpoena = await _desk.OpenAsync(CommandDesk.SubpoenaText);
        await _desk.AskAsync("dana", $"take {subpoena.Id}");
        _desk.Time.Advance(TimeSpan.FromDays(6));

        var dana = await _desk.AskAsync("dana", text);
        var ana = await _desk.AskAsync("ana", text); // on call: the unassigned emergency is hers
        var ben = await _desk.AskAsync("ben", text);
        var mo = await _desk.AskAsync("mo", text);

        Assert.All(Assert.Single(dana.Cards).Facts, f => Assert.Contains(subpoena.Id, f.Value));
        Assert.All(Assert.Single(ana.Cards).Facts, f => Assert.Contains(emergency.Id, f.Value));
        Assert.Equal(CaseCards.Attention, ana.Cards[0].Style);
        Assert.Equal("Nothing is due for you right now.", ben.Text);
        var all = Assert.Single(mo.Cards).Facts;
        Assert.Contains(all, f => f.Value.Contains(subpoena.Id, StringComparison.Ordinal));
        Assert.Contains(all, f => f.Value.Contains(emergency.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admins_can_do_what_managers_do()
    {
        await _desk.OpenAsync(CommandDesk.SubpoenaText);

        Assert.Single((await _desk.AskAsync("root", "stats 7d")).Cards);
        Assert.Single((await _desk.AskAsync("root", "export transparency 2026H1")).Cards);
        Assert.StartsWith("You have LE-2026-00001 now", (await _desk.AskAsync("root", "take LE-2026-1")).Text);
        Assert.Equal(CaseStatus.Assigned, (await _desk.GetAsync("LE-2026-00001")).Status);
    }
}
