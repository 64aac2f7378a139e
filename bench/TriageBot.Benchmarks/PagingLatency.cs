using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;
using TriageBot.Slack;
using TriageBot.Teams.References;

namespace TriageBot.Benchmarks;

/// <summary>
/// How long an emergency takes from the host receiving the turn to the page request leaving for the channel's
/// API: the real host (<c>triagebot serve</c>) on loopback, its own database, and loopback fakes of the Slack Web
/// API and the Bot Connector that timestamp each page on arrival. Sequential pastes, each a distinct request.
/// </summary>
public static class PagingLatency
{
    public static async Task RunAsync(int count)
    {
        count = count <= 0 ? 40 : count;
        var root = FindRoot();
        var dir = Directory.CreateTempSubdirectory("triagebot-latency-").FullName;
        var secretVariable = "TRIAGEBOT_LATENCY_SLACK_SECRET";
        var tokenVariable = "TRIAGEBOT_LATENCY_SLACK_TOKEN";
        const string secret = "latency-signing-secret";
        Environment.SetEnvironmentVariable(secretVariable, secret);
        Environment.SetEnvironmentVariable(tokenVariable, "xoxb-latency");
        var pages = new BlockingCollection<(string Case, long At)>();
        await using var fake = await StartFakeAsync(pages);
        var config = File.ReadAllText(Path.Combine(root, "appsettings.json"))
            .Replace("\"data/triagebot.db\"", "\"data/cases.db\"", StringComparison.Ordinal)
            .Replace("\"SLACK_SIGNING_SECRET\"", $"\"{secretVariable}\"", StringComparison.Ordinal)
            .Replace("\"SLACK_BOT_TOKEN\"", $"\"{tokenVariable}\"", StringComparison.Ordinal)
            .Replace("\"https://slack.com/api/\"", $"\"{fake.Url}api/\"", StringComparison.Ordinal)
            // Teams without an Entra app: the Bot Connector fake takes unauthenticated calls, as the Playground does.
            .Replace("\"LocalMode\": false", "\"LocalMode\": true", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), config);
        var settings = TriageBotSettings.Load(AppConfiguration.Build(Path.Combine(dir, "appsettings.json")), dir);
        foreach (var member in settings.Cases.Team)
        {
            member.Addresses["slack"] = "U0" + member.Id.ToUpperInvariant();
            member.Addresses["teams"] = "aad-" + member.Id;
        }
        var time = TimeProvider.System;
        using var cases = CaseServices.Open(settings, time);
        var references = new LiteDbConversationReferenceStore(cases.Database, time);
        foreach (var member in settings.Cases.Team)
            await references.RefreshAsync(new ConversationReferenceRecord("msteams", "aad-" + member.Id, "29:" + member.Id, fake.Url,
                "a:personal-" + member.Id, "personal", null, "28:triagebot"));
        var port = FreePort();
        var host = new Uri($"http://127.0.0.1:{port}/");
        await using var app = ServeCommand.Build(cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time), host.ToString().TrimEnd('/'));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(60) };
        var sample = File.ReadAllText(Path.Combine(root, "samples", "20-emergency-missing-child.txt"));

        var n = 0;
        string Request() => sample.Replace("dana.whitcombe@osp.oregon.gov", $"officer{++n}@osp.oregon.gov", StringComparison.Ordinal)
            .Replace("SP26-338104", $"SP26-{338104 + n}", StringComparison.Ordinal);

        Task<HttpResponseMessage> Slack(string text)
        {
            var body = new JsonObject
            {
                ["type"] = "event_callback", ["team_id"] = "T0TEAM", ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
                ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0PRIYA", ["user"] = "U0PRIYA", ["text"] = text, ["ts"] = "1.1" },
            }.ToJsonString();
            var ts = time.GetUtcNow().ToUnixTimeSeconds();
            var request = new HttpRequestMessage(HttpMethod.Post, "slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(SlackSignature.TimestampHeader, ts.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(secret, ts, Encoding.UTF8.GetBytes(body)));
            return http.SendAsync(request);
        }

        Task<HttpResponseMessage> Teams(string text) => http.PostAsJsonAsync("api/messages", new JsonObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = fake.Url,
            ["from"] = new JsonObject { ["id"] = "29:priya", ["aadObjectId"] = "aad-priya" },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-priya", ["conversationType"] = "personal" },
            ["recipient"] = new JsonObject { ["id"] = "28:triagebot" },
            ["text"] = text,
        });

        foreach (var (name, send) in new (string, Func<string, Task<HttpResponseMessage>>)[] { ("Slack", Slack), ("Teams", Teams) })
        {
            var samples = new List<double>();
            for (var i = -3; i < count; i++) // three warm-up turns first
            {
                while (pages.TryTake(out _)) { }
                var started = Stopwatch.GetTimestamp();
                using var response = await send(Request());
                if (!pages.TryTake(out var page, TimeSpan.FromSeconds(i < 0 ? 300 : 60))) throw new TimeoutException($"{name}: no page arrived");
                if (i >= 0) samples.Add(Stopwatch.GetElapsedTime(started, page.At).TotalMilliseconds);
                await Task.Delay(1500); // the rest of the turn (summary, questions) finishes before the next paste
            }
            samples.Sort();
            double P(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
            Console.WriteLine($"{name}: {samples.Count} pastes, turn received -> page request at the {name} fake: p50 {P(0.5):0} ms, p95 {P(0.95):0} ms, max {samples[^1]:0} ms");
        }
        await app.StopAsync();
    }

    private sealed record Fake(WebApplication App, string Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    /// <summary>Answers like Slack and the Bot Connector; records when each page (a card titled "… page: LE-…") arrives.</summary>
    private static async Task<Fake> StartFakeAsync(BlockingCollection<(string, long)> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var ids = 0;
        async Task<string> Read(HttpContext c)
        {
            var body = await new StreamReader(c.Request.Body).ReadToEndAsync();
            var at = Stopwatch.GetTimestamp();
            var mark = body.IndexOf(" page: LE-", StringComparison.Ordinal);
            if (mark >= 0) pages.Add((body.Substring(mark + 7, 13), at));
            return body;
        }
        app.MapPost("/api/{method}", async (HttpContext c, string method) =>
        {
            var json = JsonNode.Parse(await Read(c));
            var subject = (string?)json?["users"] ?? (string?)json?["channel"] ?? "";
            return Results.Json(method switch
            {
                "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D-" + subject } },
                "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = subject, ["ts"] = $"1.{Interlocked.Increment(ref ids)}" },
                _ => new JsonObject { ["ok"] = true },
            });
        });
        app.MapPost("/v3/conversations/{id}/activities/{replyTo?}", async (HttpContext c) =>
        {
            await Read(c);
            return Results.Json(new JsonObject { ["id"] = "a" + Interlocked.Increment(ref ids) });
        });
        app.MapPut("/v3/conversations/{id}/activities/{activityId}", async (HttpContext c) =>
        {
            await Read(c);
            return Results.Json(new JsonObject { ["id"] = "u" + Interlocked.Increment(ref ids) });
        });
        await app.StartAsync();
        return new Fake(app, app.Urls.Single().TrimEnd('/') + "/");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "TriageBot.sln"))) return d.FullName;
        throw new InvalidOperationException("TriageBot.sln not found");
    }
}
