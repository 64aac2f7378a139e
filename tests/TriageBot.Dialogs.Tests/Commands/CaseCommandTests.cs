using TriageBot.Dialogs.Messages;
using TriageBot.Cases.Model;
using TriageBot.Dialogs.Commands;

namespace TriageBot.Dialogs.Tests.Commands;

public sealed class CaseCommandTests : IDisposable
{
    private readonly CommandDesk _desk = new();

    public void Dispose() => _desk.Dispose();

    [Theory]
    [InlineData("queue")]
    [InlineData("/triage queue")]
    [InlineData("What's in the queue?")]
    [InlineData("show me the queue")]
    public async Task Queue_lists_open_cases_most_urgent_first_with_one_line_each(string text)
    {
        var subpoena = await _desk.OpenAsync(CommandDesk.SubpoenaText);
        var emergency = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var reply = await _desk.AskAsync("ana", text);

        var card = Assert.Single(reply.Cards);
        Assert.Equal([emergency.Id, subpoena.Id], card.Facts.Select(f => f.Label));
        Assert.Equal("P0 Emergency disclosure request · triaged · unassigned · due today 09:15 UTC", card.Facts[0].Value);
        Assert.Equal(CaseCards.Attention, card.Style);
        Assert.Contains(card.Actions, a => a.Verb == CaseVerbs.Show && a.Data["case"] == emergency.Id);
        Assert.StartsWith("2 open cases, 0 overdue", reply.Text);
    }

    [Fact]
    public async Task Queue_marks_cases_past_their_due_time_overdue_and_filters_by_priority_and_type()
    {
        await _desk.OpenAsync(CommandDesk.SubpoenaText);
        var emergency = await _desk.OpenAsync(CommandDesk.EmergencyText);
        _desk.Time.Advance(TimeSpan.FromMinutes(20));

        var p0 = await _desk.AskAsync("ana", "queue P0");
        var subpoenas = await _desk.AskAsync("ana", "queue subpoenas");

        var fact = Assert.Single(Assert.Single(p0.Cards).Facts);
        Assert.Equal($"{emergency.Id} · P0 Emergency disclosure request · triaged · unassigned · due today 09:15 UTC · OVERDUE", $"{fact.Label} · {fact.Value}");
        Assert.Equal("P3 Subpoena", Assert.Single(Assert.Single(subpoenas.Cards).Facts).Value[..11]);
    }

    [Fact]
    public async Task An_empty_queue_says_so()
    {
        var reply = await _desk.AskAsync("ana", "queue");

        Assert.Empty(reply.Cards);
        Assert.Contains("empty", reply.Text);
    }

    [Theory]
    [InlineData("case {0}")]
    [InlineData("/triage case {0}")]
    [InlineData("show case {0}")]
    [InlineData("{0}")]
    public async Task Case_shows_what_the_case_is_who_it_is_about_and_what_is_missing_in_words(string form)
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var reply = await _desk.AskAsync("ana", string.Format(System.Globalization.CultureInfo.InvariantCulture, form, "2026-1"));

