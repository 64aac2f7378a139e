using LiteDB;
using TriageBot.Cases.Model;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Allocates case numbers from a per-year counter document, inside the caller's transaction, so the counter and
/// the case are written together or not at all. Numbers are never reused: the counter outlives purges, and a
/// number still held by a case or named in the audit trail is skipped should the counter ever lag behind (a
/// counter restored from an older backup than the cases, say).
/// </summary>
internal static class CaseNumbers
{
    public static CaseNumber Next(ILiteCollection<BsonDocument> counters, ILiteCollection<BsonDocument> cases, ILiteCollection<BsonDocument> audit, int year)
    {
        var counterId = $"cases-{year:D4}";
        var last = counters.FindById(counterId) is { } counter ? counter["Last"].AsInt32 : 0;

        CaseNumber number;
        do
        {
            number = new CaseNumber(year, checked(++last));
        }
        while (cases.FindById(number.ToString()) is not null || audit.Exists(BsonExpression.Create("$.CaseId = @0", number.ToString())));

        counters.Upsert(new BsonDocument { ["_id"] = counterId, ["Last"] = last });
        return number;
    }
}
