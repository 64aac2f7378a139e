using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class AuditTests
{
    [Fact]
    public async Task Audit_trail_is_oldest_first_with_ascending_ids_per_case()
    {
        using var temp = new TempCaseStore();
        var a = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");
        var b = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");
        for (var i = 0; i < 5; i++)
        {
            await temp.Store.AppendAuditAsync(new AuditEntry { CaseId = a.Id, Actor = "bob", Action = "note", NewValue = $"a{i}" });
            await temp.Store.AppendAuditAsync(new AuditEntry { CaseId = b.Id, Actor = "bob", Action = "note", NewValue = $"b{i}" });
        }

        var trail = await temp.Reopen().GetAuditAsync(a.Id);

        Assert.Equal([null, "a0", "a1", "a2", "a3", "a4"], trail.Select(e => e.Action == "opened" ? null : e.NewValue));
        Assert.Equal(trail.Select(e => e.Id).Order(), trail.Select(e => e.Id));
        Assert.Equal(trail.Count, trail.Select(e => e.Id).Distinct().Count());
        Assert.All(trail, e => Assert.Equal(a.Id, e.CaseId));
    }

    [Fact]
    public async Task Append_assigns_the_id_keeps_a_given_time_and_stamps_a_missing_one()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");
        var given = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc).AddTicks(3);

        var timed = await temp.Store.AppendAuditAsync(new AuditEntry { Id = 999, CaseId = created.Id, At = given, Actor = "bob", Action = "note", Reason = "called the agency" });
        var untimed = await temp.Store.AppendAuditAsync(new AuditEntry { CaseId = created.Id, Actor = "bob", Action = "page_sent" });

        var trail = await temp.Store.GetAuditAsync(created.Id);
        Assert.Equal([trail[1], trail[2]], new[] { timed, untimed });
        Assert.True(timed.Id > trail[0].Id && untimed.Id > timed.Id);
        Assert.Equal(given, trail[1].At);
        Assert.Equal("called the agency", trail[1].Reason);
        Assert.Equal(TempCaseStore.DefaultNow.UtcDateTime, trail[2].At);
        Assert.Equal(DateTimeKind.Utc, trail[1].At.Kind);
    }

    [Fact]
    public async Task Append_to_an_unknown_case_is_refused()
    {
        using var temp = new TempCaseStore();

        var e = await Assert.ThrowsAsync<CaseStoreException>(() =>
            temp.Store.AppendAuditAsync(new AuditEntry { CaseId = "LE-2026-00404", Actor = "bob", Action = "note" }));

        Assert.Contains("LE-2026-00404", e.Message);
    }

    [Fact]
    public void The_store_offers_no_way_to_change_or_remove_an_audit_entry()
    {
        var auditMethods = typeof(ICaseStore).GetMethods().Concat(typeof(LiteDbCaseStore).GetMethods())
            .Where(m => m.Name.Contains("Audit", StringComparison.Ordinal))
            .Select(m => m.Name)
            .Distinct()
            .Order();

        Assert.Equal(["AppendAuditAsync", "GetAuditAsync"], auditMethods);
    }
}
