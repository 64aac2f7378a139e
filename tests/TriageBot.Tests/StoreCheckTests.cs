using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;

namespace TriageBot.Tests;

/// <summary>
/// <c>triagebot store check</c> opens every document of every sealed collection of a real database file and counts,
/// per collection, those that do not open (never their contents); exit 1 when any does not. Run while the host owns
/// the file, the host checks and <c>GET /ready</c> shows the same counts; a host that starts checks the whole file
/// on its own, so a damaged document nobody has read yet is counted too.
/// </summary>
public sealed class StoreCheckTests : IDisposable
{
    private const string NoteText = "called the duty sergeant, callback 555-0142";
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-storecheck-").FullName;
    private readonly string _config;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public StoreCheckTests() => _config = LoopbackServers.WriteConfig(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<CommandLineRun> Run(params string[] args) =>
        CommandLineRun.RunWithAsync(_config, _time, args.Contains("--as") ? args : [.. args, "--as", "morgan"]);

    [Fact]
    public async Task Store_check_counts_what_does_not_open_per_collection_exits_1_and_the_case_trail_shows_the_entry_unreadable()
    {
        Assert.Equal(0, (await Run("triage", "--save", "--as", "priya", RepositoryPaths.Sample("19-emergency-suicide-chats.eml"), RepositoryPaths.Sample("25-preservation-not-a-subpoena.txt"))).ExitCode);
        Assert.Equal(0, (await Run("cases", "note", "LE-2026-00001", NoteText)).ExitCode);
        Assert.Equal(0, (await Run("cases", "take", "LE-2026-00001")).ExitCode);

        var clean = await Run("store", "check");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("stored documents opens", clean.Output, StringComparison.Ordinal);

        Damage(("cases", d => d["_id"].AsString == "LE-2026-00002"), ("audit", d => d["Action"].AsString == "note"));

        var check = await Run("store", "check", "--json");
        Assert.Equal(1, check.ExitCode);
        var counts = JsonNode.Parse(check.Output)!["collections"]!.AsArray().ToDictionary(c => (string)c!["collection"]!, c => (int)c!["unreadable"]!);
        Assert.Equal((1, 1, 0, 0), (counts["cases"], counts["audit"], counts["case_keys"], counts["inbox"]));
        Assert.Equal(2, (int)JsonNode.Parse(check.Output)!["unreadable"]!);
        Assert.DoesNotContain("555-0142", check.Output, StringComparison.Ordinal);
        Assert.Contains("cases     ", (await Run("store", "check")).Output, StringComparison.Ordinal);
        var refused = await Run("store", "check", "--as", "dana");
        Assert.Equal(2, refused.ExitCode);

        // The lawyer's view of the trail: the note's line is there, in its place, saying it cannot be read.
        var shown = await Run("cases", "show", "LE-2026-00001");
        Assert.Equal(0, shown.ExitCode);
        var trail = shown.Output[shown.Output.IndexOf("Audit trail", StringComparison.Ordinal)..].Split('\n');
        var unreadable = Array.FindIndex(trail, l => l.Contains("ENTRY UNREADABLE", StringComparison.Ordinal));
        Assert.True(unreadable > 0, shown.Output);
        Assert.Contains("morgan", trail[unreadable], StringComparison.Ordinal);
        Assert.Contains("assigned", trail[unreadable + 1], StringComparison.Ordinal);
        Assert.DoesNotContain("555-0142", shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", shown.Output + shown.Error, StringComparison.Ordinal);
        var json = JsonNode.Parse((await Run("cases", "show", "LE-2026-00001", "--json")).Output)!["audit"]!.AsArray();
        var marked = Assert.Single(json, e => (bool)e!["unreadable"]!)!;
        Assert.Equal(("note", null), ((string?)marked["action"], (string?)marked["newValue"]));
    }

    [Fact]
    public async Task A_starting_host_checks_the_whole_store_and_ready_counts_a_damaged_case_nobody_has_read_and_store_check_asks_the_host()
    {
        Assert.Equal(0, (await Run("triage", "--save", "--as", "priya", RepositoryPaths.Sample("25-preservation-not-a-subpoena.txt"), RepositoryPaths.Sample("12-search-warrant-cybertipline.txt"))).ExitCode);
        Damage(("cases", d => d["_id"].AsString == "LE-2026-00001"));
        var settings = TriageBotSettings.Load(AppConfiguration.Build(_config), _dir);
        var cli = new CliContext(() => settings, TextWriter.Null, TextWriter.Null, _time);
        var port = LoopbackServers.FreePort();

        using var cases = CaseServices.Open(settings, _time);
        await using var app = ServeCommand.Build(cases, cli, $"http://127.0.0.1:{port}");
        await app.StartAsync();
        using var http = new HttpClient();
        JsonNode storage;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        do
        {
            storage = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/ready"))!["checks"]!["storage"]!;
            if ((string?)storage["data"]!["fullCheck"] != "running") break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);

        Assert.Equal("degraded", (string?)storage["status"]);
        Assert.Equal(1, (int)storage["data"]!["unreadable.cases"]!);

        var check = await Run("store", "check");
        await app.StopAsync();
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("checked by the running host", check.Output, StringComparison.Ordinal);
        Assert.Contains("1 of ", check.Output, StringComparison.Ordinal);
    }

    /// <summary>Flips a byte of the sealed value of each matching document, with nothing else holding the file.</summary>
    private void Damage(params (string Collection, Func<LiteDB.BsonDocument, bool> Which)[] targets)
    {
        var settings = TriageBotSettings.Load(AppConfiguration.Build(_config), _dir);
        using var raw = new LiteDB.LiteDatabase($"Filename={settings.DatabasePath};Connection=direct");
        foreach (var (name, which) in targets)
        {
            var collection = raw.GetCollection(name);
            foreach (var doc in collection.FindAll().Where(which).ToList())
            {
                var bytes = doc["Sealed"].AsBinary;
                bytes[bytes.Length / 2] ^= 0x41;
                doc["Sealed"] = bytes;
                Assert.True(collection.Update(doc));
            }
        }
    }
}
