using LiteDB;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class LegacySealingTests
{
    [Fact]
    public async Task A_database_written_in_the_clear_is_sealed_at_the_first_open_and_purged_details_left_behind_are_removed()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-legacy-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.db");
            var mapper = CaseBsonMapper.Create();
            var record = PlantedMarkers.Case(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)) with { Id = "LE-2025-00001", Year = 2025, Sequence = 1, Version = 1 };
            using (var raw = new LiteDatabase($"Filename={path};Connection=Direct"))
            {
                // Schema 4, as the previous version left it with no data key: everything in the clear.
                raw.GetCollection("cases").Insert(mapper.ToDocument(record));
                var audit = raw.GetCollection("audit", BsonAutoId.Int64);
                audit.Insert(new BsonDocument { ["CaseId"] = record.Id, ["At"] = 1L, ["Actor"] = "dana", ["Action"] = "note", ["NewValue"] = PlantedMarkers.Note });
                audit.Insert(new BsonDocument { ["CaseId"] = "LE-2024-00009", ["At"] = 1L, ["Actor"] = "dana", ["Action"] = "note", ["NewValue"] = $"{PlantedMarkers.Relative} {PlantedMarkers.RelativePhone}" });
                audit.Insert(new BsonDocument { ["CaseId"] = "LE-2024-00009", ["At"] = 2L, ["Actor"] = "job", ["Action"] = "purged", ["OldValue"] = "Closed", ["Reason"] = "retention" });
                raw.GetCollection("conversations").Insert(new BsonDocument { ["_id"] = "chat:dana", ["Json"] = $"{{\"draft\":\"{PlantedMarkers.Pasted}\"}}", ["UpdatedAt"] = 1L, ["Version"] = 1 });
                raw.UserVersion = 4;
            }
            Assert.NotEmpty(PlantedMarkers.Scan(folder.FullName));

            using (var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System))
            {
                Assert.Equal(PlantedMarkers.Contact, (await store.GetAsync(record.Id))!.Requester.Contact);
                Assert.Equal(PlantedMarkers.Note, Assert.Single(await store.GetAuditAsync(record.Id)).NewValue);
                Assert.Equal("purged", Assert.Single(await store.GetAuditAsync("LE-2024-00009")).Action);
                Assert.Contains(PlantedMarkers.Pasted, (await store.Conversations.GetAsync("chat:dana"))!.Json);
                Assert.Single(await store.FindDuplicatesAsync(record.ContentHash, null, null));
            }

            Assert.Empty(PlantedMarkers.Scan(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
