using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Composition;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;

namespace TriageBot.Dialogs.Tests;

/// <summary>
/// A conversation with a real bot over a real case database on a temporary file, with a fake clock. User turns
/// go in; the bot's replies come out as plain text, cards included (title, facts, sections, buttons), so a test
/// reads like the chat it checks. Built through <c>AddTriageBotCore</c>, as the host is. <see cref="Restart"/> closes the database and starts a new bot on the same file.
/// </summary>
public sealed class Transcript : IDisposable
{
    /// <summary>A Friday morning; on the rotation below, lee is the on-call primary.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _folder;
    private readonly List<TeamMember> _team;
    private readonly OnCallOptions _onCall;
    private ServiceProvider _services = null!;

    public Transcript()
    {
        _folder = Directory.CreateTempSubdirectory("triagebot-dialogs-");
        Time = new FakeTimeProvider(Start);
        _team =
        [
            new TeamMember { Id = "priya", Name = "Priya Raman", Email = "priya@northwind-labs.com", Roles = ["staff"] },
            new TeamMember { Id = "dana", Name = "Dana Okafor", Roles = ["reviewer"], Skills = ["emergency"] },
            new TeamMember { Id = "lee", Name = "Lee Park", Roles = ["reviewer"], Skills = ["child_safety"] },
            new TeamMember { Id = "morgan", Name = "Morgan Blake", Roles = ["manager"] },
        ];
        _onCall = new OnCallOptions { Primary = ["dana", "lee"], Secondary = ["lee", "dana"], Managers = ["morgan"] };
        Open();
    }

    public FakeTimeProvider Time { get; }

    /// <summary>The roster and rules the bot runs with (the container's own instance: a test may change it).</summary>
    public CasesOptions Options => _services.GetRequiredService<CasesOptions>();

    /// <summary>The triage policy the bot runs with (the container's own instance: a test may change it).</summary>
    public TriageBot.Triage.TriagePolicy Policy => _services.GetRequiredService<TriageBot.Triage.TriagePolicy>();

    public LiteDbCaseStore Store { get; private set; } = null!;

    public ConversationBot Bot { get; private set; } = null!;

    /// <summary>Where pages go: a recording channel behind the real pager.</summary>
    public FakePageChannel Pages { get; } = new();

    public TriageBot.Dialogs.Paging.EscalationService Pager { get; private set; } = null!;

    /// <summary>The whole conversation so far, as the user would read it.</summary>
    public StringBuilder Log { get; } = new();

    public Task<string> Say(string text, string user = "priya", string conversation = "chat:priya", bool isPrivate = true) =>
        Send(new Turn { ConversationId = conversation, User = new UserIdentity("chat", user), Text = text, IsPrivate = isPrivate });

    public Task<string> Attach(string text, params string[] samples) =>
        Send(new Turn
        {
            ConversationId = "chat:priya",
            User = new UserIdentity("chat", "priya"),
            Text = text,
            Files = [.. samples.Select(s => new TurnFile(s, File.ReadAllBytes(Sample(s))))],
        });

    public Task<string> Press(string verb, params (string Key, string Value)[] data) =>
        Send(new Turn
        {
            ConversationId = "chat:priya",
            User = new UserIdentity("chat", "priya"),
            Action = new CardActionInvocation(verb, data.ToDictionary(d => d.Key, d => d.Value)),
        });

    public Task<string> Press(string verb, string key, string value, string user = "priya", string conversation = "chat:priya") =>
        Send(new Turn
        {
            ConversationId = conversation,
            User = new UserIdentity("chat", user),
            Action = new CardActionInvocation(verb, new Dictionary<string, string> { [key] = value }),
        });

    public async Task<string> Send(Turn turn)
    {
        var replies = await Bot.HandleAsync(turn, CancellationToken.None);
        var rendered = Render(replies);
        lock (Log)
        {
            Log.AppendLine($"{turn.User.Id}: {(turn.Action is { } a ? $"[{a.Verb}]" : Shorten(turn.Text))}{string.Concat(turn.Files.Select(f => $" <{f.Name}>"))}");
            Log.AppendLine(rendered);
        }
        return rendered;
    }

    /// <summary>Closes the database (as a shutdown would) and opens it again with a new bot: a restart.</summary>
    public void Restart() => Restart(null);

