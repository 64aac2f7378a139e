using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TriageBot.Tests.Paging;

/// <summary>Emergency paging end to end over Teams, in an installation without Slack: the host in local mode,
/// activities posted to /api/messages, the fake Bot Connector.</summary>
public sealed class TeamsPagingTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
    private static readonly string MissingChild = File.ReadAllText(RepositoryPaths.Sample("20-emergency-missing-child.txt"));
    private PagingHost _host = null!;

    public async Task InitializeAsync() => _host = await PagingHost.CreateAsync(slack: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static bool IsPage(FakeCall c, string member) =>
        c.Api == "teams" && c.Target == "post:a:personal-" + member && c.Body.Contains("P0 page: LE-2026-00001", StringComparison.Ordinal);

    /// <summary>The data of a button on an Adaptive Card the fake connector received.</summary>
    private static JsonObject ButtonData(FakeCall page, string verb)
    {
        var card = page.Json!["attachments"]![0]!["content"]!;
        var action = card["actions"]!.AsArray().First(a => (string?)a!["verb"] == verb)!;
        return (JsonObject)action["data"]!.DeepClone();
    }

    [Fact]
    public async Task A_Teams_only_installation_pages_in_Teams_at_once_refuses_a_staff_ack_and_stands_down_on_not_an_emergency()
    {
        await _host.StartAsync("lee", "dana", "morgan", "priya");
        await _host.WarmUpTeamsAsync();
        var sent = Stopwatch.GetTimestamp();
        await _host.TeamsMessageAsync("priya", MissingChild);

        var page = await _host.Fake.WaitForAsync(c => IsPage(c, "lee"));
        var latency = Stopwatch.GetElapsedTime(sent, page.ArrivedAt);
        Assert.True(latency < Bound, $"the page left {latency.TotalMilliseconds:0} ms after the message arrived");
        var card = page.Json!["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(["Acknowledge", "Take case", "Open"], card["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        Assert.Contains("Why", page.Body, StringComparison.Ordinal);
        await _host.Fake.WaitForAsync(c => c.Target.StartsWith("post:a:personal-priya", StringComparison.Ordinal) && c.Body.Contains("Paged Lee Tanaka (lee) on Teams", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Fake.Calls, c => c.Api == "slack");

        // priya (staff) submits the Acknowledge data copied from lee's page: refused, audited, escalation goes on.
        await _host.TeamsMessageAsync("priya", null, ButtonData(page, "page.ack"));
        await _host.Fake.WaitForAsync(c => c.Target.StartsWith("post:a:personal-priya", StringComparison.Ordinal) && c.Body.Contains("you cannot acknowledge this page", StringComparison.Ordinal));
        Assert.Contains(await _host.AuditAsync("LE-2026-00001"), e => e.Action == "page_ack_refused" && e.Actor == "priya");
        await _host.AdvanceAsync(TimeSpan.FromMinutes(5));
        var second = await _host.Fake.WaitForAsync(c => IsPage(c, "dana"));
        Assert.Contains("step 2", second.Body, StringComparison.Ordinal);

        // lee (reviewer) says it is not an emergency: both pages are replaced in place, nobody else is paged.
        await _host.TeamsMessageAsync("lee", null, new JsonObject { ["verb"] = "case.not_emergency", ["data"] = new JsonObject { ["case"] = "LE-2026-00001" } });
        await _host.Fake.WaitForAsync(c => c.Target == "update:a:personal-lee" && c.Body.Contains("stood down", StringComparison.Ordinal));
        await _host.Fake.WaitForAsync(c => c.Target == "update:a:personal-dana" && c.Body.Contains("stood down", StringComparison.Ordinal));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.DoesNotContain(_host.Fake.Calls, c => IsPage(c, "morgan"));

        var audit = await _host.AuditOnceAsync("LE-2026-00001", e => e.Action == "page_updated" && e.NewValue == "dana");
        Assert.Contains(audit, e => e is { Action: "page_delivered", Field: "teams", NewValue: "lee" });
        Assert.Contains(audit, e => e is { Action: "page_step", Field: "1", NewValue: "lee" });
        Assert.Contains(audit, e => e is { Action: "page_step", Field: "2", NewValue: "dana" });
        Assert.Contains(audit, e => e is { Action: "page_stood_down", Actor: "lee" });
        Assert.Equal(2, audit.Count(e => e is { Action: "page_updated", Field: "teams" }));
    }

    [Fact]
    public async Task A_primary_Teams_refuses_with_403_is_skipped_at_once_for_the_secondary()
    {
        _host.Fake.Script("teams:post:a:personal-lee", 403, """{"error":{"code":"BotNotInConversationRoster"}}""");
        await _host.StartAsync("lee", "dana", "priya");

        await _host.TeamsMessageAsync("priya", MissingChild);

        await _host.Fake.WaitForAsync(c => IsPage(c, "dana"));
        var audit = await _host.AuditOnceAsync("LE-2026-00001", e => e is { Action: "page_step", Field: "2" });
        Assert.Single(_host.Fake.Calls, c => c.Target == "post:a:personal-lee"); // not retried
        Assert.Contains(audit, e => e is { Action: "page_failed", Field: "teams", NewValue: "lee" } && e.Reason!.Contains("403", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "page_delivered", Field: "teams", NewValue: "dana" });
    }

    [Fact]
    public async Task A_case_saved_by_the_command_line_while_the_host_is_down_is_paged_in_Teams_when_it_starts()
    {
        var saved = await CommandLineRun.RunWithAsync(_host.ConfigFile, _host.Time, "triage", "--save", "--as", "priya", RepositoryPaths.Sample("19-emergency-suicide-chats.eml"));
        Assert.Contains("NOT paged yet", saved.Output, StringComparison.Ordinal);

        await _host.StartAsync("lee");

        await _host.Fake.WaitForAsync(c => IsPage(c, "lee"));
        var audit = await _host.AuditOnceAsync("LE-2026-00001", e => e.Action == "page_step");
        Assert.Contains(audit, e => e.Action == "page_pending");
        Assert.Contains(audit, e => e is { Action: "page_delivered", Field: "teams", NewValue: "lee" });
    }
}
