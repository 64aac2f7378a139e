using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// The turn inbox in the case database: <c>inbox</c> holds the turns (payload encrypted with the data key, bound
/// to the turn id), <c>inbox_keys</c> the dedupe keys with their expiry. Under the case store's lock and with its
/// durability: a turn accepted here is on disk before the channel acknowledges it.
/// </summary>
internal sealed class LiteDbTurnInbox : ITurnInbox
{
    private const string StateField = "State";
    private const string RouteField = "Route";
    private const string LostField = "Lost";
    private const string LostNoticeField = "LostNotice";

    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _turns;
    private readonly ILiteCollection<BsonDocument> _keys;
    private const string BlindPrefix = "b:";

    private readonly TextProtector _protector;
    private readonly Keys.BlindIndex _index;
    private readonly TimeProvider _time;
    private readonly Lock _batchGate = new();
    private List<(Func<object?> Work, TaskCompletionSource<object?> Done)> _batch = [];
    private bool _committing;

    public LiteDbTurnInbox(LiteDbCaseStore owner, LiteDatabase db, TextProtector protector, Keys.BlindIndex index, TimeProvider time)
    {
        _owner = owner;
        _turns = db.GetCollection(SchemaMigrations.InboxCollection);
        _keys = db.GetCollection(SchemaMigrations.InboxKeysCollection);
        _protector = protector;
        _index = index;
        _time = time;
        BlindClearKeys(db);
    }

    public string ConversationKeyOf(InboxDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Blind(draft.ConversationKey);
    }

    /// <summary>A keyed hash of the channel's conversation key (it names the chat and the person), enough to keep one
    /// conversation's turns in order; the payload, sealed, holds what the turn needs.</summary>
    private string Blind(string conversationKey) =>
        conversationKey.StartsWith(BlindPrefix, StringComparison.Ordinal) ? conversationKey : BlindPrefix + _index.Of("inbox conversation\n" + conversationKey);

    /// <summary>Turns stored by versions that kept the conversation key in the clear get the keyed one, once.</summary>
    private void BlindClearKeys(LiteDatabase db)
    {
        var clear = _turns.FindAll().Where(d => d["ConversationKey"].IsString && !d["ConversationKey"].AsString.StartsWith(BlindPrefix, StringComparison.Ordinal)).ToList();
        if (clear.Count == 0) return;
        if (!db.BeginTrans()) throw new InvalidOperationException("A LiteDB transaction was left open on this thread.");
        try
        {
            foreach (var doc in clear)
            {
                doc["ConversationKey"] = Blind(doc["ConversationKey"].AsString);
                _turns.Update(doc);
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

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public Task<long?> AcceptAsync(InboxDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(draft.Channel, nameof(draft));
        ArgumentException.ThrowIfNullOrEmpty(draft.ConversationKey, nameof(draft));
        cancellationToken.ThrowIfCancellationRequested();
        return Batched(() =>
        {
            var now = Now;
            if (draft.DedupeKey is { Length: > 0 } clear)
            {
                // Keyed: a Teams dedupe key names the conversation. The clear key is still looked up for ids an
                // earlier version remembered (they expire within Turns:RememberIdsFor).
                var key = BlindPrefix + _index.Of("inbox dedupe\n" + clear);
                if ((_keys.FindById(key) ?? _keys.FindById(clear)) is { } seen && seen["ExpiresAt"].AsInt64 > now.Ticks) return (long?)null;
                _keys.Upsert(new BsonDocument { ["_id"] = key, ["ExpiresAt"] = UtcTicks.Serialize(now + draft.RememberFor) });
            }
            // Ids grow with arrival (the newest turn is never swept, so the maximum never goes back).
            var id = NewestId() + 1;
            _turns.Insert(new BsonDocument
            {
                ["_id"] = id,
                ["Channel"] = draft.Channel,
                ["ConversationKey"] = Blind(draft.ConversationKey),
                ["Payload"] = _protector.Protect(draft.Payload, Context(id)),
                // Sealed apart, under its own context: what damages the payload need not take the way back along.
                [RouteField] = draft.Route is { } route ? _protector.Protect(route, RouteContext(id)) : BsonValue.Null,
                ["ReceivedAt"] = UtcTicks.Serialize(now),
                [StateField] = nameof(InboxTurnState.Pending),
                ["Attempts"] = 0,
                ["NextAttemptAt"] = UtcTicks.Serialize(now),
                ["LastError"] = BsonValue.Null,
                ["FinishedAt"] = BsonValue.Null,
            });
            return (long?)id;
        });
    }

    /// <summary>Pending turns in arrival order; one whose payload does not open is dead-lettered on the way (it
    /// cannot run, and must not keep the host from starting) and left out.</summary>
    public Task<IReadOnlyList<InboxTurn>> PendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var turns = _owner.Read(cancellationToken, () =>
            _turns.Find(Query.EQ(StateField, nameof(InboxTurnState.Pending))).OrderBy(d => d["_id"].AsInt64).Take(limit).ToList())
            .Select(FromDocument).ToList();
        foreach (var unreadable in turns.Where(t => t.Unreadable)) DeadLetterUnreadable(unreadable.Id);
        return Task.FromResult<IReadOnlyList<InboxTurn>>(turns.Where(t => !t.Unreadable).ToList());
    }

    /// <summary>A pending turn whose payload does not open: dead, with a reason an administrator can read
    /// (<c>triagebot turns dead</c>), so workers never try it and the next start does not load it.</summary>
    private InboxTurn? DeadLetterUnreadable(long id) => _owner.Write(CancellationToken.None, () =>
    {
        if (_turns.FindById(id) is not { } doc) return null;
        if (doc[StateField].AsString == nameof(InboxTurnState.Pending))
        {
            doc[StateField] = nameof(InboxTurnState.Dead);
            doc["LastError"] = UnreadableError;
            doc["FinishedAt"] = UtcTicks.Serialize(Now);
            // Lost: its sender is told (LostUntoldAsync), once.
            doc[LostField] = true;
            _turns.Update(doc);
        }
        return (InboxTurn?)FromDocument(doc);
    });

    private const string UnreadableError = "unreadable: its sealed payload does not open (damaged, or sealed under another key)";

    public Task CompleteAsync(long id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Batched(() =>
        {
            if (_turns.FindById(id) is not { } doc) return false;
            doc[StateField] = nameof(InboxTurnState.Done);
            doc["FinishedAt"] = UtcTicks.Serialize(Now);
            // Done turns keep no contents: the payload and the way back have served their purpose.
            doc["Payload"] = "";
            doc[RouteField] = BsonValue.Null;
            return _turns.Update(doc);
        });
    }

    /// <summary>
    /// Group commit: turns accepted and finished at the same moment share one transaction and one checkpoint. The
    /// first caller commits what has queued up (others arriving meanwhile wait for its next round); alone, a
    /// caller commits just its own change, as an ordinary write. Each caller's task completes once its change is
    /// on disk.
    /// </summary>
    private Task<T> Batched<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_batchGate)
        {
            _batch.Add((() => work(), done));
            lead = !_committing;
            _committing = true;
        }
        if (lead) CommitQueued();
        return Typed<T>(done.Task);
    }