        var card = Assert.Single(reply.Cards);
        var facts = card.Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.StartsWith("P0: emergency", facts["Priority"], StringComparison.Ordinal);
        Assert.Equal("triaged", facts["Status"]);
        Assert.Equal("nobody yet", facts["Assignee"]);
        Assert.Contains("emergency", facts["Flags"]);
        Assert.Contains("Boise", facts["Agency"]);
        Assert.Contains("Det. Jane Roe", facts["Requester"]);
        Assert.Contains("jroe@boisepd.gov", facts["Requester"]);
        Assert.Contains("known government", facts["Verification"]);
        Assert.Contains("harborlight_77", facts["Accounts"]);
        Assert.Equal(CaseCards.Attention, card.Style);
        Assert.Equal(["case.take", "case.assign", "case.request_info", "case.not_emergency"], card.Actions.Select(a => a.Verb));
        Assert.Contains(card.Sections, s => s.Heading == "Recent activity" && s.Lines.Any(l => l.Contains("opened the case", StringComparison.Ordinal)));
        // Words, not identifiers: no camelCase or snake_case field names, no ISO timestamps.
        var shown = string.Join("\n", new[] { reply.Text, card.Title }.Concat(card.Facts.Select(f => $"{f.Label}: {f.Value}")).Concat(card.Sections.SelectMany(s => s.Lines)));
        Assert.DoesNotMatch(@"\b[a-z]+[A-Z][a-zA-Z]*\b|\b[a-z]+_[a-z_]+\b|\d{4}-\d\d-\d\dT\d\d:", shown);
        Assert.Contains(c.Id, reply.Text);
    }

    [Theory]
    [InlineData("case LE-2026-99999")]
    [InlineData("take 2026-99999")]
    [InlineData("status LE-2026-99999 in_review")]
    [InlineData("note LE-2026-99999 hello")]
    [InlineData("assign LE-2026-99999 dana")]
    public async Task An_unknown_case_number_gets_a_plain_reply(string text)
    {
        var reply = await _desk.AskAsync("ana", text);

        Assert.Equal("No case LE-2026-99999.", reply.Text);
        Assert.Empty(reply.Cards);
    }

    [Theory]
    [InlineData("take {0}")]
    [InlineData("/triage take {0}")]
    [InlineData("I'll take {0}")]
    [InlineData("assign {0} me")]
    public async Task Take_gives_the_case_to_whoever_asks(string form)
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var reply = await _desk.AskAsync("dana", string.Format(System.Globalization.CultureInfo.InvariantCulture, form, c.Id));

        Assert.StartsWith($"You have {c.Id} now", reply.Text);
        var stored = await _desk.GetAsync(c.Id);
        Assert.Equal(("dana", CaseStatus.Assigned), (stored.Assignee, stored.Status));
        Assert.NotNull(stored.AcknowledgedAt);
    }

    [Fact]
    public async Task Take_tells_the_second_reviewer_who_has_the_case()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);
        await _desk.AskAsync("dana", $"take {c.Id}");
        _desk.Time.Advance(TimeSpan.FromMinutes(2));

        var second = await _desk.AskAsync("ben", $"take {c.Id}");
        var again = await _desk.AskAsync("dana", $"take {c.Id}");

        Assert.Equal($"{c.Id} was taken by dana (today 09:00 UTC).", second.Text);
        Assert.Equal($"You already hold {c.Id}.", again.Text);
        Assert.Equal("dana", (await _desk.GetAsync(c.Id)).Assignee);
    }

    [Fact]
    public async Task Take_race_between_two_reviewers_has_one_winner_and_tells_the_other()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var replies = await Task.WhenAll(_desk.AskAsync("dana", $"take {c.Id}"), _desk.AskAsync("ben", $"take {c.Id}"));

        var holder = (await _desk.GetAsync(c.Id)).Assignee;
        Assert.Single(replies, r => r.Text.StartsWith("You have", StringComparison.Ordinal));
        Assert.Single(replies, r => r.Text == $"{c.Id} was taken by {holder} (today 09:00 UTC).");
    }

    [Theory]
    [InlineData("assign {0} to dana")]
    [InlineData("/triage assign {0} dana")]
    [InlineData("assign {0} Dana Diaz")]
    public async Task Assign_gives_the_case_to_a_named_reviewer(string form)
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.AskAsync("ana", string.Format(System.Globalization.CultureInfo.InvariantCulture, form, c.Id));

        Assert.Equal($"{c.Id} is now with Dana Diaz (dana) (assigned).", reply.Text);
        Assert.Equal("dana", (await _desk.GetAsync(c.Id)).Assignee);
    }

    /// <summary>A channel that records "case assigned to you" notices.</summary>
    private sealed class RecordingNotifier : IMemberNotifier
    {
        public List<(string Member, Reply Reply)> Sent { get; } = [];
        public string Channel => "teams";

        public Task<bool> NotifyAsync(string memberId, Reply reply, CancellationToken cancellationToken)
        {
            Sent.Add((memberId, reply));
            return Task.FromResult(true);
        }
    }

    [Fact]
    public async Task Assigning_someone_else_tells_them_with_the_case_card()
    {
        var channel = new RecordingNotifier();
        using var desk = new CommandDesk(channel);
        var c = await desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await desk.AskAsync("ana", $"assign {c.Id} to dana");

        Assert.EndsWith("I told Dana Diaz on teams.", reply.Text, StringComparison.Ordinal);
        var (member, notice) = Assert.Single(channel.Sent);
        Assert.Equal("dana", member);
        Assert.Contains($"assigned {c.Id} to you", notice.Text, StringComparison.Ordinal);
        Assert.Single(notice.Cards);
    }

    [Fact]
    public async Task Assign_hands_a_held_case_over_and_refuses_people_who_do_not_review()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);
        await _desk.AskAsync("ana", $"take {c.Id}");

        var handedOver = await _desk.AskAsync("ana", $"assign {c.Id} to ben");
        var toStaff = await _desk.AskAsync("ana", $"assign {c.Id} to eli");
        var toStranger = await _desk.AskAsync("ana", $"assign {c.Id} to zed");

        Assert.Equal($"{c.Id} is now with Ben Brooks (ben) (assigned).", handedOver.Text);
        Assert.Equal("Eli Eze (eli) is not a reviewer; cases go to reviewers.", toStaff.Text);
        Assert.StartsWith("I don't know 'zed'", toStranger.Text);
        Assert.Equal("ben", (await _desk.GetAsync(c.Id)).Assignee);
    }

    [Theory]
    [InlineData("status {0} in_review calling Boise PD")]
    [InlineData("/triage status {0} in_review calling Boise PD")]
    [InlineData("move {0} to in-review calling Boise PD")]
    [InlineData("set {0} to in review calling Boise PD")]
    public async Task Status_moves_the_case_and_records_the_note(string form)
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);
        await _desk.AskAsync("dana", $"take {c.Id}");

        var reply = await _desk.AskAsync("dana", string.Format(System.Globalization.CultureInfo.InvariantCulture, form, c.Id));

        Assert.Equal($"{c.Id} is now in_review.", reply.Text);
        var audit = await _desk.Store.GetAuditAsync(c.Id);
        Assert.Contains(audit, e => e.Action == "status" && e.NewValue == "in_review" && e.Reason == "calling Boise PD" && e.Actor == "dana");
    }

    [Fact]
    public async Task Status_refused_by_the_workflow_names_the_allowed_moves()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.AskAsync("ana", $"status {c.Id} closed");
        var moves = await _desk.AskAsync("ana", $"status {c.Id}");
        var unknown = await _desk.AskAsync("ana", $"status {c.Id} finished");

        Assert.StartsWith($"Cannot move {c.Id} from triaged to closed; allowed:", reply.Text);
        Assert.StartsWith($"{c.Id} is triaged; it can move to", moves.Text);
        Assert.StartsWith("'finished' is not a status.", unknown.Text);
        Assert.Equal(CaseStatus.Triaged, (await _desk.GetAsync(c.Id)).Status);
    }

    [Fact]
    public async Task Status_responded_takes_what_was_produced()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);
        await _desk.AskAsync("ana", $"take {c.Id}");
        await _desk.AskAsync("ana", $"status {c.Id} in_review");

        var missing = await _desk.AskAsync("ana", $"status {c.Id} responded");
        var done = await _desk.AskAsync("ana", $"status {c.Id} responded non_content sent the subscriber records");

        Assert.StartsWith("Say what was produced", missing.Text);
        Assert.Equal($"{c.Id} is now responded.", done.Text);
        Assert.Equal(ResponseOutcome.NonContentProduced, (await _desk.GetAsync(c.Id)).Outcome);
    }

    [Theory]
    [InlineData("note {0} called the agency")]
    [InlineData("/triage note {0} called the agency")]
    [InlineData("add a note to {0}: called the agency")]
    public async Task Note_adds_to_the_audit_trail(string form)
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.AskAsync("ana", string.Format(System.Globalization.CultureInfo.InvariantCulture, form, c.Id));

        Assert.Equal($"Noted on {c.Id}.", reply.Text);
        Assert.Contains(await _desk.Store.GetAuditAsync(c.Id), e => e.Action == "note" && e.NewValue == "called the agency" && e.Actor == "ana");
    }

    [Theory]
    [InlineData("mine")]
    [InlineData("/triage mine")]
    [InlineData("my cases")]
    [InlineData("what's assigned to me")]
    public async Task Mine_lists_the_cases_held_or_submitted(string text)
    {
        var held = await _desk.OpenAsync(CommandDesk.SubpoenaText);
        await _desk.OpenAsync(CommandDesk.EmergencyText);
        await _desk.AskAsync("dana", $"take {held.Id}");

        var reply = await _desk.AskAsync("dana", text);

        Assert.Equal([held.Id], Assert.Single(reply.Cards).Facts.Select(f => f.Label));
    }

    [Theory]
    [InlineData("overdue")]
    [InlineData("/triage overdue")]
    [InlineData("what is overdue?")]
    [InlineData("show overdue cases")]
    public async Task Overdue_lists_cases_past_their_due_time(string text)
    {
        var emergency = await _desk.OpenAsync(CommandDesk.EmergencyText);
        await _desk.OpenAsync(CommandDesk.SubpoenaText);
        _desk.Time.Advance(TimeSpan.FromMinutes(30));

        var reply = await _desk.AskAsync("ana", text);

        var fact = Assert.Single(Assert.Single(reply.Cards).Facts);
        Assert.Equal(emergency.Id, fact.Label);
        Assert.EndsWith("OVERDUE", fact.Value);
    }

    [Fact]
    public async Task Overdue_with_nothing_late_says_so() =>
        Assert.Equal("Nothing is overdue.", (await _desk.AskAsync("ana", "overdue")).Text);
}
