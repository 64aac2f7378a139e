using LiteDB;
using TriageBot.Cases.Storage.Keys;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;

namespace TriageBot.Cases.Storage;

/// <summary>
/// The case store on one LiteDB file, owned exclusively by this process (see <see cref="CaseDatabase"/>); create
/// one per process and dispose it on shutdown (it checkpoints). LiteDB's API is synchronous and its transactions
/// and locks belong to the calling thread, so every operation runs synchronously on the caller's thread under
/// one lock, materialises its results there, and returns a completed task: nothing LiteDB holds ever crosses an
/// await. One lock for reads too: operations take micro- to milliseconds, and it rules out LiteDB's
/// multi-threading bugs for the system of record. Text comparisons in lookups and filters (case number, assignee,
/// hash, agency reference, e-mail) ignore case, as LiteDB's default collation does.
/// </summary>
public sealed class LiteDbCaseStore : ICaseStore, IDisposable
{
    private const int PurgeBatchSize = 200;
    // Reminder documents read per hold of the lock: a few milliseconds, so intake and paging never wait long.
    private const int ReminderPageSize = 500;
    private const int RecordBatchSize = 100;

    private readonly CaseDatabase _database;
    private readonly LiteDatabase _db;
    private readonly TextProtector _protector;
    private readonly Keys.BlindIndex _index;
    private readonly WrappedKeys _keys;
    private readonly CaseDocuments _documents;
    private readonly AuditDocuments _auditDocuments;
    private readonly TimeProvider _time;
    private readonly ILiteCollection<BsonDocument> _cases;
    private readonly ILiteCollection<BsonDocument> _audit;
    private readonly ILiteCollection<BsonDocument> _counters;
    private readonly ILiteCollection<BsonDocument> _reminders;
    private readonly ILiteCollection<OnCallOverride> _onCall;
    private readonly Lock _gate = new();
    private bool _disposed;

    private readonly List<Action<IReadOnlyCollection<string>>> _purgeHooks = [];

    private LiteDbCaseStore(CaseDatabase database, StoreCrypto crypto, TimeProvider time)
    {
        _database = database;
        _db = database.Database;
        _protector = crypto.Protector;
        _index = crypto.Index;
        _keys = crypto.Keys;
        _documents = crypto.Cases;
        _auditDocuments = crypto.Audit;
        _time = time;
        _cases = _db.GetCollection(SchemaMigrations.CasesCollection);
        _audit = _db.GetCollection(SchemaMigrations.AuditCollection, BsonAutoId.Int64);
        _counters = _db.GetCollection(SchemaMigrations.CountersCollection);
        _reminders = _db.GetCollection(SchemaMigrations.RemindersCollection);
        _onCall = _db.GetCollection<OnCallOverride>(SchemaMigrations.OnCallCollection);
        Unreadable = new UnreadableDocuments();
        _conversations = new LiteDbConversationStore(this, _db, _protector, _index, time);
        Conversations = _conversations;
        _purgeHooks.Add(_conversations.ForgetCases);
        _escalations = new LiteDbEscalationStore(this, _db, _protector);
        Escalations = _escalations;
        MailboxLedger = new LiteDbMailboxLedger(this, _db);
        _inbox = new LiteDbTurnInbox(this, _db, _protector, _index, time);
        Inbox = _inbox;
    }

    private readonly LiteDbConversationStore _conversations;
    private readonly LiteDbEscalationStore _escalations;
    private readonly LiteDbTurnInbox _inbox;

