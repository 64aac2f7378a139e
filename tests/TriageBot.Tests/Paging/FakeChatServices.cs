using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Tests.Paging;

/// <summary>One call a fake received: which API (<c>slack</c> method or <c>teams</c> verb and path), the body, and
/// when it arrived (<see cref="Stopwatch"/> ticks, to measure latency).</summary>
public sealed record FakeCall(string Api, string Target, string Body, long ArrivedAt)
{
    public JsonNode? Json => Body.StartsWith('{') ? JsonNode.Parse(Body) : null;
}

/// <summary>
/// Loopback stand-ins for the Slack Web API (<c>/api/{method}</c>) and the Bot Connector
/// (<c>/v3/conversations…</c>) on one real Kestrel server. Both answer like the real services (a DM channel per
/// user, a fresh message id per post); a scripted answer for a target (a Slack method with the user or channel it
/// names, or a Teams conversation id) replaces the next default.
/// </summary>
public sealed class FakeChatServices : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Json)>> _scripts = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _ids;

    private FakeChatServices(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<FakeCall> Calls => [.. _calls];

    public static async Task<FakeChatServices> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeChatServices(builder.Build());
        fake._app.MapPost("/api/{method}", (HttpContext c, string method) => fake.SlackAsync(c, method));
        fake._app.MapPost("/v3/conversations", (HttpContext c) => fake.TeamsAsync(c, "create", ""));
        fake._app.MapPost("/v3/conversations/{id}/activities/{replyTo?}", (HttpContext c, string id) => fake.TeamsAsync(c, "post", id));
        fake._app.MapPut("/v3/conversations/{id}/activities/{activityId}", (HttpContext c, string id) => fake.TeamsAsync(c, "update", id));
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Urls.Single().TrimEnd('/') + "/";
        return fake;
    }

    /// <summary>The next call to <paramref name="target"/> (<c>slack:conversations.open:U0LEE</c>,
    /// <c>teams:post:a:personal-lee</c>) gets this answer.</summary>
    public void Script(string target, int status, string json) => _scripts.GetOrAdd(target, _ => new()).Enqueue((status, json));

    /// <summary>Waits (bounded) until a call matches.</summary>
    public async Task<FakeCall> WaitForAsync(Func<FakeCall, bool> match, TimeSpan? timeout = null)
    {
        using var bound = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_calls.FirstOrDefault(match) is { } found) return found;
            try
            {
                await _arrived.WaitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("no matching call arrived; calls: " + string.Join(" | ", _calls.Select(c => $"{c.Api} {c.Target}")));
            }
        }
    }

    /// <summary>Slack posts (pages and replies) to a channel, in order.</summary>
    public IReadOnlyList<FakeCall> SlackPosts(string channel) =>
        [.. _calls.Where(c => c.Api == "slack" && c.Target == "chat.postMessage" && (string?)c.Json?["channel"] == channel)];

    public IReadOnlyList<FakeCall> TeamsPosts(string conversation) =>
        [.. _calls.Where(c => c.Api == "teams" && c.Target == "post:" + conversation)];

    private async Task SlackAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var json = body.StartsWith('{') ? JsonNode.Parse(body) : null;
        var subject = (string?)json?["users"] ?? (string?)json?["channel"] ?? "";
        Record(new FakeCall("slack", method, body, Stopwatch.GetTimestamp()));
        if (Scripted($"slack:{method}:{subject}") is { } scripted)
        {
            await WriteAsync(context, scripted.Status, scripted.Json);
            return;
        }
        var answer = method switch
        {
            "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D-" + subject } },
            "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = subject, ["ts"] = $"1700000000.{Interlocked.Increment(ref _ids):D6}" },
            "chat.update" => new JsonObject { ["ok"] = true, ["channel"] = subject, ["ts"] = (string?)json?["ts"] },
            "users.lookupByEmail" or "users.info" => new JsonObject { ["ok"] = false, ["error"] = "users_not_found" },
            _ => new JsonObject { ["ok"] = true },
        };
        await WriteAsync(context, 200, answer.ToJsonString());
    }

    private async Task TeamsAsync(HttpContext context, string verb, string conversation)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        Record(new FakeCall("teams", $"{verb}:{conversation}", body, Stopwatch.GetTimestamp()));
        if (Scripted($"teams:{verb}:{conversation}") is { } scripted)
        {
            await WriteAsync(context, scripted.Status, scripted.Json);
            return;
        }
        var answer = verb == "create"
            ? new JsonObject { ["id"] = "a:created-" + Interlocked.Increment(ref _ids) }
            : new JsonObject { ["id"] = "activity-" + Interlocked.Increment(ref _ids) };
        await WriteAsync(context, 200, answer.ToJsonString());
    }

    private (int Status, string Json)? Scripted(string key) =>
        _scripts.TryGetValue(key, out var queue) && queue.TryDequeue(out var answer) ? answer : null;

    private void Record(FakeCall call)
    {
        _calls.Enqueue(call);
        _arrived.Release();
    }

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
