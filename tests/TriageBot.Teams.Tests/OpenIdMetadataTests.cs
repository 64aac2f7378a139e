using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Teams.Authentication;

namespace TriageBot.Teams.Tests;

/// <summary>When the Bot Framework OpenID metadata can't be had, activities get a quick 503 (not a 500 with a
/// stack trace), all waiting requests share one fetch, and failed fetches back off.</summary>
public sealed class OpenIdMetadataTests : IAsyncLifetime
{
    private readonly Channel<string> _hits = Channel.CreateUnbounded<string>();
    private WebApplication _server = null!;
    private string _url = "";
    /// <summary>What the metadata server does: "hang", "fail" (500), or "serve" (redirect to a working identity).</summary>
    private volatile string _behaviour = "fail";
    private FakeBotFrameworkIdentity? _working;

    public async Task InitializeAsync()
    {
        _server = Loopback.Create();
        _server.MapGet("/openid", async (HttpContext context) =>
        {
            _hits.Writer.TryWrite(_behaviour);
            switch (_behaviour)
            {
                case "hang":
                    try
                    {
                        await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        _hits.Writer.TryWrite("aborted");
                    }
                    return Results.Ok();
                case "serve":
                    return Results.Text(await new HttpClient().GetStringAsync(_working!.MetadataUrl), "application/json");
                default:
                    return Results.StatusCode(500);
            }
        });
        await _server.StartAsync();
        _url = Loopback.Address(_server) + "/openid";
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        if (_working is not null) await _working.DisposeAsync();
    }

    private TeamsOptions Options(TimeSpan? wait = null) => new()
    {
        AppId = FakeBotFrameworkIdentity.AppId,
        AppPassword = "test-app-password",
        OpenIdMetadataUrl = _url,
        RequireHttpsMetadata = false,
        MetadataWait = wait ?? TimeSpan.FromSeconds(4),
    };

    private int Hits()
    {
        var count = 0;
        while (_hits.Reader.TryRead(out _)) count++;
        return count;
    }

    [Fact]
    public async Task A_metadata_server_that_never_answers_is_asked_once_and_every_waiting_request_is_released_after_the_wait()
    {
        _behaviour = "hang";
        var time = new FakeTimeProvider(FakeBotFrameworkIdentity.Now);
        using var http = new HttpClient();
        var cache = new OpenIdMetadataCache(Options(), http, time);

        var waiting = Enumerable.Range(0, 5).Select(_ => cache.GetAsync(CancellationToken.None)).ToList();
        await _hits.Reader.NextAsync(); // the one shared fetch reached the server and hangs there
        Assert.DoesNotContain(waiting, t => t.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(4));

        var results = await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(results, Assert.Null);
        Assert.Equal(1, cache.Fetches);

        // At the fetch timeout the request itself is dropped, not left hanging on the server.
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal("aborted", await _hits.Reader.NextAsync());
    }

    [Fact]
    public async Task After_a_failed_fetch_requests_are_answered_at_once_and_the_next_fetch_waits_for_the_back_off()
    {
        var time = new FakeTimeProvider(FakeBotFrameworkIdentity.Now);
        var logs = new ListLoggerProvider();
        using var http = new HttpClient();
        using var factory = new LoggerFactory([logs]);
        var cache = new OpenIdMetadataCache(Options(), http, time, factory.CreateLogger<OpenIdMetadataCache>());

        Assert.Null(await cache.GetAsync(CancellationToken.None));
        for (var i = 0; i < 20; i++) Assert.Null(await cache.GetAsync(CancellationToken.None));
        Assert.Equal((1, 1), (cache.Fetches, Hits()));

        time.Advance(OpenIdMetadataCache.FirstBackOff);
        Assert.Null(await cache.GetAsync(CancellationToken.None));
        Assert.Equal((2, 1), (cache.Fetches, Hits()));

        _working = await FakeBotFrameworkIdentity.StartAsync();
        _behaviour = "serve";
        time.Advance(OpenIdMetadataCache.FirstBackOff * 2);
        Assert.NotNull(await cache.GetAsync(CancellationToken.None));
        Assert.Equal(3, cache.Fetches);

        // One line per failed fetch, not per request, and no exception (stack trace) attached.
        var failures = logs.Lines.Where(x => x.Message.StartsWith("Bot Framework OpenID metadata could not be fetched", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Null(f.Exception));
        Assert.All(failures, f => Assert.DoesNotContain("\n", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_metadata_cannot_be_fetched_an_activity_gets_503_with_a_short_reason_not_a_stack_trace()
    {
        using var identity = new TokenSource();
        var logs = new ListLoggerProvider();
        await using var host = await TeamsHost.StartAsync(Options(), new FakeTimeProvider(FakeBotFrameworkIdentity.Now), new RecordingReplySender(), logs: logs);

        var response = await host.PostAsync(Activities.Message("queue").ToJsonString(), "Bearer " + identity.Forged());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("authentication keys unavailable, retry later", (string?)JsonNode.Parse(body)!["error"]);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Exception is not null || l.Level >= LogLevel.Error);
        Assert.False(host.Handler.Turns.TryRead(out _));
    }

    [Fact]
    public async Task Concurrent_activities_against_a_hanging_metadata_server_all_get_503_without_queueing_behind_each_other()
    {
        _behaviour = "hang";
        using var identity = new TokenSource();
        await using var host = await TeamsHost.StartAsync(Options(TimeSpan.FromSeconds(1)), TimeProvider.System, new RecordingReplySender());
        var clock = Stopwatch.StartNew();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            host.PostAsync(Activities.Message("queue").ToJsonString(), "Bearer " + identity.Forged())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        Assert.Equal(1, host.Service<OpenIdMetadataCache>().Fetches);
        // Loose bound: one after the other behind a 10 s fetch timeout each would take 30 s.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task With_the_metadata_available_a_forged_token_is_still_refused_with_401()
    {
        _working = await FakeBotFrameworkIdentity.StartAsync();
        await using var host = await TeamsHost.StartAsync(_working.Options(), new FakeTimeProvider(FakeBotFrameworkIdentity.Now), new RecordingReplySender());

        var response = await host.PostAsync(Activities.Message("queue").ToJsonString(), _working.Bearer(_working.Token(unpublishedKey: true)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(host.Handler.Turns.TryRead(out _));
    }

    /// <summary>Signs tokens with a key nobody published: what an attacker can make.</summary>
    private sealed class TokenSource : IDisposable
    {
        private readonly System.Security.Cryptography.RSA _key = System.Security.Cryptography.RSA.Create(2048);

        public string Forged() => new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = TeamsOptions.BotFrameworkIssuer,
            Audience = FakeBotFrameworkIdentity.AppId,
            Claims = new Dictionary<string, object> { [BotFrameworkTokenValidator.ServiceUrlClaim] = FakeBotFrameworkIdentity.ServiceUrl },
            SigningCredentials = new(new Microsoft.IdentityModel.Tokens.RsaSecurityKey(_key) { KeyId = "forged" }, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256),
        });

        public void Dispose() => _key.Dispose();
    }
}
