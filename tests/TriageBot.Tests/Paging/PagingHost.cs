using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;
using TriageBot.Slack;
using TriageBot.Teams.References;

namespace TriageBot.Tests.Paging;

/// <summary>
/// The real host (<c>triagebot serve</c>) on loopback with the repository's configuration, its database in a
/// temporary folder, time from a <see cref="FakeTimeProvider"/>, and Slack and the Bot Connector played by
/// <see cref="FakeChatServices"/>. On call on Friday 2026-11-20: lee (primary), dana (secondary), morgan
/// (manager); priya is staff. Slack ids U0&lt;NAME&gt;; Teams ids aad-&lt;name&gt;.
/// </summary>
public sealed class PagingHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";
    public const string AlertsChannel = "C0ALERTS";
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-paging-").FullName;
    private readonly string _secretVariable = "TRIAGEBOT_TEST_SLACK_SECRET_" + Guid.NewGuid().ToString("N");
    private readonly string _tokenVariable = "TRIAGEBOT_TEST_SLACK_TOKEN_" + Guid.NewGuid().ToString("N");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private CaseServices? _cases;
    private WebApplication? _app;
    private int _events;

    private PagingHost(FakeChatServices fake, bool slack)
    {
        Fake = fake;
        Environment.SetEnvironmentVariable(_secretVariable, Secret);
        if (slack) Environment.SetEnvironmentVariable(_tokenVariable, "xoxb-test");
        var config = LoopbackServers.WriteConfig(_dir,
            ("\"SLACK_SIGNING_SECRET\"", $"\"{_secretVariable}\""),
            ("\"SLACK_BOT_TOKEN\"", $"\"{_tokenVariable}\""),
            ("\"https://slack.com/api/\"", $"\"{fake.BaseUrl}api/\""),
            ("\"TransientRetryDelay\": \"00:00:01\"", "\"TransientRetryDelay\": \"00:00:00\""),
            ("\"LocalMode\": false", "\"LocalMode\": true"),
            ("\"MaxRetryAfter\": \"00:02:00\",\n    \"EmergencyChannel\": \"\"", $"\"MaxRetryAfter\": \"00:02:00\",\n    \"EmergencyChannel\": \"{AlertsChannel}\""));
        ConfigFile = config;
        Settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        foreach (var member in Settings.Cases.Team)
        {
            member.Addresses["slack"] = "U0" + member.Id.ToUpperInvariant();
            member.Addresses["teams"] = "aad-" + member.Id;
        }
    }

    public FakeChatServices Fake { get; }

    /// <summary>Everything the host logged from Information up.</summary>
    public LogLines Logs { get; } = new();

    /// <summary>The case database file (its -log.db beside it).</summary>
    public string DatabasePath => Settings.DatabasePath;
    public FakeTimeProvider Time { get; } = new(Start);
    public TriageBotSettings Settings { get; }
    public string ConfigFile { get; }
    public CaseServices Cases => _cases ?? throw new InvalidOperationException("The host is not running.");
    public Uri Address { get; private set; } = null!;

    /// <param name="slack">False: a Teams-only installation (no Slack bot token).</param>
    public static async Task<PagingHost> CreateAsync(bool slack) => new(await FakeChatServices.StartAsync(), slack);

    /// <summary>Opens the database and starts the host; <paramref name="teamsMembers"/> have talked to the bot in
    /// Teams before (a stored personal-chat reference at the fake connector).</summary>
    public async Task StartAsync(params string[] teamsMembers)
    {
        _cases = CaseServices.Open(Settings, Time);
        var references = new LiteDbConversationReferenceStore(_cases.Database, Time);
        foreach (var member in teamsMembers)
            await references.RefreshAsync(new ConversationReferenceRecord("msteams", "aad-" + member, "29:" + member, Fake.BaseUrl,
                "a:personal-" + member, "personal", null, "28:triagebot"));
        var port = LoopbackServers.FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _app = ServeCommand.Build(_cases, new CliContext(() => Settings, TextWriter.Null, TextWriter.Null, Time), Address.ToString().TrimEnd('/'), alsoLogTo: Logs);
        await _app.StartAsync();
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string caseId) => await Cases.Store.GetAuditAsync(caseId);

    /// <summary>The audit trail once it holds an entry matching <paramref name="match"/> (written just after the
    /// message it records left), within a bound.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditOnceAsync(string caseId, Func<AuditEntry, bool> match)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var audit = await Cases.Store.GetAuditAsync(caseId);
            if (audit.Any(match) || DateTime.UtcNow > until) return audit;
            await Task.Delay(20);
        }
    }

    /// <summary>A first turn through the whole host (the engine's first use is slow on a busy machine), so a
    /// measured turn measures the turn, not start-up.</summary>
    public async Task WarmUpSlackAsync()
    {
        await SlackDirectMessageAsync("lee", "who is on call");
        await Fake.WaitForAsync(c => (string?)c.Json?["channel"] == "D0LEE", TimeSpan.FromSeconds(90));
        _ = new TriageBot.Triage.TriageEngine(Settings.Policy).Triage(File.ReadAllText(RepositoryPaths.Sample("19-emergency-suicide-chats.eml")));
    }

    public async Task WarmUpTeamsAsync()
    {
        await TeamsMessageAsync("lee", "who is on call");
        await Fake.WaitForAsync(c => c.Api == "teams" && c.Target.StartsWith("post:a:personal-lee", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        _ = new TriageBot.Triage.TriageEngine(Settings.Policy).Triage(File.ReadAllText(RepositoryPaths.Sample("19-emergency-suicide-chats.eml")));
    }

    /// <summary>Moves fake time on, a tick at a time, so the escalation clock runs.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        var tick = Settings.Paging.TickInterval;
        for (var passed = TimeSpan.Zero; passed < by; passed += tick)
        {
            Time.Advance(by - passed < tick ? by - passed : tick);
            await Task.Delay(30);
        }
    }

    public Task<HttpResponseMessage> SlackDirectMessageAsync(string user, string text)
    {
        var json = new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = "T0TEAM", ["event_id"] = "Ev" + Interlocked.Increment(ref _events),
            ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0" + user.ToUpperInvariant(), ["user"] = "U0" + user.ToUpperInvariant(), ["text"] = text, ["ts"] = "1700000000.000001" },
        }.ToJsonString();
        return SlackSignedAsync("slack/events", json, "application/json");
    }

    /// <summary>A Slack button press by <paramref name="user"/> carrying <paramref name="value"/> (a button's value, possibly copied).</summary>
    public Task<HttpResponseMessage> SlackPressAsync(string user, string value, string channel)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = "T0TEAM" },
            ["user"] = new JsonObject { ["id"] = "U0" + user.ToUpperInvariant() },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["container"] = new JsonObject { ["type"] = "message", ["is_ephemeral"] = false, ["channel_id"] = channel },
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = "b1", ["value"] = value }),
        }.ToJsonString();
        return SlackSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded");
    }

    public Task<HttpResponseMessage> TeamsMessageAsync(string member, string? text, JsonObject? value = null) =>
        _http.PostAsJsonAsync(new Uri(Address, "api/messages"), new JsonObject
        {
            ["type"] = "message",
            ["id"] = "activity-in-" + Interlocked.Increment(ref _events),
            ["channelId"] = "msteams",
            ["serviceUrl"] = Fake.BaseUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + member, ["name"] = member, ["aadObjectId"] = "aad-" + member },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-" + member, ["conversationType"] = "personal" },
            ["recipient"] = new JsonObject { ["id"] = "28:triagebot", ["name"] = "TriageBot" },
            ["text"] = text,
            ["value"] = value,
        });

    public Task<HttpResponseMessage> SlackSignedAsync(string path, string body, string contentType)
    {
        var ts = Time.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Address, path)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add(SlackSignature.TimestampHeader, ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(Secret, ts, Encoding.UTF8.GetBytes(body)));
        return _http.SendAsync(request);
    }

    /// <summary>Stops the host and closes the database, as a shutdown would.</summary>
    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
        _cases?.Dispose();
        _cases = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        await Fake.DisposeAsync();
        Environment.SetEnvironmentVariable(_secretVariable, null);
        Environment.SetEnvironmentVariable(_tokenVariable, null);
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A logger provider keeping every entry as "Level Category: message exception".</summary>
public sealed class LogLines : Microsoft.Extensions.Logging.ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogLines owner, string category) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
