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
    public const string EscalationsCollection = "escalations";
    public const string ConversationReferencesCollection = "conversation_references";
    public const string InboxCollection = "inbox";
    public const string InboxKeysCollection = "inbox_keys";

    private sealed record Migration(int Version, string Description, Action<LiteDatabase> Apply);

    private static readonly Migration[] Steps =
    [
        new(1, "indexes for the queue, the filters, duplicate detection and audit trails", CreateIndexes),
        new(2, "conversation state of the chat dialogs, indexed by last save for expiry", CreateConversations),
        new(3, "pending escalations of emergency pages, indexed by when the escalation clock next looks at them", CreateEscalations),
        new(4, "conversation references for proactive Teams messages, by conversation for marking them stale", CreateConversationReferences),
        new(5, "personal data sealed per case (LegacySealing ran before): keyed-hash indexes replace those over clear values", IndexSealedLookups),
        new(6, "the durable inbox of chat turns by state, and its dedupe keys by expiry", CreateInbox),
        new(7, "reminder keys on every case (first and next unsent reminder) and indexes for them and for hold ends", IndexReminders),
    ];

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

    private static void CreateConversationReferences(LiteDatabase db)
    {
        var references = db.GetCollection(ConversationReferencesCollection);
        references.EnsureIndex("ConversationId", "$.ConversationId");
        references.EnsureIndex("ServiceUrl", "$.ServiceUrl");
    }

    private static void CreateInbox(LiteDatabase db)
    {
        db.GetCollection(InboxCollection).EnsureIndex("State", "$.State");
        db.GetCollection(InboxKeysCollection).EnsureIndex("ExpiresAt", "$.ExpiresAt");
    }

    /// <summary>Fills the reminder keys of the cases awaiting us (the only ones with a key; on the others a missing
    /// field indexes as null, as the key would be), a batch per transaction, and indexes them with the hold and
    /// order ends, so reminders never read every case. Reminders sent before this version are not carried over: at
    /// most one more of each may go out on the day of the upgrade.</summary>
    private static void IndexReminders(LiteDatabase db)
    {
        var cases = db.GetCollection(CasesCollection);
        var awaiting = new BsonArray(Enum.GetValues<CaseStatus>().Where(s => s.AwaitsUs()).Select(s => new BsonValue(s.ToString())));
        var ids = cases.Query().Where(BsonExpression.Create("$.Status IN @0", awaiting))
            .Select(BsonExpression.Create("{ _id: $._id }")).ToList().Select(d => d["_id"]).ToList();
        foreach (var batch in ids.Chunk(1000))
        {
            db.BeginTrans();
            var docs = batch.Select(cases.FindById).Where(d => d is not null).ToList();
            foreach (var doc in docs) CaseDocuments.WriteReminderKeys(doc, CaseDocuments.FactsOf(doc));
            cases.Update(docs);
            db.Commit();
        }
        foreach (var field in new[] { CaseDocuments.AwaitsFrom, CaseDocuments.RemindAt, "PreservationExpiresAt", "NonDisclosureUntil" })
            cases.EnsureIndex(field, "$." + field);
    }

    private static void CreateEscalations(LiteDatabase db) =>
        db.GetCollection(EscalationsCollection).EnsureIndex("NextCheckAt", "$.NextCheckAt");
}
