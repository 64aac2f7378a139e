using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>Who may talk to the bot and where; several conversations, and several turns of one, at once.</summary>
public class AccessAndConcurrencyTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");

    [Fact]
    public async Task A_stranger_is_refused_politely_with_no_case_data_and_nothing_stored()
    {
        using var t = new Transcript();
        await t.Attach("", "19-emergency-suicide-chats.eml");
        await t.Say("yes");
        await t.Say("yes");

        var pasted = await t.Say(MissingChild, user: "mallory", conversation: "chat:mallory");
        var asked = await t.Say("case LE-2026-00001", user: "mallory", conversation: "chat:mallory");

        Assert.Contains("Sorry, I can only help members of the legal team", pasted);
        Assert.Equal(pasted, asked);
        Assert.DoesNotContain("LE-2026", pasted + asked);
        Assert.Null(await t.Store.Conversations.GetAsync("chat:mallory"));
        Assert.Null(await t.Store.GetAsync("LE-2026-00002"));
    }

    [Fact]
    public async Task A_group_conversation_gets_no_case_data()
    {
        using var t = new Transcript();

        var reply = await t.Say(MissingChild, conversation: "teams:group", isPrivate: false);

        Assert.Equal("bot: I only discuss cases in a private chat. Message me directly and I'll help you there.\n", reply.ReplaceLineEndings("\n"));
        Assert.Null(await t.Store.Conversations.GetAsync("teams:group"));
    }

    [Fact]
    public async Task Unknown_input_gets_a_short_help_not_silence()
    {
        using var t = new Transcript();

        Assert.Contains("Here is what you can ask me", await t.Say("hello there"));
    }

    [Fact]
    public async Task A_card_button_outside_a_dialog_goes_to_the_commands()
    {
        using var t = new Transcript();
        await t.Attach("", "19-emergency-suicide-chats.eml");
        await t.Say("yes");
        await t.Say("yes");

        var shown = await t.Press("case.show", "case", "LE-2026-00001");

        Assert.Contains("LE-2026-00001", shown);
        Assert.Contains("bot: That question is no longer open.", await t.Press("dialog.answer", "value", "yes"));
    }

    [Fact]
    public async Task Two_users_in_two_conversations_at_once_each_get_their_own_intake()
    {
        using var t = new Transcript();

        var replies = await Task.WhenAll(
            Task.Run(() => t.Say(MissingChild, user: "priya", conversation: "chat:priya")),
            Task.Run(() => t.Say(Transcript.SampleText("29-preservation-sheriff-missing-fields.txt"), user: "dana", conversation: "chat:dana")));
        await Task.WhenAll(
            Task.Run(() => t.Say("Lily Hargrove", user: "priya", conversation: "chat:priya")),
            Task.Run(() => t.Say("skip", user: "dana", conversation: "chat:dana")));

        Assert.Contains("Triaged: Emergency disclosure request", replies[0]);
        Assert.Contains("Triaged: Preservation request", replies[1]);
        Assert.NotNull(await t.Store.Conversations.GetAsync("chat:priya"));
        Assert.NotNull(await t.Store.Conversations.GetAsync("chat:dana"));
    }

    [Fact]
    public async Task Two_turns_of_one_conversation_at_once_are_handled_in_the_order_they_arrived()
    {
        using var t = new Transcript();
        var paste = new Turn { ConversationId = "chat:priya", User = new UserIdentity("chat", "priya"), Text = MissingChild };
        var answer = paste with { Text = "Lily Anne Hargrove, age 7" };

        var first = t.Send(paste);
        var second = t.Send(answer);
        var replies = await Task.WhenAll(first, second);

        Assert.Contains("Missing: the person at risk", replies[0]);
        Assert.Contains("Missing: why the information is necessary", replies[1]);
    }
}
