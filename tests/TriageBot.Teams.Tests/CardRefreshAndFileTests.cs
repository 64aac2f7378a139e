using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Files;
using TriageBot.Teams.Hosting;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Tests;

/// <summary>Card refresh in place, files shared in personal chat, and references stored from every activity.</summary>
public sealed class CardRefreshAndFileTests : IAsyncLifetime
{
    private static readonly Card Taken = new("LE-2026-00001", [new CardFact("Assignee", "Taken by Dana at 14:02 UTC")], [], []);
    private readonly FakeTimeProvider _time = new(FakeBotFrameworkIdentity.Now);
    private readonly RecordingReplySender _sender = new();
    private FakeBotFrameworkIdentity _identity = null!;
    private HttpsFileServer _files = null!;
    private TeamsFileHttp _fileHttp = null!;
    private TempDatabase _database = null!;
    private TeamsHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeBotFrameworkIdentity.StartAsync();
        _files = await HttpsFileServer.StartAsync();
        _fileHttp = _files.Http();
        _database = new TempDatabase(_time);
        var options = _identity.Options();
        _host = await TeamsHost.StartAsync(options, _time, _sender, services =>
        {
            services.AddSingleton(_fileHttp);
            services.AddSingleton(_database.References); // registered after the host's own: this test reads them
            services.AddSingleton(new TriageBot.Intake.IntakeLimits(MaxBytes: 1024)); // Intake:MaxBytes bounds shared files too
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
        _fileHttp.Dispose();
        await _files.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private Task<HttpResponseMessage> Post(JsonObject activity) => _host.PostAsync(activity.ToJsonString(), _identity.Bearer());

    private static JsonObject WithFile(JsonObject activity, string name, string url)
    {
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = "f1", ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        });
        return activity;
    }

    [Fact]
    public async Task An_action_submit_replaces_the_pressed_card_with_the_reply_card()
    {
        _host.Handler.Answer = _ => [Reply.Replacing("Taken.", Taken)];
        var submit = Activities.Submit("take", "LE-2026-00001");
        submit["replyToId"] = "card-activity-7";

        await Post(submit);

        var (activityId, reply) = await _sender.Updated.NextAsync();
        Assert.Equal("card-activity-7", activityId);
        Assert.Same(Taken, reply.Cards[0]);
        Assert.False(_sender.Sent.TryRead(out _));
    }

    [Fact]
    public async Task An_action_execute_answers_with_the_replacing_card_and_posts_every_other_reply_as_a_new_message()
    {
        _host.Handler.Answer = _ => [Reply.Replacing("Taken.", Taken), Reply.Say("Dana is notified.")];
        var execute = Activities.Execute("take", "LE-2026-00001");
        execute["replyToId"] = "card-activity-7";

        var response = await Post(execute);

        Assert.Contains("Taken by Dana at 14:02 UTC", await response.Content.ReadAsStringAsync());
        Assert.Equal("Dana is notified.", (await _sender.Sent.NextAsync()).Reply.Text);
        Assert.False(_sender.Updated.TryRead(out _)); // the invoke response already replaced the card: no second copy
    }

    [Fact]
    public async Task A_new_card_answer_to_an_action_execute_is_a_new_message_and_leaves_the_pressed_card_alone()
    {
        _host.Handler.Answer = _ => [Reply.WithCard("Here is the draft.", Taken)];
        var execute = Activities.Execute("request_info", "LE-2026-00001");
        execute["replyToId"] = "card-activity-7";

        var response = await Post(execute);

        Assert.Contains("application/vnd.microsoft.activity.message", await response.Content.ReadAsStringAsync());
        // The reply went through the durable inbox (stored as JSON), so it is an equal card, not the same instance.
        var sent = (await _sender.Sent.NextAsync()).Reply.Cards[0];
        Assert.Equal(Taken.Title, sent.Title);
        Assert.Equal(Taken.Facts, sent.Facts);
        Assert.False(_sender.Updated.TryRead(out _));
    }

    [Fact]
    public async Task The_connector_sender_updates_the_card_activity_in_place()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var trusted = new TrustedServiceUrls();
        trusted.Add(connector.Url);
        var sender = new ConnectorReplySender(new BotConnectorClient(http, new BotTokenProvider(http, new TeamsOptions { LocalMode = true }, _time), trusted), new AdaptiveCardRenderer());
        var conversation = new ConversationReference(connector.Url, "msteams", "a:1on1", new("28:bot-id"), new("29:dana"), "tenant-1", "1700000000001");

        await sender.UpdateAsync(conversation, "card-activity-7", Reply.WithCard("Taken.", Taken), CancellationToken.None);

        var call = await connector.Calls.NextAsync();
        Assert.Equal(("PUT", "/v3/conversations/a:1on1/activities/card-activity-7", "card-activity-7"), (call.Method, call.Path, (string?)call.Body!["id"]));
        Assert.Contains("Taken by Dana at 14:02 UTC", call.Body.ToJsonString());
    }

    [Fact]
    public async Task A_file_shared_in_personal_chat_reaches_the_dialogs_as_a_turn_file()
    {
        await Post(WithFile(Activities.Message(""), "request.eml", _files.Url("/files/request.eml")));

        var turn = await _host.Handler.Turns.NextAsync();
        var file = Assert.Single(turn.Files);
        Assert.Equal(("request.eml", "Subject: Subpoena"), (file.Name, Encoding.UTF8.GetString(file.Content)));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_clear_reply_and_no_turn()
    {
        await Post(WithFile(Activities.Message(""), "big.pdf", _files.Url("/files/big.pdf")));

        var (_, reply) = await _sender.Sent.NextAsync();
        Assert.Equal("I did not read big.pdf: it is larger than 1 KB; paste the request text or send a smaller file.", reply.Text);
        Assert.False(_host.Handler.Turns.TryRead(out _));
    }

    [Fact]
    public async Task A_file_link_that_is_not_https_is_not_fetched_but_the_message_text_still_runs()
    {
        await Post(WithFile(Activities.Message("see attached"), "request.eml", "http://files.example.com/request.eml"));

        var turn = await _host.Handler.Turns.NextAsync();
        Assert.Equal(("see attached", 0), (turn.Text, turn.Files.Count));
        Assert.Contains("not https", (await _sender.Sent.NextAsync()).Reply.Text);
    }

    [Fact]
    public async Task Every_incoming_activity_refreshes_the_senders_conversation_reference()
    {
        var response = await Post(Activities.OfType("installationUpdate"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _database.References.FindByUserAsync("msteams", "aad-dana");
        Assert.Equal(new ConversationReferenceRecord("msteams", "aad-dana", "29:user-id", FakeBotFrameworkIdentity.ServiceUrl, "a:1on1", "personal", "tenant-1", Activities.BotId)
            { UpdatedAt = FakeBotFrameworkIdentity.Now.UtcDateTime }, stored);
    }
}
