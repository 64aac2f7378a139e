using LiteDB;
using TriageBot.Cases.Storage;

namespace TriageBot.Teams.References;

/// <summary>
/// Conversation references in the Teams channel's own collection of the case database, under the case store's
/// lock and durability. Two kinds of document share it: one per conversation and one per user (keyed by channel
/// and user id), so a proactive message finds a person without knowing any conversation. Nothing here is request
/// contents, so nothing is encrypted.
/// </summary>
public sealed class LiteDbConversationReferenceStore : IConversationReferenceStore
{
    /// <summary>The name the case store gave this collection before the channel owned it: kept, so references
    /// stored then are still found.</summary>
    public const string CollectionName = "conversation_references";

    private const string UserPrefix = "user|";
    private const string ConversationPrefix = "conversation|";

    private readonly CaseDatabaseCollection _references;
    private readonly TimeProvider _time;

    public LiteDbConversationReferenceStore(LiteDbCaseStore database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        _references = database.Collection(CollectionName);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        // Idempotent: by conversation for marking stale, by service URL for the trusted list at start-up.
        _references.Write(references =>
        {
            references.EnsureIndex("ConversationId", "$.ConversationId");
            return references.EnsureIndex("ServiceUrl", "$.ServiceUrl");
        });
    }

    public Task RefreshAsync(ConversationReferenceRecord observed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentException.ThrowIfNullOrEmpty(observed.ChannelId, nameof(observed));
        ArgumentException.ThrowIfNullOrEmpty(observed.ServiceUrl, nameof(observed));
        var fresh = observed with { UpdatedAt = _time.GetUtcNow().UtcDateTime, StaleSince = null, StaleReason = null };
        _references.Write(references =>
        {
            if (fresh.ConversationId is { Length: > 0 } conversationId)
                references.Upsert(ToDocument(ConversationKey(fresh.ChannelId, conversationId), fresh));
            if (fresh.UserId is { Length: > 0 } userId)
            {
                var key = UserKey(fresh.ChannelId, userId);
                var known = references.FindById(key) is { } doc ? FromDocument(doc) : null;
                references.Upsert(ToDocument(key, ForUser(fresh, known)));
            }
            return 0;
        }, cancellationToken);
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
        return Task.FromResult(_references.Read(
            references => references.FindById(UserKey(channelId, userId)) is { } doc ? FromDocument(doc) : null, cancellationToken));
    }

    public Task<ConversationReferenceRecord?> FindByConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Task.FromResult(_references.Read(
            references => references.FindById(ConversationKey(channelId, conversationId)) is { } doc ? FromDocument(doc) : null, cancellationToken));
    }

    public Task<int> MarkStaleAsync(string channelId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = _time.GetUtcNow().UtcDateTime;
        return Task.FromResult(_references.Write(references =>
        {
            // Materialised before writing: LiteDB must not be enumerated while the same collection changes.
            var affected = references.Find(Query.EQ("ConversationId", conversationId))
                .Where(d => string.Equals(d["ChannelId"].AsString, channelId, StringComparison.OrdinalIgnoreCase))
                .ToList();
            foreach (var doc in affected)
            {
                doc["StaleSince"] = UtcTicks.Serialize(now);
                doc["StaleReason"] = reason;
                references.Update(doc);
            }
            return affected.Count;
        }, cancellationToken));
    }

    public Task<IReadOnlyList<string>> ServiceUrlsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_references.Read(references =>
            references.FindAll().Select(d => d["ServiceUrl"].AsString).Where(u => !string.IsNullOrEmpty(u))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList(), cancellationToken));

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
