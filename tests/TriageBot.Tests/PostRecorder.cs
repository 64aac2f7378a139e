using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace TriageBot.Tests;

/// <summary>
/// A loopback stand-in for a service the host calls back (Slack's response_url, the Bot Connector): a real Kestrel
/// server that records the body of every POST to <paramref name="pattern"/> and answers with <paramref name="answer"/>.
/// </summary>
internal sealed class PostRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BlockingCollection<string> _bodies = [];

    private PostRecorder(WebApplication app) => _app = app;

    /// <summary>The server's base address, ending in "/".</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<PostRecorder> StartAsync(string pattern, object answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var recorder = new PostRecorder(app);
        app.MapPost(pattern, async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            recorder._bodies.Add(await reader.ReadToEndAsync());
            return Results.Ok(answer);
        });
        await app.StartAsync();
        recorder.BaseUrl = app.Urls.First().TrimEnd('/') + "/";
        return recorder;
    }

    public Task<string> NextAsync(TimeSpan timeout) =>
        Task.Run(() => _bodies.TryTake(out var body, timeout) ? body : throw new TimeoutException("nothing was posted"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
