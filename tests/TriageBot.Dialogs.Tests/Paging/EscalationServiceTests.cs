using TriageBot.Cases.Paging;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Paging;

namespace TriageBot.Dialogs.Tests.Paging;

/// <summary>The pager's rules, over the real database and a recording channel. On call: lee (primary), dana
/// (secondary), morgan (manager); priya is staff.</summary>
public sealed class EscalationServiceTests : IDisposable
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");
    private readonly Transcript _t = new();

    public void Dispose() => _t.Dispose();

    private Actor Member(string id) => new TeamDirectory(_t.Options).FindById(id)!;

    private async Task TickAfterAsync(TimeSpan wait)
    {
        _t.Time.Advance(wait);
        await _t.Pager.RunDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_passing_failure_is_retried_within_the_step_and_the_page_then_arrives()
    {
        _t.Pages.Script("lee", PageDelivery.Transient("ratelimited"), PageDelivery.Transient("http_503"));
        await _t.Say(MissingChild);

        Assert.Equal(["lee"], _t.Pages.Paged());
        Assert.Equal(3, _t.Pages.Sent.Count(s => s.Member == "lee"));
        var audit = await _t.Store.GetAuditAsync("LE-2026-00001");
        Assert.Contains(audit, e => e is { Action: "page_delivered", NewValue: "lee" });
        Assert.DoesNotContain(audit, e => e.Action == "page_failed");
    }

    [Fact]
    public async Task When_nobody_can_be_reached_the_submitter_and_the_managers_are_told_at_once_and_the_card_says_so()
    {
        _t.Pages.Unreachable.UnionWith(["lee", "dana"]);
        _t.Options.OnCall.Managers = ["dana"]; // the manager chain too is unreachable
        var reply = await _t.Say(MissingChild);

        Assert.Contains("NOBODY could be reached for LE-2026-00001", reply);
        Assert.Contains(_t.Pages.Sent, s => s.Member == "priya" && s.Message.Text.Contains("NOBODY could be reached", StringComparison.Ordinal));
        Assert.Contains(_t.Pages.Sent, s => s.Member == "morgan" && s.Message.Text.Contains("NOBODY could be reached", StringComparison.Ordinal));
        var audit = await _t.Store.GetAuditAsync("LE-2026-00001");
        Assert.Contains(audit, e => e.Action == "page_unreached" && e.NewValue!.Contains("priya", StringComparison.Ordinal));
        Assert.Contains("Paging: NOBODY REACHED", await _t.Say("case LE-2026-00001", user: "dana", conversation: "chat:dana"));

        _t.Pages.Unreachable.Clear();
        await TickAfterAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(["lee"], _t.Pages.Paged()); // the next round starts after the timeout
    }

    [Fact]
    public async Task The_person_paged_may_acknowledge_a_staff_member_may_not_and_a_button_from_another_page_is_refused()
    {
        await _t.Say(MissingChild);
        var priya = Member("priya");

        var staff = await _t.Pager.AcknowledgeAsync("LE-2026-00001", priya, null, CancellationToken.None);
        var forged = await _t.Pager.AcknowledgeAsync("LE-2026-00001", Member("lee"), "0000000000000000", CancellationToken.None);
        var paged = await _t.Pager.AcknowledgeAsync("LE-2026-00001", Member("lee"), null, CancellationToken.None);

        Assert.Equal(AckOutcome.Refused, staff.Outcome);
        Assert.Equal(AckOutcome.Refused, forged.Outcome);
        Assert.Equal(AckOutcome.Acknowledged, paged.Outcome);
        var audit = await _t.Store.GetAuditAsync("LE-2026-00001");
        Assert.Equal(2, audit.Count(e => e.Action == "page_ack_refused"));
        Assert.Contains(audit, e => e is { Action: "acknowledged", Actor: "lee" });
        Assert.Contains(_t.Pages.Updates, u => u.Replacement.Text.Contains("acknowledged by Lee Park", StringComparison.Ordinal));
        await TickAfterAsync(TimeSpan.FromHours(1));
        Assert.Equal(["lee"], _t.Pages.Paged());
    }

    [Fact]
    public async Task A_restart_mid_escalation_neither_loses_nor_repeats_a_step()
    {
        await _t.Say(MissingChild);
        await TickAfterAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(["lee", "dana"], _t.Pages.Paged());

        _t.Restart();
        await _t.Pager.RunDueAsync(CancellationToken.None);
        await TickAfterAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(["lee", "dana"], _t.Pages.Paged());

        await TickAfterAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(["lee", "dana", "morgan"], _t.Pages.Paged());
    }

    [Fact]
    public async Task A_case_stored_as_unpaged_is_paged_at_the_next_tick()
    {
        var c = await _t.Store.CreateAsync(new Cases.Model.CaseRecord
        {
            Id = "", ReceivedAt = Transcript.Start.UtcDateTime, Priority = Triage.Model.Priority.P1, ProcessType = Triage.Model.LegalProcessType.Subpoena,
            DueAt = Transcript.Start.UtcDateTime.AddHours(4), ContentHash = "x", Status = Cases.Model.CaseStatus.Triaged,
        }, "priya");
        var pending = new PendingPaging(_t.Store, _t.Store.Escalations, new Cases.Scheduling.OnCallSchedule(_t.Store, _t.Options, _t.Time), _t.Time);
        var report = await pending.PageAsync(new PagingCall(c.Id, "mailbox", "mailbox"), CancellationToken.None);
        Assert.Equal(PagingState.Pending, report.State);
        Assert.Empty(_t.Pages.Sent);

        await _t.Pager.RunDueAsync(CancellationToken.None);

        Assert.Equal(["lee"], _t.Pages.Paged());
        Assert.Contains("[card] P1 page: " + c.Id, Transcript.Render([_t.Pages.Sent.Single().Message]));
    }
}
