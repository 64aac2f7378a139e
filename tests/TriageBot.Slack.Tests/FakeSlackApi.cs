using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Slack.Tests;

/// <summary>One call the fake Slack received.</summary>
public sealed record SlackApiCall(string Method, string? Authorization, string ContentType, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}

/// <summary>
/// A loopback stand-in for Slack's Web API (a real Kestrel server on 127.0.0.1, random port): records every
/// call to <c>/api/{method}</c> and <c>/response/{id}</c> (response_urls), and answers from a script per method,
/// else <c>{"ok":true}</c> plus what the method normally returns.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponse, Task>>> _scripts = new();
    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeSlackApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Files the fake serves at <c>/files/{name}</c> to requests carrying <see cref="FileToken"/>.</summary>
    public Dictionary<string, byte[]> Files { get; } = [];

    public static string FileToken => SlackHost.Token;
    public Uri ApiBaseUrl => new(BaseUrl, "api/");
    public IReadOnlyList<SlackApiCall> Calls => _calls.ToArray();

    public Uri ResponseUrl(string id) => new(BaseUrl, $"response/{id}");

    /// <summary>When set, <c>conversations.open</c> answers a DM channel per user (<c>D-{user}</c>) and
    /// <c>chat.postMessage</c> the channel posted to with a fresh ts, so each message has its own reference.</summary>
    public bool EchoMessages { get; set; }

    private int _messageCount;

    /// <summary>What <c>apps.connections.open</c> answers (a <see cref="FakeSocketModeServer"/>'s URL).</summary>
    public Uri? SocketUrl { get; set; }

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeSlackApi(builder.Build());
        fake._app.MapPost("/api/{method}", (HttpContext c, string method) => fake.HandleAsync(c, method));
        fake._app.MapPost("/response/{id}", (HttpContext c, string id) => fake.HandleAsync(c, "response_url:" + id));
        // Shared files, served only to the bot token, as files.slack.com does.
        fake._app.MapGet("/files/{name}", (HttpContext c, string name) =>
            c.Request.Headers.Authorization != "Bearer " + FileToken ? Results.StatusCode(403)
            : fake.Files.TryGetValue(name, out var content) ? Results.Bytes(content, "application/octet-stream")
            : Results.NotFound());
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Urls.Single().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next call to <paramref name="method"/> gets this answer instead of the default.</summary>
    public void Script(string method, int status, string json, string? retryAfter = null) =>
        _scripts.GetOrAdd(method, _ => new()).Enqueue(async response =>
        {
            response.StatusCode = status;
            if (retryAfter is not null) response.Headers.RetryAfter = retryAfter;
            response.ContentType = "application/json";
            await response.WriteAsync(json);
        });

    /// <summary>Waits (bounded) until at least <paramref name="count"/> calls arrived.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count) await _arrived.WaitAsync(cts.Token);
        return Calls;
    }

    /// <summary>Waits (bounded) until a call to <paramref name="method"/> arrived, whatever else came before it.</summary>
    public async Task<SlackApiCall> WaitForCallAsync(string method, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Calls.FirstOrDefault(c => c.Method == method) is { } call) return call;
            await _arrived.WaitAsync(cts.Token);
        }
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _calls.Enqueue(new SlackApiCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? "", body));
        _arrived.Release();
        if (_scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            await scripted(context.Response);
            return;
        }
        context.Response.ContentType = "application/json";
        if (EchoMessages && Echo(method, body) is { } echoed)
        {
            await context.Response.WriteAsync(echoed);
            return;
        }
        await context.Response.WriteAsync(method switch
        {
            "chat.postMessage" => """{"ok":true,"channel":"D0DM","ts":"1700000000.000100"}""",
            "chat.update" => """{"ok":true,"channel":"D0DM","ts":"1700000000.000100"}""",
            "chat.postEphemeral" => """{"ok":true,"message_ts":"1700000000.000200"}""",
            "conversations.open" => """{"ok":true,"channel":{"id":"D0DM"}}""",
            "apps.connections.open" => new JsonObject { ["ok"] = true, ["url"] = SocketUrl?.ToString() }.ToJsonString(),
            "users.info" or "users.lookupByEmail" =>
                """{"ok":true,"user":{"id":"U0DANA","name":"dana","real_name":"Dana Diaz","is_bot":false,"profile":{"email":"dana@northwind-labs.com","real_name":"Dana Diaz"}}}""",
            _ => """{"ok":true}""",
        });
    }

    private string? Echo(string method, string body)
    {
        if (method is not ("conversations.open" or "chat.postMessage")) return null;
        var json = JsonNode.Parse(body)!;
        return method == "conversations.open"
            ? new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D-" + (string?)json["users"] } }.ToJsonString()
            : new JsonObject { ["ok"] = true, ["channel"] = (string?)json["channel"], ["ts"] = $"1700000000.{Interlocked.Increment(ref _messageCount):D6}" }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
