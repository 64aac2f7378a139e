using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TriageBot.Tests.Paging;

/// <summary>Emergency paging end to end over Slack: the host, a signed DM, the fake Web API.</summary>
public sealed class SlackPagingTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
    private static readonly string MissingChild = File.ReadAllText(RepositoryPaths.Sample("20-emergency-missing-child.txt"));
    private PagingHost _host = null!;

    public async Task InitializeAsync() => _host = await PagingHost.CreateAsync(slack: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static bool IsPage(FakeCall c, string dm) =>
        c is { Api: "slack", Target: "chat.postMessage" } && (string?)c.Json?["channel"] == dm && c.Body.Contains("P0 page: LE-2026-00001", StringComparison.Ordinal);

    private static string ButtonValue(FakeCall page, string verb) =>
        page.Json!["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["value"]!).First(v => (string?)JsonNode.Parse(v)!["verb"] == verb);

    [Fact]
    public async Task An_emergency_pasted_and_never_answered_is_paged_at_once_a_staff_ack_is_refused_and_not_an_emergency_stands_it_down()
    {
        await _host.StartAsync();
        await _host.WarmUpSlackAsync();
        var sent = Stopwatch.GetTimestamp();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _host.SlackDirectMessageAsync("priya", MissingChild)).StatusCode);

        var page = await _host.Fake.WaitForAsync(c => IsPage(c, "D-U0LEE"));
        var latency = Stopwatch.GetElapsedTime(sent, page.ArrivedAt);
        Assert.True(latency < Bound, $"the page left {latency.TotalMilliseconds:0} ms after the DM arrived");
        Assert.Contains("Why", page.Body, StringComparison.Ordinal);
        var told = await _host.Fake.WaitForAsync(c => c.Target == "chat.postMessage" && (string?)c.Json?["channel"] == "D0PRIYA" && c.Body.Contains("Paged Lee Tanaka (lee) on Slack", StringComparison.Ordinal));
        var question = await _host.Fake.WaitForAsync(c => (string?)c.Json?["channel"] == "D0PRIYA" && c.Body.Contains("Missing: the person at risk.", StringComparison.Ordinal));
        Assert.True(question.ArrivedAt > told.ArrivedAt, "the questions come after the page"); // and they still come
        var notice = await _host.Fake.WaitForAsync(c => c.Target == "chat.postMessage" && (string?)c.Json?["channel"] == PagingHost.AlertsChannel);
        foreach (var personal in new[] { "Lily", "Hargrove", "osp.oregon.gov", "Why" })
            Assert.DoesNotContain(personal, notice.Body, StringComparison.OrdinalIgnoreCase);

        // priya (staff) presses Acknowledge with the value copied from lee's page: refused, audited, escalation goes on.
        await _host.SlackPressAsync("priya", ButtonValue(page, "page.ack"), "D0PRIYA");
        await _host.Fake.WaitForAsync(c => (string?)c.Json?["channel"] == "D0PRIYA" && c.Body.Contains("you cannot acknowledge this page", StringComparison.Ordinal));
        Assert.Contains(await _host.AuditAsync("LE-2026-00001"), e => e.Action == "page_ack_refused" && e.Actor == "priya");
        await _host.AdvanceAsync(TimeSpan.FromMinutes(5));
        var second = await _host.Fake.WaitForAsync(c => IsPage(c, "D-U0DANA"));
        Assert.Contains("step 2", second.Body, StringComparison.Ordinal);

        // lee (reviewer) says it is not an emergency: both pages are updated in place and nobody else is paged.
        await _host.SlackPressAsync("lee", """{"verb":"case.not_emergency","data":{"case":"LE-2026-00001"}}""", "D-U0LEE");
        await _host.Fake.WaitForAsync(c => c.Target == "chat.update" && (string?)c.Json?["channel"] == "D-U0DANA" && c.Body.Contains("stood down", StringComparison.Ordinal));
        await _host.Fake.WaitForAsync(c => c.Target == "chat.update" && (string?)c.Json?["channel"] == "D-U0LEE" && c.Body.Contains("stood down", StringComparison.Ordinal));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.DoesNotContain(_host.Fake.Calls, c => IsPage(c, "D-U0MORGAN"));

        var audit = await _host.AuditOnceAsync("LE-2026-00001", e => e.Action == "page_updated" && e.NewValue == "lee");
        Assert.Contains(audit, e => e is { Action: "page_delivered", Field: "slack", NewValue: "lee" });
        Assert.Contains(audit, e => e is { Action: "page_failed", Field: "teams", NewValue: "lee" }); // no Teams reference: said, not hidden
        Assert.Contains(audit, e => e is { Action: "page_step", Field: "1", NewValue: "lee" });
        Assert.Contains(audit, e => e is { Action: "page_step", Field: "2", NewValue: "dana" });
        Assert.Contains(audit, e => e is { Action: "page_stood_down", Actor: "lee" });
        Assert.Equal(2, audit.Count(e => e is { Action: "page_updated", Field: "slack" }));
    }

    [Fact]
    public async Task A_user_disabled_primary_is_skipped_at_once_for_the_secondary()
    {
        _host.Fake.Script("slack:conversations.open:U0LEE", 200, """{"ok":false,"error":"user_disabled"}""");
        await _host.StartAsync();

        await _host.SlackDirectMessageAsync("priya", MissingChild);

        await _host.Fake.WaitForAsync(c => IsPage(c, "D-U0DANA"));
        var audit = await _host.AuditOnceAsync("LE-2026-00001", e => e is { Action: "page_step", Field: "2" });
        Assert.Single(_host.Fake.Calls, c => c.Target == "conversations.open" && c.Body.Contains("U0LEE", StringComparison.Ordinal)); // not retried
        Assert.Contains(audit, e => e is { Action: "page_failed", Field: "slack", NewValue: "lee" } && e.Reason!.Contains("user_disabled", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "page_delivered", Field: "slack", NewValue: "dana" });
        await _host.Fake.WaitForAsync(c => (string?)c.Json?["channel"] == "D0PRIYA"
            && c.Body.Contains("Paged Dana Whitfield (dana) on Slack; not reached: Lee Tanaka on slack: user_disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_saved_by_the_command_line_while_the_host_is_down_is_paged_when_it_starts()
    {
        var saved = await CommandLineRun.RunWithAsync(_host.ConfigFile, _host.Time, "triage", "--save", "--as", "priya", RepositoryPaths.Sample("19-emergency-suicide-chats.eml"));
        Assert.Contains("NOT paged yet", saved.Output, StringComparison.Ordinal);

        await _host.StartAsync();

        await _host.Fake.WaitForAsync(c => IsPage(c, "D-U0LEE"));
        var audit = await _host.AuditOnceAsync("LE-2026-00001", e => e.Action == "page_step");
        Assert.Contains(audit, e => e.Action == "page_pending");
        Assert.Contains(audit, e => e is { Action: "page_delivered", Field: "slack", NewValue: "lee" });
    }
}
