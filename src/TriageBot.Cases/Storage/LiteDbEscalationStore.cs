using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Escalations in the case database's <c>escalations</c> collection, keyed by case id, under the case store's
/// lock and with its durability (on disk when a write returns). Mapped by hand, like conversation state: the
/// layout is explicit and positional records need no mapper configuration. Nothing here is request contents,
/// so nothing is encrypted.
/// </summary>
internal sealed class LiteDbEscalationStore : IEscalationStore
{
    private const string NextCheckAtField = "NextCheckAt";

    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _escalations;

    public LiteDbEscalationStore(LiteDbCaseStore owner, LiteDatabase db)
    {
        _owner = owner;
        _escalations = db.GetCollection(SchemaMigrations.EscalationsCollection);
    }

    public Task<Escalation?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        return Task.FromResult(_owner.Read(cancellationToken,
            () => _escalations.FindById(caseId) is { } doc ? FromDocument(doc) : null));
    }

    public Task<Escalation> StartAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentException.ThrowIfNullOrEmpty(escalation.CaseId, nameof(escalation));
        return Task.FromResult(_owner.Write(cancellationToken, () =>
        {
            if (_escalations.FindById(escalation.CaseId) is { } existing) return FromDocument(existing);
            var doc = ToDocument(escalation with { Version = 1 });
            _escalations.Insert(doc);
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
            return (Escalation?)FromDocument(doc);
        }));
    }

    public Task<IReadOnlyList<Escalation>> DueAsync(DateTime at, CancellationToken cancellationToken = default)
    {
        // BETWEEN keeps out nulls (finished escalations), which LiteDB orders before every number.
        var due = BsonExpression.Create($"$.{NextCheckAtField} BETWEEN 0 AND @0", UtcTicks.Of(at));
        return Task.FromResult<IReadOnlyList<Escalation>>(_owner.Read(cancellationToken,
            () => _escalations.Find(due).Select(FromDocument).OrderBy(e => e.NextCheckAt).ThenBy(e => e.CaseId, StringComparer.Ordinal).ToList()));
    }

    private static BsonDocument ToDocument(Escalation e) => new()
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
        ["NextPageAt"] = UtcTicks.Serialize(e.NextPageAt),
        [NextCheckAtField] = e.NextCheckAt is { } check ? UtcTicks.Serialize(check) : BsonValue.Null,
        ["Notice"] = ToDocument(e.Notice),
        ["NoticeShowsPages"] = e.NoticeShowsPages,
        ["AcknowledgedBy"] = e.AcknowledgedBy,
        ["AcknowledgedAt"] = e.AcknowledgedAt is { } ack ? UtcTicks.Serialize(ack) : BsonValue.Null,
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
    };

    private static BsonValue ToDocument(MessageRef? m) =>
        m is null ? BsonValue.Null : new BsonDocument { ["Channel"] = m.Channel, ["Ts"] = m.Ts };

    private static Escalation FromDocument(BsonDocument doc) => new(
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
        NextPageAt = UtcTicks.Deserialize(doc["NextPageAt"]),
        NextCheckAt = doc[NextCheckAtField].IsNull ? null : UtcTicks.Deserialize(doc[NextCheckAtField]),
        Notice = MessageFrom(doc["Notice"]),
        NoticeShowsPages = doc["NoticeShowsPages"].AsInt32,
        AcknowledgedBy = doc["AcknowledgedBy"].IsNull ? null : doc["AcknowledgedBy"].AsString,
        AcknowledgedAt = doc["AcknowledgedAt"].IsNull ? null : UtcTicks.Deserialize(doc["AcknowledgedAt"]),
        AcknowledgementShown = doc["AcknowledgementShown"].AsBoolean,
        Version = doc["Version"].AsInt32,
    };

    private static EscalationPage PageFrom(BsonDocument doc) =>
        new(doc["Step"].AsInt32, doc["Member"].AsString, UtcTicks.Deserialize(doc["PagedAt"]), MessageFrom(doc["Message"]))
        {
            ChatUserId = doc["ChatUserId"].IsNull ? null : doc["ChatUserId"].AsString,
            Skipped = doc["Skipped"].IsNull ? null : doc["Skipped"].AsString,
        };

    private static MessageRef? MessageFrom(BsonValue value) =>
        value.IsDocument ? new MessageRef(value["Channel"].AsString, value["Ts"].AsString) : null;
}
