using TriageBot.Channels;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace TriageBot.Slack.Tests.SocketMode;

public sealed class SocketModeClientTests
{
    private const string Command =
        """{"token":"x","team_id":"T0TEAM","channel_id":"C0LEGAL","user_id":"U0DANA","user_name":"dana","command":"/triage","text":"queue P0","response_url":"https://hooks.slack.com/commands/1","trigger_id":"1.2.3"}""";

    private const string ButtonPress =
        """{"type":"block_actions","team":{"id":"T0TEAM"},"user":{"id":"U0DANA"},"channel":{"id":"D0DM"},"container":{"type":"message","is_ephemeral":false},"actions":[{"type":"button","action_id":"triage-1","value":"{\"verb\":\"take\",\"data\":{\"case\":\"LE-2026-00001\"}}"}]}""";

    [Fact(Timeout = 30_000)]
    public async Task The_connection_is_opened_with_the_app_token_and_an_event_is_acknowledged_by_envelope_id_and_becomes_a_turn()
    {
        await using var rig = await SocketModeRig.StartAsync();
        var connection = await rig.Server.NextConnectionAsync();
        await connection.HelloAsync();

        await connection.EnvelopeAsync("env-1", "events_api", SlackHost.DirectMessage("Ev1", "queue P0"));

        var ack = await connection.ReceiveAsync();
        Assert.Equal("""{"envelope_id":"env-1"}""", ack.ToJsonString());
        var turn = await rig.Bot.NextAsync();
        Assert.Equal("slack:T0TEAM:D0DM", turn.ConversationId);
        Assert.Equal("queue P0", turn.Text);
        Assert.True(turn.IsPrivate);
        var open = rig.Slack.Calls.First(c => c.Method == "apps.connections.open");
        Assert.Equal("Bearer " + SocketModeRig.AppToken, open.Authorization);
        // The answer goes out over the Web API with the bot token, exactly as over HTTP.
        var post = (await rig.Slack.WaitForCallsAsync(2)).Single(c => c.Method == "chat.postMessage");
        Assert.Equal("Bearer " + SlackHost.Token, post.Authorization);
    }

