using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Conversation references in the case database's <c>conversation_references</c> collection, under the case
/// store's lock. Two kinds of document share it: one per conversation and one per user (keyed by channel and
/// user id), so a proactive message finds a person without knowing any conversation.
/// </summary>
internal sealed class LiteDbConversationReferenceStore : IConversationReferenceStore
{
    private const string UserPrefix = "user|";
    private const string ConversationPrefix = "conversation|";

    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _references;
    private readonly TimeProvider _time;

    public LiteDbConversationReferenceStore(LiteDbCaseStore owner, LiteDatabase db, TimeProvider time)
    {
        _owner = owner;
        _references = db.GetCollection(SchemaMigrations.ConversationReferencesCollection);
        _time = time;
    }

    public Task RefreshAsync(ConversationReferenceRecord observed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentException.ThrowIfNullOrEmpty(observed.ChannelId, nameof(observed));
        ArgumentException.ThrowIfNullOrEmpty(observed.ServiceUrl, nameof(observed));
        var fresh = observed with { UpdatedAt = _time.GetUtcNow().UtcDateTime, StaleSince = null, StaleReason = null };
        _owner.Write(cancellationToken, () =>
        {
            if (fresh.ConversationId is { Length: > 0 } conversationId)
                _references.Upsert(ToDocument(ConversationKey(fresh.ChannelId, conversationId), fresh));
            if (fresh.UserId is { Length: > 0 } userId)
            {
                var key = UserKey(fresh.ChannelId, userId);
                var known = _references.FindById(key) is { } doc ? FromDocument(doc) : null;
                _references.Upsert(ToDocument(key, ForUser(fresh, known)));
            }
            return 0;
        });
        return Task.CompletedTask;
    }

    /// <summary>A message in a channel says nothing about the user's personal chat: the one known is kept, with
    /// its staleness.</summary>
    private static ConversationReferenceRecord ForUser(ConversationReferenceRecord fresh, ConversationReferenceRecord? known) =>
        fresh.IsPersonal ? fresh : fresh with
        {
            ConversationId = known?.ConversationId,
            ConversationType = known?.ConversationType,
            StaleSince = known?.StaleSince,
            StaleReason = known?.StaleReason,
        };

    public Task<ConversationReferenceRecord?> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return Task.FromResult(_owner.Read(cancellationToken,
            () => _references.FindById(UserKey(channelId, userId)) is { } doc ? FromDocument(doc) : null));
    }

    public Task<ConversationReferenceRecord?> FindByConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Task.FromResult(_owner.Read(cancellationToken,
            () => _references.FindById(ConversationKey(channelId, conversationId)) is { } doc ? FromDocument(doc) : null));
    }

    public Task<int> MarkStaleAsync(string channelId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = _time.GetUtcNow().UtcDateTime;
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            // Materialised before writing: LiteDB must not be enumerated while the same collection changes.
            var affected = _references.Find(Query.EQ("ConversationId", conversationId))
                .Where(d => string.Equals(d["ChannelId"].AsString, channelId, StringComparison.OrdinalIgnoreCase))
                .ToList();
            foreach (var doc in affected)
            {
                doc["StaleSince"] = UtcTicks.Serialize(now);
                doc["StaleReason"] = reason;
                _references.Update(doc);
            }
            return affected.Count;
        }));
    }

    public Task<IReadOnlyList<string>> ServiceUrlsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_owner.Read(cancellationToken, () =>
            _references.FindAll().Select(d => d["ServiceUrl"].AsString).Where(u => !string.IsNullOrEmpty(u))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList()));

    private static string UserKey(string channelId, string userId) =>
        UserPrefix + channelId.ToLowerInvariant() + "|" + userId.ToLowerInvariant();

    private static string ConversationKey(string channelId, string conversationId) =>
        ConversationPrefix + channelId.ToLowerInvariant() + "|" + conversationId;

    private static BsonDocument ToDocument(string key, ConversationReferenceRecord r) => new()
    {
        ["_id"] = key,
        ["ChannelId"] = r.ChannelId,
        ["UserId"] = r.UserId,
        ["UserAccountId"] = r.UserAccountId,
        ["ServiceUrl"] = r.ServiceUrl,
        ["ConversationId"] = r.ConversationId,
        ["ConversationType"] = r.ConversationType,
        ["TenantId"] = r.TenantId,
        ["BotId"] = r.BotId,
        ["UpdatedAt"] = UtcTicks.Serialize(r.UpdatedAt),
        ["StaleSince"] = r.StaleSince is { } since ? UtcTicks.Serialize(since) : BsonValue.Null,
        ["StaleReason"] = r.StaleReason,
    };

    private static ConversationReferenceRecord FromDocument(BsonDocument d) => new(
        d["ChannelId"].AsString, Str(d["UserId"]), Str(d["UserAccountId"]), d["ServiceUrl"].AsString,
        Str(d["ConversationId"]), Str(d["ConversationType"]), Str(d["TenantId"]), d["BotId"].AsString)
    {
        UpdatedAt = UtcTicks.Deserialize(d["UpdatedAt"]),
        StaleSince = d["StaleSince"].IsNull ? null : UtcTicks.Deserialize(d["StaleSince"]),
        StaleReason = Str(d["StaleReason"]),
    };

    private static string? Str(BsonValue value) => value.IsNull ? null : value.AsString;
}