    /// <summary>
    /// Opens every document of every sealed collection once (cases, audit trails, case keys, dialog state and the
    /// copies set aside, escalations, queued turns, and the channels' own collections) and returns how many did not
    /// open, per collection; <see cref="Unreadable"/> (and so <c>GET /ready</c>) then holds exactly these. A page of
    /// documents per hold of the lock, so it may run while the host works.
    /// </summary>
    public StoreCheckResult CheckAll(CancellationToken cancellationToken = default)
    {
        var names = Read(cancellationToken, () => _db.GetCollectionNames().ToList());
        var channels = names
            .Where(n => !SchemaMigrations.OwnCollections.Contains(n) && !SchemaMigrations.ClearCollections.Contains(n) && !n.StartsWith('$') && !n.StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(n => new CaseDatabaseCollection(this, _db.GetCollection(n), _protector, _index))
            .Select(c => new StoreCheck.Sealed(_db.GetCollection(c.Name), d => !CaseDatabaseCollection.IsSealed(d) || c.TryOpen(d) is not null));
        StoreCheck.Sealed[] own =
        [
            new(_cases, d => _documents.FromDocument(d) is not null),
            new(_audit, d => !AuditDocuments.IsSealed(d) || _auditDocuments.FromDocument(d) is not null),
            new(_db.GetCollection(WrappedKeys.CaseKeysCollection), _keys.Opens),
            new(_db.GetCollection(SchemaMigrations.ConversationsCollection), _conversations.Opens),
            new(_db.GetCollection(SchemaMigrations.UnreadableConversationsCollection), _conversations.AsideOpens),
            new(_db.GetCollection(SchemaMigrations.EscalationsCollection), _escalations.Opens),
            new(_db.GetCollection(SchemaMigrations.InboxCollection), _inbox.Opens),
        ];
        return new StoreCheck(this, Unreadable).Run([.. own, .. channels], _time, cancellationToken);
    }

    /// <summary>Sealed documents met that do not open, by collection: every read path skips them and reports
    /// them here (<c>GET /ready</c> shows the counts).</summary>
    public UnreadableDocuments Unreadable { get; }

    /// <summary>The database file, as a full path.</summary>
    public string Path => _database.Path;

    /// <summary>Dialog state of chat conversations, in the same database (one LiteDB file per process).</summary>
    public IConversationStateStore Conversations { get; }

    /// <summary>Pending escalations of emergency pages, in the same database, so they survive a restart.</summary>
    public IEscalationStore Escalations { get; }

    /// <summary>What the mailbox watcher has handled, in the same database, so a restart neither loses nor repeats a message.</summary>
    public IMailboxLedger MailboxLedger { get; }
    /// <summary>The durable inbox of chat turns, in the same database, encrypted with the same data key.</summary>
    public ITurnInbox Inbox { get; }

    /// <summary>
    /// Opens (or creates) the case database at <paramref name="path"/> and brings its schema up to date. Tests and
    /// tools: a null <paramref name="dataKey"/> keeps a generated key in <c>&lt;path&gt;.key</c>; the host passes
    /// the configured keys instead (<see cref="OpenWithKeys"/>).
    /// </summary>
    /// <param name="password">LiteDB file encryption; null or empty for none.</param>
    /// <param name="dataKey">32 bytes: the master key that wraps the database's keys.</param>
    public static LiteDbCaseStore Open(string path, string? password, byte[]? dataKey, TimeProvider time) =>
        OpenWithKeys(path, password, dataKey is null ? DataKeyFile.LoadOrCreate(System.IO.Path.GetFullPath(path) + ".key", out _) : DataKeyRing.Of(dataKey), time);

    /// <summary>Opens (or creates) the case database at <paramref name="path"/> with the master keys
    /// <paramref name="keys"/> and brings its schema up to date; records written in the clear by older versions
    /// are sealed on the way.</summary>
    /// <exception cref="CaseStoreException">The file is in use, encrypted with another password, not a case
    /// database, from a newer version, or its keys were wrapped by a master key not in the ring.</exception>
    public static LiteDbCaseStore OpenWithKeys(string path, string? password, DataKeyRing keys, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        var mapper = CaseBsonMapper.Create();
        CaseDatabase? database = null;
        StoreCrypto? crypto = null;
        try
        {
            database = CaseDatabase.Open(path, password, mapper);
            crypto = StoreCrypto.Create(database.Database, database.Path, keys, mapper);
            LegacySealing.Run(database.Database, database.Path, crypto);
            SchemaMigrations.Run(database.Database, database.Path, time);
            return new LiteDbCaseStore(database, crypto, time);
        }
        catch
        {
            crypto?.Protector.Dispose();
            database?.Dispose();
            throw;
        }
    }

    public Task<CaseRecord> CreateAsync(CaseRecord draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return Task.FromResult(Write(cancellationToken, () => Insert(draft, actor)));
    }

    /// <summary>Creates many cases, as <see cref="CreateAsync"/> would one by one, committing a batch at a time
    /// (an import, or filling a database for a benchmark). Returns the created cases in order.</summary>
    public Task<IReadOnlyList<CaseRecord>> ImportAsync(IEnumerable<CaseRecord> drafts, string actor, int batchSize = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var created = new List<CaseRecord>();
        foreach (var batch in drafts.Chunk(batchSize))
            created.AddRange(Write(cancellationToken, () => batch.Select(d => Insert(d, actor)).ToList()));
        return Task.FromResult<IReadOnlyList<CaseRecord>>(created);
    }

    public Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return Task.FromResult(Read(cancellationToken, () => _cases.FindById(caseId) is { } doc ? CaseOrThrow(doc) : null));
    }

