using System.Text;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;

namespace TriageBot.Tests;

/// <summary>The default configuration end to end: what TriageBot writes holds nothing readable, files are
/// private, only roster members act, and backups work while the host runs.</summary>
public sealed class PrivacyCommandTests : IDisposable
{
    private static readonly string[] Markers =
    [
        "Marguerite Okonkwo-Vale", "m.okonkwo-vale@kent-police.example", "+44 7700 900123", "7700 900123", "nightowl_4417", "998877665",
        "extortion of a minor", "Ilse Brandt", "0161 496 0733", "OP-HALCYON-2291",
    ];

    private const string Request = """
        From: Det. Marguerite Okonkwo-Vale <m.okonkwo-vale@kent-police.example>
        Subject: Preservation request, our reference OP-HALCYON-2291

        Kent Police, Maidstone, United Kingdom. Please preserve all records of the account @nightowl_4417
        for 90 days. This concerns NCMEC CyberTipline Report 998877665 about alleged extortion of a minor.
        Contact: Det. Marguerite Okonkwo-Vale, phone +44 7700 900123, m.okonkwo-vale@kent-police.example.
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-privacy-").FullName;
    private readonly string _inputs = Directory.CreateTempSubdirectory("triagebot-inputs-").FullName;
    private readonly string _config;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public PrivacyCommandTests() => _config = LoopbackServers.WriteConfig(_dir);

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        Directory.Delete(_inputs, recursive: true);
    }

    private Task<CommandLineRun> Run(params string[] args) => CommandLineRun.RunWithAsync(_config, _time, args);

    private static IReadOnlyList<string> Found(byte[] bytes) =>
        [.. Markers.Where(m => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(m)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(m)) >= 0)];

    private List<string> ScanWrittenFiles() =>
        [.. Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "appsettings.json")
            .SelectMany(f => Found(File.ReadAllBytes(f)).Select(m => $"{Path.GetRelativePath(_dir, f)}: {m}"))];

    private async Task<string> SaveRequestAsync()
    {
        var input = Path.Combine(_inputs, "request.txt");
        await File.WriteAllTextAsync(input, Request);
        var saved = await Run("triage", "--save", "--as", "priya", input);
        Assert.Equal(0, saved.ExitCode);
        return "LE-2026-00001";
    }

    [Fact]
    public async Task With_the_default_configuration_no_planted_marker_is_readable_in_any_file_triagebot_writes()
    {
        // The scan finds every marker where they are in the clear: the request as received.
        Assert.Equal(Markers.Length - 2, Found(Encoding.UTF8.GetBytes(Request)).Count); // the relative is added by the note

        var caseId = await SaveRequestAsync();
        Assert.Equal(0, (await Run("cases", "note", caseId, "called", "grandmother", "Ilse", "Brandt", "on", "0161", "496", "0733", "--as", "dana")).ExitCode);
        Assert.Equal(0, (await Run("cases", "assign", caseId, "lee", "--reason", "Ilse Brandt asked to call back", "--as", "dana")).ExitCode);
        Assert.Equal(0, (await Run("export", "transparency", "--half", "2026H2", "--out", Path.Combine(_dir, "export.csv"), "--as", "morgan")).ExitCode);
        var backup = await Run("backup", "--out", Path.Combine(_dir, "backups", "cases.bak"), "--as", "morgan");
        Assert.Equal(0, backup.ExitCode);
        var shown = await Run("cases", "show", caseId, "--json", "--as", "dana");

        Assert.Empty(ScanWrittenFiles());
        // Still all readable through TriageBot.
        Assert.Contains("Ilse Brandt", shown.Output);
        Assert.Contains("m.okonkwo-vale@kent-police.example", shown.Output);
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in new[] { "data/cases.db", "triagebot.key", "export.csv", "backups/cases.bak" })
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dir, file)));
        }
    }

    [Fact]
    public async Task A_data_key_file_is_generated_once_outside_the_database_folder_and_announced_once()
    {
        var first = await Run("queue", "--as", "dana");
        var key = await File.ReadAllTextAsync(Path.Combine(_dir, "triagebot.key"));
        var second = await Run("queue", "--as", "dana");

        Assert.Contains($"generated one", first.Error);
        Assert.Contains(Path.Combine(_dir, "triagebot.key"), first.Error);
        Assert.DoesNotContain("generated", second.Error);
        Assert.Equal(key, await File.ReadAllTextAsync(Path.Combine(_dir, "triagebot.key")));
        Assert.False(File.Exists(Path.Combine(_dir, "data", "triagebot.key")));
    }

    [Fact]
    public async Task Rotating_the_key_file_keeps_every_case_readable_under_the_new_key()
    {
        var caseId = await SaveRequestAsync();
        var before = (await File.ReadAllLinesAsync(Path.Combine(_dir, "triagebot.key")))[^1].Split(' ')[0];

        var rotated = await Run("keys", "rotate", "--as", "morgan");
        var keys = (await File.ReadAllLinesAsync(Path.Combine(_dir, "triagebot.key"))).Where(l => !l.StartsWith('#')).ToList();
        var shown = await Run("cases", "show", caseId, "--json", "--as", "dana");

        Assert.Equal(0, rotated.ExitCode);
        Assert.Contains($"from key {before} to key", rotated.Output);
        Assert.Single(keys);
        Assert.NotEqual(before, keys[0].Split(' ')[0]);
        Assert.Contains("nightowl_4417", shown.Output);
    }

    [Theory]
    [InlineData("mallory")]
    [InlineData("")]
    public async Task The_command_line_refuses_an_actor_who_is_not_on_the_roster_and_changes_nothing(string who)
    {
        var caseId = await SaveRequestAsync();
        var expected = who.Length > 0 ? who : Environment.GetEnvironmentVariable("TRIAGEBOT_USER") is { Length: > 0 } user ? user : Environment.UserName;
        string[] args = ["oncall", "set", "primary", "sam", "--until", "2026-11-22T00:00:00Z", .. (who.Length > 0 ? new[] { "--as", who } : [])];

        var set = await Run(args);
        var take = await Run(["cases", "take", caseId, .. (who.Length > 0 ? new[] { "--as", who } : [])]);
        var shown = await Run("cases", "show", caseId, "--json", "--as", "dana");

        Assert.Equal((2, 2), (set.ExitCode, take.ExitCode));
        Assert.Contains($"'{expected}' is not on the team roster (Cases:Team), so nothing was done", set.Error);
        Assert.Contains($"'{expected}' is not on the team roster", take.Error);
        Assert.DoesNotContain(expected, shown.Output.Replace("\"submittedBy\": \"priya\"", ""), StringComparison.Ordinal);
        Assert.Contains("\"assignee\": null", shown.Output);
    }

    [Fact]
    public async Task The_command_line_applies_the_chat_role_rules()
    {
        var caseId = await SaveRequestAsync();

        var staffSetsOnCall = await Run("oncall", "set", "primary", "sam", "--until", "2026-11-22T00:00:00Z", "--as", "priya");
        var reviewerExports = await Run("export", "transparency", "--half", "2026H2", "--as", "lee");
        var reviewerPurges = await Run("cases", "purge", "--as", "dana");
        var staffSeesOwnCase = await Run("cases", "show", caseId, "--as", "priya");
        var staffSeesQueue = await Run("queue", "--as", "priya");

        Assert.Equal(2, staffSetsOnCall.ExitCode);
        Assert.Contains("only managers can change who is on call", staffSetsOnCall.Error);
        Assert.Equal(2, reviewerExports.ExitCode);
        Assert.Contains("only managers can export", reviewerExports.Error);
        Assert.Equal(2, reviewerPurges.ExitCode);
        Assert.Contains("only admins can purge cases", reviewerPurges.Error);
        Assert.Equal(0, staffSeesOwnCase.ExitCode);
        Assert.Equal(2, staffSeesQueue.ExitCode);
        Assert.Contains("only reviewers can see the queue", staffSeesQueue.Error);
    }

    [Fact]
    public async Task A_backup_is_taken_from_the_running_host_and_restore_waits_until_the_host_has_stopped()
    {
        var caseId = await SaveRequestAsync();
        var settings = TriageBotSettings.Load(AppConfiguration.Build(_config), _dir);
        var backupFile = Path.Combine(_dir, "backup.db");
        var cli = new CliContext(() => settings, TextWriter.Null, TextWriter.Null, _time);

        using (var cases = CaseServices.Open(settings, _time))
        {
            await using var app = ServeCommand.Build(cases, cli, $"http://127.0.0.1:{LoopbackServers.FreePort()}");
            await app.StartAsync();
            await WaitForAsync(() => File.Exists(BackupChannel.SocketPathOf(settings.DatabasePath)));

            var backup = await Run("backup", "--out", backupFile, "--as", "morgan");
            await cases.Workflow.AddNoteAsync(caseId, "dana", "written after the backup");
            var restoreWhileRunning = await Run("restore", backupFile, "--replace", "--as", "morgan");

            Assert.Equal(0, backup.ExitCode);
            Assert.Contains("written by the running host", backup.Output);
            Assert.Equal(2, restoreWhileRunning.ExitCode);
            Assert.Contains("in use by another process", restoreWhileRunning.Error);
            await app.StopAsync();
        }

        var withoutReplace = await Run("restore", backupFile, "--as", "morgan");
        var restored = await Run("restore", backupFile, "--replace", "--as", "morgan");
        var shown = await Run("cases", "show", caseId, "--json", "--as", "dana");

        Assert.Equal(2, withoutReplace.ExitCode);
        Assert.Contains("add --replace", withoutReplace.Error);
        Assert.Equal(0, restored.ExitCode);
        Assert.Contains("(1 case(s))", restored.Output);
        Assert.Contains("nightowl_4417", shown.Output);
        Assert.DoesNotContain("written after the backup", shown.Output);
        Assert.Empty(Found(await File.ReadAllBytesAsync(backupFile)));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
