using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Times are stored as UTC ticks (Int64). LiteDB's own date type keeps milliseconds only and hands back local
/// times unless told otherwise; ticks round-trip exactly, compare and index as numbers, and read back as UTC.
/// </summary>
public static class UtcTicks
{
    /// <summary>Unspecified kinds are taken as UTC (the model says every time is UTC); local ones are converted.</summary>
    public static long Of(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime().Ticks,
        _ => value.Ticks,
    };

    public static BsonValue Serialize(DateTime value) => new(Of(value));

    public static DateTime Deserialize(BsonValue value) => value.Type switch
    {
        BsonType.Int64 or BsonType.Int32 => new DateTime(value.AsInt64, DateTimeKind.Utc),
        // Not written by this store, but a document edited by hand in LiteDB Studio may hold a real date.
        BsonType.DateTime => value.AsDateTime.ToUniversalTime(),
        _ => throw new CaseStoreException($"A stored time has the unexpected type {value.Type}."),
    };
}
