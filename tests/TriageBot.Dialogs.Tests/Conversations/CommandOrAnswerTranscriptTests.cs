namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>While the intake waits for an answer: commands run as commands, a pasted request is recognised as
/// one, and what could be either is asked about.</summary>
public class CommandOrAnswerTranscriptTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");

    [Fact]
    public async Task A_case_command_typed_while_a_question_waits_runs_and_is_not_taken_as_the_answer()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        var answer = await t.Say("case LE-2026-00003");

        Assert.DoesNotContain("Missing: why the information", answer); // not taken as the person at risk
        Assert.Contains("Still open: Missing: the person at risk.", answer);
        var next = await t.Say("Lily Anne Hargrove, age 7");
        Assert.Contains("Missing: why the information", next);
    }

    [Fact]
    public async Task A_long_note_is_a_note_not_a_new_request()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        await t.Say("skip");
        await t.Say("skip");
        await t.Say("yes");
        await t.Say("yes");
        var note = "note LE-2026-00001 " + string.Concat(Enumerable.Repeat("Called the Boise duty sergeant, who confirmed the request and gave a callback number. ", 5));

        var reply = await t.Say(note);

        Assert.Contains("Noted on LE-2026-00001.", reply);
        Assert.DoesNotContain("Triaged:", reply);
        Assert.Contains(await t.Store.GetAuditAsync("LE-2026-00001"), e => e.Action == "note" && e.NewValue!.StartsWith("Called the Boise duty sergeant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bare_case_number_while_a_question_waits_is_asked_about_and_can_be_the_answer()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        var asked = await t.Say("2026-3");

        Assert.Contains("[card] Is “2026-3” your answer to my question, or do you want to open case 2026-3?", asked);
        var answered = await t.Press("dialog.answer", ("value", "2026-3"), ("free", "1"));
        Assert.Contains("Missing: why the information", answered);
    }

    [Fact]
    public async Task A_short_multi_line_request_pasted_while_a_question_waits_is_recognised_as_a_new_request()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        var reply = await t.Say("GRAND JURY SUBPOENA\nProduce subscriber records for @quietriver_12.\nSA Tom Park, tpark@fbi.gov");

        Assert.Contains("This looks like a new request.", reply);
    }
}
