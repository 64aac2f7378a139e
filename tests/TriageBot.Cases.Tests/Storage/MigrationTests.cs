using LiteDB;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class MigrationTests
{
    [Fact]
    public void A_new_database_is_at_the_latest_schema_with_the_query_indexes()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();

        using var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct");
        var indexes = raw.GetCollection("$indexes").FindAll().Select(d => $"{d["collection"].AsString}.{d["name"].AsString}").ToHashSet();

        Assert.Equal(SchemaMigrations.Latest, raw.UserVersion);
        foreach (var name in new[] { "IsOpen", "QueueKey", "OpenDueAt", "Status", "Priority", "ReceivedAt", "DueAt", "Assignee", "ProcessType", "ContentKey", "ReferenceKey" })
            Assert.Contains("cases." + name, indexes);
        // Indexes hold their keys in the clear: none over a personal value.
        foreach (var name in new[] { "ContentHash", "AgencyReference", "RequesterEmail" })
            Assert.DoesNotContain("cases." + name, indexes);
        Assert.Contains("audit.CaseId", indexes);
    }

    [Fact]
    public void Migrations_run_once_and_record_when()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TempCaseStore.DefaultNow);
        using var temp = new TempCaseStore(time);
        time.Advance(TimeSpan.FromDays(1));
        temp.Reopen();
        temp.Store.Dispose();

        using var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct");
        var applied = raw.GetCollection("meta").FindById("migration-0001");

        Assert.Equal(TempCaseStore.DefaultNow.UtcTicks, applied["AppliedAt"].AsInt64);
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
            raw.UserVersion = SchemaMigrations.Latest + 1;

        var e = Assert.Throws<CaseStoreException>(() => temp.Reopen());

        Assert.Contains("newer than this TriageBot knows", e.Message);
    }
}