    /// <summary>The case asked for by number: one that does not open is reported and refused with a
    /// <see cref="CaseStoreException"/> whose message is shown to the person (never "not found").</summary>
    private CaseRecord CaseOrThrow(BsonDocument doc)
    {
        try
        {
            return _documents.FromDocument(doc);
        }
        catch (CaseStoreException)
        {
            Unreadable.Report(SchemaMigrations.CasesCollection, doc["_id"]);
            throw;
        }
    }

    /// <summary>A case in a list (queue, duplicates): one that does not open is reported and left out, so the
    /// rest of the list still answers.</summary>
    private CaseRecord? ReadableCase(BsonDocument doc)
    {
        try
        {
            return _documents.FromDocument(doc);
        }
        catch (CaseStoreException)
        {
            Unreadable.Report(SchemaMigrations.CasesCollection, doc["_id"]);
            return null;
        }
    }

    /// <summary>An entry of an audit trail: one whose details do not open is reported and kept in its place, marked
    /// <see cref="AuditEntry.Unreadable"/> with what lies outside the seal, so the trail shows that it is there.</summary>
    private AuditEntry ReadableAudit(BsonDocument doc)
    {
        try
        {
            return _auditDocuments.FromDocument(doc);
        }
        catch (Exception e) when (e is CaseStoreException or LiteException or InvalidCastException or KeyNotFoundException)
        {
            Unreadable.Report(SchemaMigrations.AuditCollection, doc["_id"]);
            return AuditDocuments.Unreadable(doc);
        }
    }

    public Task<UpdateOutcome> UpdateAsync(CaseRecord updated, int expectedVersion, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentException.ThrowIfNullOrEmpty(updated.Id, nameof(updated));
        ArgumentNullException.ThrowIfNull(audit);
        return Task.FromResult(Write<UpdateOutcome>(cancellationToken, () =>
        {
            if (_cases.FindById(updated.Id) is not { } currentDoc) return new UpdateOutcome.NotFound(updated.Id);
            var current = CaseOrThrow(currentDoc);
            if (current.Version != expectedVersion) return new UpdateOutcome.Conflict(current);

            // The number is the identity: a caller cannot move a case to another number by editing these.
            var next = updated with { Id = current.Id, Year = current.Year, Sequence = current.Sequence, Version = current.Version + 1 };
            var doc = _documents.ToDocument(next);
            _cases.Update(doc);
            // Who was reminded today stays; the rules and keys follow the case (a new assignee is reminded anew).
            var marks = _reminders.FindById(current.Id) is { } reminder ? ReminderDocuments.FactsOf(reminder).Sent : new Dictionary<ReminderKind, ReminderMark>();
            ReminderDocuments.Save(_reminders, ReminderFacts.Of(next) with { Sent = marks });
            foreach (var entry in audit) InsertAudit(entry, current.Id);
            return new UpdateOutcome.Updated(_documents.FromDocument(doc));
        }));
    }

