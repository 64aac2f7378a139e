using System.Globalization;
using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
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
/// <item><c>AwaitsFrom</c>, <c>RemindAt</c>: when the case's first reminder that needs us to act falls due, and
/// when its next one not yet sent does (ticks; null when the next move is not ours), so the reminder views and
/// the sweep are index ranges. <c>Reminded</c> (not derived: kept across saves) holds the UTC day each kind of
/// reminder was last sent.</item>
/// <item><c>ContentKey</c>, <c>ReferenceKey</c>: keyed hashes of the content hash and of agency reference with
/// requester e-mail, for duplicate detection over sealed values.</item>
/// </list>
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
    public const string AwaitsFrom = "AwaitsFrom";
    public const string RemindAt = "RemindAt";
    public const string Reminded = "Reminded";

    private static readonly string[] SealedFields =
    [
        nameof(CaseRecord.SubmittedBy), nameof(CaseRecord.Requester), nameof(CaseRecord.TriageJson),
        nameof(CaseRecord.OriginalText), nameof(CaseRecord.AttachmentNames), nameof(CaseRecord.Tags),
        nameof(CaseRecord.ContentHash), nameof(CaseRecord.AgencyReference),
    ];

    /// <param name="reminded">The <c>Reminded</c> field of the stored document being replaced, if any.</param>
    public BsonDocument ToDocument(CaseRecord record, BsonValue? reminded = null)
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
        var sent = reminded is { IsDocument: true } ? reminded.AsDocument : new BsonDocument();
        doc[Reminded] = sent;
        WriteReminderKeys(doc, ReminderFacts.Of(record) with { SentOn = SentOn(sent) });
        return doc;
    }

    /// <summary>Rewrites the reminder index keys from the facts (after a reminder was sent, or at the migration).</summary>
    public static void WriteReminderKeys(BsonDocument doc, ReminderFacts facts)
    {
        doc[AwaitsFrom] = ReminderRules.AwaitsFrom(facts) is { } from ? UtcTicks.Of(from) : BsonValue.Null;
        doc[RemindAt] = ReminderRules.NextUnsent(facts) is { } next ? UtcTicks.Of(next) : BsonValue.Null;
    }

    /// <summary>The fields <see cref="FactsOf"/> reads: a query selecting only these never touches the sealed part.</summary>
    public static readonly BsonExpression FactsProjection = BsonExpression.Create("{" + string.Join(", ",
        new[] { "_id", nameof(CaseRecord.Status), nameof(CaseRecord.Priority), nameof(CaseRecord.ProcessType), nameof(CaseRecord.ReceivedAt),
            nameof(CaseRecord.DueAt), nameof(CaseRecord.AcknowledgedAt), nameof(CaseRecord.LegalDeadline), nameof(CaseRecord.PreservationExpiresAt),
            nameof(CaseRecord.PreservationExtendedAt), nameof(CaseRecord.NonDisclosureUntil), nameof(CaseRecord.Assignee), Reminded }
        .Select(f => $"{f}: $.{f}")) + "}");

    /// <summary>The reminder facts from the clear fields of a stored case (no decryption).</summary>
    public static ReminderFacts FactsOf(BsonDocument doc) =>
        new(doc["_id"].AsString,
            Enum.Parse<CaseStatus>(doc[nameof(CaseRecord.Status)].AsString),
            Enum.Parse<Priority>(doc[nameof(CaseRecord.Priority)].AsString),
            Enum.Parse<LegalProcessType>(doc[nameof(CaseRecord.ProcessType)].AsString),
            UtcTicks.Deserialize(doc[nameof(CaseRecord.ReceivedAt)]),
            UtcTicks.Deserialize(doc[nameof(CaseRecord.DueAt)]),
            Time(doc, nameof(CaseRecord.AcknowledgedAt)),
            Time(doc, nameof(CaseRecord.LegalDeadline)),
            Time(doc, nameof(CaseRecord.PreservationExpiresAt)),
            Time(doc, nameof(CaseRecord.PreservationExtendedAt)),
            Time(doc, nameof(CaseRecord.NonDisclosureUntil)),
            doc[nameof(CaseRecord.Assignee)] is { IsString: true } assignee ? assignee.AsString : null)
        {
            SentOn = doc[Reminded] is { IsDocument: true } sent ? SentOn(sent.AsDocument) : new Dictionary<ReminderKind, DateOnly>(),
        };

    /// <summary>Notes a reminder as sent on the day of <paramref name="at"/> and moves the case's next reminder on.</summary>
    public static void MarkSent(BsonDocument doc, ReminderKind kind, DateTime at)
    {
        var sent = doc[Reminded] is { IsDocument: true } existing ? existing.AsDocument : new BsonDocument();
        sent[kind.ToString()] = DateOnly.FromDateTime(at).DayNumber;
        doc[Reminded] = sent;
        WriteReminderKeys(doc, FactsOf(doc));
    }

    private static Dictionary<ReminderKind, DateOnly> SentOn(BsonDocument sent)
    {
        var days = new Dictionary<ReminderKind, DateOnly>();
        foreach (var (name, day) in sent)
            if (Enum.TryParse<ReminderKind>(name, out var kind) && day.IsNumber) days[kind] = DateOnly.FromDayNumber(day.AsInt32);
        return days;
    }

    private static DateTime? Time(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && !value.IsNull ? UtcTicks.Deserialize(value) : null;

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
