using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Connector;

namespace TriageBot.Teams.Tests;

public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private readonly FakeTimeProvider _time = new(FakeBotFrameworkIdentity.Now);
    private readonly TrustedServiceUrls _trusted = new();
    private readonly HttpClient _http;
    private readonly List<TimeSpan> _delays = [];

    /// <summary>The client as the host builds it (<see cref="ConnectorHttp"/>), on the fake clock; a recording
    /// handler inside the pipeline notes when each attempt is sent, so the waits between them can be read off.</summary>
    public BotConnectorClientTests()
    {
        var attempts = new AttemptClock(_time, _delays) { InnerHandler = new SocketsHttpHandler() };
        _http = new HttpClient(Channels.OutboundResilience.Handler(4, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), _time, attempts)) { Timeout = TimeSpan.FromSeconds(10) };
    }
    private BotConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _trusted.Add(_connector.Url);
        var options = new TeamsOptions { AppId = FakeBotFrameworkIdentity.AppId, AppPassword = "s3cret", TokenEndpoint = _connector.TokenEndpoint };
        _client = new BotConnectorClient(_http, new BotTokenProvider(_http, options, _time), _trusted);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    private static Activity Hello => new() { Type = "message", Text = "hello" };

    [Fact]
    public async Task Sending_posts_the_activity_to_the_conversation_with_the_bots_token()
    {
        var result = await _client.SendToConversationAsync(_connector.Url, "a:1on1", Hello, CancellationToken.None);

        var call = await _connector.Calls.NextAsync();
        Assert.Equal(("POST", "/v3/conversations/a:1on1/activities", "Bearer bot-token-1"), (call.Method, call.Path, call.Authorization));
        Assert.Equal("hello", (string?)call.Body!["text"]);
        Assert.Equal("activity-1", result.Id);
        Assert.Contains("grant_type=client_credentials", _connector.LastTokenForm);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", _connector.LastTokenForm);
    }

    [Fact]
    public async Task Replying_posts_under_the_activity_and_updating_puts_it()
    {
        await _client.ReplyToActivityAsync(_connector.Url, "a:1on1", "act-7", Hello, CancellationToken.None);
        await _client.UpdateActivityAsync(_connector.Url, "a:1on1", "act-8", Hello, CancellationToken.None);

        var reply = await _connector.Calls.NextAsync();
        Assert.Equal(("POST", "/v3/conversations/a:1on1/activities/act-7", "act-7"), (reply.Method, reply.Path, (string?)reply.Body!["replyToId"]));
        var update = await _connector.Calls.NextAsync();
        Assert.Equal(("PUT", "/v3/conversations/a:1on1/activities/act-8", "act-8"), (update.Method, update.Path, (string?)update.Body!["id"]));
    }

    [Fact]
    public async Task Creating_a_one_to_one_conversation_posts_the_member_and_tenant()
    {
        _connector.Script.Enqueue(r => r.WriteAsJsonAsync(new { id = "a:new-chat" }));

        var created = await _client.CreateConversationAsync(_connector.Url,
            new ConversationParameters(new ChannelAccount("28:bot"), [new ChannelAccount("29:dana")]) { TenantId = "tenant-1" }, CancellationToken.None);

        var call = await _connector.Calls.NextAsync();
        Assert.Equal(("POST", "/v3/conversations"), (call.Method, call.Path));
        Assert.Equal(("29:dana", "tenant-1", false), ((string?)call.Body!["members"]![0]!["id"], (string?)call.Body["tenantId"], (bool)call.Body["isGroup"]!));
        Assert.Equal("a:new-chat", created.Id);
    }

    [Fact]
    public async Task The_token_is_reused_until_shortly_before_it_expires()
    {
        await _client.SendToConversationAsync(_connector.Url, "c", Hello, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        await _client.SendToConversationAsync(_connector.Url, "c", Hello, CancellationToken.None);
        Assert.Equal(1, _connector.TokenRequests);

        _time.Advance(TimeSpan.FromMinutes(2)); // 56 min: inside the 5-minute renewal margin of a 60-minute token
        await _client.SendToConversationAsync(_connector.Url, "c", Hello, CancellationToken.None);
        Assert.Equal(2, _connector.TokenRequests);
        Assert.Equal("Bearer bot-token-2", (await SkipAsync(2)).Authorization);
    }

    [Fact]
    public async Task Throttling_is_retried_after_the_servers_retry_after_and_server_errors_with_back_off()
    {
        _connector.Script.Enqueue(FakeConnector.Status(429, retryAfter: "7"));
        _connector.Script.Enqueue(FakeConnector.Status(503));

        var result = await AdvanceUntilAsync(_client.SendToConversationAsync(_connector.Url, "c", Hello, CancellationToken.None));

        Assert.Equal("activity-1", result.Id);
        // Fake time moves in 250 ms steps while the test waits: each wait is at least what was asked for (the
        // server's 7 s, not the 0.5 s back-off), and far below the 30 s cap; a slow machine adds a few steps.
        Assert.Equal(2, _delays.Count);
        Assert.InRange(_delays[0], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(9));
        Assert.InRange(_delays[1], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task A_persistent_server_error_gives_up_after_the_retries_and_a_client_error_is_not_retried()
    {
        for (var i = 0; i < 4; i++) _connector.Script.Enqueue(FakeConnector.Status(500));
        var failed = await Assert.ThrowsAsync<ConnectorException>(() => AdvanceUntilAsync(_client.SendToConversationAsync(_connector.Url, "c", Hello, CancellationToken.None)));
        Assert.Equal((500, 3), (failed.StatusCode, _delays.Count));

        _connector.Script.Enqueue(FakeConnector.Status(403));
        var refused = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(_connector.Url, "c", Hello, CancellationToken.None));
        Assert.Equal((403, 3), (refused.StatusCode, _delays.Count));
    }

    [Fact]
    public async Task A_service_url_that_never_arrived_on_an_authenticated_activity_is_not_called()
    {
        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.SendToConversationAsync("https://attacker.example.com/", "c", Hello, CancellationToken.None));

        Assert.Contains("authenticated activity", refused.Message);
        Assert.Equal(0, _connector.TokenRequests);
    }

    private async Task<ConnectorCall> SkipAsync(int count)
    {
        for (var i = 0; i < count; i++) await _connector.Calls.NextAsync();
        return await _connector.Calls.NextAsync();
    }

    /// <summary>Moves the fake clock 250 ms at a time until the call finishes (bounded by real time).</summary>
    private async Task<T> AdvanceUntilAsync<T>(Task<T> call)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!call.IsCompleted)
        {
            bound.Token.ThrowIfCancellationRequested();
            await Task.Delay(5, CancellationToken.None);
            if (!call.IsCompleted) _time.Advance(TimeSpan.FromMilliseconds(250));
        }
        return await call;
    }

    /// <summary>Inside the resilience pipeline: notes the fake time of each attempt of a request, and records the
    /// wait since the previous attempt of the same request.</summary>
    private sealed class AttemptClock(TimeProvider time, List<TimeSpan> delays) : DelegatingHandler
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpRequestMessage, StrongBox<DateTimeOffset>> _last = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_last.TryGetValue(request, out var previous)) lock (delays) delays.Add(time.GetUtcNow() - previous.Value!);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // From the answer, not the send: the fake clock keeps moving during the real round trip to the fake.
            _last.AddOrUpdate(request, new StrongBox<DateTimeOffset>(time.GetUtcNow()));
            return response;
        }
    }
}
