using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;
using static TriageBot.Cases.Model.CaseStatus;

namespace TriageBot.Cases.Tests.Services;

public sealed class CaseWorkflowTests : IDisposable
{
    /// <summary>The whole table, written out: every move not listed here must be refused.</summary>
    public static readonly TheoryData<CaseStatus, CaseStatus> Allowed = new()
    {
        { New, Triaged }, { New, Withdrawn },
        { Triaged, CaseStatus.Assigned }, { Triaged, AwaitingInfo }, { Triaged, Withdrawn },
        { CaseStatus.Assigned, InReview }, { CaseStatus.Assigned, AwaitingInfo }, { CaseStatus.Assigned, Withdrawn },
        { InReview, Responded }, { InReview, Rejected }, { InReview, AwaitingInfo }, { InReview, Withdrawn },
        { AwaitingInfo, Triaged }, { AwaitingInfo, CaseStatus.Assigned }, { AwaitingInfo, InReview }, { AwaitingInfo, Withdrawn },
        { Responded, Closed }, { Responded, Withdrawn },
        { Rejected, Closed }, { Rejected, Withdrawn },
    };

    public static TheoryData<CaseStatus, CaseStatus> Forbidden()
    {
        var allowed = Allowed.Select(row => ((CaseStatus)row[0], (CaseStatus)row[1])).ToHashSet();
        var forbidden = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        foreach (var to in Enum.GetValues<CaseStatus>())
        {
            // The awaiting_info cases these tests build came from triaged, so only that way back is open.
            var isAllowed = from == AwaitingInfo ? to is Triaged or Withdrawn : allowed.Contains((from, to));
            if (from != to && !isAllowed) forbidden.Add(from, to);
        }
        return forbidden;
    }

    public static readonly TheoryData<CaseStatus> OpenStates = new() { New, Triaged, CaseStatus.Assigned, InReview, AwaitingInfo, Responded, Rejected };

    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public void The_transition_table_allows_exactly_the_documented_moves()
    {
        var expected = Allowed.Select(row => ((CaseStatus)row[0], (CaseStatus)row[1])).Order();

        Assert.Equal(expected, CaseTransitions.All().Order());
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Every_allowed_move_is_made_and_audited(CaseStatus from, CaseStatus to)
    {
        // Out of awaiting_info a case returns where it came from, so that is where it must have come from.
        var c = await CaseIn(from, returnTo: to == Withdrawn ? Triaged : to);

        var moved = to == CaseStatus.Assigned && from == Triaged
            ? await _desk.Assignment.AssignAsync(c.Id, "cy", "mo")
            : await Move(c.Id, to);

        Assert.Equal(to, moved.Status);
        var entry = (await _desk.AuditAsync(c.Id)).Last(e => e.Action == "status");
        Assert.Equal((from.ToWireName(), to.ToWireName()), (entry.OldValue, entry.NewValue));
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Every_other_move_is_refused_and_nothing_changes(CaseStatus from, CaseStatus to)
    {
        var c = await CaseIn(from, returnTo: Triaged);

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => Move(c.Id, to));

        Assert.StartsWith($"Cannot move {c.Id} from {from.ToWireName()} to {to.ToWireName()}; allowed: ", refused.Message);
        Assert.Equal(from, (await _desk.Workflow.GetAsync(c.Id)).Status);
    }

    [Fact]
    public async Task A_refused_move_names_the_moves_that_are_allowed()
    {
        var c = await _desk.SeedAsync();

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => Move(c.Id, Responded));

        Assert.Equal("Cannot move LE-2026-00001 from triaged to responded; allowed: assigned, awaiting_info, withdrawn.", refused.Message);
    }

    [Fact]
    public async Task A_finished_case_says_nothing_is_allowed()
    {
        var c = await _desk.SeedAsync(d => d with { Status = Closed });

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => Move(c.Id, InReview));

