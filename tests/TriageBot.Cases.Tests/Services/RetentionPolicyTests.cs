using TriageBot.Cases.Model;

namespace TriageBot.Cases.Tests.Services;

/// <summary>Retention is 730 days: on 2026-03-02 09:00 cases closed before 2024-03-02 09:00 go.</summary>
public sealed class RetentionPolicyTests : IDisposable
{
    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Cases_closed_longer_ago_than_the_retention_period_are_purged_leaving_a_tombstone()
    {
        var received = new DateTime(2023, 6, 1, 9, 0, 0, DateTimeKind.Utc);
        var oldClosed = await _desk.SeedAsync(d => d with { ReceivedAt = received, Status = CaseStatus.Closed, ClosedAt = new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc) });
        var oldWithdrawn = await _desk.SeedAsync(d => d with { ReceivedAt = received, Status = CaseStatus.Withdrawn, ClosedAt = new DateTime(2024, 3, 2, 8, 59, 0, DateTimeKind.Utc) });
        var justInside = await _desk.SeedAsync(d => d with { ReceivedAt = received, Status = CaseStatus.Closed, ClosedAt = new DateTime(2024, 3, 2, 9, 0, 0, DateTimeKind.Utc) });
        var stillOpen = await _desk.SeedAsync(d => d with { ReceivedAt = received, Status = CaseStatus.InReview, Assignee = "cy" });

        var purged = await _desk.Retention.PurgeAsync("retention-job");

        Assert.Equal(2, purged);
        Assert.Equal(new DateTime(2024, 3, 2, 9, 0, 0, DateTimeKind.Utc), _desk.Retention.CutOff);
        Assert.Null(await _desk.Store.GetAsync(oldClosed.Id));
        Assert.Null(await _desk.Store.GetAsync(oldWithdrawn.Id));
        Assert.NotNull(await _desk.Store.GetAsync(justInside.Id));
        Assert.NotNull(await _desk.Store.GetAsync(stillOpen.Id));
        var tombstone = (await _desk.AuditAsync(oldClosed.Id)).Last();
        Assert.Equal(("purged", "retention-job"), (tombstone.Action, tombstone.Actor));
    }

    [Fact]
    public async Task Nothing_recent_is_purged()
    {
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Closed, ClosedAt = _desk.Now.AddDays(-10) });

        Assert.Equal(0, await _desk.Retention.PurgeAsync("retention-job"));
    }
}
