using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Messages;
using TriageBot.Channels;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.Tests;

/// <summary>The conversation engine replaced by a recorder that answers every turn with a scripted reply.</summary>
public sealed class SlackTurnRecorder : IConversationTurnHandler
{
    private readonly Channel<Turn> _turns = Channel.CreateUnbounded<Turn>();

    public Func<Turn, IReadOnlyList<Reply>> Answer { get; set; } = turn => [Reply.Say($"you said: {turn.Text}")];
    public List<Turn> All { get; } = [];

    /// <summary>How long each turn takes (a real engine's work), on top of <see cref="Gate"/>.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, every turn waits for it: a slow engine.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Turns whose text this matches fail (a broken engine).</summary>
    public Func<Turn, bool> Fails { get; set; } = _ => false;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        lock (All) All.Add(turn);
        _turns.Writer.TryWrite(turn);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        if (Fails(turn)) throw new InvalidOperationException("the engine failed");
        return Answer(turn);
    }

    public async Task<Turn> NextAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _turns.Reader.ReadAsync(cts.Token);
    }
}

/// <summary>
/// A real ASP.NET Core host on loopback with <c>AddSlack</c> and <c>MapSlack</c>, the engine recorded and the
/// Web API pointed at a <see cref="FakeSlackApi"/>; requests are signed as Slack signs them.
/// </summary>
public sealed class SlackHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret";
    public const string Token = "xoxb-test-token";

    private readonly WebApplication _app;
    private readonly TempInbox _inbox;

    private SlackHost(WebApplication app, FakeSlackApi slack, SlackTurnRecorder bot, TempInbox inbox)
    {
        _app = app;
        _inbox = inbox;
        Slack = slack;
        Bot = bot;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public FakeSlackApi Slack { get; }
    public SlackTurnRecorder Bot { get; }
    public HttpClient Http { get; }

    public Cases.Storage.ITurnInbox Inbox => _inbox.Inbox;

    public static async Task<SlackHost> StartAsync(Func<SlackOptions, SlackOptions>? configure = null, string? secret = Secret, TurnPipelineOptions? turns = null)
    {
        var inbox = new TempInbox();
        var slack = await FakeSlackApi.StartAsync();
        var bot = new SlackTurnRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IConversationTurnHandler>(bot);
        builder.Services.AddTurnPipeline(inbox.Inbox, turns ?? new TurnPipelineOptions { RetryBaseDelay = TimeSpan.Zero });
        var secrets = new Dictionary<string, string?> { ["SLACK_SIGNING_SECRET"] = secret, ["SLACK_BOT_TOKEN"] = Token };
        var options = new SlackOptions { ApiBaseUrl = slack.ApiBaseUrl, ReadSecret = name => secrets.GetValueOrDefault(name), MaxRetryAfter = TimeSpan.Zero };
        builder.Services.AddSlack(configure?.Invoke(options) ?? options);
        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        return new SlackHost(app, slack, bot, inbox);
    }

    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, string secret = Secret, int? retryNum = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add(SlackSignature.TimestampHeader, ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(secret, ts, Encoding.UTF8.GetBytes(body)));
        if (retryNum is { } n) request.Headers.Add(SlackEndpoints.RetryNumHeader, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, int? retryNum = null) =>
        PostSignedAsync("slack/events", json, "application/json", retryNum: retryNum);

    public Task<HttpResponseMessage> PostCommandAsync(string form) =>
        PostSignedAsync("slack/commands", form, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(string payloadJson) =>
        PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");

    public static string DirectMessage(string eventId, string text, string channel = "D0DM", string user = "U0DANA", string extra = "") =>
        $$$"""{"type":"event_callback","team_id":"T0TEAM","event_id":"{{{eventId}}}","event":{"type":"message","channel_type":"im","channel":"{{{channel}}}","user":"{{{user}}}","text":"{{{text}}}","ts":"1700000000.000001"{{{extra}}}}}""";

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Slack.DisposeAsync();
        _inbox.Dispose();
    }
}
