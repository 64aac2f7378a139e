using TriageBot.Channels;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Hosting;

namespace TriageBot.Teams.Tests;

public sealed class TeamsEndpointTests : IAsyncLifetime
{
    private FakeBotFrameworkIdentity _identity = null!;
    private TeamsHost _host = null!;
    private readonly RecordingReplySender _sender = new();

    public async Task InitializeAsync()
    {
        _identity = await FakeBotFrameworkIdentity.StartAsync();
        _host = await TeamsHost.StartAsync(_identity.Options(), new FakeTimeProvider(FakeBotFrameworkIdentity.Now), _sender);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private Task<HttpResponseMessage> Post(JsonObject activity) => _host.PostAsync(activity.ToJsonString(), _identity.Bearer());

    [Fact]
    public async Task A_personal_message_becomes_a_private_turn_and_its_reply_goes_back_to_the_conversation()
    {
        var response = await Post(Activities.Message("queue"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await _host.Handler.Turns.NextAsync();
        Assert.Equal("teams:a:1on1", turn.ConversationId);
        Assert.Equal(new UserIdentity("teams", "aad-dana", "Dana Whitfield"), turn.User);
        Assert.True(turn.IsPrivate);
        Assert.Equal("queue", turn.Text);
        var (conversation, reply) = await _sender.Sent.NextAsync();
        Assert.Equal("you said: queue", reply.Text);
        Assert.Equal(("a:1on1", "1700000000001", FakeBotFrameworkIdentity.ServiceUrl), (conversation.ConversationId, conversation.ActivityId, conversation.ServiceUrl));
        Assert.True(_host.Service<TrustedServiceUrls>().Contains(FakeBotFrameworkIdentity.ServiceUrl));
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_and_nothing_is_processed()
    {
        var response = await _host.PostAsync(Activities.Message("queue").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(_host.Handler.Turns.TryRead(out _));
        Assert.False(_host.Service<TrustedServiceUrls>().Contains(FakeBotFrameworkIdentity.ServiceUrl));
    }

    [Fact]
    public async Task An_activity_naming_another_service_url_than_its_token_is_refused()
    {
        var response = await Post(Activities.Message("queue", serviceUrl: "https://attacker.example.com/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(_host.Service<TrustedServiceUrls>().Contains("https://attacker.example.com/"));
    }

    [Fact]
    public async Task An_activity_from_a_channel_the_key_is_not_endorsed_for_is_refused()
    {
        var response = await Post(Activities.Message("queue", channelId: "slack"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_bots_mention_is_stripped_in_a_channel_and_the_turn_is_not_private()
    {
        await Post(Activities.Mentioning("queue P0"));

        var turn = await _host.Handler.Turns.NextAsync();
        Assert.Equal("queue P0", turn.Text);
        Assert.False(turn.IsPrivate);
        Assert.Equal("teams:19:channel@thread.tacv2", turn.ConversationId);
    }

    [Fact]
    public async Task An_action_submit_arrives_as_a_card_action_not_as_an_empty_message()
    {
        await Post(Activities.Submit("take", "LE-2026-00001"));

        var turn = await _host.Handler.Turns.NextAsync();
        Assert.Equal("", turn.Text);
        Assert.Equal("take", turn.Action?.Verb);
        Assert.Equal("LE-2026-00001", turn.Action?.Data["case"]);
    }

    [Fact]
    public async Task An_action_execute_is_answered_with_the_refreshed_card_in_the_invoke_response()
    {
        _host.Handler.Answer = turn => [Reply.Replacing("Taken.", new Card($"Case {turn.Action!.Data["case"]}", [new CardFact("Assignee", "Dana")], [], []))];

        var response = await Post(Activities.Execute("take", "LE-2026-00001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Equal("Case LE-2026-00001", (string?)body["value"]!["body"]![0]!["text"]);
        var turn = await _host.Handler.Turns.NextAsync();
        Assert.Equal("take", turn.Action?.Verb);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_conversation_sends_a_welcome_but_adding_someone_else_does_not()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(Activities.MembersAdded("29:someone-else"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(Activities.MembersAdded(Activities.BotId))).StatusCode);

        var (_, reply) = await _sender.Sent.NextAsync();
        Assert.StartsWith("Hello, I'm TriageBot", reply.Text);
        Assert.False(_sender.Sent.TryRead(out _));
        Assert.False(_host.Handler.Turns.TryRead(out _));
    }

    [Theory]
    [InlineData("installationUpdate")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Other_activity_types_are_acknowledged_and_ignored(string type)
    {
        var response = await Post(Activities.OfType(type));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(_host.Handler.Turns.TryRead(out _));
    }

    [Fact]
    public async Task An_oversized_activity_is_refused_with_413()
    {
        var response = await Post(Activities.Message(new string('x', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(_host.Handler.Turns.TryRead(out _));
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ", "malformed activity JSON")]
    [InlineData("[1,2,3]", "malformed activity JSON")]
    [InlineData("{\"text\": \"no type\"}", "activity has no type")]
    public async Task Malformed_json_gets_400_with_a_short_reason_and_no_stack_trace(string body, string reason)
    {
        var response = await _host.PostAsync(body, _identity.Bearer());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(reason, (string?)JsonNode.Parse(text)!["error"]);
        Assert.DoesNotContain(" at ", text);
    }
}

public sealed class TeamsLocalModeTests
{
    [Fact]
    public async Task In_local_mode_loopback_callers_are_served_without_a_token()
    {
        await using var host = await TeamsHost.StartAsync(new TeamsOptions { LocalMode = true }, TimeProvider.System, new RecordingReplySender());

        var response = await host.PostAsync(Activities.Message("queue", serviceUrl: "http://localhost:56150").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("queue", (await host.Handler.Turns.NextAsync()).Text);
    }

    [Fact]
    public async Task In_local_mode_a_caller_from_another_machine_is_refused()
    {
        var handler = new TeamsTurnRecorder();
        using var database = new TempDatabase(TimeProvider.System);
        var endpoint = new TeamsActivityEndpoint(new TeamsOptions { LocalMode = true }, null, new TrustedServiceUrls(), new TurnQueue(database.Store.Inbox, new TurnPipelineOptions()), handler,
            new AdaptiveCardRenderer(), null, NullLogger<TeamsActivityEndpoint>.Instance);
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Activities.Message("queue").ToJsonString()));

        var result = await endpoint.HandleAsync(context);

        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
        Assert.False(handler.Turns.TryRead(out _));
    }

    [Fact]
    public async Task In_local_mode_replies_may_only_go_to_a_loopback_service_url()
    {
        await using var host = await TeamsHost.StartAsync(new TeamsOptions { LocalMode = true }, TimeProvider.System, new RecordingReplySender());

        var response = await host.PostAsync(Activities.Message("queue", serviceUrl: "https://smba.trafficmanager.net/amer/").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("loopback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(host.Handler.Turns.TryRead(out _));
    }

    [Fact]
    public async Task The_local_mode_warning_is_logged_at_start_up_before_any_activity()
    {
        var logs = new ListLoggerProvider();
        await using var host = await TeamsHost.StartAsync(new TeamsOptions { LocalMode = true }, TimeProvider.System, new RecordingReplySender(), logs: logs);

        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("TEAMS LOCAL MODE", StringComparison.Ordinal)
            && l.Message.Contains("WITHOUT AUTHENTICATION", StringComparison.Ordinal));
    }
}

public sealed class TeamsOffTests
{
    [Fact]
    public async Task Without_an_app_id_or_the_local_mode_switch_the_endpoint_is_off_even_for_loopback()
    {
        var logs = new ListLoggerProvider();
        await using var host = await TeamsHost.StartAsync(new TeamsOptions(), TimeProvider.System, new RecordingReplySender(), logs: logs);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.StartsWith("Teams channel off", StringComparison.Ordinal));

        var response = await host.PostAsync(Activities.Message("queue", serviceUrl: "http://localhost:56150").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TeamsActivityEndpoint.OffMessage, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
        Assert.False(host.Handler.Turns.TryRead(out _));
    }
}
