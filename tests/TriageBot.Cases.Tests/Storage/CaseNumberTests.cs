using TriageBot.Cases.Model;

namespace TriageBot.Cases.Tests.Storage;

public class CaseNumberTests
{
    private static readonly DateTime In2025 = new(2025, 12, 31, 23, 59, 0, DateTimeKind.Utc);
    private static readonly DateTime In2026 = new(2026, 1, 1, 0, 1, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Create_numbers_cases_per_year_of_receipt_from_00001()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;

        var ids = new List<string>();
        foreach (var received in new[] { In2026, In2026, In2025, In2026, In2025 })
            ids.Add((await store.CreateAsync(SampleCases.Draft(received), "alice")).Id);

        Assert.Equal(["LE-2026-00001", "LE-2026-00002", "LE-2025-00001", "LE-2026-00003", "LE-2025-00002"], ids);
    }

    [Fact]
    public async Task Create_sets_number_year_sequence_and_version_1_and_writes_an_opened_entry()
    {
        using var temp = new TempCaseStore();

        var created = await temp.Store.CreateAsync(SampleCases.Full(), "alice");

        Assert.Equal(("LE-2026-00001", 2026, 1, 1), (created.Id, created.Year, created.Sequence, created.Version));
        var audit = Assert.Single(await temp.Store.GetAuditAsync(created.Id));
        Assert.Equal(("opened", "alice", created.Id), (audit.Action, audit.Actor, audit.CaseId));
        Assert.Equal(TempCaseStore.DefaultNow.UtcDateTime, audit.At);
    }

    [Fact]
    public async Task Numbers_continue_after_the_file_is_reopened()
    {
        using var temp = new TempCaseStore();
        await temp.Store.CreateAsync(SampleCases.Draft(In2026), "alice");
        await temp.Store.CreateAsync(SampleCases.Draft(In2026), "alice");

        var reopened = temp.Reopen();
        var third = await reopened.CreateAsync(SampleCases.Draft(In2026), "alice");

        Assert.Equal("LE-2026-00003", third.Id);
    }

    [Fact]
    public async Task Numbers_of_purged_cases_are_never_given_out_again()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        await store.CreateAsync(SampleCases.Draft(In2026), "alice");
        var last = await store.CreateAsync(SampleCases.Draft(In2026, status: CaseStatus.Closed, closedAt: In2026.AddDays(1)), "alice");
        Assert.Equal(1, await store.PurgeAsync(In2026.AddDays(2), "retention"));

        var afterPurge = await store.CreateAsync(SampleCases.Draft(In2026), "alice");
        var afterRestart = await temp.Reopen().CreateAsync(SampleCases.Draft(In2026), "alice");

        Assert.Equal("LE-2026-00002", last.Id);
        Assert.Equal("LE-2026-00003", afterPurge.Id);
        Assert.Equal("LE-2026-00004", afterRestart.Id);
    }

    [Fact]
    public async Task Concurrent_creates_get_distinct_consecutive_numbers()
    {
        using var temp = new TempCaseStore();

        var created = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => temp.Store.CreateAsync(SampleCases.Draft(In2026), "alice"))));

        Assert.Equal(Enumerable.Range(1, 40), created.Select(c => c.Sequence).Order());
    }

    [Fact]
    public async Task Create_without_a_received_time_is_refused()
    {
        using var temp = new TempCaseStore();

        await Assert.ThrowsAsync<ArgumentException>(() => temp.Store.CreateAsync(SampleCases.Draft() with { ReceivedAt = default }, "alice"));
    }
}
