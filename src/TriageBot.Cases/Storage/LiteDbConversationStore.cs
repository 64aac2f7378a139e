using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Conversation state in the case database's <c>conversations</c> collection, under the case store's lock and
/// with its durability (checkpoint after every write). The JSON may hold a pasted request, so it is encrypted
/// with the data key like case texts, bound to the conversation id.
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

    // Distinct from case ids, so a case text copied here (or back) fails to decrypt.
    private static string Context(string conversationId) => "conversation:" + conversationId;
}
