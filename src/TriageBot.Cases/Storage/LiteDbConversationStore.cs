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
    private readonly ILiteCollection<BsonDocument> _unreadable;
    private const string BlindPrefix = "b:";

    private readonly TextProtector _protector;
    private readonly Keys.BlindIndex _index;
    private readonly TimeProvider _time;

    public LiteDbConversationStore(LiteDbCaseStore owner, LiteDatabase db, TextProtector protector, Keys.BlindIndex index, TimeProvider time)
    {
        _owner = owner;
        _conversations = db.GetCollection(SchemaMigrations.ConversationsCollection);
        _unreadable = db.GetCollection(SchemaMigrations.UnreadableConversationsCollection);
        _protector = protector;
        _index = index;
        _time = time;
        BlindClearIds(db);
    }

    /// <summary>The document id of a conversation: a keyed hash, so no Teams or Slack conversation or user id is
    /// readable in the file.</summary>
    private string Key(string conversationId) => BlindPrefix + _index.Of("conversation\n" + conversationId);

    /// <summary>State saved by versions that kept the conversation id in the clear moves to its keyed id, in one
    /// transaction, the first time this version opens the store. Text that cannot be decrypted moves as it is
    /// (the dialog layer then sets it aside, as for any unreadable state).</summary>
    private void BlindClearIds(LiteDatabase db)
    {
        var clear = _conversations.FindAll().Where(d => !(d["_id"].IsString && d["_id"].AsString.StartsWith(BlindPrefix, StringComparison.Ordinal))).ToList();
        if (clear.Count == 0) return;
        if (!db.BeginTrans()) throw new InvalidOperationException("A LiteDB transaction was left open on this thread.");
        try
        {
            foreach (var doc in clear)
            {
                var id = doc["_id"].AsString;
                var key = Key(id);
                try
                {
                    doc[JsonField] = _protector.Protect(_protector.Unprotect(doc[JsonField].AsString, Context(id)), Context(key));
                }
                catch (Exception e) when (e is CaseStoreException or InvalidCastException)
                {
                    // Left as stored: it will not decrypt under the new id either, and is set aside on its next turn.
                }
                _conversations.Delete(id);
                doc["_id"] = key;
                _conversations.Upsert(doc);
            }
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        db.Checkpoint();
    }

    public Task<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var key = Key(conversationId);
        return Task.FromResult(_owner.Read(cancellationToken,
            () => _conversations.FindById(key) is { } doc ? FromDocument(doc, conversationId) : null));
    }

    public Task<ConversationState?> SaveAsync(string conversationId, string json, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(json);
        var key = Key(conversationId);
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            var current = _conversations.FindById(key);
            var version = current?[VersionField].AsInt32 ?? 0;
            if (version != expectedVersion) return null;
            var doc = new BsonDocument
            {
                ["_id"] = key,
                [JsonField] = _protector.Protect(json, Context(key)),
                [UpdatedAtField] = UtcTicks.Serialize(_time.GetUtcNow().UtcDateTime),
                [VersionField] = version + 1,
            };
            _conversations.Upsert(doc);
            return (ConversationState?)FromDocument(doc, conversationId);
        }));
    }

    public Task<string?> SetAsideAsync(string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(reason);
        var key = Key(conversationId);
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_conversations.FindById(key) is not { } doc) return null;
            var reference = Guid.NewGuid().ToString("N")[..12];
            // Kept as stored: the sealed text (which may be what is damaged) and the conversation it belonged to,
            // sealed together under this copy's own context so nothing in it is readable in the file.
            var kept = new System.Text.Json.Nodes.JsonObject
            {
                ["conversationId"] = conversationId,
                ["context"] = Context(key),
                ["stored"] = doc[JsonField].IsString ? doc[JsonField].AsString : doc[JsonField].ToString(),
                ["updatedAt"] = doc[UpdatedAtField].RawValue?.ToString(),
                ["version"] = doc[VersionField].IsInt32 ? doc[VersionField].AsInt32 : 0,
            };
            _unreadable.Insert(new BsonDocument
            {
                ["_id"] = reference,
                ["Sealed"] = _protector.Protect(kept.ToJsonString(), AsideContext(reference)),
                ["Reason"] = reason,
                ["SetAsideAt"] = UtcTicks.Serialize(_time.GetUtcNow().UtcDateTime),
            });
            _conversations.Delete(key);
            _owner.Unreadable.Replaced(SchemaMigrations.ConversationsCollection, key);
            return reference;
        }));
    }

    /// <summary>A copy set aside by <see cref="SetAsideAsync"/>: the conversation it belonged to and its stored
    /// text as it was (still sealed under the conversation's context when that was readable at all).</summary>
    internal (string ConversationId, string Stored, string Reason)? ReadSetAside(string reference) => _owner.Read(CancellationToken.None, () =>
    {
        if (_unreadable.FindById(reference) is not { } doc) return ((string, string, string)?)null;
        var kept = System.Text.Json.Nodes.JsonNode.Parse(_protector.Unprotect(doc["Sealed"].AsString, AsideContext(reference)))!;
        return (kept["conversationId"]!.GetValue<string>(), kept["stored"]!.GetValue<string>(), doc["Reason"].AsString);
    });

    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var key = Key(conversationId);
        return Task.FromResult(_owner.Write(cancellationToken, () => _conversations.Delete(key)));
    }

    public Task<int> DeleteOlderThanAsync(DateTime cutoff, CancellationToken cancellationToken = default)
    {
        var ticks = UtcTicks.Of(cutoff);
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            // Copies set aside may hold a pasted request too: they are kept as long as any saved state, no longer.
            _unreadable.DeleteMany(BsonExpression.Create("$.SetAsideAt < @0", ticks));
            return _conversations.DeleteMany(BsonExpression.Create($"$.{UpdatedAtField} < @0", ticks));
        }));
    }

    private ConversationState FromDocument(BsonDocument doc, string conversationId)
    {
        var id = doc["_id"].AsString;
        var version = doc[VersionField].IsInt32 ? doc[VersionField].AsInt32 : 0;
        var updated = UtcTicks.Deserialize(doc[UpdatedAtField]);
        try
        {
            return new ConversationState(conversationId, _protector.Unprotect(doc[JsonField].AsString, Context(id)), updated, version);
        }
        catch (Exception e) when (e is CaseStoreException or InvalidCastException)
        {
            // Damaged or foreign: the dialog layer sets it aside and tells the person; every turn failing is worse.
            _owner.Unreadable.Report(SchemaMigrations.ConversationsCollection, id);
            return new ConversationState(conversationId, "", updated, version) { Unreadable = true };
        }
    }

    /// <summary>Purge hook: deletes the state of conversations that name a purged case (a dialog about it is
    /// simply forgotten). Runs inside the purge's transaction.</summary>
    internal void ForgetCases(IReadOnlyCollection<string> caseIds)
    {
        foreach (var doc in _conversations.FindAll().ToList())
        {
            var id = doc["_id"].AsString;
            var state = FromDocument(doc, id);
            if (!state.Unreadable && caseIds.Any(caseId => Names(state.Json, caseId))) _conversations.Delete(id);
        }
        // Copies set aside go with the case too, when what they hold can be read at all.
        foreach (var doc in _unreadable.FindAll().ToList())
        {
            var reference = doc["_id"].AsString;
            string text;
            try
            {
                var kept = System.Text.Json.Nodes.JsonNode.Parse(_protector.Unprotect(doc["Sealed"].AsString, AsideContext(reference)))!;
                text = _protector.Unprotect(kept["stored"]!.GetValue<string>(), kept["context"]!.GetValue<string>());
            }
            catch (Exception e) when (e is CaseStoreException or System.Text.Json.JsonException or InvalidOperationException or NullReferenceException)
            {
                continue;
            }
            if (caseIds.Any(caseId => Names(text, caseId))) _unreadable.Delete(reference);
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

    /// <summary>For the full store check: whether a saved state opens.</summary>
    internal bool Opens(BsonDocument doc)
    {
        _protector.Unprotect(doc[JsonField].AsString, Context(doc["_id"].AsString));
        return true;
    }

    /// <summary>For the full store check: whether a copy set aside opens (its seal; what it holds was unreadable
    /// when it was set aside).</summary>
    internal bool AsideOpens(BsonDocument doc)
    {
        _protector.Unprotect(doc["Sealed"].AsString, AsideContext(doc["_id"].AsString));
        return true;
    }

    private static string AsideContext(string reference) => "conversation-aside:" + reference;

    // Distinct from case ids, so a case text copied here (or back) fails to decrypt. Bound to the document id
    // (the keyed hash since this version; the clear conversation id before).
    internal static string Context(string conversationId) => "conversation:" + conversationId;
}
