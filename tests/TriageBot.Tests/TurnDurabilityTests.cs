using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TriageBot.Slack;
using Xunit.Abstractions;

namespace TriageBot.Tests;

/// <summary>
/// The promise of the durable inbox, on the real <c>triagebot serve</c> in a second process: a burst of signed
/// Slack events or Teams activities, the process killed (SIGKILL) or stopped (SIGTERM) in the middle, then started
/// again on the same database. Every turn that got a 200 is answered after the restart; a redelivered id is not
/// run again. The figures (acknowledged, answered, lost, repeated) are written to the test output.
/// </summary>
public sealed class TurnDurabilityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "durability-signing-secret";
    private const int Burst = 200;
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-durability-").FullName;
    private ChatServiceFakes _fakes = null!;
    private string _config = "";

    public async Task InitializeAsync()
    {
        _fakes = await ChatServiceFakes.StartAsync();
        _config = LoopbackServers.WriteConfig(_dir,
            ("\"LocalMode\": false", "\"LocalMode\": true"),
            ("{ \"Id\": \"dana\", ", "{ \"Id\": \"dana\", \"SlackId\": \"U0DANA\", \"TeamsId\": \"aad-dana\", "),
            ("\"https://slack.com/api/\"", $"\"{_fakes.BaseUrl}api/\""),
            ("\"RetryBaseDelay\": \"00:00:01\"", "\"RetryBaseDelay\": \"00:00:00.010\""),
            ("\"RetryBaseDelay\": \"00:00:02\"", "\"RetryBaseDelay\": \"00:00:00.050\""),
            ("\"Capacity\": 5000,\n    \"MaxAttempts\": 4", "\"Capacity\": 5000,\n    \"MaxAttempts\": 3"),
            ("\"ShutdownGrace\": \"00:00:10\"", "\"ShutdownGrace\": \"00:00:05\""));
    }

    public async Task DisposeAsync()
    {
        await _fakes.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["SLACK_SIGNING_SECRET"] = Secret,
        ["SLACK_BOT_TOKEN"] = "xoxb-durability",
    };

    private Task<HostProcess> StartHostAsync() => HostProcess.StartAsync(_config, Environment);

    [Theory]
    [InlineData("slack", "SIGKILL")]
    [InlineData("slack", "SIGTERM")]
    [InlineData("teams", "SIGKILL")]
    [InlineData("teams", "SIGTERM")]
    public async Task Every_acknowledged_turn_is_answered_after_the_host_is_stopped_in_a_burst_and_started_again(string channel, string signal)
    {
        var acked = new System.Collections.Concurrent.ConcurrentBag<int>();
        var host = await StartHostAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var halfway = new TaskCompletionSource();
        var next = 0;
        var senders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) <= Burst)
            {
                try
                {
                    using var response = await http.SendAsync(Request(channel, host.Url, n));
                    if (response.StatusCode == HttpStatusCode.OK) acked.Add(n);
                    if (acked.Count >= Burst / 2) halfway.TrySetResult();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The host went away mid-request: not acknowledged, so the sender would retry.
                }
            }
        })).ToList();
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(120));
        if (signal == "SIGKILL") await host.KillAsync(); else await host.TerminateAsync();
        var stopLog = host.Log;
        host.Dispose();
        await Task.WhenAll(senders);
        var answeredBeforeRestart = Answered(channel).Count;

        using var restarted = await StartHostAsync();
        var ackedTurns = acked.ToHashSet();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline && !ackedTurns.IsSubsetOf(Answered(channel).Keys)) await Task.Delay(200);
        var answered = Answered(channel);
        var lost = ackedTurns.Count(n => !answered.ContainsKey(n));
        var repeated = answered.Values.Sum(count => count - 1);

        // A redelivery (Slack's retry, the Bot Connector resending) of turns taken before the stop runs nothing.
        var redelivered = ackedTurns.Take(10).ToList();
        foreach (var n in redelivered)
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Request(channel, restarted.Url, n, retry: true))).StatusCode);
        await WaitUntilIdleAsync(http, restarted.Url);
        var afterRedelivery = Answered(channel);

        output.WriteLine($"{channel} {signal}: sent {Burst}, acknowledged {ackedTurns.Count}, answered before restart {answeredBeforeRestart}, " +
                         $"answered after restart {ackedTurns.Count(answered.ContainsKey)}, lost {lost}, answered twice {repeated}");
        Assert.Equal(0, lost);
        Assert.True(ackedTurns.Count >= Burst / 2, $"only {ackedTurns.Count} acknowledged");
        Assert.All(redelivered, n => Assert.Equal(answered[n], afterRedelivery[n]));
        // Delivery is at least once: a kill, or a graceful stop whose grace ran out, can cut a turn off between its
        // answer and its "done"; at most the turns that were running then (Turns:Workers, 4) are answered again.
        Assert.True(repeated <= 4, $"{repeated} turns answered twice");
        Assert.DoesNotContain("oncall", stopLog + restarted.Log, StringComparison.Ordinal); // no turn text in the log
    }

    [Fact]
    public async Task A_turn_that_keeps_failing_is_dead_lettered_with_an_apology_and_an_admin_retries_it_from_the_command_line()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var host = await StartHostAsync();
        // A file shared in a DM whose download keeps failing (Slack's file host answers 500).
        var file = $$""","files":[{"id":"F1","name":"request.txt","url_private":"{{_fakes.BaseUrl}}files/request.txt","size":60}]""";
        var json = SlackDirectMessage("EvFile", "D-FILE", "", extra: ",\"subtype\":\"file_share\"" + file);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(SignedSlack(host.Url, json))).StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !SlackTextsTo("D-FILE").Any(t => t.Contains("Sorry", StringComparison.Ordinal))) await Task.Delay(200);
        Assert.Contains(SlackTextsTo("D-FILE"), t => t.Contains("something went wrong", StringComparison.Ordinal));
        var ready = JsonNode.Parse(await http.GetStringAsync(host.Url + "ready"))!;
        Assert.Equal(1, (int)ready["checks"]!["inbox"]!["data"]!["dead"]!);
        await host.TerminateAsync();
        host.Dispose();

        var refused = await CommandLineRun.RunWithAsync(_config, null, "turns", "dead", "--as", "dana");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not an admin", refused.Error, StringComparison.Ordinal);
        var dead = await CommandLineRun.RunWithAsync(_config, null, "turns", "dead", "--as", "morgan", "--json");
        Assert.Equal(0, dead.ExitCode);
        var turn = JsonNode.Parse(dead.Output)!["turns"]!.AsArray().Single()!;
        Assert.Equal(("slack", "dead", 3), ((string?)turn["channel"], (string?)turn["state"], (int)turn["attempts"]!));
        Assert.DoesNotContain("request.txt", dead.Output, StringComparison.Ordinal); // no contents, no file links
        var retried = await CommandLineRun.RunWithAsync(_config, null, "turns", "retry", ((long)turn["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), "--as", "morgan");
        Assert.Equal(0, retried.ExitCode);

        // Slack's file host is back; the next start runs the retried turn.
        _fakes.FilesFail = false;
        using var restarted = await StartHostAsync();
        deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && SlackTextsTo("D-FILE").Count() < 2) await Task.Delay(200);
        Assert.True(SlackTextsTo("D-FILE").Count() >= 2, "the retried turn was not answered");
        await WaitUntilIdleAsync(http, restarted.Url);
        var list = await RunAfterStopAsync(restarted, "turns", "list", "--as", "morgan", "--json");
        Assert.Equal(0, (int)JsonNode.Parse(list)!["dead"]!);
    }

    private async Task<string> RunAfterStopAsync(HostProcess host, params string[] args)
    {
        await host.TerminateAsync();
        var run = await CommandLineRun.RunWithAsync(_config, null, args);
        Assert.Equal(0, run.ExitCode);
        return run.Output;
    }

    private static async Task WaitUntilIdleAsync(HttpClient http, string url)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var ready = JsonNode.Parse(await http.GetStringAsync(url + "ready"))!;
            if ((int)ready["checks"]!["inbox"]!["data"]!["pending"]! == 0) return;
            await Task.Delay(100);
        }
    }

    private IEnumerable<string> SlackTextsTo(string channel) =>
        _fakes.Calls.Where(c => c.Target == "chat.postMessage" && (string?)c.Body["channel"] == channel).Select(c => (string?)c.Body["text"] ?? "");

    /// <summary>Turn number → how many answers it got (Slack: messages to its DM channel; Teams: activities in its conversation).</summary>
    private Dictionary<int, int> Answered(string channel)
    {
        var prefix = channel == "slack" ? "D-T" : "connector:a:conv-";
        return _fakes.Calls
            .Select(c => channel == "slack" && c.Target == "chat.postMessage" ? (string?)c.Body["channel"] : c.Target.StartsWith("connector:", StringComparison.Ordinal) ? c.Target : null)
            .Where(id => id is not null && id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id[prefix.Length..], out _))
            .GroupBy(id => int.Parse(id![prefix.Length..], System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    private HttpRequestMessage Request(string channel, string url, int n, bool retry = false)
    {
        if (channel == "slack")
        {
            var request = SignedSlack(url, SlackDirectMessage($"Ev{n}", $"D-T{n}", "oncall"));
            if (retry) request.Headers.Add(SlackEndpoints.RetryNumHeader, "1");
            return request;
        }
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"activity-{n}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _fakes.BaseUrl,
            ["from"] = new JsonObject { ["id"] = "29:dana", ["name"] = "Dana Whitfield", ["aadObjectId"] = "aad-dana" },
            ["conversation"] = new JsonObject { ["id"] = $"a:conv-{n}", ["conversationType"] = "personal" },
            ["recipient"] = new JsonObject { ["id"] = "28:triagebot", ["name"] = "TriageBot" },
            ["text"] = "oncall",
        };
        return new HttpRequestMessage(HttpMethod.Post, url + "api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
    }

    private static string SlackDirectMessage(string eventId, string channel, string text, string extra = "") =>
        $$$"""{"type":"event_callback","team_id":"T0TEAM","event_id":"{{{eventId}}}","event":{"type":"message","channel_type":"im","channel":"{{{channel}}}","user":"U0DANA","text":"{{{text}}}","ts":"1700000000.000001"{{{extra}}}}}""";

    private static HttpRequestMessage SignedSlack(string url, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, url + "slack/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(Secret, timestamp, body));
        return request;
    }
}
