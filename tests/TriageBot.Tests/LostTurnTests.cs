using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Configuration;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Inbound;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Hosting;

namespace TriageBot.Tests;

/// <summary>
/// A turn that was acknowledged but whose stored payload no longer opens cannot run. Its conversation is inside
/// that payload, so the channel keeps the way back (sealed on its own) beside it: on the real <c>triagebot serve</c>
/// over a real LiteDB file with the payload damaged on disk, the sender is told that the message was lost and must
/// be sent again, the other turn still runs, and an admin sees the lost turn and that its sender was told, with no
/// conversation id in the log.
/// </summary>
public sealed class LostTurnTests : IAsyncLifetime
{
    private const string Secret = "lost-turn-signing-secret";
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-lost-").FullName;
    private ChatServiceFakes _fakes = null!;
    private string _config = "";

    public async Task InitializeAsync()
    {
        _fakes = await ChatServiceFakes.StartAsync();
        _config = LoopbackServers.WriteConfig(_dir,
            ("\"LocalMode\": false", "\"LocalMode\": true"),
            ("{ \"Id\": \"dana\", ", "{ \"Id\": \"dana\", \"SlackId\": \"U0DANA\", \"TeamsId\": \"aad-dana\", "),
            ("\"https://slack.com/api/\"", $"\"{_fakes.BaseUrl}api/\""));
    }

    public async Task DisposeAsync()
    {
        await _fakes.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("teams")]
    public async Task The_sender_of_a_queued_turn_that_does_not_open_is_told_it_was_lost_and_to_send_it_again(string channel)
    {
        var settings = TriageBotSettings.Load(AppConfiguration.Build(_config), _dir);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        long lostId;
        string path;
        using (var cases = CaseServices.Open(settings, time))
        {
            path = cases.Database.Path;
            lostId = (await cases.Inbox.AcceptAsync(Draft(channel, "lost")))!.Value;
            await cases.Inbox.AcceptAsync(Draft(channel, "fine"));
            // As the Teams channel stores on every activity: the connector is trusted with this service URL after a restart.
            if (channel == "teams")
                await new Teams.References.LiteDbConversationReferenceStore(cases.Database, time)
                    .RefreshAsync(new("msteams", "aad-dana", "29:dana", _fakes.BaseUrl, Conversation(channel, "fine"), "personal", null, "28:triagebot"));
        }
        // The payload damaged on disk, as a torn write or a bad sector would leave it.
        using (var raw = new LiteDB.LiteDatabase($"Filename={path};Connection=direct"))
        {
            var inbox = raw.GetCollection("inbox");
            var turn = inbox.FindById(lostId);
            turn["Payload"] = "enc:v2:" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(96));
            Assert.True(inbox.Update(turn));
        }

        var host = await HostProcess.StartAsync(_config, new Dictionary<string, string> { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = "xoxb-lost" });
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && (!TextsTo(channel, "lost").Any() || !TextsTo(channel, "fine").Any())) await Task.Delay(100);
        await host.TerminateAsync();
        var log = host.Log;
        host.Dispose();

        var notice = Assert.Single(TextsTo(channel, "lost"));
        Assert.Contains("I lost a message you sent me", notice, StringComparison.Ordinal);
        Assert.Contains("Please send it again", notice, StringComparison.Ordinal);
        Assert.Contains($"turn {lostId}", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(TextsTo(channel, "fine"), t => t.Contains("lost a message", StringComparison.Ordinal)); // the other turn ran
        Assert.Contains($"Turn {lostId} ({channel}", log, StringComparison.Ordinal); // the operator's line
        Assert.DoesNotContain(Conversation(channel, "lost"), log, StringComparison.Ordinal);

        var dead = await CommandLineRun.RunWithAsync(_config, null, "turns", "dead", "--as", "morgan", "--json");
        Assert.Equal(0, dead.ExitCode);
        var listed = JsonNode.Parse(dead.Output)!["turns"]!.AsArray().Single()!;
        Assert.Equal((lostId, true), ((long)listed["id"]!, (bool)listed["unreadable"]!));
        Assert.StartsWith("unreadable", (string?)listed["lastError"], StringComparison.Ordinal);
        Assert.StartsWith("sender told", (string?)listed["lostNotice"], StringComparison.Ordinal);
        var retry = await CommandLineRun.RunWithAsync(_config, null, "turns", "retry", lostId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--as", "morgan");
        Assert.Equal(1, retry.ExitCode);
        Assert.Contains("does not open", retry.Error, StringComparison.Ordinal);
    }

    private Cases.Storage.InboxDraft Draft(string channel, string name)
    {
        var turn = new Turn { ConversationId = $"{channel}:{Conversation(channel, name)}", User = new UserIdentity(channel, channel == "slack" ? "U0DANA" : "aad-dana"), Text = "oncall" };
        return channel == "slack"
            ? new SlackWork(turn, new SlackReplyTarget("T0TEAM", Conversation(channel, name), "U0DANA")).ToDraft("Ev-" + name)
            : new TeamsWork(new ConversationReference(_fakes.BaseUrl, "msteams", Conversation(channel, name), new ChannelAccount("28:triagebot", "TriageBot"),
                new ChannelAccount("29:dana", "Dana Whitfield"), null, "activity-" + name), turn, []).ToDraft("activity-" + name);
    }

    private static string Conversation(string channel, string name) => channel == "slack" ? "D-" + name.ToUpperInvariant() : "a:conv-" + name;

    /// <summary>What reached the conversation: Slack messages to its DM, Teams activities posted into it.</summary>
    private IEnumerable<string> TextsTo(string channel, string name) => _fakes.Calls
        .Where(c => channel == "slack"
            ? c.Target == "chat.postMessage" && (string?)c.Body["channel"] == Conversation(channel, name)
            : c.Target == "connector:" + Conversation(channel, name))
        .Select(c => (string?)c.Body["text"] ?? c.Body.ToJsonString());
}
