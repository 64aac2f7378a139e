using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Outbound;
using TriageBot.Slack.Paging;
using TriageBot.Triage.Model;

namespace TriageBot.Slack.Tests.Paging;

/// <summary>
/// An emergency pager over a real case database in a temporary folder and the loopback fake Slack, with time
/// from a <see cref="FakeTimeProvider"/>. On call: dana (primary), sam (secondary), morgan (manager).
/// </summary>
public sealed class PagingRig : IAsyncDisposable
{
    public const string AlertsChannel = "C0ALERTS";
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("triagebot-paging-");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private PagingRig(FakeSlackApi slack)
    {
        Slack = slack;
        _http.BaseAddress = slack.ApiBaseUrl;
        Store = LiteDbCaseStore.Open(DatabasePath, null, null, Time);
        Pager = NewPager();
    }

    public FakeSlackApi Slack { get; }
    public FakeTimeProvider Time { get; } = new(Start);
    public ListLogger<EmergencyPager> Log { get; } = new();
    public LiteDbCaseStore Store { get; private set; }
    public EmergencyPager Pager { get; private set; }
    public string DatabasePath => Path.Combine(_folder.FullName, "cases.db");

    public PagingOptions Paging { get; } = new() { EmergencyChannel = AlertsChannel };

    public CasesOptions Cases { get; } = new()
    {
        Team =
        [
            new TeamMember { Id = "dana", Name = "Dana Whitfield", SlackId = "U0DANA", Roles = ["reviewer"] },
            new TeamMember { Id = "sam", Name = "Sam Okafor", SlackId = "U0SAM", Roles = ["reviewer"] },
            new TeamMember { Id = "morgan", Name = "Morgan Reyes", Email = "morgan@northwind-labs.com", Roles = ["manager"] },
        ],
        OnCall = new OnCallOptions { Primary = ["dana"], Secondary = ["sam"], Managers = ["morgan"] },
    };

    public static async Task<PagingRig> StartAsync()
    {
        var slack = await FakeSlackApi.StartAsync();
        slack.EchoMessages = true;
        // morgan has no SlackId: found by e-mail (once; the fake's default answer is another user).
        slack.Script("users.lookupByEmail", 200, """{"ok":true,"user":{"id":"U0MORGAN","name":"morgan","profile":{"email":"morgan@northwind-labs.com"}}}""");
        return new PagingRig(slack);
    }

    public SlackWebApi Api() => new(_http, new SlackOptions { ReadSecret = _ => "xoxb-test" });

    /// <summary>Closes the database and opens it again with a new pager, as a restart of the host would.</summary>
    public void Restart()
    {
        Store.Dispose();
        Store = LiteDbCaseStore.Open(DatabasePath, null, null, Time);
        Pager = NewPager();
    }

    /// <summary>A case with a requester and request text: personal data the channel notice must not show.</summary>
    public async Task<PageRequest> OpenCaseAsync(Priority priority = Priority.P0)
    {
        var received = Start.UtcDateTime.AddMinutes(-1);
        var opened = await Store.CreateAsync(new CaseRecord
        {
            Id = "",
            ReceivedAt = received,
            Priority = priority,
            Status = CaseStatus.New,
            ProcessType = priority == Priority.P0 ? LegalProcessType.Emergency : LegalProcessType.SearchWarrant,
            DueAt = received.AddMinutes(15),
            ContentHash = Guid.NewGuid().ToString("N"),
            Requester = new Requester { Agency = "Springfield PD", Contact = "Det. Jane Roe", Email = "jroe@springfield.il.us" },
            OriginalText = "Emergency: @darkfox99 threatens suicide tonight.",
        }, "priya");
        return new PageRequest(opened.Id, priority.ToString(), priority == Priority.P0 ? "emergency" : "search_warrant",
            opened.ReceivedAt, opened.DueAt, ["Person at risk"], "dana");
    }

    public void Advance(TimeSpan by) => Time.Advance(by);

    /// <summary>The Slack users paged so far, in order (one DM channel opened per page).</summary>
    public IReadOnlyList<string> Paged() =>
        [.. Slack.Calls.Where(c => c.Method == "conversations.open").Select(c => (string)c.Json["users"]!)];

    public IReadOnlyList<RecordedCall> Posts(string channel) =>
        [.. Slack.Calls.Where(c => c.Method == "chat.postMessage" && (string?)c.Json["channel"] == channel)];

    public IReadOnlyList<RecordedCall> Updates() => [.. Slack.Calls.Where(c => c.Method == "chat.update")];

    public static IReadOnlyList<string> ButtonVerbs(RecordedCall call) =>
        [.. call.Json["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)JsonNode.Parse((string)e!["value"]!)!["verb"]!)];

    private EmergencyPager NewPager() => new(Store.Escalations, Api, new OnCallSchedule(Store, Cases, Time),
        new CaseWorkflow(Store, Cases, Time), Cases, Paging, Time, Log);

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        _http.Dispose();
        await Slack.DisposeAsync();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Keeps what was logged, to check that failures are reported.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}
