using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Channels;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.Tests.SocketMode;

/// <summary>
/// A host with no HTTP listener at all, <c>AddSlack</c> in Socket Mode, the engine recorded, the Web API pointed
/// at a <see cref="FakeSlackApi"/> whose <c>apps.connections.open</c> hands out a <see cref="FakeSocketModeServer"/>.
/// </summary>
public sealed class SocketModeRig : IAsyncDisposable
{
    public const string AppToken = "xapp-test-token";

    private readonly IHost _host;
    private readonly TempInbox _inbox;

    private SocketModeRig(IHost host, FakeSlackApi slack, FakeSocketModeServer server, SlackTurnRecorder bot, TempInbox inbox, TimerLog? timers)
    {
        Timers = timers;
        _host = host;
        _inbox = inbox;
        Slack = slack;
        Server = server;
        Bot = bot;
    }

    public FakeSlackApi Slack { get; }
    public FakeSocketModeServer Server { get; }
    public SlackTurnRecorder Bot { get; }

    /// <summary>The timers the host asked of the fake clock (null on the real clock).</summary>
    public TimerLog? Timers { get; }

    /// <param name="time">A fake clock for the back-off; the real one (with a short back-off) when null.</param>
    public static async Task<SocketModeRig> StartAsync(FakeTimeProvider? time = null, Action<FakeSlackApi>? arrange = null, Func<SlackOptions, SlackOptions>? configure = null,
        TurnPipelineOptions? turns = null)
    {
        var inbox = new TempInbox(time);
        var slack = await FakeSlackApi.StartAsync();
        var server = await FakeSocketModeServer.StartAsync();
        slack.SocketUrl = server.Url;
        arrange?.Invoke(slack);
        var bot = new SlackTurnRecorder();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IConversationTurnHandler>(bot);
        var timers = time is null ? null : new TimerLog(time);
        if (timers is not null) builder.Services.AddSingleton<TimeProvider>(timers);
        var secrets = new Dictionary<string, string?> { ["SLACK_APP_TOKEN"] = AppToken, ["SLACK_BOT_TOKEN"] = SlackHost.Token };
        var options = new SlackOptions
        {
            Mode = "socket",
            ApiBaseUrl = slack.ApiBaseUrl,
            ReadSecret = name => secrets.GetValueOrDefault(name),
            MaxRetryAfter = TimeSpan.Zero,
            MaxAttempts = 1,
            SocketReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
        };
        builder.Services.AddTurnPipeline(inbox.Inbox, turns);
        builder.Services.AddSlack(configure?.Invoke(options) ?? options);
        var host = builder.Build();
        await host.StartAsync();
        return new SocketModeRig(host, slack, server, bot, inbox, timers);
    }

    public int ConnectionsOpened => Slack.Calls.Count(c => c.Method == "apps.connections.open");

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await _host.StopAsync(stop.Token);
        _host.Dispose();
        await Server.DisposeAsync();
        await Slack.DisposeAsync();
        _inbox.Dispose();
    }
}
