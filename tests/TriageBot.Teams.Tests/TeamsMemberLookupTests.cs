using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Connector;

namespace TriageBot.Teams.Tests;

/// <summary>The sender's e-mail from the Bot Connector's member API (the loopback fake), matched with the roster:
/// found, not found, cached, and a failing API that neither crashes the turn nor matches anybody.</summary>
public sealed class TeamsMemberLookupTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(FakeBotFrameworkIdentity.Now);
    private readonly TrustedServiceUrls _trusted = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TeamDirectory _directory = new(new CasesOptions
    {
        Team =
        [
            new TeamMember { Id = "dana", Name = "Dana Diaz", Email = "dana@northwind-labs.com", Roles = ["reviewer"] },
            new TeamMember { Id = "lee", Name = "Lee Park", Email = "lee@northwind-labs.com", Roles = ["reviewer"] },
        ],
    });
    private FakeConnector _connector = null!;
    private TeamsMemberLookup _lookup = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _trusted.Add(_connector.Url);
        var options = new TeamsOptions { AppId = FakeBotFrameworkIdentity.AppId, AppPassword = "s3cret", TokenEndpoint = _connector.TokenEndpoint };
        var client = new BotConnectorClient(_http, new BotTokenProvider(_http, options, _time), _trusted);
        _lookup = new TeamsMemberLookup(client, _directory, _time, NullLogger<TeamsMemberLookup>.Instance);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    private Activity From(string aadId, string? serviceUrl = null) => new()
    {
        Type = "message",
        ServiceUrl = serviceUrl ?? _connector.Url,
        From = new ChannelAccount("29:" + aadId, "Someone") { AadObjectId = aadId },
        Conversation = new ConversationAccount("a:personal-" + aadId) { ConversationType = "personal" },
        Text = "queue",
    };

    private static Turn TurnOf(Activity activity) => TurnTranslator.FromMessage(activity)!;

    private void Answer(object member) => _connector.Script.Enqueue(response => response.WriteAsJsonAsync(member));

    private async Task<Turn> LookUpAsync(Activity activity) => await _lookup.WithEmailAsync(activity, TurnOf(activity), CancellationToken.None);

    [Fact]
    public async Task A_sender_unknown_by_teams_id_is_found_on_the_roster_by_the_email_the_member_api_gives()
    {
        Answer(new { id = "29:aad-1", name = "Dana Diaz", email = "Dana@Northwind-Labs.com", userPrincipalName = "dana@northwind-labs.com" });

        var turn = await LookUpAsync(From("aad-1"));

        var call = await _connector.Calls.NextAsync();
        Assert.Equal(("GET", "/v3/conversations/a:personal-aad-1/members/29:aad-1"), (call.Method, call.Path));
        Assert.Equal("Dana@Northwind-Labs.com", turn.User.Email);
        Assert.Equal("dana", _directory.Find(turn.User)?.Id);
    }

    [Fact]
    public async Task Without_an_email_the_user_principal_name_is_used()
    {
        Answer(new { id = "29:aad-2", name = "Lee Park", userPrincipalName = "lee@northwind-labs.com" });

        var turn = await LookUpAsync(From("aad-2"));

        Assert.Equal("lee", _directory.Find(turn.User)?.Id);
    }

    [Fact]
    public async Task A_member_not_on_the_roster_stays_unknown()
    {
        Answer(new { id = "29:aad-3", name = "Mallory", email = "mallory@contoso.example" });

        var turn = await LookUpAsync(From("aad-3"));

        Assert.Equal("mallory@contoso.example", turn.User.Email);
        Assert.Null(_directory.Find(turn.User));
    }

    [Fact]
    public async Task A_name_without_an_at_sign_is_not_taken_for_an_email()
    {
        Answer(new { id = "29:aad-4", name = "dana", userPrincipalName = "dana" });

        var turn = await LookUpAsync(From("aad-4"));

        Assert.Null(turn.User.Email);
        Assert.Null(_directory.Find(turn.User));
    }

    [Fact]
    public async Task The_answer_is_cached_for_an_hour_per_user_then_asked_again()
    {
        Answer(new { id = "29:aad-1", email = "dana@northwind-labs.com" });
        await LookUpAsync(From("aad-1"));
        await _connector.Calls.NextAsync();

        _time.Advance(TimeSpan.FromMinutes(59));
        var cached = await LookUpAsync(From("aad-1"));
        Assert.Equal("dana", _directory.Find(cached.User)?.Id);
        Assert.False(_connector.Calls.TryRead(out _)); // no second call within the hour

        // Another user is not answered from dana's entry.
        Answer(new { id = "29:aad-2", email = "lee@northwind-labs.com" });
        Assert.Equal("lee", _directory.Find((await LookUpAsync(From("aad-2"))).User)?.Id);
        await _connector.Calls.NextAsync();

        _time.Advance(TimeSpan.FromMinutes(2));
        Answer(new { id = "29:aad-1", email = "dana@northwind-labs.com" });
        await LookUpAsync(From("aad-1"));
        Assert.Equal("/v3/conversations/a:personal-aad-1/members/29:aad-1", (await _connector.Calls.NextAsync()).Path);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(403)]
    public async Task A_failing_member_api_leaves_the_turn_as_it_was_and_matches_nobody(int status)
    {
        _connector.Script.Enqueue(FakeConnector.Status(status));

        var turn = await LookUpAsync(From("aad-1"));

        Assert.Null(turn.User.Email);
        Assert.Null(_directory.Find(turn.User));
        Assert.Equal("aad-1", turn.User.Id);
    }

    [Fact]
    public async Task A_failure_is_remembered_five_minutes_then_asked_again()
    {
        _connector.Script.Enqueue(FakeConnector.Status(500));
        await LookUpAsync(From("aad-1"));
        await _connector.Calls.NextAsync();

        _time.Advance(TimeSpan.FromMinutes(4));
        await LookUpAsync(From("aad-1"));
        Assert.False(_connector.Calls.TryRead(out _));

        _time.Advance(TimeSpan.FromMinutes(2));
        Answer(new { id = "29:aad-1", email = "dana@northwind-labs.com" });
        var turn = await LookUpAsync(From("aad-1"));
        Assert.Equal("dana", _directory.Find(turn.User)?.Id);
    }

    [Fact]
    public async Task An_unreachable_connector_or_a_garbled_answer_does_not_crash_the_turn()
    {
        var closedPort = $"http://127.0.0.1:{LoopbackPort()}/";
        _trusted.Add(closedPort);
        var unreachable = await LookUpAsync(From("aad-5", closedPort));
        Assert.Null(unreachable.User.Email);

        _connector.Script.Enqueue(async response => { response.ContentType = "application/json"; await response.WriteAsync("{not json"); });
        var garbled = await LookUpAsync(From("aad-6"));
        Assert.Null(garbled.User.Email);
        Assert.Null(_directory.Find(garbled.User));
    }

    [Fact]
    public async Task A_sender_the_roster_knows_by_teams_id_is_not_looked_up()
    {
        var directory = new TeamDirectory(new CasesOptions
        {
            Team = [new TeamMember { Id = "dana", Name = "Dana Diaz", Email = "dana@northwind-labs.com", Roles = ["reviewer"], Addresses = { ["teams"] = "aad-1" } }],
        });
        var options = new TeamsOptions { AppId = FakeBotFrameworkIdentity.AppId, AppPassword = "s3cret", TokenEndpoint = _connector.TokenEndpoint };
        var lookup = new TeamsMemberLookup(new BotConnectorClient(_http, new BotTokenProvider(_http, options, _time), _trusted), directory, _time, NullLogger<TeamsMemberLookup>.Instance);
        var activity = From("aad-1");

        var turn = await lookup.WithEmailAsync(activity, TurnOf(activity), CancellationToken.None);

        Assert.Equal("dana", directory.Find(turn.User)?.Id);
        Assert.False(_connector.Calls.TryRead(out _));
    }

    private static int LoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
