using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests.Commands;

public sealed class CommandGrammarTests
{
    [Theory]
    [InlineData("help", "help")]
    [InlineData("/triage help", "help")]
    [InlineData("/triage", "help")]
    [InlineData("What can you do?", "help")]
    [InlineData("queue", "queue")]
    [InlineData("/TRIAGE queue", "queue")]
    [InlineData("what's in the queue?", "queue")]
    [InlineData("What\u2019s in the queue?", "queue")]
    [InlineData("show me the queue", "queue")]
    [InlineData("please show the queue", "queue")]
    [InlineData("mine", "mine")]
    [InlineData("/triage mine", "mine")]
    [InlineData("my cases", "mine")]
    [InlineData("Show me my cases", "mine")]
    [InlineData("what's assigned to me?", "mine")]
    [InlineData("overdue", "overdue")]
    [InlineData("/triage overdue", "overdue")]
    [InlineData("what is overdue", "overdue")]
    [InlineData("show overdue cases", "overdue")]
    [InlineData("case LE-2026-00042", "case")]
    [InlineData("/triage case 2026-42", "case")]
    [InlineData("show case LE-2026-00042", "case")]
    [InlineData("LE-2026-00042", "case")]
    [InlineData("take LE-2026-42", "take")]
    [InlineData("/triage take 2026-42", "take")]
    [InlineData("I'll take LE-2026-00042", "take")]
    [InlineData("assign 2026-42 to dana", "assign")]
    [InlineData("/triage assign LE-2026-00042 me", "assign")]
    [InlineData("assign LE-2026-00042", "assign")]
    [InlineData("status LE-2026-00042 in_review calling Boise PD", "status")]
    [InlineData("/triage status 2026-42 closed", "status")]
    [InlineData("move LE-2026-42 to awaiting_info", "status")]
    [InlineData("status LE-2026-42", "status")]
    [InlineData("note LE-2026-42 called the agency", "note")]
    [InlineData("/triage note 2026-42 left a voicemail", "note")]
    [InlineData("add a note to LE-2026-42: they will resend", "note")]
    [InlineData("mark LE-2026-42 as emergency", "emergency")]
    [InlineData("mark LE-2026-42 not an emergency", "emergency")]
    [InlineData("request info for LE-2026-42", "request_info")]
    [InlineData("what's missing on LE-2026-42", "request_info")]
    [InlineData("stats", "stats")]
    [InlineData("/triage stats 7d", "stats")]
    [InlineData("stats for the last 7 days", "stats")]
    [InlineData("show me the statistics for the past month", "stats")]
    [InlineData("oncall", "oncall")]
    [InlineData("/triage oncall", "oncall")]
    [InlineData("who is on call", "oncall")]
    [InlineData("who's on call?", "oncall")]
    [InlineData("Who is on call right now?", "oncall")]
    [InlineData("oncall set dana", "oncall.set")]
    [InlineData("/triage oncall set dana 24h", "oncall.set")]
    [InlineData("oncall set secondary ben until 2026-03-05T09:00Z", "oncall.set")]
    [InlineData("put dana on call for 7d", "oncall.set")]
    [InlineData("export transparency 2026H1", "export")]
    [InlineData("/triage export transparency 2026h2", "export")]
    [InlineData("export the transparency report for 2026H1", "export")]
    [InlineData("remind", "remind")]
    [InlineData("/triage remind", "remind")]
    [InlineData("what's due now?", "remind")]
    [InlineData("reminders", "remind")]
    public void Reads_commands_in_plain_slash_and_natural_forms(string text, string command)
    {
        var request = CommandGrammar.Parse(text);

        Assert.NotNull(request);
        Assert.Equal(command, request.Name);
    }

    [Fact]
    public void Reads_the_arguments_a_command_names()
    {
        var assign = CommandGrammar.Parse("assign 2026-42 to dana")!;
        var status = CommandGrammar.Parse("/triage status LE-2026-00042 in_review calling Boise PD")!;
        var set = CommandGrammar.Parse("oncall set secondary ben until 2026-03-05T09:00Z")!;
        var queue = CommandGrammar.Parse("queue P0")!;

        Assert.Equal(("2026-42", "dana"), (assign.Arg("case"), assign.Arg("member")));
        Assert.Equal(("LE-2026-00042", "in_review", "calling Boise PD"), (status.Arg("case"), status.Arg("status"), status.Arg("note")));
        Assert.Equal(("secondary", "ben", "2026-03-05T09:00Z"), (set.Arg("role"), set.Arg("member"), set.Arg("until")));
        Assert.Equal("P0", queue.Arg("filter"));
    }

    [Theory]
    [InlineData("Please preserve all records for the account @harborlight_77 pending a search warrant.")]
    [InlineData("Can you check whether this subpoena is valid?")]
    [InlineData("The queue at the courthouse was long")]
    [InlineData("Statistics show that fraud is rising in Boise")]
    [InlineData("thanks")]
    [InlineData("")]
    [InlineData("   ")]
    public void Short_sentences_that_only_mention_a_command_word_are_not_commands(string text) =>
        Assert.Null(CommandGrammar.Parse(text));

    [Fact]
    public void A_long_pasted_request_is_not_a_command_even_when_it_starts_like_one()
    {
        var pasted = "status LE-2026-00042 in_review " + new string('x', 200);

        Assert.Null(CommandGrammar.Parse(pasted));
    }

    [Fact]
    public void A_message_of_several_lines_is_not_a_command() =>
        Assert.Null(CommandGrammar.Parse("queue\nGRAND JURY SUBPOENA for @quietriver_12"));

    [Theory]
    [InlineData("case.take", "take")]
    [InlineData("case.assign", "assign")]
    [InlineData("case.show", "case")]
    [InlineData("case.request_info", "request_info")]
    [InlineData("case.emergency", "emergency")]
    [InlineData("case.not_emergency", "emergency")]
    [InlineData("case.status", "status")]
    public void Reads_card_verbs_as_the_same_commands(string verb, string command)
    {
        var request = CommandGrammar.FromAction(new CardActionInvocation(verb, new Dictionary<string, string> { ["case"] = "LE-2026-00001" }));

        Assert.NotNull(request);
        Assert.Equal(command, request.Name);
        Assert.True(request.FromCard);
    }

    [Fact]
    public void Leaves_verbs_it_does_not_know_to_others() =>
        Assert.Null(CommandGrammar.FromAction(new CardActionInvocation("intake.confirm", new Dictionary<string, string>())));
}
