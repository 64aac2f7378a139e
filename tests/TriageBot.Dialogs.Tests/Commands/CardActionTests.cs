using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Commands;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Tests.Commands;

public sealed class CardActionTests : IDisposable
{
    private readonly CommandDesk _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task Take_button_takes_the_case()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var reply = await _desk.PressOneAsync("ben", CaseVerbs.Take, ("case", c.Id));

        Assert.StartsWith($"You have {c.Id} now", reply.Text);
        Assert.Equal("ben", (await _desk.GetAsync(c.Id)).Assignee);
        // The refreshed case card that channels put in place of the pressed one.
        var card = Assert.Single(reply.Cards);
        Assert.Contains("taken by", card.Title, StringComparison.Ordinal);
        Assert.Contains(" UTC", card.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_button_without_a_member_asks_whom_with_one_pick_list_of_reviewers()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.Assign, ("case", c.Id));

        var card = Assert.Single(reply.Cards);
        Assert.Equal($"Assign {c.Id} to whom?", card.Title);
        var choice = Assert.IsType<TriageBot.Dialogs.Messages.CardChoice>(card.Choice);
        Assert.Equal(["ana", "ben", "dana"], choice.Options.Select(o => o.Value));
        Assert.Equal(("member", CaseVerbs.Assign, c.Id), (choice.Key, choice.Submit.Verb, choice.Submit.Data["case"]));
        Assert.Null((await _desk.GetAsync(c.Id)).Assignee);
    }

    [Fact]
    public async Task Assign_button_with_a_member_assigns()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.Assign, ("case", c.Id), ("member", "dana"));

        Assert.Equal($"{c.Id} is now with Dana Diaz (dana) (assigned).", reply.Text);
        Assert.Equal("dana", (await _desk.GetAsync(c.Id)).Assignee);
    }

    [Fact]
    public async Task Show_button_shows_the_case_card()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.Show, ("case", c.Id));

        Assert.Equal($"{c.Id} · Subpoena · P3", Assert.Single(reply.Cards).Title);
        Assert.Contains(Assert.Single(reply.Cards).Facts, f => f.Label == "Accounts" && f.Value.Contains("@quietriver_12", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emergency_buttons_toggle_the_flag_and_record_who_did_it()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var marked = await _desk.PressOneAsync("ana", CaseVerbs.Emergency, ("case", c.Id));
        var again = await _desk.PressOneAsync("ana", CaseVerbs.Emergency, ("case", c.Id));
        var unmarked = await _desk.PressOneAsync("ana", CaseVerbs.NotEmergency, ("case", c.Id));

        Assert.StartsWith($"{c.Id} is now marked as an emergency: P0, due today 09:15 UTC.", marked.Text);
        Assert.Equal(["ana"], _desk.Pages.Paged()); // marked from a card, paged like any emergency: ana is on call
        Assert.Equal(TriageBot.Dialogs.Messages.ReplyPlacement.ReplacePressedCard, marked.Placement);
        Assert.Contains("marked an emergency by", Assert.Single(marked.Cards).Title, StringComparison.Ordinal);
        Assert.Equal($"{c.Id} is already marked as an emergency.", again.Text);
        Assert.StartsWith($"{c.Id} is no longer marked as an emergency: P3", unmarked.Text);
        Assert.Contains(await _desk.Store.GetAuditAsync(c.Id), e => e.Field == CaseFlags.Emergency && e.Reason == "marked from chat by ana");
    }

    [Fact]
    public async Task Status_button_moves_the_case()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);
        await _desk.AskAsync("ana", $"take {c.Id}");

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.Status, ("case", c.Id), ("status", "in_review"));

        Assert.Equal($"{c.Id} is now in_review.", reply.Text);
    }

    [Fact]
    public async Task Request_info_button_drafts_a_message_for_the_missing_fields_without_the_request_text()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.RequestInfo, ("case", c.Id));

        var card = Assert.Single(reply.Cards);
        var draft = Assert.Single(card.Sections).Text;
        // The intake's letter, as the guidelines word it, asks only for what is missing: "she will kill herself
        // tonight" states the nature (a threat of suicide), not why the data would prevent it.
        Assert.Contains("Why the information is necessary to prevent death or serious physical injury", draft);
        Assert.DoesNotContain("The nature of the emergency", draft);
        Assert.Contains(c.Id, draft);
        Assert.DoesNotContain("kill herself", Shown.All(reply), StringComparison.OrdinalIgnoreCase);
        var next = Assert.Single(card.Actions);
        Assert.Equal((CaseVerbs.Status, "awaiting_info"), (next.Verb, next.Data["status"]));
    }

    [Theory]
    [InlineData(CaseVerbs.Take)]
    [InlineData(CaseVerbs.Assign)]
    [InlineData(CaseVerbs.Show)]
    [InlineData(CaseVerbs.RequestInfo)]
    [InlineData(CaseVerbs.Emergency)]
    [InlineData(CaseVerbs.Status)]
    public async Task A_button_without_a_valid_case_number_changes_nothing(string verb)
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var missing = await _desk.PressOneAsync("ana", verb, ("status", "in_review"), ("member", "dana"));
        var malformed = await _desk.PressOneAsync("ana", verb, ("case", "LE-2026-00001'; drop"), ("status", "in_review"), ("member", "dana"));

        Assert.Equal("That button did not carry a valid case number, so nothing was changed.", missing.Text);
        Assert.Equal(missing.Text, malformed.Text);
        Assert.Equal(1, (await _desk.GetAsync(c.Id)).Version);
    }

    [Theory]
    [InlineData(CaseVerbs.Take, "Sorry, only reviewers can take or assign cases. Ask a reviewer or a manager.")]
    [InlineData(CaseVerbs.Assign, "Sorry, only reviewers can take or assign cases. Ask a reviewer or a manager.")]
    [InlineData(CaseVerbs.Status, "Sorry, only reviewers can change a case's status. Ask a reviewer or a manager.")]
    [InlineData(CaseVerbs.Emergency, "Sorry, only reviewers can correct a case. Ask a reviewer or a manager.")]
    [InlineData(CaseVerbs.RequestInfo, "Sorry, only reviewers can ask an agency for more information. Ask a reviewer or a manager.")]
    [InlineData(CaseVerbs.Show, "Sorry, you can see only the cases you submitted or hold. Ask a reviewer or a manager.")]
    public async Task A_forged_button_for_a_case_the_actor_may_not_touch_is_refused(string verb, string refusal)
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText, submittedBy: "ana");

        var reply = await _desk.PressOneAsync("eli", verb, ("case", c.Id), ("status", "in_review"), ("member", "eli"));

        Assert.Equal(refusal, reply.Text);
        Assert.Empty(reply.Cards);
        Assert.Equal(1, (await _desk.GetAsync(c.Id)).Version);
    }

    [Fact]
    public async Task A_button_for_a_case_that_does_not_exist_says_so()
    {
        var reply = await _desk.PressOneAsync("ana", CaseVerbs.Take, ("case", "LE-2026-99999"));

        Assert.Equal("No case LE-2026-99999.", reply.Text);
    }

    [Fact]
    public async Task A_status_button_with_a_move_the_workflow_forbids_names_the_allowed_moves()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText);

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.Status, ("case", c.Id), ("status", "closed"));

        Assert.StartsWith($"Cannot move {c.Id} from triaged to closed; allowed:", reply.Text);
        Assert.Equal(CaseStatus.Triaged, (await _desk.GetAsync(c.Id)).Status);
    }
}
