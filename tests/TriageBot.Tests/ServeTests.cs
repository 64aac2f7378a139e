using System.Net;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;

namespace TriageBot.Tests;

public sealed class ServeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-serve-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_host_answers_health_on_loopback_and_releases_the_database_when_stopped()
    {
        var config = LoopbackServers.WriteConfig(_dir);
        var settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var cli = new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time);
        var port = LoopbackServers.FreePort();

        using (var cases = CaseServices.Open(settings, time))
        {
            await using var app = ServeCommand.Build(cases, cli, $"http://127.0.0.1:{port}");
            await app.StartAsync();
            using var http = new HttpClient();
            var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync());
            await app.StopAsync();
        }

        using var reopened = CaseServices.Open(settings, time); // the file is free again
        Assert.Empty(await reopened.Store.QueryAsync(new Cases.Storage.CaseQuery()));
    }

    /// <summary>What was seen once in CI after a kill: a stored conversation reference that does not open kept the
    /// host from starting. Now it starts, and says what it left out.</summary>
    [Fact]
    public async Task The_host_starts_over_a_reference_and_a_queued_turn_that_do_not_open_and_ready_counts_them()
    {
        var config = LoopbackServers.WriteConfig(_dir, ("\"LocalMode\": false", "\"LocalMode\": true"));
        var settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var cli = new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time);
        var port = LoopbackServers.FreePort();
        string path;
        using (var cases = CaseServices.Open(settings, time))
        {
            path = cases.Database.Path;
            var references = new Teams.References.LiteDbConversationReferenceStore(cases.Database, time);
            await references.RefreshAsync(new("msteams", "aad-dana", "29:dana", "http://127.0.0.1:9/", "a:dana", "personal", "tenant-1", "28:bot"));
            await cases.Database.Inbox.AcceptAsync(new Cases.Storage.InboxDraft("teams", "a:dana", "{}"));
        }
        // Sealed values that do not open, as damage on disk would leave them.
        using (var raw = new LiteDB.LiteDatabase($"Filename={path};Connection=direct"))
        {
            var damaged = "enc:v2:" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
            var reference = raw.GetCollection(Teams.References.LiteDbConversationReferenceStore.CollectionName);
            foreach (var doc in reference.FindAll().ToList())
            {
                doc[Cases.Storage.CaseDatabaseCollection.SealedField] = damaged;
                reference.Update(doc);
            }
            var inbox = raw.GetCollection("inbox");
            var turn = inbox.FindAll().Single();
            turn["Payload"] = damaged;
            inbox.Update(turn);
        }

        using (var cases = CaseServices.Open(settings, time))
        {
            await using var app = ServeCommand.Build(cases, cli, $"http://127.0.0.1:{port}");
            await app.StartAsync();
            using var http = new HttpClient();
            var ready = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/ready"))!;
            await app.StopAsync();

            Assert.Equal("degraded", (string?)ready["checks"]!["storage"]!["status"]);
            Assert.Equal(3, (int)ready["checks"]!["storage"]!["data"]!["unreadable"]!); // the user's and the chat's reference, the turn
            Assert.Equal(1, (int)ready["checks"]!["inbox"]!["data"]!["dead"]!);
            Assert.Equal(0, (int)ready["checks"]!["inbox"]!["data"]!["pending"]!);
        }
    }
}