    [Fact(Timeout = 30_000)]
    public async Task Slash_command_and_interactive_envelopes_reach_the_same_handlers_as_over_http()
    {
        await using var rig = await SocketModeRig.StartAsync();
        var connection = await rig.Server.NextConnectionAsync();
        await connection.HelloAsync();

        await connection.EnvelopeAsync("env-cmd", "slash_commands", Command, acceptsResponsePayload: true);
        Assert.Equal("env-cmd", (string?)(await connection.ReceiveAsync())["envelope_id"]);
        var command = await rig.Bot.NextAsync();
        Assert.Equal("queue P0", command.Text);
        Assert.Equal("slack:T0TEAM:C0LEGAL:U0DANA", command.ConversationId);

        await connection.EnvelopeAsync("env-btn", "interactive", ButtonPress, acceptsResponsePayload: false);
        Assert.Equal("env-btn", (string?)(await connection.ReceiveAsync())["envelope_id"]);
        var press = await rig.Bot.NextAsync();
        Assert.Equal("take", press.Action!.Verb);
        Assert.Equal("LE-2026-00001", press.Action.Data["case"]);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_disconnect_message_opens_a_new_connection_at_once_and_events_flow_on_it()
    {
        await using var rig = await SocketModeRig.StartAsync(configure: o => o with { SocketReconnectBaseDelay = TimeSpan.FromMinutes(5) });
        var first = await rig.Server.NextConnectionAsync();
        await first.HelloAsync();

        await first.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"fake"}}""");

        var second = await rig.Server.NextConnectionAsync(); // no back-off: a 5-minute one would time this out
        first.Release();
        Assert.Equal(2, rig.ConnectionsOpened);
        await second.HelloAsync();
        await second.EnvelopeAsync("env-2", "events_api", SlackHost.DirectMessage("Ev2", "mine"));
        Assert.Equal("env-2", (string?)(await second.ReceiveAsync())["envelope_id"]);
        Assert.Equal("mine", (await rig.Bot.NextAsync()).Text);
    }

    // Each back-off is proven by conditions, never by a wall-clock guess: the client asks the clock for its wait
    // before it opens again (a client without back-off opens first, and the wait below fails at once), the wait is
    // the configured one, and nothing opens until the fake time has passed it. The bounds only stop a hang.
    [Fact(Timeout = 120_000)]
    public async Task A_dropped_connection_is_reopened_only_after_the_back_off_on_the_time_provider()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await SocketModeRig.StartAsync(time, configure: o => o with { SocketReconnectBaseDelay = TimeSpan.FromSeconds(1) });
        var first = await rig.Server.NextConnectionAsync();
        await first.HelloAsync();

        first.Drop();

        await WaitForBackOffAsync(rig, TimeSpan.FromSeconds(1), opensSoFar: 1);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, rig.ConnectionsOpened);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await rig.Server.NextConnectionAsync();
        Assert.Equal(2, rig.ConnectionsOpened);
        await second.HelloAsync();
        await second.EnvelopeAsync("env-3", "events_api", SlackHost.DirectMessage("Ev3", "overdue"));
        Assert.Equal("overdue", (await rig.Bot.NextAsync()).Text);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_refused_connections_open_is_retried_with_growing_back_off_and_never_stops_the_host()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await SocketModeRig.StartAsync(time,
            arrange: slack =>
            {
                slack.Script("apps.connections.open", 200, """{"ok":false,"error":"invalid_auth"}""");
                slack.Script("apps.connections.open", 200, """{"ok":false,"error":"invalid_auth"}""");
            },
            configure: o => o with { SocketReconnectBaseDelay = TimeSpan.FromSeconds(1) });

        await WaitForBackOffAsync(rig, TimeSpan.FromSeconds(1), opensSoFar: 1);   // first failure: 1 s
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitForBackOffAsync(rig, TimeSpan.FromSeconds(2), opensSoFar: 2);   // second failure: 2 s, not 1
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, rig.ConnectionsOpened);                                   // half-way through the 2 s: still waiting
        time.Advance(TimeSpan.FromSeconds(1));
        var connection = await rig.Server.NextConnectionAsync();
        Assert.Equal(3, rig.ConnectionsOpened);
        await connection.HelloAsync();
        await connection.EnvelopeAsync("env-4", "events_api", SlackHost.DirectMessage("Ev4", "stats"));
        Assert.Equal("stats", (await rig.Bot.NextAsync()).Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task Redelivered_envelopes_with_the_same_event_id_are_acknowledged_but_processed_once()
    {
        await using var rig = await SocketModeRig.StartAsync();
        var connection = await rig.Server.NextConnectionAsync();
        await connection.HelloAsync();

        await connection.EnvelopeAsync("env-a", "events_api", SlackHost.DirectMessage("Ev5", "take 2026-1"));
        await connection.EnvelopeAsync("env-b", "events_api", SlackHost.DirectMessage("Ev5", "take 2026-1"));
        await connection.EnvelopeAsync("env-c", "events_api", SlackHost.DirectMessage("Ev6", "sentinel"));

        var acks = new[] { await connection.ReceiveAsync(), await connection.ReceiveAsync(), await connection.ReceiveAsync() };
        Assert.Equal(["env-a", "env-b", "env-c"], acks.Select(a => (string?)a["envelope_id"]));
        Assert.Equal("take 2026-1", (await rig.Bot.NextAsync()).Text);
        Assert.Equal("sentinel", (await rig.Bot.NextAsync()).Text);
        Assert.Equal(2, rig.Bot.All.Count);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_unreadable_envelope_is_acknowledged_and_the_connection_goes_on()
    {
        await using var rig = await SocketModeRig.StartAsync();
        var connection = await rig.Server.NextConnectionAsync();
        await connection.HelloAsync();

        await connection.SendAsync("{not json");
        await connection.EnvelopeAsync("env-bad", "events_api", """{"type":"event_callback","team_id":"T0TEAM","event":{"type":"message"}}""");
        Assert.Equal("env-bad", (string?)(await connection.ReceiveAsync())["envelope_id"]);
        await connection.EnvelopeAsync("env-ok", "events_api", SlackHost.DirectMessage("Ev7", "queue"));
        Assert.Equal("env-ok", (string?)(await connection.ReceiveAsync())["envelope_id"]);
        Assert.Equal("queue", (await rig.Bot.NextAsync()).Text);
        Assert.Equal(1, rig.ConnectionsOpened);
    }

    [Fact(Timeout = 30_000)]
    public async Task When_the_queue_is_full_a_slash_command_is_answered_busy_in_its_ack_and_an_event_is_left_for_slack_to_redeliver()
    {
        await using var rig = await SocketModeRig.StartAsync(turns: new TurnPipelineOptions { Workers = 1, Capacity = 2 });
        rig.Bot.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = await rig.Server.NextConnectionAsync();
        await connection.HelloAsync();
        await connection.EnvelopeAsync("env-1", "events_api", SlackHost.DirectMessage("Ev1", "first"));
        await connection.ReceiveAsync();
        await rig.Bot.NextAsync();                                              // held by the worker
        await connection.EnvelopeAsync("env-2", "events_api", SlackHost.DirectMessage("Ev2", "second"));
        await connection.ReceiveAsync();                                        // fills the queue

        await connection.EnvelopeAsync("env-cmd", "slash_commands", Command, acceptsResponsePayload: true);
        var busy = await connection.ReceiveAsync();
        Assert.Equal("env-cmd", (string?)busy["envelope_id"]);
        Assert.Equal("ephemeral", (string?)busy["payload"]!["response_type"]);

        await connection.EnvelopeAsync("env-3", "events_api", SlackHost.DirectMessage("Ev3", "third"));
        Assert.True(await connection.IsSilentForAsync(TimeSpan.FromMilliseconds(300)));
        rig.Bot.Gate.SetResult();
    }

    /// <summary>Advances the fake clock step by step (the client may not have started waiting yet) until a connection arrives.</summary>
    /// <summary>Waits until the client has asked the clock for a wait of <paramref name="backOff"/>, failing at once
    /// if it opens another connection first (that is: reconnects without backing off). Each test asks for each
    /// length once.</summary>
    private static async Task WaitForBackOffAsync(SocketModeRig rig, TimeSpan backOff, int opensSoFar)
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            // Opens first: a client that backs off asks for its wait before it opens again.
            Assert.True(rig.ConnectionsOpened <= opensSoFar, $"a connection was opened again before a back-off of {backOff} was asked for");
            if (rig.Timers!.Asked.Contains(backOff)) return;
            await Task.Delay(10, hang.Token);
        }
    }
}
