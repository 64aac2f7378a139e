using System.Globalization;
using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage.Keys;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Converts cases to stored documents and back. What names or describes anyone (request text, triage result,
/// requester, attachments, tags, who submitted it, hashes and references) is sealed into one AES-GCM blob,
/// <c>Sealed</c>, under the case's own key; what the queries and reports filter and sort on stays in the clear
/// (number, times, type, priority, status, assignee, flags, counts). Besides the record's members a document
/// carries derived fields that exist only so indexes can answer the hot queries; they are rewritten on every save:
/// <list type="bullet">
/// <item><c>IsOpen</c>: the status is not closed or withdrawn.</item>
/// <item><c>QueueKey</c>: open cases only (null otherwise), priority, received ticks, year and sequence as
/// fixed-width digits, so the queue (open, P0 first, oldest first) is one ordered walk of one index.</item>
/// <item><c>OpenDueAt</c>: DueAt in ticks for open cases only, so "open and due before" is one index range.</item>
/// <item><c>SortKey</c>: the same order as QueueKey for every case (not indexed), for queue-ordered reports.</item>
/// <item><c>ContentKey</c>, <c>ReferenceKey</c>: keyed hashes of the content hash and of agency reference with
/// requester e-mail, for duplicate detection over sealed values.</item>
/// </list>
/// What reminders read is kept apart, in the small <c>reminders</c> collection (<see cref="ReminderDocuments"/>);
/// schema 7's <c>AwaitsFrom</c>, <c>RemindAt</c> and <c>Reminded</c> fields on case documents are removed by
/// migration 9.
/// </summary>
internal sealed class CaseDocuments(BsonMapper mapper, WrappedKeys keys, BlindIndex index, TextProtector legacy)
{
    public const string IsOpen = "IsOpen";
    public const string QueueKey = "QueueKey";
    public const string OpenDueAt = "OpenDueAt";
    public const string SortKey = "SortKey";
    public const string ContentKey = "ContentKey";
    public const string ReferenceKey = "ReferenceKey";
    public const string Sealed = "Sealed";

    private static readonly string[] SealedFields =
    [
        nameof(CaseRecord.SubmittedBy), nameof(CaseRecord.Requester), nameof(CaseRecord.TriageJson),
        nameof(CaseRecord.OriginalText), nameof(CaseRecord.AttachmentNames), nameof(CaseRecord.Tags),
        nameof(CaseRecord.ContentHash), nameof(CaseRecord.AgencyReference),
    ];

    public BsonDocument ToDocument(CaseRecord record)
    {
        var doc = mapper.ToDocument(record);
        var secret = new BsonDocument();
        foreach (var field in SealedFields)
        {
            secret[field] = doc[field];
            doc.Remove(field);
        }
        var key = keys.ForCase(record.Id, create: true)!;
        doc[Sealed] = Aead.Seal(key, BsonSerializer.Serialize(secret), Context(record.Id));
        doc[ContentKey] = string.IsNullOrEmpty(record.ContentHash) ? BsonValue.Null : ContentKeyOf(record.ContentHash);
        doc[ReferenceKey] = ReferenceKeyOf(record.AgencyReference, record.Requester.Email) is { } reference ? reference : BsonValue.Null;

        var open = record.Status.IsOpen();
        var sortKey = SortKeyOf(record);
        doc[IsOpen] = open;
        doc[SortKey] = sortKey;
        doc[QueueKey] = open ? sortKey : BsonValue.Null;
        doc[OpenDueAt] = open ? UtcTicks.Of(record.DueAt) : BsonValue.Null;
        return doc;
    }

    public CaseRecord FromDocument(BsonDocument doc)
    {
        if (!doc.TryGetValue(Sealed, out var sealedValue) || !sealedValue.IsBinary)
        {
            // Written before cases were sealed; the migration to sealed records reads it this way once.
            var old = mapper.ToObject<CaseRecord>(doc);
            return old with { OriginalText = legacy.Unprotect(old.OriginalText ?? "", old.Id) };
        }

        var id = doc["_id"].AsString;
        var key = keys.ForCase(id, create: false)
            ?? throw new CaseStoreException($"The key of case {id} is missing from the case database: its data cannot be read.");
        var plain = Aead.Open(key, sealedValue.AsBinary, Context(id))
            ?? throw new CaseStoreException($"The sealed data of case {id} cannot be decrypted: it was altered or belongs to another case.");
        var whole = new BsonDocument();
        foreach (var (name, value) in doc) whole[name] = value;
        foreach (var (name, value) in BsonSerializer.Deserialize(plain)) whole[name] = value;
        return mapper.ToObject<CaseRecord>(whole);
    }

    public string ContentKeyOf(string contentHash) => index.Of("content\n" + contentHash.Trim().ToLowerInvariant());

    public string? ReferenceKeyOf(string? agencyReference, string? requesterEmail) =>
        string.IsNullOrWhiteSpace(agencyReference) || string.IsNullOrWhiteSpace(requesterEmail)
            ? null
            : index.Of("reference\n" + agencyReference.Trim().ToLowerInvariant() + "\n" + requesterEmail.Trim().ToLowerInvariant());

    private static string Context(string caseId) => "case:" + caseId;

    /// <summary>Digits only, fixed width, so text order is priority, then received time, then case number under
    /// any collation.</summary>
    public static string SortKeyOf(CaseRecord record) => string.Create(CultureInfo.InvariantCulture,
        $"{(int)record.Priority:D1}{UtcTicks.Of(record.ReceivedAt):D19}{record.Year:D4}{record.Sequence:D9}");

    /// <summary>The first and last possible key of a priority.</summary>
    public static (string First, string Last) SortKeyRange(Priority priority)
    {
        var digit = ((int)priority).ToString(CultureInfo.InvariantCulture);
        return (digit + new string('0', SortKeyLength - 1), digit + new string('9', SortKeyLength - 1));
    }

    /// <summary>Above every key.</summary>
    public static readonly string SortKeyMax = new('9', SortKeyLength);

    private const int SortKeyLength = 1 + 19 + 4 + 9;
}
