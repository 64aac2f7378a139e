using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage;

namespace TriageBot.Dialogs.Tests.Commands;

/// <summary>
/// The command router, built through <c>AddTriageBotCore</c>, over a real LiteDB store in a temp folder, a fake clock (Monday 2026-03-02 09:00 UTC) and a
/// small team: ana, ben and dana review; eli is staff; mo manages; root is admin. Cases are opened through
/// <see cref="CaseIntake"/> from short texts read by the real engine.
/// </summary>
internal sealed class CommandDesk : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // The engine is pure and costly to build: one for all tests.
    private static readonly Lazy<TriageEngine> Engine = new(() => new TriageEngine(new TriagePolicy(), new FakeTimeProvider(Start)));

    public const string EmergencyText =
        "Subject: EMERGENCY DISCLOSURE REQUEST\n" +
        "From: Det. Jane Roe <jroe@boisepd.gov>\n\n" +
        "Boise Police Department requests emergency disclosure under 18 U.S.C. 2702(b)(8). A 16-year-old has posted " +
        "that she will kill herself tonight. Person at risk: the user of account @harborlight_77. We need the IP " +
        "addresses and phone number on the account to locate her. Call 208-555-0142.";

    public const string SubpoenaText =
        "GRAND JURY SUBPOENA\n" +
        "United States District Court for the District of Massachusetts\n" +
        "You are commanded to produce basic subscriber information (name, address, session times) for the account " +
        "@quietriver_12 for January 2026. Special Agent Tom Park, FBI Boston, tpark@fbi.gov, 617-555-0100.\n" +
        "Case No. 2026-GJ-0311";

    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("triagebot-commands-");
    private readonly ServiceProvider _services;

    public CommandDesk(params IMemberNotifier[] notifiers) : this(null, notifiers)
    {
    }

    /// <param name="timeZone">The team's zone (<c>Cases:TimeZone</c>); null: UTC.</param>
    public CommandDesk(string? timeZone, params IMemberNotifier[] notifiers)
    {
        _services = Transcript.Core(_folder.FullName, Time, options =>
        {
            if (timeZone is not null) options.TimeZone = timeZone;
            options.Team =
            [
                Member("ana", "Ana Alves", ["reviewer"], teams: "aad-ana", email: "ana@example.com"),
                Member("ben", "Ben Brooks", ["reviewer"], slack: "U0BEN"),
                Member("dana", "Dana Diaz", ["reviewer"]),
                Member("eli", "Eli Eze", ["staff"], teams: "aad-eli", email: "Eli.Eze@example.com"),
                Member("mo", "Mo Moreau", ["manager"]),
                Member("root", "Ro Ot", ["admin"]),
            ];
            options.OnCall = new OnCallOptions
            {
                Primary = ["ana", "ben"],
                Secondary = ["dana"],
                Managers = ["mo"],
                RotationStart = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc),
                RotationDays = 7,
            };
        }, services =>
        {
            services.AddSingleton<TriageBot.Dialogs.Paging.IPageChannel>(Pages);
            foreach (var notifier in notifiers) services.AddSingleton(notifier);
        });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Where the case desk's pages go (a case marked an emergency is paged).</summary>
    public FakePageChannel Pages { get; } = new();
    public CasesOptions Options => _services.GetRequiredService<CasesOptions>();
    public ICaseStore Store => _services.GetRequiredService<ICaseStore>();
    public TeamDirectory Directory => _services.GetRequiredService<TeamDirectory>();
    public CaseWorkflow Workflow => _services.GetRequiredService<CaseWorkflow>();
    public CaseAssignment Assignment => _services.GetRequiredService<CaseAssignment>();
    public TriageBot.Cases.Scheduling.OnCallSchedule OnCall => _services.GetRequiredService<TriageBot.Cases.Scheduling.OnCallSchedule>();
    public ICommandRouter Router => _services.GetRequiredService<ICommandRouter>();

    public Actor Actor(string id) => Directory.FindById(id) ?? throw new ArgumentException($"no member {id}");

    /// <summary>Opens a case from <paramref name="text"/> as <paramref name="submittedBy"/> would by pasting it.</summary>
    public async Task<CaseRecord> OpenAsync(string text, string submittedBy = "eli")
    {
        var result = Engine.Value.Triage(text);
        var outcome = await _services.GetRequiredService<CaseIntake>().OpenAsync(new CaseSubmission(result, text, "pasted", [], "teams", submittedBy));
        return Assert.IsType<IntakeOutcome.Opened>(outcome).Case;
    }

    public Task<IReadOnlyList<Reply>?> SayAsync(string who, string text, bool isPrivate = true) =>
        Router.TryHandleAsync(new Turn { ConversationId = "chat:test", User = new UserIdentity("chat", who), Text = text, IsPrivate = isPrivate }, Actor(who), CancellationToken.None);

    public Task<IReadOnlyList<Reply>?> PressAsync(string who, string verb, params (string Key, string Value)[] data) =>
        Router.TryHandleAsync(new Turn
        {
            ConversationId = "chat:test",
            User = new UserIdentity("chat", who),
            Action = new CardActionInvocation(verb, data.ToDictionary(d => d.Key, d => d.Value)),
        }, Actor(who), CancellationToken.None);

    /// <summary>The one reply a command gave (failing when it was not a command).</summary>
    public async Task<Reply> AskAsync(string who, string text, bool isPrivate = true)
    {
        var replies = await SayAsync(who, text, isPrivate);
        Assert.NotNull(replies);
        return Assert.Single(replies);
    }

    public async Task<Reply> PressOneAsync(string who, string verb, params (string Key, string Value)[] data)
    {
        var replies = await PressAsync(who, verb, data);
        Assert.NotNull(replies);
        return Assert.Single(replies);
    }

    public async Task<CaseRecord> GetAsync(string id) => await Store.GetAsync(id) ?? throw new InvalidOperationException($"no case {id}");

    public void Dispose()
    {
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    private static TeamMember Member(string id, string name, List<string> roles, string? teams = null, string? slack = null, string? email = null) =>
        new() { Id = id, Name = name, Roles = roles, TeamsId = teams, SlackId = slack, Email = email };
}

/// <summary>Everything a reply shows, as one string: to check what it says and what it must not leak.</summary>
internal static class Shown
{
    public static string All(Reply reply) => string.Join("\n",
        new[] { reply.Text }.Concat(reply.Cards.SelectMany(c =>
            new[] { c.Title }
                .Concat(c.Facts.Select(f => $"{f.Label}: {f.Value}"))
                .Concat(c.Sections.Select(s => $"{s.Heading}: {s.Text}"))
                .Concat(c.Actions.Select(a => $"{a.Title} [{a.Verb} {string.Join(",", a.Data.Select(d => d.Key + "=" + d.Value))}]")))));
}
