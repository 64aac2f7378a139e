using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Escalations in the case database's <c>escalations</c> collection, keyed by case id, under the case store's
/// lock and with its durability (on disk when a write returns). Mapped by hand, like conversation state: the
/// layout is explicit and positional records need no mapper configuration. Each escalation is sealed under the
/// store key (bound to its case id) except what the clock's query reads: the pages' chat channels, conversation
/// and user ids name people. Escalations stored in the clear by earlier versions are sealed when the store opens.
/// </summary>
internal sealed class LiteDbEscalationStore : IEscalationStore
{
    private const string NextCheckAtField = "NextCheckAt";

    private readonly LiteDbCaseStore _owner;
    private const string SealedField = "Sealed";

    private readonly ILiteCollection<BsonDocument> _escalations;
    private readonly TextProtector _protector;

    public LiteDbEscalationStore(LiteDbCaseStore owner, LiteDatabase db, TextProtector protector)
    {
        _owner = owner;
        _escalations = db.GetCollection(SchemaMigrations.EscalationsCollection);
        _protector = protector;
        SealClear(db);
    }

    private void SealClear(LiteDatabase db)
    {
        var clear = _escalations.FindAll().Where(d => !d.ContainsKey(SealedField)).ToList();
        if (clear.Count == 0) return;
        if (!db.BeginTrans()) throw new InvalidOperationException("A LiteDB transaction was left open on this thread.");
        try
        {
            foreach (var doc in clear) _escalations.Update(ToDocument(FromDocument(doc)));
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        db.Checkpoint();
    }

    private static string Context(string caseId) => "escalation:" + caseId;

    /// <summary>Stored form: the id, the clock's field and the version in the clear, the rest sealed.</summary>
    private BsonDocument ToDocument(Escalation e)
    {
        var plain = ToPlainDocument(e);
        return new BsonDocument
        {
            ["_id"] = e.CaseId,
            [NextCheckAtField] = plain[NextCheckAtField],
            ["Version"] = e.Version,
            [SealedField] = _protector.Protect(LiteDB.JsonSerializer.Serialize(plain), Context(e.CaseId)),
        };
    }

    private Escalation FromDocument(BsonDocument doc) =>
        FromPlainDocument(doc.ContainsKey(SealedField)
            ? LiteDB.JsonSerializer.Deserialize(_protector.Unprotect(doc[SealedField].AsString, Context(doc["_id"].AsString))).AsDocument
            : doc);

    /// <summary>The escalation, or null when there is none or it does not open (reported, see
    /// <see cref="ReadableOrNull"/>).</summary>
    public Task<Escalation?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        return Task.FromResult(_owner.Read(cancellationToken,
            () => _escalations.FindById(caseId) is { } doc ? ReadableOrNull(doc) : null));
    }

    /// <summary>The escalation, or null when its document does not open (damaged, or sealed under another key): it
    /// is reported for the operator (<see cref="LiteDbCaseStore.Unreadable"/>) and the clock goes on with the
    /// others; paging the case again starts a fresh escalation over it.</summary>
    private Escalation? ReadableOrNull(BsonDocument doc)
    {
        try
        {
            return FromDocument(doc);
        }
        catch (Exception e) when (e is CaseStoreException or LiteException or InvalidCastException or KeyNotFoundException or NullReferenceException)
        {
            _owner.Unreadable.Report(SchemaMigrations.EscalationsCollection, doc["_id"]);
            return null;
        }
    }

    /// <summary>For the full store check: whether an escalation opens.</summary>
    internal bool Opens(BsonDocument doc) => ReadableOrNull(doc) is not null;

