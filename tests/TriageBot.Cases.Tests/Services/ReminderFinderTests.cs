using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

/// <summary>The desk's clock starts Monday 2026-03-02 09:00 UTC, when cy is the on-call primary.</summary>
public sealed class ReminderFinderTests : IDisposable
{
    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Nothing_is_due_before_the_sla_due_time()
    {
        await _desk.SeedAsync(d => d with { Priority = Priority.P2, DueAt = d.ReceivedAt.AddDays(1) });

        Assert.Empty(await _desk.Reminders.DueAtAsync(_desk.Now.AddHours(23)));
    }

    [Fact]
    public async Task An_unassigned_case_past_its_sla_goes_to_the_on_call_primary()
    {
        var c = await _desk.SeedAsync(d => d with { Priority = Priority.P2, DueAt = d.ReceivedAt.AddDays(1) });

        var reminder = Assert.Single(await _desk.Reminders.DueAtAsync(_desk.Now.AddHours(26).AddMinutes(15)));

        Assert.Equal(new Reminder(ReminderKind.SlaBreach, c.Id, "cy", c.DueAt,
            "LE-2026-00001 (P2 subpoena) is 2h 15m past its SLA due time today 09:00 UTC."), reminder);
    }

    [Fact]
    public async Task An_assigned_case_past_its_sla_goes_to_its_assignee()
    {
        await _desk.SeedAsync(d => d with { Status = CaseStatus.InReview, Assignee = "dana", DueAt = d.ReceivedAt.AddHours(1) });

        var reminder = Assert.Single(await _desk.Reminders.DueAtAsync(_desk.Now.AddHours(2)));

        Assert.Equal((ReminderKind.SlaBreach, "dana"), (reminder.Kind, reminder.Notify));
    }