    private static async Task<T> Typed<T>(Task<object?> task) => (T)(await task.ConfigureAwait(false))!;

    private void CommitQueued()
    {
        while (true)
        {
            List<(Func<object?> Work, TaskCompletionSource<object?> Done)> round;
            lock (_batchGate)
            {
                if (_batch.Count == 0)
                {
                    _committing = false;
                    return;
                }
                round = _batch;
                _batch = [];
            }
            try
            {
                var results = _owner.Write(CancellationToken.None, () => round.Select(r => r.Work()).ToList());
                for (var i = 0; i < round.Count; i++) round[i].Done.SetResult(results[i]);
            }
            catch (Exception e)
            {
                foreach (var r in round) r.Done.SetException(e);
            }
        }
    }

    public Task<InboxTurn?> FailAsync(long id, string error, DateTime? retryAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_turns.FindById(id) is not { } doc) return null;
            doc["Attempts"] = doc["Attempts"].AsInt32 + 1;
            doc["LastError"] = error;
            if (retryAt is { } at)
            {
                doc[StateField] = nameof(InboxTurnState.Pending);
                doc["NextAttemptAt"] = UtcTicks.Serialize(at);
            }
            else
            {
                doc[StateField] = nameof(InboxTurnState.Dead);
                doc["FinishedAt"] = UtcTicks.Serialize(Now);
            }
            _turns.Update(doc);
            return (InboxTurn?)FromDocument(doc);
        }));

    /// <summary>A lost turn (its payload does not open) is not retried: it could only be dead-lettered again.</summary>
    public Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_turns.FindById(id) is not { } doc || doc[StateField].AsString != nameof(InboxTurnState.Dead) || IsLost(doc)) return false;
            doc[StateField] = nameof(InboxTurnState.Pending);
            doc["Attempts"] = 0;
            doc["NextAttemptAt"] = UtcTicks.Serialize(Now);
            doc["FinishedAt"] = BsonValue.Null;
            return _turns.Update(doc);
        }));

    public Task<InboxTurn?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var turn = _owner.Read(cancellationToken, () => _turns.FindById(id)) is { } doc ? FromDocument(doc) : null;
        return Task.FromResult(turn is { Unreadable: true, State: InboxTurnState.Pending } ? DeadLetterUnreadable(id) : turn);
    }

    public Task<IReadOnlyList<InboxTurn>> ListAsync(InboxTurnState? state, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InboxTurn>>(_owner.Read(cancellationToken, () =>
            (state is { } s ? _turns.Find(Query.EQ(StateField, s.ToString())) : _turns.FindAll())
                .OrderByDescending(d => d["_id"].AsInt64).Take(limit).ToList())
            .Select(FromDocument).ToList());

    public Task<InboxCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_owner.Read(cancellationToken, () => new InboxCounts(
            _turns.Count(Query.EQ(StateField, nameof(InboxTurnState.Pending))),
            _turns.Count(Query.EQ(StateField, nameof(InboxTurnState.Dead))))));

    public Task<IReadOnlyList<InboxTurn>> LostUntoldAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InboxTurn>>(_owner.Read(cancellationToken, () =>
            _turns.Find(Query.EQ(StateField, nameof(InboxTurnState.Dead))).Where(d => IsLost(d) && !(d.TryGetValue(LostNoticeField, out var notice) && notice.IsString))
                .OrderBy(d => d["_id"].AsInt64).ToList())
            .Select(FromDocument).ToList());

    public Task RecordLostNoticeAsync(long id, string notice, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(notice);
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_turns.FindById(id) is not { } doc) return false;
            doc[LostNoticeField] = notice;
            return _turns.Update(doc);
        }));
    }

    private static bool IsLost(BsonDocument doc) => doc.TryGetValue(LostField, out var lost) && lost.IsBoolean && lost.AsBoolean;

    public Task<int> SweepAsync(DateTime cutoff, CancellationToken cancellationToken = default) =>
        Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            var newest = NewestId();
            var before = UtcTicks.Of(cutoff);
            var swept = _turns.DeleteMany(BsonExpression.Create(
                "$.State = @0 AND $.FinishedAt < @1 AND $._id < @2", nameof(InboxTurnState.Done), before, newest));
            _keys.DeleteMany(BsonExpression.Create("$.ExpiresAt < @0", Now.Ticks));
            return swept;
        }));

    /// <summary>The highest id (0 for an empty inbox), read from the end of the _id index.</summary>
    private long NewestId() => _turns.Find(Query.All("_id", Query.Descending), limit: 1).FirstOrDefault() is { } doc ? doc["_id"].AsInt64 : 0;

    private static string Context(long id) => $"inbox turn {id}";

    private static string RouteContext(long id) => $"inbox turn route {id}";

    /// <summary>The document's sealed values, each opened once: for the full store check (<see cref="StoreCheck"/>).
    /// False when one does not open (it is reported).</summary>
    internal bool Opens(BsonDocument doc)
    {
        var id = doc["_id"].AsInt64;
        try
        {
            if (doc["Payload"].AsString is { Length: > 0 } payload) _protector.Unprotect(payload, Context(id));
            if (doc.TryGetValue(RouteField, out var route) && route.IsString) _protector.Unprotect(route.AsString, RouteContext(id));
            return true;
        }
        catch (Exception e) when (e is CaseStoreException or InvalidCastException)
        {
            _owner.Unreadable.Report(SchemaMigrations.InboxCollection, id);
            return false;
        }
    }

    private InboxTurn FromDocument(BsonDocument doc)
    {
        var id = doc["_id"].AsInt64;
        var payload = doc["Payload"].AsString;
        var unreadable = false;
        try
        {
            payload = payload.Length == 0 ? "" : _protector.Unprotect(payload, Context(id));
        }
        catch (CaseStoreException)
        {
            _owner.Unreadable.Report(SchemaMigrations.InboxCollection, id);
            (payload, unreadable) = ("", true);
        }
        return new InboxTurn(id, doc["Channel"].AsString, doc["ConversationKey"].AsString, payload, UtcTicks.Deserialize(doc["ReceivedAt"]))
        {
            Unreadable = unreadable || IsLost(doc),
            Route = unreadable || IsLost(doc) ? RouteOf(doc, id) : null,
            LostNotice = doc.TryGetValue(LostNoticeField, out var notice) && notice.IsString ? notice.AsString : null,
            State = Enum.Parse<InboxTurnState>(doc[StateField].AsString),
            Attempts = doc["Attempts"].AsInt32,
            NextAttemptAt = UtcTicks.Deserialize(doc["NextAttemptAt"]),
            LastError = doc["LastError"].IsNull ? null : doc["LastError"].AsString,
            FinishedAt = doc["FinishedAt"].IsNull ? null : UtcTicks.Deserialize(doc["FinishedAt"]),
        };
    }

    /// <summary>The way back to a lost turn's sender, or null when none was stored (an older version) or it does not
    /// open either.</summary>
    private string? RouteOf(BsonDocument doc, long id)
    {
        if (!doc.TryGetValue(RouteField, out var route) || !route.IsString) return null;
        try
        {
            return _protector.Unprotect(route.AsString, RouteContext(id));
        }
        catch (CaseStoreException)
        {
            return null;
        }
    }
}
