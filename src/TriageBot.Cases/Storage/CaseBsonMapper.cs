using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;

namespace TriageBot.Cases.Storage;

/// <summary>
/// The one mapper of the case database, configured explicitly rather than by LiteDB's defaults, two of which
/// would silently change data: trimming whitespace and turning empty strings into null.
/// </summary>
internal static class CaseBsonMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            TrimWhitespace = false,
            EmptyStringToNull = false,
            // A null written is a null read back, not the property's initial value.
            SerializeNullValues = true,
            // Names survive reordering of an enum; integers would not.
            EnumAsInteger = false,
            IncludeFields = false,
            IncludeNonPublic = false,
        };
        mapper.RegisterType(UtcTicks.Serialize, UtcTicks.Deserialize);

        mapper.Entity<CaseRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<AuditEntry>().Id(a => a.Id, autoId: true);
        // A positional record has no parameterless constructor; the mapper then fills every member from the
        // document, so placeholders here are overwritten.
        mapper.Entity<OnCallOverride>()
            .Id(o => o.Id, autoId: false)
            .Ctor(_ => new OnCallOverride("", OnCallRole.Primary, "", default, default, "", default));
        return mapper;
    }
}