    /// <summary>A restart during which <paramref name="whileStopped"/> gets the database file's path (to damage
    /// it, or to read its raw bytes).</summary>
    public void Restart(Action<string>? whileStopped)
    {
        _services.Dispose();
        whileStopped?.Invoke(DatabasePath);
        Open();
    }

    /// <summary>The case database file.</summary>
    public string DatabasePath => Path.Combine(_folder.FullName, "db", "cases.db");

    /// <summary>Everything the bot logged (its <c>ILogger&lt;ConversationBot&gt;</c>), one line per entry.</summary>
    public ConcurrentQueue<string> BotLog { get; } = new();

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", name);

    public static string SampleText(string name) => File.ReadAllText(Sample(name));

    public static string Render(IEnumerable<Reply> replies)
    {
        var text = new StringBuilder();
        foreach (var reply in replies)
        {
            if (reply.Text.Length > 0) text.AppendLine("bot: " + reply.Text);
            foreach (var card in reply.Cards)
            {
                text.AppendLine($"  [card] {card.Title}");
                foreach (var fact in card.Facts) text.AppendLine($"    {fact.Label}: {fact.Value}");
                foreach (var section in card.Sections)
                {
                    if (section.Heading is not null) text.AppendLine($"    {section.Heading}:");
                    foreach (var line in section.Text.Split('\n')) text.AppendLine("      " + line);
                }
                if (card.Choice is { } choice)
                {
                    text.AppendLine($"    {choice.Label} [{choice.Submit.Title} -> {choice.Submit.Verb} {choice.Key}=…]:");
                    foreach (var (option, i) in choice.Options.Select((o, i) => (o, i)))
                        text.AppendLine($"      {i + 1}. {option.Title}{(option.Value == choice.Selected ? " (selected)" : "")}");
                }
                if (card.Form is { } form)
                {
                    text.AppendLine($"    [form -> {form.Submit.Verb}{(form.InCard ? ", in the card" : "")}]:");
                    foreach (var input in form.Inputs)
                        text.AppendLine($"      {input.Label}{(input.Required ? " *" : "")}{(input.Kind == CardInputKind.Text ? "" : $" ({input.Kind})")}{(input.Value is { } v ? $" = “{v}”" : "")}{(input.Hint is { } h ? $" ({h})" : "")}");
                }
                foreach (var action in card.Actions)
                    text.AppendLine($"    ({action.Title} -> {action.Verb} {string.Join(",", action.Data.Select(d => $"{d.Key}={d.Value}"))})");
            }
        }
        return text.ToString();
    }

    public void Dispose()
    {
        _services.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Open()
    {
        _services = Core(_folder.FullName, Time, options =>
        {
            options.Team = _team;
            options.OnCall = _onCall;
        }, services =>
        {
            services.AddSingleton<IPageChannel>(Pages);
            services.AddSingleton<Microsoft.Extensions.Logging.ILogger<ConversationBot>>(new LineLogger<ConversationBot>(BotLog));
        });
        Store = _services.GetRequiredService<LiteDbCaseStore>();
        Pager = _services.GetRequiredService<TriageBot.Dialogs.Paging.EscalationService>();
        Bot = _services.GetRequiredService<ConversationBot>();
    }

    /// <summary>The core as every front end gets it (<c>AddTriageBotCore</c>), over test configuration: the
    /// database and its key file in <paramref name="folder"/>, pages retried without waiting, the clock
    /// <paramref name="time"/>, the roster from <paramref name="roster"/>. Start-up validation runs as in the host.</summary>
    public static ServiceProvider Core(string folder, TimeProvider time, Action<CasesOptions> roster, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cases:DatabasePath"] = Path.Combine(folder, "db", "cases.db"),
            ["Cases:DataKeyFile"] = Path.Combine(folder, "keys", "triagebot.key"),
            ["Paging:TransientRetryDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton(time).AddTriageBotCore(configuration, folder);
        services.Configure(roster);
        more?.Invoke(services);
        var provider = services.BuildServiceProvider();
        Assert.Empty(StartupValidation.Problems(provider));
        return provider;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77].ReplaceLineEndings(" ") + "...";

    private static readonly string RepositoryRoot = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A logger that keeps each entry as "Level: message", to check what is logged and what never is.</summary>
internal sealed class LineLogger<T>(ConcurrentQueue<string> lines) : Microsoft.Extensions.Logging.ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
}
