using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

public sealed class CaseAssignmentTests : IDisposable
{
    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Assigning_a_triaged_case_moves_it_to_assigned_and_records_who_and_when()
    {
        var c = await _desk.SeedAsync();
        _desk.Time.Advance(TimeSpan.FromMinutes(40));

        var assigned = await _desk.Assignment.AssignAsync(c.Id, "cy", "mo", "cy knows this agency");

        Assert.Equal((CaseStatus.Assigned, "cy", _desk.Now), (assigned.Status, assigned.Assignee, assigned.AssignedAt));
        var audit = await _desk.AuditAsync(c.Id);
        Assert.Contains(audit, e => e is { Action: "assigned", Field: "assignee", OldValue: null, NewValue: "cy", Actor: "mo", Reason: "cy knows this agency" });
        Assert.Contains(audit, e => e is { Action: "status", OldValue: "triaged", NewValue: "assigned" });
    }

    [Fact]
    public async Task Assigning_someone_not_on_the_roster_is_refused()
    {
        var c = await _desk.SeedAsync();

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Assignment.AssignAsync(c.Id, "zed", "mo"));

        Assert.Equal("'zed' is not on the team roster; known members: ana, ben, cy, dana, eli, mo.", refused.Message);
        Assert.Null((await _desk.Workflow.GetAsync(c.Id)).Assignee);
    }

    [Fact]
    public async Task Assigning_an_assigned_case_says_to_reassign_it()
    {
        var c = await _desk.SeedAsync();
        await _desk.Assignment.AssignAsync(c.Id, "cy", "mo");

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Assignment.AssignAsync(c.Id, "ben", "mo"));

        Assert.Equal("LE-2026-00001 is already assigned to cy; reassign it instead.", refused.Message);
    }

    [Fact]
    public async Task Reassigning_hands_the_case_over_and_keeps_its_status()
    {
        var c = await _desk.SeedAsync(d => d with { Status = CaseStatus.InReview, Assignee = "cy" });

        var reassigned = await _desk.Assignment.ReassignAsync(c.Id, "ben", "mo", "cy on leave");

        Assert.Equal((CaseStatus.InReview, "ben"), (reassigned.Status, reassigned.Assignee));
        Assert.Contains(await _desk.AuditAsync(c.Id), e => e is { Action: "assigned", OldValue: "cy", NewValue: "ben", Reason: "cy on leave" });
    }

    [Fact]
    public async Task Unassigning_puts_the_case_back_in_the_triaged_queue()
    {
        var c = await _desk.SeedAsync();
        await _desk.Assignment.AssignAsync(c.Id, "cy", "mo");

        var unassigned = await _desk.Assignment.UnassignAsync(c.Id, "cy", "wrong skill set");

        Assert.Equal((CaseStatus.Triaged, null, null), (unassigned.Status, unassigned.Assignee, unassigned.AssignedAt));
        Assert.Contains(await _desk.AuditAsync(c.Id), e => e is { Action: "status", OldValue: "assigned", NewValue: "triaged" });
    }

    [Fact]
    public async Task A_case_in_review_is_reassigned_rather_than_unassigned()
    {
        var c = await _desk.SeedAsync(d => d with { Status = CaseStatus.InReview, Assignee = "cy" });

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Assignment.UnassignAsync(c.Id, "cy"));

        Assert.Equal("LE-2026-00001 is in_review; only an assigned case can be unassigned (reassign it instead).", refused.Message);
    }

    [Fact]
    public async Task Taking_a_case_assigns_it_to_me_and_acknowledges_it()
    {
        var c = await _desk.SeedAsync(d => d with { Priority = Priority.P0 });

        var taken = Assert.IsType<TakeOutcome.Taken>(await _desk.Assignment.TakeAsync(c.Id, "ben")).Case;

        Assert.Equal((CaseStatus.Assigned, "ben", _desk.Now, _desk.Now), (taken.Status, taken.Assignee, taken.AssignedAt, taken.AcknowledgedAt));
    }

    [Fact]
    public async Task Taking_a_case_someone_has_says_who_has_it_since_when()
    {
        var c = await _desk.SeedAsync();
        _desk.Time.Advance(TimeSpan.FromMinutes(62));
        await _desk.Assignment.TakeAsync(c.Id, "dana");
        _desk.Time.Advance(TimeSpan.FromMinutes(5));

        var late = Assert.IsType<TakeOutcome.AlreadyTaken>(await _desk.Assignment.TakeAsync(c.Id, "cy"));

        Assert.Equal("LE-2026-00001 was taken by dana (today 10:02 UTC).", late.Message);
        Assert.Equal("dana", late.Holder);
    }

    [Fact]
    public async Task Taking_my_own_case_again_changes_nothing()
    {
        var c = await _desk.SeedAsync();
        var first = Assert.IsType<TakeOutcome.Taken>(await _desk.Assignment.TakeAsync(c.Id, "cy")).Case;

        var again = Assert.IsType<TakeOutcome.Taken>(await _desk.Assignment.TakeAsync(c.Id, "cy")).Case;

        Assert.Equal(first.Version, again.Version);
    }

    [Fact]
    public async Task When_many_take_the_same_case_at_once_exactly_one_wins_and_the_others_are_told_who()
    {
        var c = await _desk.SeedAsync();
        string[] takers = ["ana", "ben", "cy", "dana", "eli", "mo"];

        using var start = new ManualResetEventSlim();
        var attempts = takers.Select(who => Task.Run(async () =>
        {
            start.Wait();
            return await _desk.Assignment.TakeAsync(c.Id, who);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes.OfType<TakeOutcome.Taken>()).Case.Assignee;
        var losers = outcomes.OfType<TakeOutcome.AlreadyTaken>().ToList();
        Assert.Equal(takers.Length - 1, losers.Count);
        Assert.All(losers, l => Assert.Equal($"LE-2026-00001 was taken by {winner} (today 09:00 UTC).", l.Message));
        Assert.Equal(winner, (await _desk.Workflow.GetAsync(c.Id)).Assignee);
        Assert.Single(await _desk.AuditAsync(c.Id), e => e.Action == "assigned");
    }

    [Fact]
    public async Task Workload_counts_open_cases_per_reviewer_by_priority()
    {
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "ana", Priority = Priority.P1 });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.InReview, Assignee = "ana", Priority = Priority.P3 });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Closed, Assignee = "ana", Priority = Priority.P0 });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "eli", Priority = Priority.P2 });

        var workload = await _desk.Assignment.WorkloadAsync();

        Assert.Equal(["ana", "ben", "cy", "dana", "eli"], workload.Select(w => w.MemberId));
        var ana = workload[0];
        Assert.Equal((2, 1, 1, 1), (ana.OpenCases, ana.UrgentCases, ana.ByPriority[Priority.P1], ana.ByPriority[Priority.P3]));
        Assert.Equal(0, workload[1].OpenCases);
        Assert.Equal(1, workload[4].ByPriority[Priority.P2]);
    }

    [Fact]
    public async Task A_child_safety_case_is_suggested_to_the_child_safety_reviewer_however_busy()
    {
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "ana" });
        var c = await _desk.SeedAsync(d => d with { Flags = ["ncmec"], Priority = Priority.P1 });

        var suggestion = await _desk.Assignment.SuggestAsync(c.Id);

        Assert.Equal(("child_safety", "ana"), (suggestion.SkillNeeded, suggestion.Member?.Id));
        Assert.Equal("Ana Alves (ana) for LE-2026-00002: a reviewer with the child_safety skill, 1 open case(s), 0 of them P0/P1.", suggestion.Message);
    }

    [Theory]
    [InlineData(LegalProcessType.NationalSecurity, new string[0], "national_security", "dana")]
    [InlineData(LegalProcessType.Subpoena, new[] { "emergency" }, "emergency", "ben")]
    [InlineData(LegalProcessType.International, new string[0], "international", "ben")]
    [InlineData(LegalProcessType.Subpoena, new[] { "nonUs" }, "international", "ben")]
    public async Task The_skill_follows_from_the_type_and_flags(LegalProcessType type, string[] flags, string skill, string expected)
    {
        var c = await _desk.SeedAsync(d => d with { ProcessType = type, Flags = [.. flags] });

        var suggestion = await _desk.Assignment.SuggestAsync(c.Id);

        Assert.Equal((skill, expected), (suggestion.SkillNeeded, suggestion.Member?.Id));
    }

    [Fact]
    public async Task Any_reviewer_will_do_for_a_routine_case_the_least_loaded_then_fewer_urgent_then_by_name()
    {
        // ana 1 P3; ben 1 P1; cy 1 P3; dana 2: ana and cy tie on load and urgency, ana comes first by name.
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "ana" });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "ben", Priority = Priority.P1 });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "cy" });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "dana" });
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "dana" });
        var c = await _desk.SeedAsync();

        var first = await _desk.Assignment.SuggestAsync(c.Id);
        await _desk.SeedAsync(d => d with { Status = CaseStatus.Assigned, Assignee = "ana" });
        var second = await _desk.Assignment.SuggestAsync(c.Id);

        Assert.Null(first.SkillNeeded);
        Assert.Equal("ana", first.Member?.Id);
        Assert.Equal("cy", second.Member?.Id);
    }

    [Fact]
    public async Task Nobody_is_suggested_when_no_reviewer_has_the_skill()
    {
        _desk.Options.Team.RemoveAll(m => m.Id == "dana");
        var c = await _desk.SeedAsync(d => d with { ProcessType = LegalProcessType.NationalSecurity });

        var suggestion = await _desk.Assignment.SuggestAsync(c.Id);

        Assert.Null(suggestion.Member);
        Assert.Equal("LE-2026-00001 needs a reviewer with the national_security skill, and nobody on the team roster has it.", suggestion.Message);
    }
}
