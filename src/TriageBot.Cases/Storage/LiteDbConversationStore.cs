using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Conversation state in the case database's <c>conversations</c> collection, under the case store's lock and
/// with its durability (checkpoint after every write). The JSON may hold a pasted request, so it is encrypted
/// with the store key, bound to the conversation id.
/// </summary>
internal sealed class LiteDbConversationStore : IConversationStateStore
{
    private const string JsonField = "Json";
    private const string UpdatedAtField = "UpdatedAt";
    private const string VersionField = "Version";

    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _conversations;
    private readonly TextProtector _protector;
    private readonly TimeProvider _time;

    public LiteDbConversationStore(LiteDbCaseStore owner, LiteDatabase db, TextProtector protector, TimeProvider time)
    {
        _owner = owner;
        _conversations = db.GetCollection(SchemaMigrations.ConversationsCollection);
        _protector = protector;
        _time = time;
    }

    public Task<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Task.FromResult(_owner.Read(cancellationToken,
            () => _conversations.FindById(conversationId) is { } doc ? FromDocument(doc) : null));
    }

    public Task<ConversationState?> SaveAsync(string conversationId, string json, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(json);
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            var current = _conversations.FindById(conversationId);
            var version = current?[VersionField].AsInt32 ?? 0;
            if (version != expectedVersion) return null;
            var doc = new BsonDocument
            {
                ["_id"] = conversationId,
                [JsonField] = _protector.Protect(json, Context(conversationId)),
                [UpdatedAtField] = UtcTicks.Serialize(_time.GetUtcNow().UtcDateTime),
                [VersionField] = version + 1,
            };
            _conversations.Upsert(doc);
            return (ConversationState?)FromDocument(doc);
        }));
    }

    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Task.FromResult(_owner.Write(cancellationToken, () => _conversations.Delete(conversationId)));
    }

    public Task<int> DeleteOlderThanAsync(DateTime cutoff, CancellationToken cancellationToken = default)
    {
        var ticks = UtcTicks.Of(cutoff);
        return Task.FromResult(_owner.Write(cancellationToken,
            () => _conversations.DeleteMany(BsonExpression.Create($"$.{UpdatedAtField} < @0", ticks))));
    }

    private ConversationState FromDocument(BsonDocument doc)
    {
        var id = doc["_id"].AsString;
        return new ConversationState(id, _protector.Unprotect(doc[JsonField].AsString, Context(id)),
            UtcTicks.Deserialize(doc[UpdatedAtField]), doc[VersionField].AsInt32);
    }

    /// <summary>Purge hook: deletes the state of conversations that name a purged case (a dialog about it is
    /// simply forgotten). Runs inside the purge's transaction.</summary>
    internal void ForgetCases(IReadOnlyCollection<string> caseIds)
    {
        foreach (var doc in _conversations.FindAll().ToList())
        {
            var id = doc["_id"].AsString;
            var json = _protector.Unprotect(doc[JsonField].AsString, Context(id));
            if (caseIds.Any(caseId => Names(json, caseId))) _conversations.Delete(id);
        }
    }

    /// <summary>The case number occurs as a whole word (LE-2026-00001 is not part of LE-2026-000010).</summary>
    private static bool Names(string text, string caseId)
    {
        for (var at = text.IndexOf(caseId, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(caseId, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + caseId.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsDigit(text[end]))) return true;
        }
        return false;
    }

    // Distinct from case ids, so a case text copied here (or back) fails to decrypt.
    internal static string Context(string conversationId) => "conversation:" + conversationId;
}
