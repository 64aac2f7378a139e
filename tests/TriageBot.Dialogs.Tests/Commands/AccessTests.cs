using TriageBot.Cases.Model;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests.Commands;

public sealed class AccessTests : IDisposable
{
    private readonly CommandDesk _desk = new();

    public void Dispose() => _desk.Dispose();

    [Theory]
    [InlineData("teams", "AAD-ELI", null, "eli")]
    [InlineData("slack", "U0BEN", null, "ben")]
    [InlineData("chat", "Dana", null, "dana")]
    [InlineData("teams", "unknown-aad-id", "eli.eze@EXAMPLE.com", "eli")]
    [InlineData("slack", "U0NOBODY", "ana@example.com", "ana")]
    public void The_directory_finds_members_by_channel_id_then_email(string channel, string id, string? email, string member) =>
        Assert.Equal(member, _desk.Directory.Find(new UserIdentity(channel, id, Email: email))?.Id);

    [Theory]
    [InlineData("slack", "u0ben", null)] // Slack ids are exact
    [InlineData("teams", "U0BEN", null)] // another channel's id
    [InlineData("chat", "zed", "zed@example.com")]
    public void The_directory_does_not_know_strangers(string channel, string id, string? email) =>
        Assert.Null(_desk.Directory.Find(new UserIdentity(channel, id, Email: email)));

    [Fact]
    public void The_directory_reads_roles_from_the_roster()
    {
        Assert.Equal([Role.Staff], _desk.Actor("eli").Roles);
        Assert.Equal([Role.Admin], _desk.Actor("root").Roles);
        Assert.True(Permissions.Allows(_desk.Actor("root"), Permission.OnCallSet));
        Assert.False(Permissions.Allows(_desk.Actor("ana"), Permission.Stats));
    }

