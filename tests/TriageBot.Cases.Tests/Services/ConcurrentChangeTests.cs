using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

/// <summary>What a service does when someone else wrote the case between its read and its write.</summary>
public sealed class ConcurrentChangeTests : IDisposable
{
    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_take_that_loses_the_race_says_who_took_it()
    {
        var c = await _desk.SeedAsync();
        var store = new MeanwhileStore(_desk.Store, inner => new CaseAssignment(inner, _desk.Options, _desk.Time).TakeAsync(c.Id, "dana"));

        var outcome = await new CaseAssignment(store, _desk.Options, _desk.Time).TakeAsync(c.Id, "cy");

        Assert.Equal("LE-2026-00001 was taken by dana (today 09:00 UTC).", Assert.IsType<TakeOutcome.AlreadyTaken>(outcome).Message);
        Assert.Equal("dana", (await _desk.Store.GetAsync(c.Id))!.Assignee);
    }

    [Fact]
    public async Task A_change_still_valid_after_someone_else_wrote_is_applied_on_top_of_theirs()
    {
        var c = await _desk.SeedAsync();
        var store = new MeanwhileStore(_desk.Store, inner => new CaseWorkflow(inner, _desk.Options, _desk.Time).AcknowledgeAsync(c.Id, "ana"));

        var marked = await new CaseWorkflow(store, _desk.Options, _desk.Time).MarkEmergencyAsync(c.Id, true, "ben", "bomb threat");

        Assert.Equal((Priority.P0, _desk.Now, 3), (marked.Priority, marked.AcknowledgedAt, marked.Version));
    }

    [Fact]
    public async Task A_change_no_longer_valid_after_someone_else_wrote_says_what_changed()
    {
        var c = await _desk.SeedAsync(d => d with { Status = CaseStatus.InReview, Assignee = "cy" });
        var store = new MeanwhileStore(_desk.Store, inner => new CaseWorkflow(inner, _desk.Options, _desk.Time).MoveAsync(c.Id, CaseStatus.AwaitingInfo, "dana", "need the account URL"));

        var refused = await Assert.ThrowsAsync<CaseConflictException>(() =>
            new CaseWorkflow(store, _desk.Options, _desk.Time).MoveAsync(c.Id, CaseStatus.Responded, "cy", outcome: ResponseOutcome.NoDataFound));

        Assert.Equal("LE-2026-00001 was changed by someone else meanwhile (status in_review → awaiting_info). " +
                     "Cannot move LE-2026-00001 from awaiting_info to responded; allowed: in_review, withdrawn.", refused.Message);
        Assert.Equal(CaseStatus.AwaitingInfo, (await _desk.Store.GetAsync(c.Id))!.Status);
    }
}
