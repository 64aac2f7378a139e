using LiteDB;
using TriageBot.Cases.Storage;

namespace TriageBot.Teams.References;

/// <summary>
/// Conversation references in the Teams channel's own collection of the case database, under the case store's
/// lock and durability. Two kinds of document share it: one per conversation and one per user (keyed by channel
/// and user id), so a proactive message finds a person without knowing any conversation. User ids, tenant,
/// conversation ids and service URLs say who talks to the legal team, so they are sealed like case data
/// (<see cref="CaseDatabaseCollection.Seal"/>): a document's id and its conversation key are keyed hashes, its
/// contents encrypted. References stored in the clear by earlier versions are sealed when the store opens.
/// A reference that does not open counts as not stored (<see cref="CaseDatabaseCollection.TryOpen"/> reports it
/// for the operator): no proactive message to it, its service URL not trusted, until its conversation or user
/// writes to the bot again, which stores it afresh.
/// </summary>
public sealed class LiteDbConversationReferenceStore : IConversationReferenceStore
{
    /// <summary>The name the case store gave this collection before the channel owned it: kept, so references
    /// stored then are still found.</summary>
    public const string CollectionName = "conversation_references";

    private const string ConversationKeyField = "ConversationKey";
    private const string UserPrefix = "user|";
    private const string ConversationPrefix = "conversation|";

    private readonly CaseDatabaseCollection _references;
    private readonly TimeProvider _time;

    public LiteDbConversationReferenceStore(LiteDbCaseStore database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        _references = database.Collection(CollectionName);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _references.Write(references =>
        {
            SealClearReferences(references);
            // Idempotent: by conversation (a keyed hash) for marking stale.
            return references.EnsureIndex(ConversationKeyField, "$." + ConversationKeyField);
        });
    }

    /// <summary>The migration from references stored in the clear (keyed by "user|channel|id", with indexes over
    /// the conversation id and service URL): each is re-written sealed under the keyed hash of its old key, in
    /// the constructor's one transaction, and the indexes over clear values are dropped. Idempotent.</summary>
    private void SealClearReferences(ILiteCollection<BsonDocument> references)
    {
        foreach (var index in new[] { "ConversationId", "ServiceUrl" }) references.DropIndex(index);
        var clear = references.FindAll().Where(d => !CaseDatabaseCollection.IsSealed(d)).ToList();
        foreach (var doc in clear)
        {
            references.Delete(doc["_id"]);
            references.Upsert(ToDocument(doc["_id"].AsString, FromDocument(doc)));
        }
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
                var known = references.FindById(_references.Blind(key)) is { } doc ? ReadableRecord(doc) : null;
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
            references => references.FindById(_references.Blind(UserKey(channelId, userId))) is { } doc ? ReadableRecord(doc) : null, cancellationToken));
    }

    public Task<ConversationReferenceRecord?> FindByConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Task.FromResult(_references.Read(
            references => references.FindById(_references.Blind(ConversationKey(channelId, conversationId))) is { } doc ? ReadableRecord(doc) : null, cancellationToken));
    }

    public Task<int> MarkStaleAsync(string channelId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = _time.GetUtcNow().UtcDateTime;
        return Task.FromResult(_references.Write(references =>
        {
            // Materialised before writing: LiteDB must not be enumerated while the same collection changes.
            // The key names the channel too, so a conversation id of another channel is not touched.
            // One that does not open is left as it is: it is not used anyway.
            var affected = references.Find(Query.EQ(ConversationKeyField, _references.Blind(ConversationKey(channelId, conversationId))))
                .Select(doc => (Doc: doc, Record: ReadableRecord(doc))).Where(d => d.Record is not null).ToList();
            foreach (var (doc, record) in affected)
                references.Update(WithId(doc, record! with { StaleSince = now, StaleReason = reason }));
            return affected.Count;
        }, cancellationToken));
    }

    public Task<IReadOnlyList<string>> ServiceUrlsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_references.Read(references =>
            // Ids are keyed hashes, so the documents come in no useful order: the spelling kept of URLs that differ
            // only in case is chosen by the text itself (lower case first), the same at every start.
            references.FindAll().Select(d => ReadableRecord(d)?.ServiceUrl).OfType<string>().Where(u => u.Length > 0)
                .OrderByDescending(u => u, StringComparer.Ordinal)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList(), cancellationToken));


    private static string UserKey(string channelId, string userId) =>
        UserPrefix + channelId.ToLowerInvariant() + "|" + userId.ToLowerInvariant();

    private static string ConversationKey(string channelId, string conversationId) =>
        ConversationPrefix + channelId.ToLowerInvariant() + "|" + conversationId;

    /// <summary>The sealed document for <paramref name="key"/> (a user or conversation key, hashed for its id).</summary>
    private BsonDocument ToDocument(string key, ConversationReferenceRecord r) => WithIdOf(_references.Blind(key), r);

    /// <summary>The same document, re-sealed with changed contents (a sealed value is bound to its id).</summary>
    private BsonDocument WithId(BsonDocument doc, ConversationReferenceRecord r) => WithIdOf(doc["_id"].AsString, r);

    private BsonDocument WithIdOf(string id, ConversationReferenceRecord r) => _references.Seal(id, Contents(r),
        new BsonDocument
        {
            [ConversationKeyField] = r.ConversationId is { Length: > 0 } conversation ? _references.Blind(ConversationKey(r.ChannelId, conversation)) : BsonValue.Null,
        });

    private static BsonDocument Contents(ConversationReferenceRecord r) => new()
    {
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

    private ConversationReferenceRecord FromDocument(BsonDocument doc) => FromContents(_references.Open(doc));

    /// <summary>The record, or null (reported) when the document does not open or lacks what a reference needs.</summary>
    private ConversationReferenceRecord? ReadableRecord(BsonDocument doc)
    {
        if (_references.TryOpen(doc) is not { } contents) return null;
        try
        {
            return FromContents(contents);
        }
        catch (Exception e) when (e is InvalidCastException or KeyNotFoundException)
        {
            _references.Report(doc);
            return null;
        }
    }

    private static ConversationReferenceRecord FromContents(BsonDocument d) => new(
        d["ChannelId"].AsString, Str(d["UserId"]), Str(d["UserAccountId"]), d["ServiceUrl"].AsString,
        Str(d["ConversationId"]), Str(d["ConversationType"]), Str(d["TenantId"]), d["BotId"].AsString)
    {
        UpdatedAt = UtcTicks.Deserialize(d["UpdatedAt"]),
        StaleSince = d["StaleSince"].IsNull ? null : UtcTicks.Deserialize(d["StaleSince"]),
        StaleReason = Str(d["StaleReason"]),
    };

    private static string? Str(BsonValue value) => value.IsNull ? null : value.AsString;
}