    public Task<AuditEntry> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Task.FromResult(Write(cancellationToken, () =>
        {
            var caseId = _cases.FindById(entry.CaseId)?["_id"].AsString
                ?? throw new CaseStoreException($"There is no case {entry.CaseId} to add an audit entry to.");
            return InsertAudit(entry, caseId);
        }));
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return Task.FromResult(Read<IReadOnlyList<AuditEntry>>(cancellationToken,
            () => _audit.Find(BsonExpression.Create("$.CaseId = @0", caseId)).Select(ReadableAudit).OrderBy(a => a.Id).ToList()));
    }

    /// <summary>See <see cref="CaseQuery"/>; ReceivedFrom is inclusive and ReceivedTo exclusive. Ties in the
    /// order are broken by case number.</summary>
    public Task<IReadOnlyList<CaseRecord>> QueryAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        var plan = CaseQueryTranslator.Translate(query);
        if (plan.Empty) return Task.FromResult<IReadOnlyList<CaseRecord>>([]);
        return Task.FromResult<IReadOnlyList<CaseRecord>>(Read(cancellationToken, () =>
        {
            var docs = BuildQuery(plan, query.Limit).ToList();
            return CaseQueryTranslator.Complete(docs.Select(ReadableCase).OfType<CaseRecord>(), query.Order).ToList();
        }));
    }

    /// <summary>Three index ranges over the small reminder documents, never a case document: cases awaiting us
    /// whose first reminder (<paramref name="unsentOnly"/>: next unsent one) is due by <paramref name="at"/>, and
    /// holds and non-disclosure orders ending within the warning. Read a page at a time, each under the lock on
    /// its own.</summary>
    public Task<IReadOnlyList<ReminderFacts>> FindReminderCandidatesAsync(DateTime at, TimeSpan warning, bool unsentOnly, DateTime? deferredUntil = null, CancellationToken cancellationToken = default)
    {
        var now = UtcTicks.Of(at);
        var last = now + warning.Ticks;
        var until = unsentOnly && deferredUntil is { } deferred ? Math.Max(now, UtcTicks.Of(deferred)) : now;
        var found = new Dictionary<string, ReminderFacts>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in ReminderRange(unsentOnly ? ReminderDocuments.RemindAt : ReminderDocuments.AwaitsFrom, 0, until, cancellationToken)
            .Concat(ReminderRange(nameof(CaseRecord.PreservationExpiresAt), now + 1, last, cancellationToken))
            .Concat(ReminderRange(nameof(CaseRecord.NonDisclosureUntil), now + 1, last, cancellationToken)))
            found.TryAdd(doc["_id"].AsString, ReminderDocuments.FactsOf(doc));
        return Task.FromResult<IReadOnlyList<ReminderFacts>>([.. found.Values]);
    }

    /// <summary>The reminder documents whose <paramref name="field"/> lies in [<paramref name="from"/>,
    /// <paramref name="to"/>], in index order, a page per hold of the lock: each page starts at the last key of the
    /// one before (inclusive; the caller drops repeats), or reads a key shared by a whole page in one go.</summary>
    private IEnumerable<BsonDocument> ReminderRange(string field, long from, long to, CancellationToken cancellationToken)
    {
        var low = from;
        while (low <= to)
        {
            var start = low;
            // A range over the field's index comes back in key order; an OrderBy would make LiteDB sort it again.
            var page = Read(cancellationToken, () => _reminders.Query()
                .Where(BsonExpression.Create($"$.{field} BETWEEN @0 AND @1", start, to))
                .Limit(ReminderPageSize).ToList());
            if (page.Count < ReminderPageSize)
            {
                foreach (var doc in page) yield return doc;
                yield break;
            }
            var lastKey = page[^1][field].AsInt64;
            if (lastKey == start)
            {
                foreach (var doc in Read(cancellationToken, () => _reminders.Find(BsonExpression.Create($"$.{field} = @0", start)).ToList())) yield return doc;
                low = start + 1;
                continue;
            }
            foreach (var doc in page) yield return doc;
            low = lastKey;
        }
    }

    public Task RecordRemindersSentAsync(IReadOnlyList<SentReminder> sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count == 0) return Task.CompletedTask;
        // Each case's audit entries and marks are one transaction; a day's first sweep may record thousands, so a
        // transaction holds the lock for a batch of cases only, not for everything sent.
        foreach (var batch in sent.GroupBy(r => r.CaseId, StringComparer.OrdinalIgnoreCase).Chunk(RecordBatchSize))
        {
            Write(cancellationToken, () =>
            {
                foreach (var one in batch)
                {
                    if (_reminders.FindById(one.Key) is not { } doc)
                    {
                        // Closed or withdrawn since the sweep read it: nothing more to remind about, but what was sent
                        // is still audited. A case purged meanwhile has no trail left to add to.
                        if (_cases.FindById(one.Key) is { } closed)
                            foreach (var reminder in one) InsertAudit(reminder.ToAudit(closed["_id"].AsString), closed["_id"].AsString);
                        continue;
                    }
                    var facts = ReminderDocuments.FactsOf(doc);
                    foreach (var reminder in one)
                    {
                        facts = facts.After(reminder);
                        InsertAudit(reminder.ToAudit(facts.CaseId), facts.CaseId);
                    }
                    ReminderDocuments.Save(_reminders, facts);
                }
                return 0;
            });
        }
        return Task.CompletedTask;
    }

    /// <summary>LiteDB's plan for the query (index used, filters, whether it sorts), for tests and diagnosis.</summary>
    internal BsonDocument ExplainQuery(CaseQuery query)
    {
        var plan = CaseQueryTranslator.Translate(query);
        return Read(CancellationToken.None, () => BuildQuery(plan, query.Limit).GetPlan());
    }

    public Task<IReadOnlyList<CaseRecord>> FindDuplicatesAsync(string contentHash, string? agencyReference, string? requesterEmail, CancellationToken cancellationToken = default)
    {
        return Task.FromResult<IReadOnlyList<CaseRecord>>(Read(cancellationToken, () =>
        {
            var found = new Dictionary<string, BsonDocument>(StringComparer.OrdinalIgnoreCase);
            if (!string.IsNullOrEmpty(contentHash))
                foreach (var doc in _cases.Find(BsonExpression.Create($"$.{CaseDocuments.ContentKey} = @0", _documents.ContentKeyOf(contentHash))))
                    found.TryAdd(doc["_id"].AsString, doc);
            if (_documents.ReferenceKeyOf(agencyReference, requesterEmail) is { } reference)
                foreach (var doc in _cases.Find(BsonExpression.Create($"$.{CaseDocuments.ReferenceKey} = @0", reference)))
                    found.TryAdd(doc["_id"].AsString, doc);
            return found.Values.Select(ReadableCase).OfType<CaseRecord>().OrderBy(c => c.ReceivedAt).ThenBy(c => c.Year).ThenBy(c => c.Sequence).ToList();
        }));
    }

    /// <summary>Purges in batches, each its own transaction (a case's tombstone and its deletion are atomic), so
    /// a large purge does not hold the store for long. A case needs a ClosedAt to be purged. Everything of the
    /// case goes: the case, its audit details, conversation state that names it (and whatever else registered
    /// with <see cref="OnPurge"/>), and its key, so any copy of its data left anywhere cannot be decrypted.
    /// LiteDB zero-fills deleted blocks and the checkpoint after each batch empties the log, so the file keeps
    /// no old page of it either. The tombstone keeps the number, the received and closed dates, the type and
    /// the last status.</summary>
    public Task<int> PurgeAsync(DateTime closedBefore, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var cutoff = UtcTicks.Of(closedBefore);
        var due = BsonExpression.Create($"$.{CaseDocuments.IsOpen} = false AND $.ClosedAt BETWEEN 0 AND @0", cutoff - 1);
        var ids = Read(cancellationToken, () => _cases.Query().Where(due).Select(BsonExpression.Create("$._id")).ToList().Select(d => d["_id"].AsString).ToList());

        var purged = 0;
        foreach (var batch in ids.Chunk(PurgeBatchSize))
        {
            purged += Write(cancellationToken, () =>
            {
                var gone = new List<string>();
                foreach (var id in batch)
                {
                    // Read again: the case may have been reopened since the ids were collected.
                    if (_cases.FindById(id) is not { } doc || doc[CaseDocuments.IsOpen].AsBoolean || !doc["ClosedAt"].IsNumber) continue;
                    var closedAt = UtcTicks.Deserialize(doc["ClosedAt"]);
                    if (closedAt.Ticks >= cutoff) continue;
                    var receivedAt = UtcTicks.Deserialize(doc["ReceivedAt"]);
                    _audit.DeleteMany(BsonExpression.Create("$.CaseId = @0", id));
                    _cases.Delete(id);
                    _reminders.Delete(id);
                    _keys.DeleteCase(id);
                    _audit.Insert(_auditDocuments.ToDocument(new AuditEntry
                    {
                        CaseId = id,
                        At = Now,
                        Actor = actor,
                        Action = StoreAuditActions.Purged,
                        OldValue = doc["Status"].AsString,
                        NewValue = doc["ProcessType"].AsString,
                        Reason = $"retention: received {receivedAt:yyyy-MM-dd}, closed {closedAt:yyyy-MM-dd}, before the cut-off {new DateTime(cutoff, DateTimeKind.Utc):yyyy-MM-dd}",
                    }, clear: true));
                    gone.Add(id);
                }
                if (gone.Count > 0) foreach (var hook in _purgeHooks) hook(gone);
                return gone.Count;
            });
        }
        return Task.FromResult(purged);
    }

    /// <summary>
    /// Registers what else must forget purged cases (e.g. queued turns that name them). The hook runs inside
    /// the purge's transaction, on the store's thread, with the ids of the cases just purged: it works on its
    /// collections directly (never through <c>Write</c>) and must not throw for a case it does not know.
    /// </summary>
    internal void OnPurge(Action<IReadOnlyCollection<string>> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        lock (_gate) _purgeHooks.Add(hook);
    }

    /// <summary>
    /// A collection another project keeps in this database (a channel's own records; one LiteDB file per
    /// process), worked on under this store's lock and durability. The store's own collections are refused.
    /// </summary>
    /// <exception cref="ArgumentException">The name is one of the store's collections, or not a valid name.</exception>
    public CaseDatabaseCollection Collection(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (SchemaMigrations.OwnCollections.Contains(name) || name.StartsWith('$') || name.StartsWith('_'))
            throw new ArgumentException($"The collection name {name} belongs to the case store.", nameof(name));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return new CaseDatabaseCollection(this, _db.GetCollection(name), _protector, _index);
        }
    }

    /// <summary>Re-wraps every key in the database under the ring's current master key, in one transaction;
    /// afterwards only the current key is needed. Returns how many keys were re-wrapped.</summary>
    public int RotateKeys() => Write(CancellationToken.None, _keys.RewrapAll);

    /// <summary>The master key ids the database needs (one, once a rotation has finished).</summary>
    public IReadOnlySet<string> KeyIdsInUse() => Read(CancellationToken.None, _keys.KeyIdsInUse);

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="destination"/> (created 0600, replaced
    /// atomically): under the store's lock, after a checkpoint, so it holds every committed change and no
    /// half-written one. The copy stays encrypted: it opens only with the same master key. Returns its size.
    /// </summary>
    public long BackupTo(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = System.IO.Path.GetFullPath(destination);
        if (string.Equals(target, Path, StringComparison.Ordinal) || string.Equals(target, CaseDatabase.LogPathOf(Path), StringComparison.Ordinal))
            throw new CaseStoreException($"A backup cannot be written over the database itself ({target}).");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _db.Checkpoint();
            return Files.PrivateFile.WriteAtomically(target, _database.CopyTo);
        }
    }

    public Task<IReadOnlyList<OnCallOverride>> GetOnCallOverridesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OnCallOverride>>(Read(cancellationToken,
            () => _onCall.FindAll().OrderBy(o => o.From).ThenBy(o => o.Id, StringComparer.Ordinal).ToList()));

    /// <summary>Inserts the override, or replaces the one with the same Id.</summary>
    public Task SaveOnCallOverrideAsync(OnCallOverride entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Id, nameof(entry));
        Write(cancellationToken, () => _onCall.Upsert(entry));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                _database.Dispose();
            }
            finally
            {
                _protector.Dispose();
            }
        }
    }

    private ILiteQueryableResult<BsonDocument> BuildQuery(CaseQueryTranslator.Plan plan, int limit)
    {
        var q = _cases.Query();
        foreach (var filter in plan.Filters) q = q.Where(filter);
        q = plan.Descending ? q.OrderByDescending(plan.Order) : q.OrderBy(plan.Order);
        return limit == int.MaxValue ? q : q.Limit(limit);
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private CaseRecord Insert(CaseRecord draft, string actor)
    {
        if (draft.ReceivedAt == default) throw new ArgumentException("The case needs a ReceivedAt time.", nameof(draft));
        var year = new DateTime(UtcTicks.Of(draft.ReceivedAt), DateTimeKind.Utc).Year;
        var number = CaseNumbers.Next(_counters, _cases, _audit, year);
        var record = draft with { Id = number.ToString(), Year = number.Year, Sequence = number.Sequence, Version = 1 };
        var doc = _documents.ToDocument(record);
        _cases.Insert(doc);
        ReminderDocuments.Save(_reminders, ReminderFacts.Of(record));
        InsertAudit(new AuditEntry { CaseId = record.Id, At = Now, Actor = actor, Action = StoreAuditActions.Opened, NewValue = record.Status.ToWireName() }, record.Id);
        return _documents.FromDocument(doc);
    }

    /// <summary>Audit entries are only ever inserted; the store assigns the Id, and the time when none is given.</summary>
    private AuditEntry InsertAudit(AuditEntry entry, string caseId)
    {
        if (!string.Equals(entry.CaseId, caseId, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"An audit entry for {entry.CaseId} cannot be written with a change to {caseId}.", nameof(entry));
        var stored = entry with { Id = 0, CaseId = caseId, At = entry.At == default ? Now : entry.At };
        var id = _audit.Insert(_auditDocuments.ToDocument(stored));
        return stored with { Id = id.AsInt64 };
    }

    internal T Read<T>(CancellationToken cancellationToken, Func<T> work)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            return work();
        }
    }

    private void RollBack()
    {
        _db.Rollback();
        _keys.ForgetCached();
    }

    /// <summary>Runs <paramref name="work"/> in one LiteDB transaction: all of it is written, or none; and on
    /// disk when this returns.</summary>
    internal T Write<T>(CancellationToken cancellationToken, Func<T> work)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            if (!_db.BeginTrans())
                throw new InvalidOperationException("A LiteDB transaction was left open on this thread.");
            T result;
            try
            {
                result = work();
                _db.Commit();
            }
            catch (LiteException e)
            {
                RollBack();
                throw new CaseStoreException($"The case database {Path} refused the change: {e.Message}", e);
            }
            catch
            {
                RollBack();
                throw;
            }

            // LiteDB 5 returns from Commit with the pages still queued for a background writer; a process
            // killed then would lose a change whose case number was already handed out. A checkpoint waits
            // for that queue and flushes to the data file: once this returns, the change is on disk.
            _db.Checkpoint();
            return result;
        }
    }
}