    public Task<Escalation> StartAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentException.ThrowIfNullOrEmpty(escalation.CaseId, nameof(escalation));
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_escalations.FindById(escalation.CaseId) is { } existing && ReadableOrNull(existing) is { } running) return running;
            var doc = ToDocument(escalation with { Version = 1 });
            _escalations.Upsert(doc);
            _owner.Unreadable.Replaced(SchemaMigrations.EscalationsCollection, escalation.CaseId);
            return FromDocument(doc);
        }));
    }

    public Task<Escalation?> SaveAsync(Escalation updated, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentException.ThrowIfNullOrEmpty(updated.CaseId, nameof(updated));
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_escalations.FindById(updated.CaseId) is not { } current || current["Version"].AsInt32 != expectedVersion)
                return null;
            var doc = ToDocument(updated with { Version = expectedVersion + 1 });
            _escalations.Update(doc);
            _owner.Unreadable.Replaced(SchemaMigrations.EscalationsCollection, updated.CaseId);
            return (Escalation?)FromDocument(doc);
        }));
    }

    public Task<IReadOnlyList<Escalation>> DueAsync(DateTime at, CancellationToken cancellationToken = default)
    {
        // BETWEEN keeps out nulls (finished escalations), which LiteDB orders before every number.
        var due = BsonExpression.Create($"$.{NextCheckAtField} BETWEEN 0 AND @0", UtcTicks.Of(at));
        return Task.FromResult<IReadOnlyList<Escalation>>(_owner.Read(cancellationToken,
            () => _escalations.Find(due).Select(ReadableOrNull).OfType<Escalation>().OrderBy(e => e.NextCheckAt).ThenBy(e => e.CaseId, StringComparer.Ordinal).ToList()));
    }

    private static BsonDocument ToPlainDocument(Escalation e) => new()
    {
        ["_id"] = e.CaseId,
        ["Priority"] = e.Priority,
        ["ProcessType"] = e.ProcessType,
        ["ReceivedAt"] = UtcTicks.Serialize(e.ReceivedAt),
        ["DueAt"] = UtcTicks.Serialize(e.DueAt),
        ["Missing"] = new BsonArray(e.Missing.Select(m => new BsonValue(m))),
        ["Chain"] = new BsonArray(e.Chain.Select(m => new BsonValue(m))),
        ["StartedAt"] = UtcTicks.Serialize(e.StartedAt),
        ["Pages"] = new BsonArray(e.Pages.Select(ToDocument)),
        ["Source"] = e.Source,
        ["RequestedBy"] = e.RequestedBy,
        ["Token"] = e.Token,
        ["Pending"] = e.Pending,
        ["NextPageAt"] = UtcTicks.Serialize(e.NextPageAt),
        [NextCheckAtField] = e.NextCheckAt is { } check ? UtcTicks.Serialize(check) : BsonValue.Null,
        ["Notices"] = new BsonArray(e.Notices.Select(ToDocument)),
        ["NoticeShowsPages"] = e.NoticeShowsPages,
        ["AcknowledgedBy"] = e.AcknowledgedBy,
        ["AcknowledgedAt"] = Time(e.AcknowledgedAt),
        ["StoodDownBy"] = e.StoodDownBy,
        ["StoodDownAt"] = Time(e.StoodDownAt),
        ["StoodDownReason"] = e.StoodDownReason,
        ["NobodyReachedAt"] = Time(e.NobodyReachedAt),
        ["AcknowledgementShown"] = e.AcknowledgementShown,
        ["Version"] = e.Version,
    };

    private static BsonDocument ToDocument(EscalationPage p) => new()
    {
        ["Step"] = p.Step,
        ["Member"] = p.Member,
        ["PagedAt"] = UtcTicks.Serialize(p.PagedAt),
        ["Message"] = ToDocument(p.Message),
        ["ChatUserId"] = p.ChatUserId,
        ["Skipped"] = p.Skipped,
        ["Attempts"] = new BsonArray(p.Attempts.Select(ToDocument)),
    };

    private static BsonValue ToDocument(PageAttempt a) => new BsonDocument
    {
        ["Via"] = a.Via,
        ["At"] = UtcTicks.Serialize(a.At),
        ["Message"] = ToDocument(a.Message),
        ["Failure"] = a.Failure,
    };

    private static BsonValue ToDocument(MessageHandle? m) => m is null ? BsonValue.Null : new BsonValue(m.Value);

    private static BsonValue Time(DateTime? t) => t is { } value ? UtcTicks.Serialize(value) : BsonValue.Null;

    private static DateTime? TimeFrom(BsonValue v) => v.IsNull ? null : UtcTicks.Deserialize(v);

    private static string? Text(BsonValue v) => v.IsString ? v.AsString : null;

    // Fields added after the first layout are read with defaults, so escalations stored by older versions continue.
    private static Escalation FromPlainDocument(BsonDocument doc) => new(
        doc["_id"].AsString,
        doc["Priority"].AsString,
        doc["ProcessType"].AsString,
        UtcTicks.Deserialize(doc["ReceivedAt"]),
        UtcTicks.Deserialize(doc["DueAt"]),
        [.. doc["Missing"].AsArray.Select(v => v.AsString)],
        [.. doc["Chain"].AsArray.Select(v => v.AsString)],
        UtcTicks.Deserialize(doc["StartedAt"]))
    {
        Pages = [.. doc["Pages"].AsArray.Select(v => PageFrom(v.AsDocument))],
        Source = Text(doc["Source"]),
        RequestedBy = Text(doc["RequestedBy"]),
        Token = Text(doc["Token"]),
        Pending = doc["Pending"].IsBoolean && doc["Pending"].AsBoolean,
        NextPageAt = UtcTicks.Deserialize(doc["NextPageAt"]),
        NextCheckAt = TimeFrom(doc[NextCheckAtField]),
        Notices = doc["Notices"].IsArray
            ? [.. doc["Notices"].AsArray.Select(v => AttemptFrom(v.AsDocument))]
            : MessageFrom(doc["Notice"]) is { } notice ? [new PageAttempt("slack", UtcTicks.Deserialize(doc["StartedAt"]), notice, null)] : [],
        NoticeShowsPages = doc["NoticeShowsPages"].AsInt32,
        AcknowledgedBy = Text(doc["AcknowledgedBy"]),
        AcknowledgedAt = TimeFrom(doc["AcknowledgedAt"]),
        StoodDownBy = Text(doc["StoodDownBy"]),
        StoodDownAt = TimeFrom(doc["StoodDownAt"]),
        StoodDownReason = Text(doc["StoodDownReason"]),
        NobodyReachedAt = TimeFrom(doc["NobodyReachedAt"]),
        AcknowledgementShown = doc["AcknowledgementShown"].AsBoolean,
        Version = doc["Version"].AsInt32,
    };

    private static EscalationPage PageFrom(BsonDocument doc) =>
        new(doc["Step"].AsInt32, doc["Member"].AsString, UtcTicks.Deserialize(doc["PagedAt"]), MessageFrom(doc["Message"]))
        {
            ChatUserId = Text(doc["ChatUserId"]),
            Skipped = Text(doc["Skipped"]),
            Attempts = doc["Attempts"].IsArray ? [.. doc["Attempts"].AsArray.Select(v => AttemptFrom(v.AsDocument))] : [],
        };

    private static PageAttempt AttemptFrom(BsonDocument doc) =>
        new(doc["Via"].AsString, UtcTicks.Deserialize(doc["At"]), MessageFrom(doc["Message"]), Text(doc["Failure"]));

    // Before handles were opaque a message was stored as { Channel, Ts }: see MessageHandle for how it reads back.
    private static MessageHandle? MessageFrom(BsonValue value) =>
        value.IsString ? new MessageHandle(value.AsString)
        : value.IsDocument ? new MessageHandle(value["Channel"].AsString + "\n" + value["Ts"].AsString)
        : null;
}
