using Microsoft.Extensions.Logging;
using TriageBot.Slack.Paging;
using TriageBot.Triage.Model;

namespace TriageBot.Slack.Tests.Paging;

public sealed class EmergencyPagerTests : IAsyncLifetime
{
    private PagingRig _rig = null!;

    public async Task InitializeAsync() => _rig = await PagingRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task TickAfterAsync(TimeSpan wait)
    {
        _rig.Advance(wait);
        await _rig.Pager.RunDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_page_goes_to_the_primary_by_DM_with_buttons_and_a_notice_without_personal_data_to_the_channel()
    {
        var request = await _rig.OpenCaseAsync();

        await _rig.Pager.PageAsync(request, CancellationToken.None);

        Assert.Equal(["U0DANA"], _rig.Paged());
        var page = Assert.Single(_rig.Posts("D-U0DANA"));
        var pageText = page.Body;
        Assert.Contains(request.CaseId, pageText, StringComparison.Ordinal);
        Assert.Contains("Person at risk", pageText, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 09:14 UTC", pageText, StringComparison.Ordinal); // due
        Assert.Equal(["page.ack", "case.take", "case.show"], PagingRig.ButtonVerbs(page));

        var notice = Assert.Single(_rig.Posts(PagingRig.AlertsChannel));
        Assert.Contains(request.CaseId, notice.Body, StringComparison.Ordinal);
        Assert.Contains("P0 emergency", notice.Body, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 08:59 UTC", notice.Body, StringComparison.Ordinal);
        Assert.Contains("Dana Whitfield", notice.Body, StringComparison.Ordinal);
        foreach (var personal in new[] { "Springfield", "Roe", "jroe", "darkfox", "suicide", "Person at risk" })
            Assert.DoesNotContain(personal, notice.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(PagingRig.ButtonVerbs(notice));

        var stored = await _rig.Store.Escalations.GetAsync(request.CaseId);
        Assert.Equal(["dana", "sam", "morgan"], stored!.Chain);
        Assert.Equal("D-U0DANA", stored.Pages[0].Message!.Channel);
    }

    [Fact]
    public async Task Without_an_acknowledgement_a_P0_climbs_to_the_secondary_after_5_minutes_then_the_manager_then_round_again()
    {
        await _rig.Pager.PageAsync(await _rig.OpenCaseAsync(), CancellationToken.None);

        await TickAfterAsync(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(["U0DANA"], _rig.Paged());

        await TickAfterAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(["U0DANA", "U0SAM"], _rig.Paged());

        await TickAfterAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(["U0DANA", "U0SAM", "U0MORGAN"], _rig.Paged());

        await TickAfterAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(["U0DANA", "U0SAM", "U0MORGAN", "U0DANA"], _rig.Paged());
        Assert.Contains("step 4", _rig.Posts("D-U0DANA")[^1].Body, StringComparison.Ordinal);

        // The channel notice is updated in place as the page climbs, never posted again.
        Assert.Single(_rig.Posts(PagingRig.AlertsChannel));
        Assert.Contains("Morgan Reyes", _rig.Updates()[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_P1_page_waits_15_minutes_before_the_secondary()
    {
        await _rig.Pager.PageAsync(await _rig.OpenCaseAsync(Priority.P1), CancellationToken.None);

        await TickAfterAsync(TimeSpan.FromMinutes(14));
        Assert.Equal(["U0DANA"], _rig.Paged());

        await TickAfterAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(["U0DANA", "U0SAM"], _rig.Paged());
    }

    [Fact]
    public async Task An_acknowledgement_stops_the_escalation_updates_every_page_in_place_and_is_in_the_audit_trail()
    {
        var request = await _rig.OpenCaseAsync();
        await _rig.Pager.PageAsync(request, CancellationToken.None);
        await TickAfterAsync(TimeSpan.FromMinutes(5));
        _rig.Advance(TimeSpan.FromMinutes(2));
        var updatesBefore = _rig.Updates().Count;

        Assert.True(await _rig.Pager.AcknowledgeAsync(request.CaseId, "U0SAM", CancellationToken.None));

        var updates = _rig.Updates().Skip(updatesBefore).ToList();
        var stored = await _rig.Store.Escalations.GetAsync(request.CaseId);
        Assert.Equal(
            stored!.Messages.Select(m => (m.Channel, m.Ts)).Order(),
            updates.Select(u => ((string)u.Json["channel"]!, (string)u.Json["ts"]!)).Order());
        Assert.Equal(3, updates.Count); // two pages and the notice
        Assert.All(updates, u => Assert.Contains("Acknowledged by Sam Okafor at 09:07 UTC", u.Body, StringComparison.OrdinalIgnoreCase));
        Assert.All(updates, u => Assert.Empty(PagingRig.ButtonVerbs(u)));
        Assert.Null(stored.NextCheckAt);

        var audit = await _rig.Store.GetAuditAsync(request.CaseId);
        var ack = Assert.Single(audit, a => a.Action == "acknowledged");
        Assert.Equal("sam", ack.Actor);
        Assert.Equal(PagingRig.Start.UtcDateTime.AddMinutes(7), ack.At);

        var paged = _rig.Paged().Count;
        await TickAfterAsync(TimeSpan.FromHours(1));
        Assert.Equal(paged, _rig.Paged().Count);
    }

    [Fact]
    public async Task Someone_not_on_the_team_cannot_acknowledge()
    {
        var request = await _rig.OpenCaseAsync();
        await _rig.Pager.PageAsync(request, CancellationToken.None);
        _rig.Slack.Script("users.info", 200, """{"ok":true,"user":{"id":"U0EVE","name":"eve","profile":{"email":"eve@example.org"}}}""");

        Assert.False(await _rig.Pager.AcknowledgeAsync(request.CaseId, "U0EVE", CancellationToken.None));

        await TickAfterAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(["U0DANA", "U0SAM"], _rig.Paged());
    }

    [Fact]
    public async Task A_restart_mid_escalation_continues_where_it_stopped_without_repeating_a_page()
    {
        await _rig.Pager.PageAsync(await _rig.OpenCaseAsync(), CancellationToken.None);
        await TickAfterAsync(TimeSpan.FromMinutes(5));

        _rig.Restart();
        await _rig.Pager.RunDueAsync(CancellationToken.None);
        _rig.Advance(TimeSpan.FromMinutes(2));
        await _rig.Pager.RunDueAsync(CancellationToken.None);
        Assert.Equal(["U0DANA", "U0SAM"], _rig.Paged());

        await TickAfterAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(["U0DANA", "U0SAM", "U0MORGAN"], _rig.Paged());
        Assert.Single(_rig.Posts(PagingRig.AlertsChannel));
    }

    [Fact]
    public async Task A_repeated_page_request_for_a_case_does_not_page_again()
    {
        var request = await _rig.OpenCaseAsync();
        await _rig.Pager.PageAsync(request, CancellationToken.None);
        await _rig.Pager.PageAsync(request, CancellationToken.None);

        Assert.Equal(["U0DANA"], _rig.Paged());
    }

    [Fact]
    public async Task A_Slack_failure_is_logged_said_to_the_caller_and_retried_at_the_next_tick()
    {
        var request = await _rig.OpenCaseAsync();
        _rig.Slack.Script("chat.postMessage", 200, """{"ok":false,"error":"fatal_error"}""");

        var refused = await Assert.ThrowsAsync<PageNotSentException>(() => _rig.Pager.PageAsync(request, CancellationToken.None));
        Assert.Contains("fatal_error", refused.Message, StringComparison.Ordinal);
        Assert.Contains(_rig.Log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("fatal_error", StringComparison.Ordinal));
        Assert.Empty((await _rig.Store.Escalations.GetAsync(request.CaseId))!.Pages);

        await TickAfterAsync(TimeSpan.FromSeconds(30));

        var stored = await _rig.Store.Escalations.GetAsync(request.CaseId);
        var page = Assert.Single(stored!.Pages);
        Assert.Equal("dana", page.Member);
        Assert.Equal(PagingRig.Start.UtcDateTime.AddSeconds(30).AddMinutes(5), stored.NextPageAt);
    }

    [Fact]
    public async Task A_page_stored_but_never_sent_before_a_crash_is_sent_after_the_restart()
    {
        var request = await _rig.OpenCaseAsync();
        _rig.Slack.Script("conversations.open", 200, """{"ok":false,"error":"internal_error"}""");
        await Assert.ThrowsAsync<PageNotSentException>(() => _rig.Pager.PageAsync(request, CancellationToken.None));

        _rig.Restart();
        await _rig.Pager.RunDueAsync(CancellationToken.None);

        Assert.Equal(["U0DANA", "U0DANA"], _rig.Paged()); // the refused attempt, then the page
        Assert.Single(_rig.Posts("D-U0DANA"));
    }

    [Fact]
    public async Task A_member_without_a_Slack_account_is_skipped_for_the_next_in_the_chain()
    {
        _rig.Cases.Team[0].SlackId = null; // dana: no SlackId and no e-mail
        var request = await _rig.OpenCaseAsync();
        await _rig.Pager.PageAsync(request, CancellationToken.None);

        Assert.Equal(["U0SAM"], _rig.Paged());
        var stored = await _rig.Store.Escalations.GetAsync(request.CaseId);
        Assert.Equal("no Slack account", stored!.Pages[0].Skipped);
        Assert.Equal("sam", stored.Pages[1].Member);
    }
}