        Assert.Equal("Cannot move LE-2026-00001 from closed to in_review; allowed: none (the case is finished).", refused.Message);
    }

    [Fact]
    public async Task Awaiting_info_returns_only_to_the_state_it_came_from()
    {
        var c = await _desk.SeedAsync(d => d with { Status = InReview, Assignee = "cy" });
        await _desk.Workflow.MoveAsync(c.Id, AwaitingInfo, "cy", "asked the agency for the account URL");
        Assert.Equal([InReview, Withdrawn], await _desk.Workflow.AllowedMovesAsync(c.Id));

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => Move(c.Id, Triaged));
        var back = await _desk.Workflow.MoveAsync(c.Id, InReview, "cy", "agency answered");

        Assert.Equal("Cannot move LE-2026-00001 from awaiting_info to triaged; allowed: in_review, withdrawn.", refused.Message);
        Assert.Equal(InReview, back.Status);
        Assert.Equal("cy", back.Assignee);
    }

    [Fact]
    public async Task Awaiting_info_twice_returns_to_the_latest_state_it_came_from()
    {
        var c = await _desk.SeedAsync();
        await _desk.Workflow.MoveAsync(c.Id, AwaitingInfo, "eli");
        await _desk.Workflow.MoveAsync(c.Id, Triaged, "eli");
        await _desk.Assignment.AssignAsync(c.Id, "cy", "mo");
        await _desk.Workflow.MoveAsync(c.Id, AwaitingInfo, "cy");

        Assert.Equal([CaseStatus.Assigned, Withdrawn], await _desk.Workflow.AllowedMovesAsync(c.Id));
    }

    [Theory]
    [MemberData(nameof(OpenStates))]
    public async Task A_case_can_be_withdrawn_from_every_open_state(CaseStatus from)
    {
        var c = await CaseIn(from, returnTo: Triaged);
        _desk.Time.Advance(TimeSpan.FromHours(1));

        var withdrawn = await _desk.Workflow.MoveAsync(c.Id, Withdrawn, "eli", "agency withdrew the request");

        Assert.Equal((Withdrawn, ResponseOutcome.Withdrawn, _desk.Now), (withdrawn.Status, withdrawn.Outcome, withdrawn.ClosedAt));
        Assert.Equal("agency withdrew the request", (await _desk.AuditAsync(c.Id)).Last(e => e.Action == "status").Reason);
    }

    [Fact]
    public async Task Responding_records_what_was_produced_and_when()
    {
        var c = await _desk.SeedAsync(d => d with { Status = InReview, Assignee = "cy" });
        _desk.Time.Advance(TimeSpan.FromHours(3));

        var responded = await _desk.Workflow.MoveAsync(c.Id, Responded, "cy", outcome: ResponseOutcome.NonContentProduced);

        Assert.Equal((ResponseOutcome.NonContentProduced, _desk.Now), (responded.Outcome, responded.RespondedAt));
        Assert.Contains(await _desk.AuditAsync(c.Id), e => e is { Action: "outcome", NewValue: "NonContentProduced" });
    }

    [Fact]
    public async Task Responding_without_saying_what_was_produced_is_refused()
    {
        var c = await _desk.SeedAsync(d => d with { Status = InReview, Assignee = "cy" });

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Workflow.MoveAsync(c.Id, Responded, "cy"));

        Assert.Contains("Say what was produced", refused.Message);
    }

    [Fact]
    public async Task Rejecting_records_the_rejected_outcome_and_needs_a_reason()
    {
        var c = await _desk.SeedAsync(d => d with { Status = InReview, Assignee = "cy" });

        await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Workflow.MoveAsync(c.Id, Rejected, "cy"));
        var rejected = await _desk.Workflow.MoveAsync(c.Id, Rejected, "cy", "contents sought with a subpoena");

        Assert.Equal(ResponseOutcome.Rejected, rejected.Outcome);
        Assert.Equal(_desk.Now, rejected.RespondedAt);
    }

    [Fact]
    public async Task Closing_sets_the_closing_time()
    {
        var c = await _desk.SeedAsync(d => d with { Status = Responded, Assignee = "cy", Outcome = ResponseOutcome.NoDataFound });
        _desk.Time.Advance(TimeSpan.FromDays(2));

        var closed = await _desk.Workflow.MoveAsync(c.Id, Closed, "cy");

        Assert.Equal(_desk.Now, closed.ClosedAt);
        Assert.Equal(ResponseOutcome.NoDataFound, closed.Outcome);
    }

    [Fact]
    public async Task Correcting_the_process_type_records_old_new_and_reason()
    {
        var c = await _desk.SeedAsync();

        var corrected = await _desk.Workflow.CorrectProcessTypeAsync(c.Id, LegalProcessType.CourtOrder, "cy", "it is a 2703(d) order, not a subpoena");

        Assert.Equal(LegalProcessType.CourtOrder, corrected.ProcessType);
        var entry = (await _desk.AuditAsync(c.Id)).Last();
        Assert.Equal(("corrected", "process_type", "subpoena", "court_order", "it is a 2703(d) order, not a subpoena", "cy"),
            (entry.Action, entry.Field, entry.OldValue, entry.NewValue, entry.Reason, entry.Actor));
    }

    [Fact]
    public async Task Correcting_to_preservation_starts_the_hold_from_receipt()
    {
        var c = await _desk.SeedAsync();

        var corrected = await _desk.Workflow.CorrectProcessTypeAsync(c.Id, LegalProcessType.Preservation, "cy", "a 2703(f) letter");

        Assert.Equal(c.ReceivedAt.Date.AddDays(90).AddSeconds(86399), corrected.PreservationExpiresAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_correction_without_a_reason_is_refused(string reason)
    {
        var c = await _desk.SeedAsync();

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Workflow.CorrectPriorityAsync(c.Id, Priority.P1, "cy", reason));

        Assert.Equal("A correction needs a reason: say why the engine's conclusion was wrong.", refused.Message);
        Assert.Equal(Priority.P3, (await _desk.Workflow.GetAsync(c.Id)).Priority);
    }

    [Fact]
    public async Task Marking_an_emergency_raises_the_flag_makes_it_p0_and_due_in_fifteen_minutes()
    {
        var c = await _desk.SeedAsync();
        _desk.Time.Advance(TimeSpan.FromHours(2));

        var marked = await _desk.Workflow.MarkEmergencyAsync(c.Id, true, "ben", "caller says the user threatened suicide");

        Assert.Contains("emergency", marked.Flags);
        Assert.Equal(Priority.P0, marked.Priority);
        Assert.Equal(_desk.Now.AddMinutes(15), marked.DueAt);
        var corrections = (await _desk.AuditAsync(c.Id)).Where(e => e.Action == "corrected").ToList();
        Assert.Equal([("emergency", "false", "true"), ("priority", "P3", "P0"), ("due_at", Iso(c.DueAt), Iso(_desk.Now.AddMinutes(15)))],
            corrections.Select(e => (e.Field, e.OldValue, e.NewValue)));
        Assert.All(corrections, e => Assert.Equal("caller says the user threatened suicide", e.Reason));
    }

    [Fact]
    public async Task Not_an_emergency_drops_the_flag_and_derives_the_priority_from_what_is_left()
    {
        var childSafety = await _desk.SeedAsync(d => d with { Priority = Priority.P0, Flags = ["emergency", "ncmec"], DueAt = d.ReceivedAt.AddMinutes(15) });
        var routine = await _desk.SeedAsync(d => d with { Priority = Priority.P0, Flags = ["emergency"], DueAt = d.ReceivedAt.AddMinutes(15) });
        var nearDeadline = await _desk.SeedAsync(d => d with { Priority = Priority.P0, Flags = ["emergency"], LegalDeadline = d.ReceivedAt.AddDays(3) });

        var p1 = await _desk.Workflow.MarkEmergencyAsync(childSafety.Id, false, "ana", "no imminent danger, CSAM report");
        var p3 = await _desk.Workflow.MarkEmergencyAsync(routine.Id, false, "ben", "verified: not an emergency");
        var p2 = await _desk.Workflow.MarkEmergencyAsync(nearDeadline.Id, false, "ben", "verified: not an emergency");

        Assert.Equal((Priority.P1, _desk.Now.AddHours(4)), (p1.Priority, p1.DueAt));
        Assert.Equal(["ncmec"], p1.Flags);
        Assert.Equal((Priority.P3, _desk.Now.AddDays(5)), (p3.Priority, p3.DueAt));
        Assert.Equal((Priority.P2, _desk.Now.AddDays(1)), (p2.Priority, p2.DueAt));
    }

    [Fact]
    public async Task A_case_that_serves_no_process_keeps_no_legal_deadline_so_a_correction_does_not_raise_it_to_p2()
    {
        // A reporter wants answers by a date two days off: the engine's first reading ignores that date for the
        // priority, and so must the desk when staff later add and remove the emergency flag.
        const string questions = """
            From: Mara Lindholm <m.lindholm@harbour-gazette.example.com>
            Subject: Questions for an article on police data requests

            I am writing an article about how often police send search warrants and emergency requests to
            online services. How many did you receive last year? Please reply by March 4, 2026.
            """;
        var result = new Triage.TriageEngine(new Triage.TriagePolicy(), _desk.Time).Triage(questions);
        Assert.True(result.ServesNoProcess);
        Assert.NotNull(result.Fields.ResponseDeadline);
        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(new CaseSubmission(result, questions, "chat paste", [], "teams", "eli"))).Case;
        Assert.Equal((Priority.P3, null), (opened.Priority, opened.LegalDeadline));

        await _desk.Workflow.MarkEmergencyAsync(opened.Id, true, "ben", "misread the caller");
        var corrected = await _desk.Workflow.MarkEmergencyAsync(opened.Id, false, "ben", "a reporter's questions, no danger");

        Assert.Equal(Priority.P3, corrected.Priority);
    }

    [Fact]
    public async Task Correcting_the_priority_counts_the_sla_again_but_never_past_the_legal_deadline()
    {
        var deadline = _desk.Now.AddHours(10);
        var c = await _desk.SeedAsync(d => d with { Priority = Priority.P1, LegalDeadline = deadline, DueAt = d.ReceivedAt.AddHours(4) });

        var lowered = await _desk.Workflow.CorrectPriorityAsync(c.Id, Priority.P3, "cy", "routine records request");

        Assert.Equal((Priority.P3, deadline), (lowered.Priority, lowered.DueAt));
    }

    [Fact]
    public async Task A_finished_case_cannot_be_corrected()
    {
        var c = await _desk.SeedAsync(d => d with { Status = Closed });

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => _desk.Workflow.CorrectPriorityAsync(c.Id, Priority.P0, "cy", "late"));

        Assert.Equal("LE-2026-00001 is closed; a finished case cannot be corrected.", refused.Message);
    }

    [Fact]
    public async Task A_note_goes_into_the_audit_trail_without_changing_the_case()
    {
        var c = await _desk.SeedAsync();

        var note = await _desk.Workflow.AddNoteAsync("2026-1", "cy", "Called the agency's published number; agent confirmed.");

        Assert.Equal(("note", "cy", "Called the agency's published number; agent confirmed."), (note.Action, note.Actor, note.NewValue));
        Assert.Equal(c.Version, (await _desk.Workflow.GetAsync(c.Id)).Version);
    }

    [Fact]
    public async Task Acknowledging_keeps_the_first_acknowledgement()
    {
        var c = await _desk.SeedAsync(d => d with { Priority = Priority.P0 });
        var first = _desk.Now;

        await _desk.Workflow.AcknowledgeAsync(c.Id, "ana");
        _desk.Time.Advance(TimeSpan.FromMinutes(5));
        var again = await _desk.Workflow.AcknowledgeAsync(c.Id, "ben");

        Assert.Equal(first, again.AcknowledgedAt);
        Assert.Single(await _desk.AuditAsync(c.Id), e => e.Action == "acknowledged");
    }

    [Fact]
    public async Task An_unknown_case_number_is_reported_as_such()
    {
        await _desk.SeedAsync();

        var missing = await Assert.ThrowsAsync<CaseNotFoundException>(() => Move("LE-2026-99999", InReview));
        var garbled = await Assert.ThrowsAsync<CaseNotFoundException>(() => _desk.Workflow.AcknowledgeAsync("case 42", "ana"));

        Assert.Equal("No case LE-2026-99999.", missing.Message);
        Assert.Equal("'case 42' is not a case number; expected one like LE-2026-00042.", garbled.Message);
    }

    [Fact]
    public async Task Two_reviewers_answering_at_once_one_wins_and_the_other_is_told_why_not()
    {
        var c = await _desk.SeedAsync(d => d with { Status = InReview, Assignee = "cy" });

        var attempts = await Task.WhenAll(
            Attempt(() => _desk.Workflow.MoveAsync(c.Id, Responded, "cy", outcome: ResponseOutcome.NoDataFound)),
            Attempt(() => _desk.Workflow.MoveAsync(c.Id, Rejected, "ben", "overbroad")));

        var refusal = Assert.Single(attempts, a => a is not null);
        Assert.Contains("Cannot move LE-2026-00001 from ", refusal!.Message);
        Assert.Equal(3, (await _desk.AuditAsync(c.Id)).Count); // opened, status, outcome: the loser wrote nothing
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await Task.Run(action);
            return null;
        }
        catch (CaseRuleException refused)
        {
            return refused;
        }
    }

    private Task<CaseRecord> Move(string caseId, CaseStatus to) => to switch
    {
        Responded => _desk.Workflow.MoveAsync(caseId, to, "cy", outcome: ResponseOutcome.ContentProduced),
        _ => _desk.Workflow.MoveAsync(caseId, to, "cy", "test move"),
    };

    /// <summary>A case in <paramref name="status"/>; an awaiting_info case came there from <paramref name="returnTo"/>.</summary>
    private async Task<CaseRecord> CaseIn(CaseStatus status, CaseStatus returnTo)
    {
        if (status != AwaitingInfo)
            return await _desk.SeedAsync(d => d with { Status = status, Assignee = status is Triaged or New ? null : "cy" });
        var c = await _desk.SeedAsync(d => d with { Status = returnTo, Assignee = returnTo == Triaged ? null : "cy" });
        return await _desk.Workflow.MoveAsync(c.Id, AwaitingInfo, "cy", "asked the agency");
    }

    private static string Iso(DateTime t) => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
