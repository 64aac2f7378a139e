using LiteDB;
using TriageBot.Cases.Model;

namespace TriageBot.Cases.Storage;

/// <summary>
/// The database layout, as an ordered list of steps; <see cref="LiteDatabase.UserVersion"/> records the last one
/// applied. Later changes append a step, never edit one. Steps must be idempotent: a process killed after a step
/// but before the version was written runs it again at the next open.
/// </summary>
internal static class SchemaMigrations
{
    public const string CasesCollection = "cases";
    public const string AuditCollection = "audit";
    public const string CountersCollection = "counters";
    public const string OnCallCollection = "oncall_overrides";
    public const string MetaCollection = "meta";
    public const string ConversationsCollection = "conversations";
    public const string UnreadableConversationsCollection = "conversations_unreadable";
    public const string EscalationsCollection = "escalations";
    public const string InboxCollection = "inbox";
    public const string InboxKeysCollection = "inbox_keys";
    public const string RemindersCollection = "reminders";

    /// <summary>The store's collections: no other project may take one of these names.</summary>
    public static readonly IReadOnlySet<string> OwnCollections = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        CasesCollection, AuditCollection, CountersCollection, OnCallCollection, MetaCollection, ConversationsCollection, UnreadableConversationsCollection,
        EscalationsCollection, InboxCollection, InboxKeysCollection, Keys.WrappedKeys.CaseKeysCollection,
        LiteDbMailboxLedger.CursorsCollection, LiteDbMailboxLedger.MessagesCollection, RemindersCollection,
    };

    /// <summary>Collections of the store that hold nothing sealed (counters, schedules, ledgers, dedupe keys): the
    /// full store check passes them over, and takes every other name it finds for a channel's sealed collection.</summary>
    public static readonly IReadOnlySet<string> ClearCollections = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        CountersCollection, OnCallCollection, MetaCollection, InboxKeysCollection, RemindersCollection,
        LiteDbMailboxLedger.CursorsCollection, LiteDbMailboxLedger.MessagesCollection,
    };

    private sealed record Migration(int Version, string Description, Action<LiteDatabase> Apply);

    private static readonly Migration[] Steps =
    [
        new(1, "indexes for the queue, the filters, duplicate detection and audit trails", CreateIndexes),
        new(2, "conversation state of the chat dialogs, indexed by last save for expiry", CreateConversations),
        new(3, "pending escalations of emergency pages, indexed by when the escalation clock next looks at them", CreateEscalations),
        // Step 4 indexed the Teams channel's conversation references; that collection is the channel's now and it
        // keeps its own indexes. The step stays, doing nothing, so the version numbers keep their meaning.
        new(4, "conversation references for proactive Teams messages (now indexed by the Teams channel itself)", _ => { }),
        new(5, "personal data sealed per case (LegacySealing ran before): keyed-hash indexes replace those over clear values", IndexSealedLookups),
        new(6, "the durable inbox of chat turns by state, and its dedupe keys by expiry", CreateInbox),
        new(7, "reminder keys on every case (first and next unsent reminder) and indexes for them and for hold ends", _ => { }),
        new(8, "reminders read from a small collection of their own, once a day per case, kind and member in the team's day", CreateReminders),
        new(9, "schema 7's reminder fields (AwaitsFrom, RemindAt, Reminded) removed from the case documents", RemoveCaseReminderFields),
    ];

    /// <summary>The fields step 7 wrote on case documents; step 8 moved what they meant to <c>reminders</c>.</summary>
    internal static readonly string[] Schema7ReminderFields = [ReminderDocuments.AwaitsFrom, ReminderDocuments.RemindAt, "Reminded"];

    public static int Latest => Steps[^1].Version;

    public static void Run(LiteDatabase db, string path, TimeProvider time)
    {
        var current = db.UserVersion;
        if (current > Latest)
            throw new CaseStoreException($"The case database {path} has schema version {current}, newer than this TriageBot knows ({Latest}). Run the newer TriageBot that wrote it.");

        foreach (var step in Steps.Where(s => s.Version > current))
        {
            step.Apply(db);
            db.GetCollection(MetaCollection).Upsert(new BsonDocument
            {
                ["_id"] = $"migration-{step.Version:D4}",
                ["Description"] = step.Description,
                ["AppliedAt"] = UtcTicks.Serialize(time.GetUtcNow().UtcDateTime),
            });
            db.UserVersion = step.Version;
        }
    }

    private static void CreateIndexes(LiteDatabase db)
    {
        var cases = db.GetCollection(CasesCollection);
        cases.EnsureIndex(CaseDocuments.IsOpen, "$." + CaseDocuments.IsOpen);
        cases.EnsureIndex(CaseDocuments.QueueKey, "$." + CaseDocuments.QueueKey);
        cases.EnsureIndex(CaseDocuments.OpenDueAt, "$." + CaseDocuments.OpenDueAt);
        foreach (var field in new[] { "Status", "Priority", "ReceivedAt", "DueAt", "Assignee", "ProcessType", "ContentHash", "AgencyReference" })
            cases.EnsureIndex(field, "$." + field);
        cases.EnsureIndex("RequesterEmail", "$.Requester.Email");

        db.GetCollection(AuditCollection).EnsureIndex("CaseId", "$.CaseId");
    }

    private static void IndexSealedLookups(LiteDatabase db)
    {
        var cases = db.GetCollection(CasesCollection);
        foreach (var old in new[] { "ContentHash", "AgencyReference", "RequesterEmail" }) cases.DropIndex(old);
        cases.EnsureIndex(CaseDocuments.ContentKey, "$." + CaseDocuments.ContentKey);
        cases.EnsureIndex(CaseDocuments.ReferenceKey, "$." + CaseDocuments.ReferenceKey);
    }

    private static void CreateConversations(LiteDatabase db) =>
        db.GetCollection(ConversationsCollection).EnsureIndex("UpdatedAt", "$.UpdatedAt");

    private static void CreateInbox(LiteDatabase db)
    {
        db.GetCollection(InboxCollection).EnsureIndex("State", "$.State");
        db.GetCollection(InboxKeysCollection).EnsureIndex("ExpiresAt", "$.ExpiresAt");
    }

    // Step 7 wrote reminder keys onto the case documents; step 8 supersedes it (a database at 6 goes straight to
    // the same end), so it does nothing now rather than rewrite every case awaiting us for nothing.

    /// <summary>Fills the <c>reminders</c> collection from the clear fields of every case that may have a reminder
    /// (those awaiting us, and those with a hold or order end), carrying over what step 7 recorded as sent, a batch
    /// per transaction, and moves the reminder indexes from the cases to it. Idempotent: documents are upserted.</summary>
    private static void CreateReminders(LiteDatabase db)
    {
        var cases = db.GetCollection(CasesCollection);
        var reminders = db.GetCollection(RemindersCollection);
        var awaiting = new BsonArray(Enum.GetValues<CaseStatus>().Where(s => s.AwaitsUs()).Select(s => new BsonValue(s.ToString())));
        foreach (var end in new[] { nameof(CaseRecord.PreservationExpiresAt), nameof(CaseRecord.NonDisclosureUntil) }) cases.EnsureIndex(end, "$." + end);
        var ids = new HashSet<BsonValue>();
        foreach (var range in new[]
        {
            BsonExpression.Create("$.Status IN @0", awaiting),
            BsonExpression.Create($"$.{nameof(CaseRecord.PreservationExpiresAt)} BETWEEN 0 AND @0", long.MaxValue),
            BsonExpression.Create($"$.{nameof(CaseRecord.NonDisclosureUntil)} BETWEEN 0 AND @0", long.MaxValue),
        })
            ids.UnionWith(cases.Query().Where(range).Select(BsonExpression.Create("{ _id: $._id }")).ToList().Select(d => d["_id"]));
        foreach (var batch in ids.Chunk(1000))
        {
            db.BeginTrans();
            foreach (var id in batch)
                if (cases.Query().Where(BsonExpression.Create("$._id = @0", id)).Select(ReminderDocuments.FactsProjection).FirstOrDefault() is { } doc)
                    ReminderDocuments.Save(reminders, ReminderDocuments.FactsOf(doc));
            db.Commit();
        }
        foreach (var field in ReminderDocuments.Indexed)
        {
            reminders.EnsureIndex(field, "$." + field);
            cases.DropIndex(field);
        }
    }

    /// <summary>Strips schema 7's reminder fields from every case document still carrying them (nothing reads
    /// them since step 8, but they lingered until each case was next saved), a batch per transaction.
    /// Idempotent: a document without them is not touched, so a run cut short is finished at the next open.</summary>
    private static void RemoveCaseReminderFields(LiteDatabase db)
    {
        var cases = db.GetCollection(CasesCollection);
        var carrying = BsonExpression.Create(string.Join(" OR ", Schema7ReminderFields.Select(f => $"$.{f} != null")));
        var ids = cases.Query().Where(carrying).Select(BsonExpression.Create("{ _id: $._id }")).ToList().Select(d => d["_id"]).ToList();
        foreach (var batch in ids.Chunk(1000))
        {
            db.BeginTrans();
            foreach (var id in batch)
            {
                if (cases.FindById(id) is not { } doc) continue;
                foreach (var field in Schema7ReminderFields) doc.Remove(field);
                cases.Update(doc);
            }
            db.Commit();
        }
        foreach (var field in Schema7ReminderFields) cases.DropIndex(field);
    }

    private static void CreateEscalations(LiteDatabase db) =>
        db.GetCollection(EscalationsCollection).EnsureIndex("NextCheckAt", "$.NextCheckAt");
}
