using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Tests;

/// <summary>
/// Loopback stand-ins for what a host process calls out to: Slack's Web API (<c>/api/{method}</c>), Slack's file
/// host (<c>/files/{name}</c>, failing while <see cref="FilesFail"/>) and the Bot Connector
/// (<c>/v3/conversations/{id}/activities</c>). Records every call; answers as the real services do.
/// </summary>
internal sealed class ChatServiceFakes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Target, JsonNode Body)> _calls = new();

    private ChatServiceFakes(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public volatile bool FilesFail = true;

    public IReadOnlyList<(string Target, JsonNode Body)> Calls => [.. _calls];

    public static async Task<ChatServiceFakes> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fakes = new ChatServiceFakes(builder.Build());
        fakes._app.MapPost("/api/{method}", async (HttpContext c, string method) =>
        {
            var body = await Read(c);
            fakes._calls.Enqueue((method, body));
            return Results.Json(method switch
            {
                "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D-" + (string?)body["users"] } },
                "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = (string?)body["channel"], ["ts"] = "1700000000.000100" },
                _ => new JsonObject { ["ok"] = true, ["message_ts"] = "1700000000.000200" },
            });
        });
        fakes._app.MapPost("/response/{id}", async (HttpContext c, string id) =>
        {
            fakes._calls.Enqueue(("response_url:" + id, await Read(c)));
            return Results.Ok();
        });
        fakes._app.MapGet("/files/{name}", (string name) =>
            fakes.FilesFail ? Results.StatusCode(500) : Results.Text("SUBPOENA\nPlease produce subscriber records for @darkfox99.", "text/plain"));
        fakes._app.MapPost("/v3/conversations/{id}/activities/{replyTo?}", async (HttpContext c, string id) =>
        {
            fakes._calls.Enqueue(("connector:" + id, await Read(c)));
            return Results.Json(new { id = "sent-" + Guid.NewGuid().ToString("N") });
        });
        await fakes._app.StartAsync();
        fakes.BaseUrl = fakes._app.Urls.First().TrimEnd('/') + "/";
        return fakes;
    }

    private static async Task<JsonNode> Read(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        try
        {
            return JsonNode.Parse(text) ?? new JsonObject();
        }
        catch (System.Text.Json.JsonException)
        {
            return new JsonObject { ["raw"] = text };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