    [Fact]
    public async Task Answered_cases_and_cases_waiting_on_the_agency_are_not_nagged_about_the_sla()
    {
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Responded, Assignee = "cy", DueAt = d.ReceivedAt.AddHours(1) });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.AwaitingInfo, DueAt = d.ReceivedAt.AddHours(1) });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Closed, DueAt = d.ReceivedAt.AddHours(1) });

        Assert.Empty(await _desk.Reminders.DueAtAsync(_desk.Now.AddDays(1)));
    }

    [Fact]
    public async Task A_p0_nobody_acknowledged_is_reported_with_how_long_it_has_waited()
    {
        var c = await _desk.SeedAsync(d => d with { Priority = Priority.P0, ProcessType = LegalProcessType.Emergency, Flags = ["emergency"], DueAt = d.ReceivedAt.AddMinutes(15) });

        var early = await _desk.Reminders.DueAtAsync(_desk.Now.AddMinutes(10));
        var late = await _desk.Reminders.DueAtAsync(_desk.Now.AddMinutes(22));

        var unacknowledged = Assert.Single(early);
        Assert.Equal(new Reminder(ReminderKind.UnacknowledgedP0, c.Id, "cy", c.DueAt,
            "LE-2026-00001 (P0 emergency) has not been acknowledged for 10m (received today 09:00 UTC)."), unacknowledged);
        Assert.Equal([ReminderKind.SlaBreach, ReminderKind.UnacknowledgedP0], late.Select(r => r.Kind));
    }

    [Fact]
    public async Task An_acknowledged_p0_is_no_longer_reported_as_unacknowledged()
    {
        var c = await _desk.SeedAsync(d => d with { Priority = Priority.P0, DueAt = d.ReceivedAt.AddMinutes(15) });
        _desk.Time.Advance(TimeSpan.FromMinutes(3));
        await _desk.Workflow.AcknowledgeAsync(c.Id, "cy");

        Assert.Empty(await _desk.Reminders.DueAtAsync(_desk.Now.AddMinutes(5)));
    }

    [Fact]
    public async Task A_preservation_hold_expiring_within_fourteen_days_says_it_can_be_extended_once()
    {
        var c = await PreservationCase();
        var expires = c.PreservationExpiresAt!.Value; // 2026-05-31 23:59:59, through the 90th day

        var fifteenDaysBefore = await _desk.Reminders.DueAtAsync(expires.AddDays(-15));
        var thirteenDaysBefore = await _desk.Reminders.DueAtAsync(expires.AddDays(-13));

        Assert.Empty(fifteenDaysBefore);
        // 2026-05-18 09:00 is a hand-over: ben's week as primary starts.
        Assert.Equal(new Reminder(ReminderKind.PreservationExpiring, c.Id, "ben", expires,
            "Preservation hold on LE-2026-00001 expires Sun 31 May 2026 23:59 UTC (in 13d); an extension can be requested once."),
            Assert.Single(thirteenDaysBefore));
    }

    [Fact]
    public async Task An_extended_preservation_hold_says_it_cannot_be_extended_again()
    {
        var c = await PreservationCase();
        _desk.Time.SetUtcNow(new DateTimeOffset(c.PreservationExpiresAt!.Value.AddDays(-10)));
        var extended = await _desk.Extension.RequestAsync(c.Id, "cy", "agency renewed its request");

        var reminder = Assert.Single(await _desk.Reminders.DueAtAsync(extended.PreservationExpiresAt!.Value.AddDays(-2)));

        Assert.Equal("Preservation hold on LE-2026-00001 expires Sat 29 Aug 2026 23:59 UTC (in 2d); it was extended on Thu 21 May 2026 and cannot be extended again.", reminder.Message);
    }

    [Fact]
    public async Task The_extension_moves_the_expiry_out_by_ninety_days_once_only()
    {
        var c = await PreservationCase();
        _desk.Time.Advance(TimeSpan.FromDays(80));

        var extended = await _desk.Extension.RequestAsync(c.Id, "cy");
        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Extension.RequestAsync(c.Id, "cy"));

        Assert.Equal((c.PreservationExpiresAt!.Value.AddDays(90), _desk.Now), (extended.PreservationExpiresAt, extended.PreservationExtendedAt));
        Assert.Equal("The preservation hold on LE-2026-00001 was already extended on Thu 21 May 2026 (to Sat 29 Aug 2026); it can be extended only once.", refused.Message);
        Assert.Single(await _desk.AuditAsync(c.Id), e => e.Action == "preservation_extended");
    }

    [Fact]
    public async Task A_case_without_a_hold_cannot_be_extended()
    {
        var c = await _desk.SeedAsync();

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Extension.RequestAsync(c.Id, "cy"));

        Assert.Equal("LE-2026-00001 has no preservation hold to extend.", refused.Message);
    }

    [Fact]
    public async Task A_non_disclosure_order_ending_soon_is_reported_even_on_a_closed_case()
    {
        var until = new DateTime(2026, 3, 20, 23, 59, 59, DateTimeKind.Utc);
        var c = await _desk.SeedAsync(d => d with { Status = CaseStatus.Closed, Assignee = "ana", NonDisclosureUntil = until });

        Assert.Empty(await _desk.Reminders.DueAtAsync(until.AddDays(-15)));
        var reminder = Assert.Single(await _desk.Reminders.DueAtAsync(until.AddDays(-3)));

        Assert.Equal(new Reminder(ReminderKind.NonDisclosureEnding, c.Id, "ana", until,
            "Non-disclosure order on LE-2026-00001 ends Fri 20 Mar 2026 23:59 UTC (in 3d); user notice may then be due."), reminder);
    }

    [Fact]
    public async Task A_legal_deadline_within_two_days_is_reported_and_so_is_one_that_passed()
    {
        var deadline = new DateTime(2026, 3, 5, 23, 59, 59, DateTimeKind.Utc);
        await _desk.SeedAsync(d => d with { LegalDeadline = deadline, DueAt = deadline });

        var threeDaysBefore = await _desk.Reminders.DueAtAsync(deadline.AddDays(-3));
        var dayBefore = Assert.Single(await _desk.Reminders.DueAtAsync(deadline.AddHours(-30)));
        var after = await _desk.Reminders.DueAtAsync(deadline.AddHours(2));

        Assert.Empty(threeDaysBefore);
        Assert.Equal("LE-2026-00001 (P3 subpoena): the agency's response deadline tomorrow 23:59 UTC is in 1d 6h.", dayBefore.Message);
        Assert.Contains(after, r => r is { Kind: ReminderKind.LegalDeadline, Message: "LE-2026-00001 (P3 subpoena): the agency's response deadline yesterday 23:59 UTC passed 2h ago." });
    }

    /// <summary>A preservation letter received 2026-03-02 09:00: held until 2026-05-31 09:00.</summary>
    private async Task<CaseRecord> PreservationCase()
    {
        var opened = await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(LegalProcessType.Preservation)));
        var c = Assert.IsType<IntakeOutcome.Opened>(opened).Case;
        // Answered, so the SLA does not muddle the hold's reminders.
        return await _desk.Store.UpdateAsync(c with { Status = CaseStatus.Closed, ClosedAt = _desk.Now }, c.Version, []) is TriageBot.Cases.Storage.UpdateOutcome.Updated u
            ? u.Case
            : throw new InvalidOperationException("seed failed");
    }

    [Fact]
    public async Task Reminder_texts_word_times_in_the_team_s_zone_with_its_offset()
    {
        _desk.Options.TimeZone = "Europe/Berlin";
        var deadline = new DateTime(2026, 3, 5, 22, 59, 59, DateTimeKind.Utc); // 23:59 in Berlin (UTC+1)
        await _desk.SeedAsync(d => d with { Priority = Priority.P2, DueAt = d.ReceivedAt.AddDays(1), LegalDeadline = deadline });

        var due = await _desk.Reminders.DueAtAsync(new DateTime(2026, 3, 4, 23, 30, 0, DateTimeKind.Utc)); // 00:30 on the 5th in Berlin

        Assert.Contains(due, r => r.Message == "LE-2026-00001 (P2 subpoena) is 1d 14h past its SLA due time Tue 3 Mar 2026 10:00 UTC+1.");
        Assert.Contains(due, r => r.Message == "LE-2026-00001 (P2 subpoena): the agency's response deadline today 23:59 UTC+1 is in 23h 29m.");
        Assert.DoesNotContain(due, r => r.Message.Contains(" UTC.", StringComparison.Ordinal) || r.Message.Contains(" UTC ", StringComparison.Ordinal));
    }
}
