using TriageBot.Channels;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Slack.Tests;

public sealed class SlackEndpointTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_url_verification_challenge_is_echoed()
    {
        var response = await _host.PostEventAsync("""{"type":"url_verification","token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_direct_message_becomes_a_private_turn_in_the_dm_conversation()
    {
        var response = await _host.PostEventAsync(SlackHost.DirectMessage("Ev1", "queue P0"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var turn = await _host.Bot.NextAsync();
        Assert.Equal("slack:T0TEAM:D0DM", turn.ConversationId);
        Assert.Equal(new Dialogs.Messages.UserIdentity("slack", "U0DANA"), turn.User);
        Assert.Equal("queue P0", turn.Text);
        Assert.True(turn.IsPrivate);
        Assert.Null(turn.Action);
    }

    [Fact]
    public async Task A_mention_in_a_channel_becomes_a_public_turn_without_the_bots_name()
    {
        await _host.PostEventAsync("""{"type":"event_callback","team_id":"T0TEAM","event_id":"Ev2","event":{"type":"app_mention","channel":"C0LEGAL","user":"U0DANA","text":"<@U0BOT> who is on call?","ts":"1.2"}}""");

        var turn = await _host.Bot.NextAsync();
        Assert.Equal("slack:T0TEAM:C0LEGAL", turn.ConversationId);
        Assert.Equal("who is on call?", turn.Text);
        Assert.False(turn.IsPrivate);
    }

    [Theory]
    [InlineData(""","subtype":"message_changed" """)]
    [InlineData(""","bot_id":"B0BOT" """)]
    public async Task Edits_and_bot_messages_are_acknowledged_and_ignored(string extra)
    {
        var response = await _host.PostEventAsync(SlackHost.DirectMessage("Ev3", "ignored", extra: extra.TrimEnd()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await _host.PostEventAsync(SlackHost.DirectMessage("Ev4", "sentinel")); // same conversation: queued behind it
        Assert.Equal("sentinel", (await _host.Bot.NextAsync()).Text);
        Assert.Single(_host.Bot.All);
    }

    [Fact]
    public async Task Slacks_retries_of_an_event_are_processed_once()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.PostEventAsync(SlackHost.DirectMessage("Ev5", "take 2026-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.PostEventAsync(SlackHost.DirectMessage("Ev5", "take 2026-1"), retryNum: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.PostEventAsync(SlackHost.DirectMessage("Ev5", "take 2026-1"), retryNum: 2)).StatusCode);

        await _host.PostEventAsync(SlackHost.DirectMessage("Ev6", "sentinel"));
        Assert.Equal("take 2026-1", (await _host.Bot.NextAsync()).Text);
        Assert.Equal("sentinel", (await _host.Bot.NextAsync()).Text);
        Assert.Equal(2, _host.Bot.All.Count);
    }

    [Fact]
    public async Task A_retry_of_an_event_never_received_before_is_processed()
    {
        await _host.PostEventAsync(SlackHost.DirectMessage("Ev7", "mine"), retryNum: 1);
        Assert.Equal("mine", (await _host.Bot.NextAsync()).Text);
    }

    [Fact]
    public async Task The_slash_command_text_is_the_turn_and_the_answer_goes_to_the_response_url()
    {
        var responseUrl = _host.Slack.ResponseUrl("cmd1");
        var form = "team_id=T0TEAM&channel_id=C0LEGAL&channel_name=legal&user_id=U0DANA&user_name=dana&command=%2Ftriage&text=queue+P0" +
                   "&response_url=" + Uri.EscapeDataString(responseUrl.ToString()) + "&trigger_id=1.2.3";
        var response = await _host.PostCommandAsync(form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());

        var turn = await _host.Bot.NextAsync();
        Assert.Equal("queue P0", turn.Text);
        Assert.Equal("slack:T0TEAM:C0LEGAL:U0DANA", turn.ConversationId);
        Assert.True(turn.IsPrivate); // answered ephemerally: only the person who typed it sees it

        var call = (await _host.Slack.WaitForCallsAsync(1)).Single();
        Assert.Equal("response_url:cmd1", call.Method);
        Assert.Equal("", call.Authorization); // the bot token never goes to a response_url
        Assert.Equal("ephemeral", (string?)call.Json["response_type"]);
        Assert.Equal("you said: queue P0", (string?)call.Json["text"]);
    }

    [Fact]
    public async Task A_button_press_becomes_a_turn_carrying_the_cards_action()
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = "T0TEAM" },
            ["user"] = new JsonObject { ["id"] = "U0DANA", ["username"] = "dana" },
            ["channel"] = new JsonObject { ["id"] = "D0DM" },
            ["container"] = new JsonObject { ["type"] = "message", ["is_ephemeral"] = false, ["channel_id"] = "D0DM" },
            ["response_url"] = _host.Slack.ResponseUrl("btn").ToString(),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = "triage-1",
                ["value"] = """{"verb":"take","data":{"case":"LE-2026-00001"}}""",
            }),
        };
        Assert.Equal(HttpStatusCode.OK, (await _host.PostInteractionAsync(payload.ToJsonString())).StatusCode);

        var turn = await _host.Bot.NextAsync();
        Assert.Equal("slack:T0TEAM:D0DM", turn.ConversationId);
        Assert.True(turn.IsPrivate);
        Assert.Equal("take", turn.Action!.Verb);
        Assert.Equal("LE-2026-00001", turn.Action.Data["case"]);
    }

    [Theory]
    [InlineData("slack/events", "{not json", "application/json", "malformed JSON")]
    [InlineData("slack/events", """{"type":"event_callback","team_id":"T0TEAM","event":{"type":"message"}}""", "application/json", "missing event_id")]
    [InlineData("slack/commands", "team_id=T0TEAM&channel_id=C1&command=%2Ftriage", "application/x-www-form-urlencoded", "missing user_id")]
    [InlineData("slack/interactions", "nothing=here", "application/x-www-form-urlencoded", "missing payload")]
    [InlineData("slack/interactions", "payload=%7Bbroken", "application/x-www-form-urlencoded", "malformed JSON")]
    [InlineData("slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%7B%22id%22%3A%22T%22%7D%2C%22user%22%3A%7B%22id%22%3A%22U%22%7D%2C%22actions%22%3A%5B%7B%22value%22%3A%22oops%22%7D%5D%7D", "application/x-www-form-urlencoded", "malformed action value")]
    public async Task Unreadable_payloads_get_400_with_a_short_reason(string path, string body, string contentType, string reason)
    {
        var response = await _host.PostSignedAsync(path, body, contentType);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(reason, (string?)JsonNode.Parse(text)!["error"]);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Empty(_host.Bot.All);
    }

    [Fact]
    public async Task Unsigned_wrongly_signed_and_replayed_requests_get_401_and_nothing_is_processed()
    {
        var body = SlackHost.DirectMessage("Ev8", "queue");
        var unsigned = await _host.Http.PostAsync("slack/events", new StringContent(body, Encoding.UTF8, "application/json"));
        var wrongSecret = await _host.PostSignedAsync("slack/events", body, "application/json", secret: "not-the-secret");
        var replayed = await _host.PostSignedAsync("slack/events", body, "application/json", timestamp: DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        var command = await _host.PostSignedAsync("slack/commands", "team_id=T&channel_id=C&user_id=U&command=%2Ftriage&text=queue", "application/x-www-form-urlencoded", secret: "not-the-secret");

        foreach (var response in new[] { unsigned, wrongSecret, replayed, command })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("invalid signature", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
        }

        // The refused event_id was not remembered either: the genuine delivery still goes through.
        await _host.PostEventAsync(body);
        Assert.Equal("queue", (await _host.Bot.NextAsync()).Text);
        Assert.Single(_host.Bot.All);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read_whole()
    {
        var huge = SlackHost.DirectMessage("Ev9", new string('x', 300 * 1024));
        var response = await _host.PostEventAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Bot.All);
    }
}

public sealed class SlackEndpointConfigurationTests
{
    [Fact]
    public async Task Without_a_signing_secret_every_request_is_refused_as_not_configured()
    {
        await using var host = await SlackHost.StartAsync(secret: null);
        var response = await host.PostEventAsync(SlackHost.DirectMessage("Ev1", "queue"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(host.Bot.All);
    }

    [Fact]
    public async Task A_full_queue_refuses_with_503_and_slacks_retry_of_that_event_is_taken_later()
    {
        await using var host = await SlackHost.StartAsync(turns: new TurnPipelineOptions { Workers = 1, Capacity = 2 });
        host.Bot.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await host.PostEventAsync(SlackHost.DirectMessage("Ev1", "first"));
        await host.Bot.NextAsync();                                       // the worker holds it, waiting on the engine
        await host.PostEventAsync(SlackHost.DirectMessage("Ev2", "second")); // fills the queue

        var refused = await host.PostEventAsync(SlackHost.DirectMessage("Ev3", "third"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        host.Bot.Gate.SetResult();
        Assert.Equal("second", (await host.Bot.NextAsync()).Text);
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(SlackHost.DirectMessage("Ev3", "third"), retryNum: 1)).StatusCode);
        Assert.Equal("third", (await host.Bot.NextAsync()).Text);
    }
}
