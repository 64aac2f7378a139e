using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// The ledger in two collections of the case database, <c>mailbox_cursors</c> and <c>mailbox_messages</c>,
/// under the case store's lock and with its durability. Mapped by hand, like the escalations.
/// </summary>
internal sealed class LiteDbMailboxLedger : IMailboxLedger
{
    public const string CursorsCollection = "mailbox_cursors";
    public const string MessagesCollection = "mailbox_messages";

    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _cursors;
    private readonly ILiteCollection<BsonDocument> _messages;

    public LiteDbMailboxLedger(LiteDbCaseStore owner, LiteDatabase db)
    {
        _owner = owner;
        _cursors = db.GetCollection(CursorsCollection);
        _messages = db.GetCollection(MessagesCollection);
        // Idempotent; kept here rather than as a schema step so the ledger needs no migration of its own.
        _messages.EnsureIndex("MessageId", "$.MessageId");
        _messages.EnsureIndex("Mailbox", "$.Mailbox");
    }

    public Task<MailboxCursor?> GetCursorAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(mailbox);
        return Task.FromResult(_owner.Read(cancellationToken, () => _cursors.FindById(mailbox) is { } doc ? CursorFrom(doc) : null));
    }

    public Task<IReadOnlyList<MailboxCursor>> CursorsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MailboxCursor>>(_owner.Read(cancellationToken, () => _cursors.FindAll().Select(CursorFrom).ToList()));

    public Task SaveCursorAsync(MailboxCursor cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        _owner.Write(cancellationToken, () => _cursors.Upsert(new BsonDocument
        {
            ["_id"] = cursor.Mailbox,
            ["UidValidity"] = (long)cursor.UidValidity,
            ["LastUid"] = (long)cursor.LastUid,
            ["LastCheckedAt"] = Time(cursor.LastCheckedAt),
            ["LastSucceededAt"] = Time(cursor.LastSucceededAt),
            ["LastError"] = cursor.LastError,
            ["Handled"] = cursor.Handled,
            ["Quarantined"] = cursor.Quarantined,
        }));
        return Task.CompletedTask;
    }

    public Task<MailboxMessageRecord?> FindAsync(string mailbox, uint uidValidity, uint uid, CancellationToken cancellationToken = default) =>
        Task.FromResult(_owner.Read(cancellationToken, () => _messages.FindById(Key(mailbox, uidValidity, uid)) is { } doc ? MessageFrom(doc) : null));

    public Task<MailboxMessageRecord?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return Task.FromResult(_owner.Read(cancellationToken, () => _messages.Find(Query.EQ("MessageId", messageId))
            .Select(MessageFrom).Where(m => m.CaseId is not null).OrderBy(m => m.HandledAt).FirstOrDefault()));
    }

    public Task RecordAsync(MailboxMessageRecord message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        _owner.Write(cancellationToken, () => _messages.Upsert(new BsonDocument
        {
            ["_id"] = Key(message.Mailbox, message.UidValidity, message.Uid),
            ["Mailbox"] = message.Mailbox,
            ["UidValidity"] = (long)message.UidValidity,
            ["Uid"] = (long)message.Uid,
            ["MessageId"] = message.MessageId,
            ["Outcome"] = message.Outcome,
            ["CaseId"] = message.CaseId,
            ["Reason"] = message.Reason,
            ["HandledAt"] = UtcTicks.Serialize(message.HandledAt),
            ["Moved"] = message.Moved,
        }));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MailboxMessageRecord>> RecentAsync(string mailbox, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MailboxMessageRecord>>(_owner.Read(cancellationToken, () => _messages.Find(Query.EQ("Mailbox", mailbox))
            .Select(MessageFrom).OrderByDescending(m => m.HandledAt).Take(limit).ToList()));

    private static string Key(string mailbox, uint uidValidity, uint uid) => $"{mailbox}/{uidValidity}/{uid}";

    private static BsonValue Time(DateTime? at) => at is { } value ? UtcTicks.Serialize(value) : BsonValue.Null;

    private static DateTime? TimeFrom(BsonValue value) => value.IsNull ? null : UtcTicks.Deserialize(value);

    private static string? Text(BsonValue value) => value.IsNull ? null : value.AsString;

    private static MailboxCursor CursorFrom(BsonDocument doc) => new(doc["_id"].AsString)
    {
        UidValidity = (uint)doc["UidValidity"].AsInt64,
        LastUid = (uint)doc["LastUid"].AsInt64,
        LastCheckedAt = TimeFrom(doc["LastCheckedAt"]),
        LastSucceededAt = TimeFrom(doc["LastSucceededAt"]),
        LastError = Text(doc["LastError"]),
        Handled = doc["Handled"].AsInt32,
        Quarantined = doc["Quarantined"].AsInt32,
    };

    private static MailboxMessageRecord MessageFrom(BsonDocument doc) => new(
        doc["Mailbox"].AsString,
        (uint)doc["UidValidity"].AsInt64,
        (uint)doc["Uid"].AsInt64,
        Text(doc["MessageId"]),
        doc["Outcome"].AsString,
        Text(doc["CaseId"]),
        Text(doc["Reason"]),
        UtcTicks.Deserialize(doc["HandledAt"]))
    {
        Moved = doc["Moved"].AsBoolean,
    };
}
