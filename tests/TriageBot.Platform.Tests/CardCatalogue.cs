using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Configuration;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Platform.Tests;

/// <summary>
/// Every kind of reply the bot gives, produced by the real conversation engine on a database of its own: the
/// intake of an emergency, a child-safety subpoena and a request with a hostile contact line (summary, questions,
/// type pick list, case card), the duplicate, and each command's card (queue with a pick list, case, assign,
/// take, request info, stats, on call, reminders, help).
/// </summary>
public sealed class CardCatalogue : IDisposable
{
    public const string HostileContact = "Contact: [Click here](https://evil.example/login) *urgent* <!channel> `rm`";

    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-cards-").FullName;
    private readonly CaseServices _cases;
    private readonly ConversationBot _bot;

    public List<Reply> Replies { get; } = [];

    public CardCatalogue()
    {
        var config = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "appsettings.json")).Replace("\"data/triagebot.db\"", "\"data/cases.db\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "appsettings.json"), config);
        var settings = TriageBotSettings.Load(AppConfiguration.Build(Path.Combine(_dir, "appsettings.json")), _dir);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        // No pager runs here: urgent cases are stored as "not paged yet", as on the command line.
        _cases = CaseServices.Open(settings, time, configure: services =>
            services.AddSingleton<TriageBot.Cases.Paging.IEmergencyPaging>(sp => sp.GetRequiredService<TriageBot.Cases.Paging.PendingPaging>()));
        _bot = _cases.Bot;
    }

    public static async Task<CardCatalogue> BuildAsync()
    {
        var c = new CardCatalogue();
        await c.SayAsync("priya", Sample("20-emergency-missing-child.txt"));
        await c.SayAsync("priya", "Lily Anne Hargrove, age 7");
        await c.SayAsync("priya", "skip");
        await c.SayAsync("priya", "maybe");          // a re-asked pick list
        await c.SayAsync("priya", "yes");
        await c.SayAsync("priya", "yes");
        await c.SayAsync("priya", Sample("20-emergency-missing-child.txt")); // the duplicate
        await c.IntakeAsync(Sample("12-search-warrant-cybertipline.txt"));
        await c.IntakeAsync("SUBPOENA\nCity of Springfield Police Department\nProduce subscriber records for @quietriver_12 for January 2026.\n" + HostileContact + "\nreply to tips@free-mail.example");
        foreach (var sample in new[] { "30-de-staatsanwaltschaft-auskunftsersuchen.txt", "29-preservation-sheriff-missing-fields.txt", "01-grand-jury-subpoena-no-content.txt", "36-national-security-letter.txt" })
            await c.IntakeAsync(Sample(sample));
        // The missing fields' form sent with an e-mail that does not parse: it comes back as typed, with why.
        await c.IntakeAsync("GRAND JURY SUBPOENA\nUnited States District Court for the District of Oregon\nYOU ARE COMMANDED to produce subscriber information for the account @harbor_lights_77.\nIssued by the Grand Jury, District of Oregon.",
            ("contactPerson", "Det. J. Roe"), ("email", "jroe at oregon"));
        await c.SayAsync("dana", "queue");
        await c.SayAsync("dana", "case LE-2026-00001");
        await c.PressAsync("dana", "case.assign", ("case", "LE-2026-00001"));
        await c.PressAsync("dana", "case.take", ("case", "LE-2026-00003"));
        await c.PressAsync("dana", "case.assign", ("case", "LE-2026-00002"), ("member", "lee"));
        await c.PressAsync("dana", "case.request_info", ("case", "LE-2026-00003"));
        await c.PressAsync("dana", "case.not_emergency", ("case", "LE-2026-00001"));
        await c.SayAsync("dana", "mine");
        await c.SayAsync("dana", "overdue");
        await c.SayAsync("morgan", "stats 30d");
        await c.SayAsync("morgan", "oncall");
        await c.SayAsync("dana", "remind");
        await c.SayAsync("dana", "help");
        await c.SayAsync("morgan", "export transparency 2026H2");
        return c;
    }

    public IEnumerable<Card> Cards => Replies.SelectMany(r => r.Cards);

    /// <summary>A request through the whole intake: every missing field skipped, the type confirmed, no emergency.</summary>
    /// <param name="form">Values sent in the missing fields' form after the first question, if any.</param>
    public async Task IntakeAsync(string text, params (string Key, string Value)[] form)
    {
        var before = Replies.Count;
        await SayAsync("priya", text);
        if (form.Length > 0) await PressAsync("priya", "dialog.submit", form);
        for (var turn = 0; turn < 20; turn++)
        {
            var last = Replies[^1];
            if (Replies.Skip(before).Any(r => r.Text.StartsWith("Opened ", StringComparison.Ordinal) || r.Text.StartsWith("Completed ", StringComparison.Ordinal) || r.Text.Contains("already", StringComparison.Ordinal))) return;
            var answer = last.Cards.FirstOrDefault() switch
            {
                { Choice: not null } => "yes",
                { Actions.Count: 2 } card when card.Actions[0].Title == "Yes" => "no",
                _ => "skip",
            };
            await SayAsync("priya", answer);
        }
        throw new InvalidOperationException("the intake did not open a case in 20 turns");
    }

    private async Task SayAsync(string member, string text) =>
        Replies.AddRange(await _bot.HandleAsync(new Turn { ConversationId = "chat:" + member, User = new UserIdentity("chat", member), Text = text }, CancellationToken.None));

    private async Task PressAsync(string member, string verb, params (string Key, string Value)[] data) =>
        Replies.AddRange(await _bot.HandleAsync(new Turn
        {
            ConversationId = "chat:" + member,
            User = new UserIdentity("chat", member),
            Action = new CardActionInvocation(verb, data.ToDictionary(d => d.Key, d => d.Value)),
        }, CancellationToken.None));

    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", name));

    public void Dispose()
    {
        _cases.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
