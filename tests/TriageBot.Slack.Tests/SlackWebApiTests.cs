using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Tests;

public sealed class SlackWebApiTests : IAsyncLifetime
{
    private const string Token = "xoxb-secret-token-value";
    private FakeSlackApi _slack = null!;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http;
    private readonly BlockKitMessage _message = new BlockKitRenderer().Render(Reply.Say("LE-2026-00001 is yours"));

    // The client as the host builds it: the resilience pipeline on the fake clock, 4 attempts from 1 s.
    public SlackWebApiTests() => _http = new(Channels.OutboundResilience.Handler(4, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), _time)) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _http.BaseAddress = _slack.ApiBaseUrl;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    private SlackWebApi Api(string? token = Token) => new(_http, new SlackOptions
    {
        ReadSecret = name => name == "SLACK_BOT_TOKEN" ? token : null,
        RetryBaseDelay = TimeSpan.FromSeconds(1),
    });

    [Fact]
    public async Task PostMessage_sends_json_with_the_bearer_token_and_returns_the_message_id()
    {
        var posted = await Api().PostMessageAsync("D0DM", _message, threadTs: "1.5", CancellationToken.None);

        Assert.Equal(new PostedMessage("D0DM", "1700000000.000100"), posted);
        var call = _slack.Calls.Single();
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + Token, call.Authorization);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("D0DM", (string?)call.Json["channel"]);
        Assert.Equal("1.5", (string?)call.Json["thread_ts"]);
        Assert.Equal("LE-2026-00001 is yours", (string?)call.Json["text"]);
        Assert.Equal("section", (string?)call.Json["blocks"]![0]!["type"]);
    }

    [Fact]
    public async Task Update_replaces_the_message_by_channel_and_ts()
    {
        await Api().UpdateMessageAsync("D0DM", "1700000000.000100", _message, CancellationToken.None);
        var call = _slack.Calls.Single();
        Assert.Equal("chat.update", call.Method);
        Assert.Equal("1700000000.000100", (string?)call.Json["ts"]);
    }

    [Fact]
    public async Task PostEphemeral_addresses_one_user_in_the_channel()
    {
        Assert.Equal("1700000000.000200", await Api().PostEphemeralAsync("C0LEGAL", "U0DANA", _message, null, CancellationToken.None));
        var call = _slack.Calls.Single();
        Assert.Equal("chat.postEphemeral", call.Method);
        Assert.Equal("U0DANA", (string?)call.Json["user"]);
        Assert.Null(call.Json["thread_ts"]);
    }

    [Fact]
    public async Task OpenConversation_returns_the_direct_message_channel()
    {
        Assert.Equal("D0DM", await Api().OpenConversationAsync("U0DANA", CancellationToken.None));
        Assert.Equal("U0DANA", (string?)_slack.Calls.Single().Json["users"]);
    }

    [Fact]
    public async Task Users_are_read_by_id_and_by_email_with_form_fields()
    {
        var byId = await Api().GetUserAsync("U0DANA", CancellationToken.None);
        var byEmail = await Api().LookupUserByEmailAsync("dana@northwind-labs.com", CancellationToken.None);

        Assert.Equal(new SlackUser("U0DANA", "dana", "Dana Diaz", "dana@northwind-labs.com"), byId);
        Assert.Equal(byId, byEmail);
        Assert.Equal(["users.info", "users.lookupByEmail"], _slack.Calls.Select(c => c.Method));
        Assert.Equal("user=U0DANA", _slack.Calls[0].Body);
        Assert.Equal("email=dana%40northwind-labs.com", _slack.Calls[1].Body);
        Assert.StartsWith("application/x-www-form-urlencoded", _slack.Calls[1].ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ok_false_becomes_an_exception_with_slacks_error_code_and_a_clear_message()
    {
        _slack.Script("chat.postMessage", 200, """{"ok":false,"error":"not_in_channel"}""");

        var e = await Assert.ThrowsAsync<SlackApiException>(() => Api().PostMessageAsync("C0LEGAL", _message, null, CancellationToken.None));
        Assert.Equal("not_in_channel", e.Error);
        Assert.Equal("chat.postMessage", e.Method);
        Assert.Contains("not a member of that channel", e.Message, StringComparison.Ordinal);
        Assert.Single(_slack.Calls); // a refusal is not retried
    }

    [Fact]
    public async Task A_missing_token_fails_without_calling_slack_and_names_the_variable()
    {
        var e = await Assert.ThrowsAsync<SlackApiException>(() => Api(token: null).OpenConversationAsync("U0DANA", CancellationToken.None));
        Assert.Equal("not_authed", e.Error);
        Assert.Contains("SLACK_BOT_TOKEN", e.Message, StringComparison.Ordinal);
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public async Task A_refused_token_is_reported_without_revealing_it()
    {
        _slack.Script("users.info", 200, """{"ok":false,"error":"invalid_auth"}""");
        var e = await Assert.ThrowsAsync<SlackApiException>(() => Api().GetUserAsync("U0DANA", CancellationToken.None));
        Assert.Equal("invalid_auth", e.Error);
        Assert.DoesNotContain(Token, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_waits_for_retry_after_before_trying_again()
    {
        _slack.Script("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "30");

        var call = Api().PostMessageAsync("D0DM", _message, null, CancellationToken.None);
        var waited = await AdvanceUntilAsync(call);

        Assert.Equal(2, _slack.Calls.Count);
        Assert.True(waited >= TimeSpan.FromSeconds(30), $"retried after {waited}");
    }

    [Fact]
    public async Task A_5xx_is_retried_with_back_off_and_the_call_succeeds()
    {
        _slack.Script("conversations.open", 500, """{"error":"boom"}""");
        _slack.Script("conversations.open", 503, """{"error":"boom"}""");

        var call = Api().OpenConversationAsync("U0DANA", CancellationToken.None);
        var waited = await AdvanceUntilAsync(call);

        Assert.Equal("D0DM", await call);
        Assert.Equal(3, _slack.Calls.Count);
        Assert.True(waited >= TimeSpan.FromSeconds(3), $"backed off {waited} (1 s, then 2 s)");
    }

    [Fact]
    public async Task Persistent_5xx_gives_up_after_the_configured_attempts()
    {
        for (var i = 0; i < 4; i++) _slack.Script("chat.update", 502, "{}");

        var call = Api().UpdateMessageAsync("D0DM", "1.1", _message, CancellationToken.None);
        await AdvanceUntilAsync(call, swallow: true);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => call);
        Assert.Equal("http_502", e.Error);
        Assert.Equal(4, _slack.Calls.Count);
    }

    [Fact]
    public async Task A_response_url_gets_an_ephemeral_answer_without_the_token()
    {
        await Api().RespondAsync(_slack.ResponseUrl("r1"), _message, ephemeral: true, CancellationToken.None);
        var call = _slack.Calls.Single();
        Assert.Equal("response_url:r1", call.Method);
        Assert.Equal("", call.Authorization);
        Assert.Equal("ephemeral", (string?)call.Json["response_type"]);
        Assert.False((bool)call.Json["replace_original"]!);
    }

    /// <summary>Moves fake time a second at a time until the call finishes (bounded); returns how much time passed.</summary>
    private async Task<TimeSpan> AdvanceUntilAsync(Task call, bool swallow = false)
    {
        var start = _time.GetUtcNow();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!call.IsCompleted)
        {
            cts.Token.ThrowIfCancellationRequested();
            await Task.Delay(5, CancellationToken.None);
            if (!call.IsCompleted) _time.Advance(TimeSpan.FromSeconds(1));
        }
        if (!swallow) await call;
        return _time.GetUtcNow() - start;
    }
}
