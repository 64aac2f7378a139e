using System.Globalization;
using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Converts cases to stored documents and back. Besides the record's own members a document carries four
/// derived fields that exist only so indexes can answer the hot queries; they are rewritten on every save:
/// <list type="bullet">
/// <item><c>IsOpen</c>: the status is not closed or withdrawn.</item>
/// <item><c>QueueKey</c>: open cases only (null otherwise), priority, received ticks, year and sequence as
/// fixed-width digits, so the queue (open, P0 first, oldest first) is one ordered walk of one index.</item>
/// <item><c>OpenDueAt</c>: DueAt in ticks for open cases only, so "open and due before" is one index range.</item>
/// <item><c>SortKey</c>: the same order as QueueKey for every case (not indexed), for queue-ordered reports.</item>
/// </list>
/// </summary>
internal sealed class CaseDocuments(BsonMapper mapper, TextProtector protector)
{
    public const string IsOpen = "IsOpen";
    public const string QueueKey = "QueueKey";
    public const string OpenDueAt = "OpenDueAt";
    public const string SortKey = "SortKey";

    public BsonDocument ToDocument(CaseRecord record)
    {
        var doc = mapper.ToDocument(record);
        doc[nameof(CaseRecord.OriginalText)] = protector.Protect(record.OriginalText, record.Id);

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
        var record = mapper.ToObject<CaseRecord>(doc);
        return record with { OriginalText = protector.Unprotect(record.OriginalText ?? "", record.Id) };
    }

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