    [Theory]
    [InlineData("eli", "queue", "Sorry, only reviewers can see the queue. Ask a reviewer or a manager.")]
    [InlineData("eli", "overdue", "Sorry, only reviewers can see the overdue cases. Ask a reviewer or a manager.")]
    [InlineData("eli", "remind", "Sorry, only reviewers get reminders. Ask a reviewer or a manager.")]
    [InlineData("eli", "take LE-2026-00001", "Sorry, only reviewers can take or assign cases. Ask a reviewer or a manager.")]
    [InlineData("eli", "assign LE-2026-00001 dana", "Sorry, only reviewers can take or assign cases. Ask a reviewer or a manager.")]
    [InlineData("eli", "status LE-2026-00001 in_review", "Sorry, only reviewers can change a case's status. Ask a reviewer or a manager.")]
    [InlineData("eli", "mark LE-2026-00001 not an emergency", "Sorry, only reviewers can correct a case. Ask a reviewer or a manager.")]
    [InlineData("eli", "stats", "Sorry, only managers can see the statistics. Ask a manager.")]
    [InlineData("ana", "stats 7d", "Sorry, only managers can see the statistics. Ask a manager.")]
    [InlineData("ana", "export transparency 2026H1", "Sorry, only managers can export the transparency report. Ask a manager.")]
    [InlineData("ana", "oncall set ana 24h", "Sorry, only managers can change who is on call. Ask a manager.")]
    [InlineData("eli", "oncall set eli", "Sorry, only managers can change who is on call. Ask a manager.")]
    public async Task Refusals_are_polite_and_change_and_show_nothing(string who, string text, string refusal)
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText, submittedBy: "eli");

        var reply = await _desk.AskAsync(who, text);

        Assert.Equal(refusal, reply.Text);
        Assert.Empty(reply.Cards);
        var stored = await _desk.GetAsync(c.Id);
        Assert.Equal((CaseStatus.Triaged, null, 1), (stored.Status, stored.Assignee, stored.Version));
        Assert.Empty(await _desk.Store.GetOnCallOverridesAsync());
    }

    [Fact]
    public async Task Staff_see_and_note_the_cases_they_submitted()
    {
        var c = await _desk.OpenAsync(CommandDesk.SubpoenaText, submittedBy: "eli");

        var shown = await _desk.AskAsync("eli", $"case {c.Id}");
        var noted = await _desk.AskAsync("eli", $"note {c.Id} the agent called back");
        var mine = await _desk.AskAsync("eli", "my cases");

        Assert.Single(shown.Cards);
        Assert.Equal($"Noted on {c.Id}.", noted.Text);
        Assert.Equal([c.Id], Assert.Single(mine.Cards).Facts.Select(f => f.Label));
    }

    [Theory]
    [InlineData("case LE-2026-00001")]
    [InlineData("note LE-2026-00001 hello")]
    [InlineData("status LE-2026-00001")]
    [InlineData("case LE-2026-99999")] // does not exist: the same answer, so staff cannot probe for case numbers
    public async Task Staff_cannot_see_other_cases_nor_learn_whether_they_exist(string text)
    {
        await _desk.OpenAsync(CommandDesk.EmergencyText, submittedBy: "ana");

        var reply = await _desk.AskAsync("eli", text);

        Assert.Equal("Sorry, you can see only the cases you submitted or hold. Ask a reviewer or a manager.", reply.Text);
        Assert.Empty(reply.Cards);
        Assert.DoesNotContain(await _desk.Store.GetAuditAsync("LE-2026-00001"), e => e.Action == "note");
    }

    [Fact]
    public async Task Everyone_on_the_team_may_ask_who_is_on_call() =>
        Assert.StartsWith("On call now:", (await _desk.AskAsync("eli", "who is on call")).Text);

    [Fact]
    public void Help_differs_by_role()
    {
        var staff = _desk.Router.Help(_desk.Actor("eli")).Text;
        var reviewer = _desk.Router.Help(_desk.Actor("ana")).Text;
        var manager = _desk.Router.Help(_desk.Actor("mo")).Text;

        Assert.Contains("(staff)", staff);
        Assert.Contains("a case you submitted or hold", staff);
        Assert.DoesNotContain("queue", staff);
        Assert.DoesNotContain("take", staff);
        Assert.Contains("queue", reviewer);
        Assert.Contains("`status", reviewer);
        Assert.DoesNotContain("stats", reviewer);
        Assert.DoesNotContain("export", reviewer);
        Assert.Contains("stats", manager);
        Assert.Contains("export transparency", manager);
        Assert.Contains("oncall set", manager);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("/triage help")]
    [InlineData("/triage")]
    public async Task Help_command_answers_with_the_role_help(string text) =>
        Assert.Equal(_desk.Router.Help(_desk.Actor("ana")).Text, (await _desk.AskAsync("ana", text)).Text);

    [Fact]
    public async Task Case_details_are_not_shown_in_a_group_conversation()
    {
        await _desk.OpenAsync(CommandDesk.EmergencyText);

        var reply = await _desk.AskAsync("ana", "queue", isPrivate: false);

        Assert.Equal("I show case details only in a private chat: message me directly.", reply.Text);
        Assert.Empty(reply.Cards);
    }

    [Fact]
    public async Task A_pasted_request_is_left_for_intake()
    {
        var pasted = CommandDesk.SubpoenaText + "\n" + CommandDesk.EmergencyText;

        Assert.Null(await _desk.SayAsync("ana", pasted));
        Assert.Null(await _desk.SayAsync("ana", "Please preserve all records for @harborlight_77 pending a warrant."));
        Assert.Null(await _desk.Router.TryHandleAsync(new Turn
        {
            ConversationId = "chat:test",
            User = new UserIdentity("chat", "ana"),
            Text = "queue",
            Files = [new TurnFile("warrant.pdf", [1, 2, 3])],
        }, _desk.Actor("ana"), CancellationToken.None));
    }
}
