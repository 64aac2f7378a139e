using TriageBot.Cases.Storage;
using TriageBot.Teams.References;

namespace TriageBot.Cases.StoreProbe;

/// <summary>
/// The host's mix of writes on every sealed collection at once, as a Teams burst makes them: conversation references
/// refreshed by several request threads, turns accepted and read back by workers outside the store's lock, dialog
/// state saved, cases opened with notes, escalations started and climbed. Each write prints one line after it
/// returned (<c>ack kind key value</c>), so a test that kills this process holds the store to every line it saw.
/// Keys start at <paramref name="round"/> so rounds on the same file write new documents and rewrite old ones.
/// </summary>
public static class Churn
{
    public const int Conversations = 5;
    public const int Escalations = 4;

    private static readonly Lock Output = new();

    public static string TurnPayload(int round, int n) => $"turn payload {round}-{n} " + new string('t', 200);

    public static string ConversationJson(string conversation, int version) => $"{{\"conversation\":\"{conversation}\",\"version\":{version}}}";

    public static string EscalationCase(int k) => $"LE-2026-9{k:D4}";

    public static async Task<int> RunAsync(string path, int round)
    {
        using var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System);
        var references = new LiteDbConversationReferenceStore(store, TimeProvider.System);
        var next = 0;
        var work = new List<Task>();

        // Teams request threads: every activity refreshes its conversation and its sender.
        work.AddRange(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var conversation = $"a:conv-{round}-{Interlocked.Increment(ref next)}";
                await references.RefreshAsync(new ConversationReferenceRecord("msteams", "aad-dana", "29:dana", "https://smba.example/amer/",
                    conversation, "personal", "tenant-probe", "28:triagebot"));
                Ack("reference", conversation, "1");
            }
        })));

        // The turn inbox: accepted, then read back and finished by workers (reads open payloads outside the lock).
        work.Add(Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                var id = await store.Inbox.AcceptAsync(new InboxDraft("teams", "conversation " + (n % 7), TurnPayload(round, n)));
                Ack("turn", id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{round}-{n}");
            }
        }));
        work.AddRange(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                foreach (var pending in await store.Inbox.PendingAsync(30))
                    if (await store.Inbox.GetAsync(pending.Id) is { } turn && turn.Id % 3 == 0) await store.Inbox.CompleteAsync(turn.Id);
            }
        })));

        // Dialog state: a few conversations saved over and over.
        work.Add(Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                var conversation = "chat-" + (n % Conversations);
                var current = await store.Conversations.GetAsync(conversation);
                var version = current?.Version ?? 0;
                if (await store.Conversations.SaveAsync(conversation, ConversationJson(conversation, version + 1), version) is { } saved)
                    Ack("conversation", conversation, saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }));

        // Cases with their audit trail.
        work.Add(Task.Run(async () =>
        {
            for (var n = round * 100_000; ; n++)
            {
                var created = await store.CreateAsync(ProbeCases.Draft(n), "probe");
                Ack("case", created.Id, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await store.AppendAuditAsync(new Model.AuditEntry { CaseId = created.Id, Actor = "probe", Action = "note", Reason = "note on " + created.Id });
                Ack("note", created.Id, "1");
            }
        }));

        // Escalations started and climbing.
        work.Add(Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                var caseId = EscalationCase(n % Escalations);
                var now = DateTime.UtcNow;
                var escalation = await store.Escalations.GetAsync(caseId)
                    ?? await store.Escalations.StartAsync(new Escalation(caseId, "P0", "emergency", now, now.AddHours(1), ["account"], ["dana", "lee"], now) { NextCheckAt = now });
                if (await store.Escalations.SaveAsync(escalation with { NoticeShowsPages = escalation.NoticeShowsPages + 1, NextCheckAt = now }, escalation.Version) is { } saved)
                    Ack("escalation", caseId, saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }));

        await Task.WhenAll(work);
        return 0;
    }

    private static void Ack(string kind, string key, string value)
    {
        lock (Output)
        {
            Console.WriteLine($"ack {kind} {key} {value}");
            Console.Out.Flush();
        }
    }
}
