using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace TriageBot.Tests;

/// <summary>The case commands against a real database file of the test's own, with the clock fixed.</summary>
public sealed class CaseCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-cases-").FullName;
    private readonly string _config;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public CaseCliTests()
    {
        // The repository's configuration (policy, team, on-call), with the database in this test's folder.
        _config = LoopbackServers.WriteConfig(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>As morgan (manager and admin) unless the arguments say who.</summary>
    private Task<CommandLineRun> Run(params string[] args) =>
        CommandLineRun.RunWithAsync(_config, _time, args.Contains("--as") ? args : [.. args, "--as", "morgan"]);

    private async Task SaveSamplesAsync(params string[] samples)
    {
        var run = await Run(["triage", "--save", "--as", "priya", .. samples.Select(RepositoryPaths.Sample)]);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Triage_with_save_opens_numbered_cases_and_links_a_forwarded_duplicate()
    {
        var run = await Run("triage", "--save", "--as", "priya",
            RepositoryPaths.Sample("19-emergency-suicide-chats.eml"), RepositoryPaths.Sample("25-preservation-not-a-subpoena.txt"));
        var again = await Run("triage", "--save", "--as", "priya", RepositoryPaths.Sample("19-emergency-suicide-chats.eml"));

        Assert.Contains("opened LE-2026-00001 (P0 emergency, due Fri 20 Nov 2026 09:15 UTC)", run.Output);
        Assert.Contains("opened LE-2026-00002 (P3 preservation", run.Output);
        Assert.Contains("Duplicate of LE-2026-00001", again.Output);
        var queue = JsonDocument.Parse((await Run("queue", "--json")).Output).RootElement;
        Assert.Equal(2, queue.GetArrayLength());
    }

    [Fact]
    public async Task The_queue_lists_open_cases_by_priority_then_age()
    {
        await SaveSamplesAsync("25-preservation-not-a-subpoena.txt", "12-search-warrant-cybertipline.txt", "19-emergency-suicide-chats.eml");

        var queue = JsonDocument.Parse((await Run("queue", "--json")).Output).RootElement;

        Assert.Equal(["P0", "P1", "P3"], queue.EnumerateArray().Select(c => c.GetProperty("priority").GetString()));
        Assert.Equal("LE-2026-00003", queue[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_taken_case_tells_the_second_reviewer_who_has_it()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");

        var first = await Run("cases", "take", "LE-2026-00001", "--as", "dana");
        var second = await Run("cases", "take", "LE-2026-00001", "--as", "lee");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Equal("triagebot: LE-2026-00001 was taken by dana (today 09:00 UTC).", second.Error.Trim());
    }

    [Fact]
    public async Task A_forbidden_status_change_names_the_allowed_ones_and_changes_nothing()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");

        var run = await Run("cases", "status", "LE-2026-00001", "responded", "--as", "dana");
        var shown = JsonDocument.Parse((await Run("cases", "show", "LE-2026-00001", "--json")).Output).RootElement;

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("triagebot: Cannot move LE-2026-00001 from triaged to responded; allowed: assigned, awaiting_info, withdrawn.", run.Error.Trim());
        Assert.Equal("triaged", shown.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Every_change_lands_in_the_audit_trail_with_who_and_why()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");

        await Run("cases", "assign", "LE-2026-00001", "lee", "--as", "dana");
        await Run("cases", "status", "2026-1", "in_review", "checking", "the", "caller", "--as", "lee");
        await Run("cases", "note", "LE-2026-00001", "called", "Boise", "PD", "dispatch", "--as", "lee");
        await Run("cases", "correct", "LE-2026-00001", "--not-emergency", "--reason", "welfare check already done", "--as", "dana");
        var audit = JsonDocument.Parse((await Run("cases", "show", "LE-2026-00001", "--json")).Output).RootElement.GetProperty("audit");

        var entries = audit.EnumerateArray().Select(e => (Actor: e.GetProperty("actor").GetString(), Action: e.GetProperty("action").GetString(),
            Reason: e.GetProperty("reason").GetString(), New: e.GetProperty("newValue").GetString())).ToList();
        Assert.Contains(entries, e => e.Actor == "priya" && e.Action == "opened");
        Assert.Contains(entries, e => e.Actor == "dana" && e.Action == "assigned" && e.New == "lee");
        Assert.Contains(entries, e => e.Actor == "lee" && e.Action == "status" && e.New == "in_review" && e.Reason == "checking the caller");
        Assert.Contains(entries, e => e.Actor == "lee" && e.Action == "note" && e.New == "called Boise PD dispatch");
        Assert.Contains(entries, e => e.Actor == "dana" && e.Reason == "welfare check already done");
    }

    [Fact]
    public async Task An_unknown_case_number_is_a_clear_error()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");

        var run = await Run("cases", "show", "LE-2026-99999");
        var garbage = await Run("cases", "show", "banana");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("triagebot: No case LE-2026-99999.", run.Error.Trim());
        Assert.Contains("is not a case number", garbage.Error);
    }

    [Fact]
    public async Task Reminders_at_a_chosen_time_show_the_unacknowledged_emergency()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");

        var early = await Run("reminders", "--at", "2026-11-20T09:10:00Z", "--json");
        var late = await Run("reminders", "--at", "2026-11-20T09:20:00Z", "--json");
        await Run("cases", "ack", "LE-2026-00001", "--as", "dana");
        var acknowledged = await Run("reminders", "--at", "2026-11-20T09:20:00Z", "--json");

        static List<string?> Kinds(CommandLineRun run) =>
            [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("kind").GetString())];
        Assert.Equal(["unacknowledged_p0"], Kinds(early));                 // within the 15-minute SLA, but nobody has it yet
        Assert.Equal(["sla_breach", "unacknowledged_p0"], Kinds(late).Order());
        Assert.Equal(["sla_breach"], Kinds(acknowledged));
    }

    [Fact]
    public async Task The_queue_marks_a_case_overdue_only_while_the_next_move_is_ours()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");
        _time.Advance(TimeSpan.FromHours(1));   // the P0 was due at 09:15

        var late = await Run("queue");
        await Run("cases", "status", "LE-2026-00001", "awaiting_info", "asked", "for", "the", "account", "--as", "morgan");
        var waiting = await Run("queue");
        var shown = await Run("cases", "show", "LE-2026-00001");

        Assert.Contains("OVERDUE", late.Output);
        Assert.Contains("awaiting_info", waiting.Output);
        Assert.DoesNotContain("OVERDUE", waiting.Output);   // the chat never said so; the CLI once did
        Assert.DoesNotContain("OVERDUE", shown.Output);
    }

    [Fact]
    public async Task On_call_follows_the_rotation_and_an_override()
    {
        var before = await Run("oncall", "--at", "2026-11-20T09:00:00Z", "--json");
        await Run("oncall", "set", "primary", "sam", "--from", "2026-11-21T00:00:00Z", "--until", "2026-11-22T00:00:00Z", "--as", "morgan");
        var during = await Run("oncall", "show", "--at", "2026-11-21T12:00:00Z", "--json");

        Assert.Equal("lee", JsonDocument.Parse(before.Output).RootElement.GetProperty("primary").GetString()); // week 46 of the rotation
        Assert.Equal("sam", JsonDocument.Parse(during.Output).RootElement.GetProperty("primary").GetString());
    }

    [Fact]
    public async Task A_date_written_day_and_month_as_numbers_is_refused_not_guessed()
    {
        var ambiguous = await Run("oncall", "show", "--at", "03/05/2026 09:00");

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("'03/05/2026 09:00' could be day/month or month/day, so it is not guessed; use ISO 8601", ambiguous.Error);
    }

    [Fact]
    public async Task Stats_and_the_transparency_export_count_what_was_received()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml", "30-de-staatsanwaltschaft-auskunftsersuchen.txt");
        _time.Advance(TimeSpan.FromMinutes(5));

        var stats = await Run("stats", "--since", "7d");
        var csv = await Run("export", "transparency", "--half", "2026H2");
        var badHalf = await Run("export", "transparency", "--half", "2026-H3");

        Assert.Contains("Cases received Fri 13 Nov 2026 09:05 UTC to Fri 20 Nov 2026 09:05 UTC: 2", stats.Output);
        var lines = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("process_type,country,requests,accounts_specified", lines[0]);
        Assert.Contains("international,Germany,1,", csv.Output);
        Assert.Equal(2, badHalf.ExitCode);
        Assert.Contains("not a half-year", badHalf.Error);
    }

    [Fact]
    public async Task A_database_in_use_elsewhere_is_a_clear_error_not_a_hang()
    {
        await SaveSamplesAsync("19-emergency-suicide-chats.eml");
        var settings = Configuration.TriageBotSettings.Load(Configuration.AppConfiguration.Build(_config), _dir);
        using var holder = CaseTracking.CaseServices.Open(settings, _time);

        var run = await Run("queue");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("in use by another process", run.Error);
    }
}
