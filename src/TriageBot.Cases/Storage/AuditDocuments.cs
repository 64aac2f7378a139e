using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Audit entries as stored: who, when, which action and for which case in the clear (the trail is searched and
/// shown by these); the details (field, old and new value, reason — notes hold names and phone numbers) sealed
/// under the case's key, so they go with it at purge. A purge tombstone is written in the clear and holds only
/// the number, dates, type and last status.
/// </summary>
internal sealed class AuditDocuments(WrappedKeys keys)
{
    private const string Sealed = "Sealed";

    public BsonDocument ToDocument(AuditEntry entry, bool clear = false)
    {
        var doc = new BsonDocument
        {
            ["CaseId"] = entry.CaseId,
            ["At"] = UtcTicks.Serialize(entry.At),
            ["Actor"] = entry.Actor,
            ["Action"] = entry.Action,
        };
        var details = new BsonDocument
        {
            ["Field"] = entry.Field,
            ["OldValue"] = entry.OldValue,
            ["NewValue"] = entry.NewValue,
            ["Reason"] = entry.Reason,
        };
        if (clear)
        {
            foreach (var (name, value) in details) doc[name] = value;
            return doc;
        }
        var key = keys.ForCase(entry.CaseId, create: true)!;
        doc[Sealed] = Aead.Seal(key, BsonSerializer.Serialize(details), Context(entry.CaseId));
        return doc;
    }

    public AuditEntry FromDocument(BsonDocument doc)
    {
        var caseId = doc["CaseId"].AsString;
        var details = doc;
        if (doc.TryGetValue(Sealed, out var sealedValue) && sealedValue.IsBinary)
        {
            var key = keys.ForCase(caseId, create: false)
                ?? throw new CaseStoreException($"The key of case {caseId} is missing from the case database: its audit trail cannot be read.");
            details = BsonSerializer.Deserialize(Aead.Open(key, sealedValue.AsBinary, Context(caseId))
                ?? throw new CaseStoreException($"An audit entry of case {caseId} cannot be decrypted: it was altered or belongs to another case."));
        }
        return new AuditEntry
        {
            Id = doc["_id"].AsInt64,
            CaseId = caseId,
            At = UtcTicks.Deserialize(doc["At"]),
            Actor = doc["Actor"].AsString,
            Action = doc["Action"].AsString,
            Field = Text(details, "Field"),
            OldValue = Text(details, "OldValue"),
            NewValue = Text(details, "NewValue"),
            Reason = Text(details, "Reason"),
        };
    }

    /// <summary>An entry whose details do not open, as far as the fields outside the seal say (each may be damaged
    /// too: a missing time stays <c>default</c>, a missing actor or action empty).</summary>
    public static AuditEntry Unreadable(BsonDocument doc) => new()
    {
        Id = doc["_id"].IsNumber ? doc["_id"].AsInt64 : 0,
        CaseId = doc["CaseId"].IsString ? doc["CaseId"].AsString : "",
        At = doc["At"].IsNumber ? UtcTicks.Deserialize(doc["At"]) : default,
        Actor = doc["Actor"].IsString ? doc["Actor"].AsString : "",
        Action = doc["Action"].IsString ? doc["Action"].AsString : "",
        Unreadable = true,
    };

    public static bool IsSealed(BsonDocument doc) => doc.TryGetValue(Sealed, out var value) && value.IsBinary;

    private static string? Text(BsonDocument doc, string name) =>
        doc.TryGetValue(name, out var value) && !value.IsNull ? value.AsString : null;

    private static string Context(string caseId) => "audit:" + caseId;
}
