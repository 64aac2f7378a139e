using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Proactive;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Tests;

public sealed class TeamsNotifierTests : IAsyncLifetime
{
    private static readonly CasesOptions Roster = new()
    {
        Team = [new TeamMember { Id = "dana", Name = "Dana", TeamsId = "AAD-DANA" }, new TeamMember { Id = "lee", Name = "Lee" }],
    };

    private readonly FakeTimeProvider _time = new(FakeBotFrameworkIdentity.Now);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FakeConnector _connector = null!;
    private TempDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _database = new TempDatabase(_time);
    }

    public async Task DisposeAsync()
    {
        _database.Dispose();
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    private ConversationReferenceRecord Personal => new("msteams", "aad-dana", "29:dana", _connector.Url, "a:1on1", "personal", "tenant-1", "28:bot-id");

    /// <summary>What the host builds at start-up: trusted URLs seeded from the store, a notifier over it.</summary>
    private async Task<TeamsNotifier> StartNotifierAsync(IConversationReferenceStore references)
    {
        var trusted = new TrustedServiceUrls();
        await new TrustedServiceUrlSeeder(trusted, references).StartAsync(CancellationToken.None);
        var client = new BotConnectorClient(_http, new BotTokenProvider(_http, new TeamsOptions { LocalMode = true }, _time), trusted);
        return new TeamsNotifier(client, references, trusted, new AdaptiveCardRenderer(), Roster, NullLogger<TeamsNotifier>.Instance);
    }

    private static Reply Assigned => Reply.WithCard("LE-2026-00001 is yours.", new Card("LE-2026-00001", [new CardFact("Priority", "P1")], [], []));

    [Fact]
    public async Task A_page_when_the_Teams_channel_is_off_fails_permanently_so_the_chain_moves_on_without_retrying()
    {
        await _database.References.RefreshAsync(Personal);
        var trusted = new TrustedServiceUrls();
        var off = new BotConnectorClient(_http, new BotTokenProvider(_http, new TeamsOptions(), _time), trusted);
        var notifier = new TeamsNotifier(off, _database.References, trusted, new AdaptiveCardRenderer(), Roster, NullLogger<TeamsNotifier>.Instance);
        var pages = new TriageBot.Teams.Proactive.TeamsPageChannel(notifier, off, _database.References, trusted, new AdaptiveCardRenderer(), Roster, null);

        var delivery = await pages.SendAsync("dana", Assigned, CancellationToken.None);

        Assert.Equal(TriageBot.Dialogs.Paging.PageDeliveryStatus.Permanent, delivery.Status);
        Assert.Equal("the Teams channel is off (no Teams:AppId)", delivery.Problem);
        Assert.False(_connector.Calls.TryRead(out _));
    }

    [Fact]
    public async Task A_member_is_reached_in_their_personal_chat_after_a_restart()
    {
        await _database.References.RefreshAsync(Personal);
        var notifier = await StartNotifierAsync(_database.Reopen());

        var delivery = await notifier.NotifyMemberAsync("dana", Assigned, CancellationToken.None);

        Assert.Equal(new TeamsDelivery(TeamsDeliveryStatus.Sent, "a:1on1", "activity-1"), delivery);
        var call = await _connector.Calls.NextAsync();
        Assert.Equal(("POST", "/v3/conversations/a:1on1/activities"), (call.Method, call.Path));
        Assert.Equal("LE-2026-00001 is yours.", (string?)call.Body!["text"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)call.Body["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task A_member_only_seen_in_a_channel_gets_a_new_personal_chat_which_is_remembered()
    {
        await _database.References.RefreshAsync(Personal with { ConversationId = "19:channel@thread.tacv2", ConversationType = "channel" });
        _connector.Script.Enqueue(r => r.WriteAsJsonAsync(new { id = "a:new-chat" }));
        var notifier = await StartNotifierAsync(_database.References);

        var delivery = await notifier.NotifyMemberAsync("dana", Assigned, CancellationToken.None);

        Assert.Equal(TeamsDeliveryStatus.Sent, delivery.Status);
        var create = await _connector.Calls.NextAsync();
        Assert.Equal(("POST", "/v3/conversations"), (create.Method, create.Path));
        Assert.Equal("29:dana", (string?)create.Body!["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)create.Body["tenantId"]);
        Assert.Equal("/v3/conversations/a:new-chat/activities", (await _connector.Calls.NextAsync()).Path);
        Assert.Equal("a:new-chat", (await _database.References.FindByUserAsync("msteams", "aad-dana"))!.ConversationId);
    }

    [Fact]
    public async Task A_stale_reference_is_marked_and_reported_without_throwing()
    {
        await _database.References.RefreshAsync(Personal);
        _connector.Script.Enqueue(async r =>
        {
            r.StatusCode = StatusCodes.Status403Forbidden;
            await r.WriteAsJsonAsync(new { error = new { code = "BotNotInConversationRoster", message = "The bot is not part of the conversation roster." } });
        });
        var notifier = await StartNotifierAsync(_database.References);

        var delivery = await notifier.NotifyMemberAsync("dana", Assigned, CancellationToken.None);

        Assert.Equal((TeamsDeliveryStatus.Stale, "a:1on1"), (delivery.Status, delivery.ConversationId));
        Assert.Contains("403", delivery.Problem);
        Assert.True((await _database.References.FindByUserAsync("msteams", "aad-dana"))!.IsStale);
    }

    [Theory]
    [InlineData("lee", TeamsDeliveryStatus.UnknownMember)]
    [InlineData("nobody", TeamsDeliveryStatus.UnknownMember)]
    [InlineData("dana", TeamsDeliveryStatus.NoReference)]
    public async Task A_member_who_cannot_be_reached_is_reported_and_nothing_is_sent(string member, TeamsDeliveryStatus expected)
    {
        var notifier = await StartNotifierAsync(_database.References);

        var delivery = await notifier.NotifyMemberAsync(member, Assigned, CancellationToken.None);

        Assert.Equal(expected, delivery.Status);
        Assert.False(_connector.Calls.TryRead(out _));
    }
}
