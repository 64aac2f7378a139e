using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class UpdateTests
{
    private static AuditEntry Entry(string caseId, string action = "status") =>
        new() { CaseId = caseId, Actor = "bob", Action = action, Field = "status", OldValue = "new", NewValue = "assigned" };

    [Fact]
    public async Task Update_with_the_current_version_stores_version_plus_one_and_its_audit()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");

        var outcome = await temp.Store.UpdateAsync(created with { Status = CaseStatus.Assigned, Assignee = "bob" }, 1, [Entry(created.Id)]);

        var updated = Assert.IsType<UpdateOutcome.Updated>(outcome).Case;
        Assert.Equal((2, CaseStatus.Assigned, "bob"), (updated.Version, updated.Status, updated.Assignee));
        CaseAssert.Same(updated, (await temp.Store.GetAsync(created.Id))!);
        Assert.Equal(["opened", "status"], (await temp.Store.GetAuditAsync(created.Id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Update_with_a_stale_version_is_a_conflict_showing_the_current_case_and_writes_nothing()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");
        await temp.Store.UpdateAsync(created with { Assignee = "bob" }, 1, [Entry(created.Id)]);

        var outcome = await temp.Store.UpdateAsync(created with { Assignee = "carol" }, 1, [Entry(created.Id, "assigned")]);

        var current = Assert.IsType<UpdateOutcome.Conflict>(outcome).Current;
        Assert.Equal((2, "bob"), (current.Version, current.Assignee));
        Assert.Equal((2, "bob"), ((await temp.Store.GetAsync(created.Id))!.Version, (await temp.Store.GetAsync(created.Id))!.Assignee));
        Assert.Equal(2, (await temp.Store.GetAuditAsync(created.Id)).Count);
    }

    [Fact]
    public async Task Update_of_an_unknown_case_is_not_found()
    {
        using var temp = new TempCaseStore();

        var outcome = await temp.Store.UpdateAsync(SampleCases.Draft() with { Id = "LE-2026-00404" }, 1, []);

        Assert.Equal("LE-2026-00404", Assert.IsType<UpdateOutcome.NotFound>(outcome).CaseId);
    }

    [Fact]
    public async Task Update_carrying_an_audit_entry_for_another_case_is_refused_and_writes_nothing()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");
        var other = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            temp.Store.UpdateAsync(created with { Assignee = "bob" }, 1, [Entry(created.Id), Entry(other.Id)]));

        var stored = (await temp.Store.GetAsync(created.Id))!;
        Assert.Equal((1, null), (stored.Version, stored.Assignee));
        Assert.Single(await temp.Store.GetAuditAsync(created.Id));
        Assert.Single(await temp.Store.GetAuditAsync(other.Id));
    }

    [Fact]
    public async Task Update_cannot_change_the_case_number()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");

        var outcome = await temp.Store.UpdateAsync(created with { Year = 1999, Sequence = 9 }, 1, []);

        var updated = Assert.IsType<UpdateOutcome.Updated>(outcome).Case;
        Assert.Equal((created.Id, 2026, 1), (updated.Id, updated.Year, updated.Sequence));
    }

    [Fact]
    public async Task Of_two_concurrent_updates_from_the_same_version_exactly_one_wins_every_time()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var current = await store.CreateAsync(SampleCases.Draft(), "alice");
        const int rounds = 100;

        for (var round = 0; round < rounds; round++)
        {
            var version = current.Version;
            var contenders = new[] { "bob", "carol" }.Select(who => Task.Run(() =>
                store.UpdateAsync(current with { Assignee = who }, version, [Entry(current.Id) with { Actor = who }])));
            var outcomes = await Task.WhenAll(contenders);

            var winner = Assert.Single(outcomes.OfType<UpdateOutcome.Updated>()).Case;
            var loser = Assert.Single(outcomes.OfType<UpdateOutcome.Conflict>()).Current;
            Assert.Equal(version + 1, winner.Version);
            CaseAssert.Same(winner, loser);
            current = winner;
        }

        var audit = await store.GetAuditAsync(current.Id);
        Assert.Equal(rounds + 1, current.Version);
        Assert.Equal(rounds + 1, audit.Count);
        Assert.Equal(current.Assignee, audit[^1].Actor);
    }

    [Fact]
    public async Task A_disposed_store_refuses_work()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => temp.Store.GetAsync("LE-2026-00001"));
    }

    [Fact]
    public async Task A_cancelled_update_writes_nothing()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            temp.Store.UpdateAsync(created with { Assignee = "bob" }, 1, [Entry(created.Id)], new CancellationToken(canceled: true)));

        Assert.Equal(1, (await temp.Store.GetAsync(created.Id))!.Version);
    }
}
