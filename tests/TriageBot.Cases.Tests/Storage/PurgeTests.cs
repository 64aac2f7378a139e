using TriageBot.Cases.Model;

namespace TriageBot.Cases.Tests.Storage;

public class PurgeTests
{
    private static readonly DateTime Cutoff = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Purge_deletes_only_closed_and_withdrawn_cases_closed_before_the_cutoff()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var received = Cutoff.AddDays(-60);
        var closedBefore = await store.CreateAsync(SampleCases.Draft(received, status: CaseStatus.Closed, closedAt: Cutoff.AddTicks(-1)), "a");
        var withdrawnBefore = await store.CreateAsync(SampleCases.Draft(received, status: CaseStatus.Withdrawn, closedAt: Cutoff.AddDays(-10)), "a");
        var closedAtCutoff = await store.CreateAsync(SampleCases.Draft(received, status: CaseStatus.Closed, closedAt: Cutoff), "a");
        var reopened = await store.CreateAsync(SampleCases.Draft(received, status: CaseStatus.InReview, closedAt: Cutoff.AddDays(-10)), "a");
        var respondedNotClosed = await store.CreateAsync(SampleCases.Draft(received, status: CaseStatus.Responded, closedAt: Cutoff.AddDays(-10)), "a");
        var closedWithoutDate = await store.CreateAsync(SampleCases.Draft(received, status: CaseStatus.Closed), "a");
        var open = await store.CreateAsync(SampleCases.Draft(received), "a");

        var purged = await store.PurgeAsync(Cutoff, "retention-job");

        Assert.Equal(2, purged);
        Assert.Null(await store.GetAsync(closedBefore.Id));
        Assert.Null(await store.GetAsync(withdrawnBefore.Id));
        foreach (var kept in new[] { closedAtCutoff, reopened, respondedNotClosed, closedWithoutDate, open })
            Assert.NotNull(await store.GetAsync(kept.Id));
        Assert.Equal(0, await store.PurgeAsync(Cutoff, "retention-job"));
    }

    [Fact]
    public async Task Purge_replaces_the_audit_trail_with_a_tombstone_of_number_dates_type_and_status()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(Cutoff.AddDays(-60), status: CaseStatus.Closed, closedAt: Cutoff.AddDays(-1)), "alice");
        await temp.Store.AppendAuditAsync(new AuditEntry { CaseId = created.Id, Actor = "bob", Action = "note", NewValue = "done" });

        await temp.Store.PurgeAsync(Cutoff, "retention-job");
        var after = await temp.Store.GetAuditAsync(created.Id);

        var tombstone = Assert.Single(after);
        Assert.Equal(("purged", "retention-job", "Closed", "Subpoena", TempCaseStore.DefaultNow.UtcDateTime), (tombstone.Action, tombstone.Actor, tombstone.OldValue, tombstone.NewValue, tombstone.At));
        Assert.Equal("retention: received 2026-04-02, closed 2026-05-31, before the cut-off 2026-06-01", tombstone.Reason);
    }

    [Fact]
    public async Task Purge_of_many_cases_runs_in_batches_and_purges_them_all()
    {
        using var temp = new TempCaseStore();
        var drafts = Enumerable.Range(0, 450).Select(i => SampleCases.Draft(Cutoff.AddDays(-60).AddMinutes(i), status: CaseStatus.Closed, closedAt: Cutoff.AddDays(-1)));
        var created = await temp.Store.ImportAsync(drafts, "import");

        Assert.Equal(450, await temp.Store.PurgeAsync(Cutoff, "retention-job"));

        Assert.Empty(await temp.Store.QueryAsync(new()));
        Assert.Equal("purged", (await temp.Store.GetAuditAsync(created[^1].Id))[^1].Action);
    }
}
