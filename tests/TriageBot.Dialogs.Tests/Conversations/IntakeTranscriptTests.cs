using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>The intake as a user meets it: paste or attach a request, answer the questions, get a case.</summary>
public class IntakeTranscriptTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");

    [Fact]
    public async Task A_pasted_emergency_is_opened_and_paged_at_the_first_reading_before_any_question_then_completed()
    {
        using var t = new Transcript();

        var summary = await t.Say(MissingChild);
        Assert.Contains("[card] Triaged: Emergency disclosure request (P0)", summary);
        Assert.Contains("Priority: P0 — emergency", summary);
        Assert.Contains("emergency: “", summary);
        Assert.Contains("Missing:", summary);
        var paged = summary.IndexOf("bot: This reads as P0, so I opened LE-2026-00001 and paged before asking anything. P0: Paged Lee Park (lee) on test.", StringComparison.Ordinal);
        Assert.True(paged >= 0, summary);
        Assert.True(paged < summary.IndexOf("bot: Missing: the person at risk.", StringComparison.Ordinal), "the page goes out before the first question");
        Assert.Equal(["lee"], t.Pages.Paged());
        Assert.Contains("Paging: P0: Paged Lee Park (lee) on test.", summary);

        var second = await t.Say("Lily Anne Hargrove, age 7");
        Assert.Contains("bot: Missing: why the information is necessary to prevent the harm.", second);

        var type = await t.Say("skip");
        Assert.Contains("I read this as: Emergency disclosure request. Is that the right type?", type);
        Assert.Contains("7. Emergency disclosure request", type);

        var emergency = await t.Say("yes");
        Assert.Contains("I think this is an emergency", emergency);
        Assert.Contains("(Yes -> dialog.answer value=yes)", emergency);

        var opened = await t.Say("yes");
        Assert.Contains("bot: Completed LE-2026-00001. P0: Paged Lee Park (lee) on test.", opened);
        Assert.Contains("[card] LE-2026-00001 — Emergency disclosure request", opened);
        Assert.Contains("(Assign to me -> case.take case=LE-2026-00001)", opened);
        Assert.Contains("(Assign to… -> case.assign case=LE-2026-00001)", opened);
        Assert.Contains("(Request missing info -> case.request_info case=LE-2026-00001)", opened);
        Assert.Contains("(Not an emergency -> case.not_emergency case=LE-2026-00001)", opened);
        Assert.Contains("(Open case -> case.show case=LE-2026-00001)", opened);

        Assert.Equal(["lee"], t.Pages.Paged()); // completing the case did not page again
        var page = Transcript.Render([t.Pages.Sent.Single().Message]);
        Assert.Contains("[card] P0 page: LE-2026-00001", page);
        Assert.Contains("Why:", page);
        Assert.Contains("(Acknowledge -> page.ack case=LE-2026-00001,page=", page);
        Assert.Contains("(Take case -> case.take case=LE-2026-00001)", page);
        Assert.Contains("(Open -> case.show case=LE-2026-00001)", page);

        var stored = await t.Store.GetAsync("LE-2026-00001");
        Assert.Equal(("chat", "priya"), (stored!.SourceChannel, stored.SubmittedBy));
        Assert.Equal(MissingChild.Trim(), stored.OriginalText.Trim());
        var audit = await t.Store.GetAuditAsync("LE-2026-00001");
        Assert.Contains(audit, e => e.Action == "note" && e.NewValue!.Contains("the person at risk: Lily Anne Hargrove, age 7") && e.NewValue.Contains("Not known at intake: why the information"));
        Assert.Contains(audit, e => e.Action == "page_delivered" && e.NewValue == "lee" && e.Field == "test");
        Assert.Contains(audit, e => e.Action == "page_step" && e.Field == "1" && e.NewValue == "lee");
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya"));
    }

    [Fact]
    public async Task A_correction_to_not_an_emergency_at_intake_is_recorded_and_stands_the_pages_down_in_place()
    {
        using var t = new Transcript();
        var first = await t.Attach("", "19-emergency-suicide-chats.eml");
        Assert.Contains("so I opened LE-2026-00001 and paged before asking anything", first);
        var sent = Assert.Single(t.Pages.Sent);

        await t.Say("search warrant");
        var opened = await t.Say("no");

        Assert.Contains("Completed LE-2026-00001.", opened);
        Assert.Contains("the pages were stood down", opened);
        var update = Assert.Single(t.Pages.Updates);
        Assert.Equal(sent.Result.Message, update.Message);
        Assert.Contains("stood down", update.Replacement.Text);
        Assert.Empty(update.Replacement.Cards);
        var audit = await t.Store.GetAuditAsync("LE-2026-00001");
        Assert.Contains(audit, e => e.Action == "page_stood_down" && e.Actor == "priya");
        Assert.Contains(audit, e => e.Action == "page_updated" && e.NewValue == "lee");
        t.Time.Advance(TimeSpan.FromHours(1));
        await t.Pager.RunDueAsync(CancellationToken.None);
        Assert.Single(t.Pages.Sent); // nobody else is paged
        var stored = await t.Store.GetAsync("LE-2026-00001");
        Assert.Equal(LegalProcessType.SearchWarrant, stored!.ProcessType);
        Assert.DoesNotContain("emergency", stored.Flags);
        var corrections = (await t.Store.GetAuditAsync("LE-2026-00001")).Where(e => e.Action == "corrected").ToList();
        Assert.Contains(corrections, e => e.Field == "process_type" && e.Reason == "corrected at intake");
        Assert.Contains(corrections, e => e.Field == "emergency" && e.Reason == "corrected at intake");
    }

    [Fact]
    public async Task An_attached_eml_with_nothing_missing_goes_straight_to_the_type_question()
    {
        using var t = new Transcript();

        var summary = await t.Attach("", "19-emergency-suicide-chats.eml");

        Assert.Contains("Requester: Boise Police Department", summary);
        Assert.DoesNotContain("bot: Missing:", summary);
        Assert.Contains("Is that the right type?", summary);
        await t.Press("dialog.answer", "value", "emergency");
        var opened = await t.Press("dialog.answer", "value", "yes");
        Assert.Contains("Completed LE-2026-00001. P0: Paged Lee Park (lee) on test.", opened);
        Assert.Contains("\"file\": \"19-emergency-suicide-chats.eml\"", (await t.Store.GetAsync("LE-2026-00001"))!.TriageJson.Replace("\":\"", "\": \""));
    }

    [Fact]
    public async Task An_attached_pdf_of_a_child_safety_subpoena_opens_a_P1_case_and_pages()
    {
        using var t = new Transcript();

        var summary = await t.Attach("see attached", "06-grand-jury-subpoena-ncmec.pdf");
        Assert.Contains("[card] Triaged: Subpoena (P1)", summary);
        Assert.Contains("ncmec: “", summary);
        await t.Say("yes");
        var opened = await t.Say("no");

        Assert.Contains("so I opened LE-2026-00001 and paged before asking anything", summary);
        Assert.Contains("Completed LE-2026-00001. P1: Paged Lee Park (lee) on test.", opened);
        Assert.Contains("[card] P1 page: LE-2026-00001", Transcript.Render([Assert.Single(t.Pages.Sent).Message]));
        Assert.Contains("06-grand-jury-subpoena-ncmec.pdf", (await t.Store.GetAsync("LE-2026-00001"))!.AttachmentNames);
    }

    [Fact]
    public async Task A_file_the_reader_refuses_gets_its_one_line_reason()
    {
        using var t = new Transcript();

        var reply = await t.Send(new Messages.Turn
        {
            ConversationId = "chat:priya",
            User = new Messages.UserIdentity("chat", "priya"),
            Files = [new Messages.TurnFile("request.msg", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])],
        });

        Assert.Contains("bot: I could not read request.msg: .msg (Outlook) files are not supported; save the message as .eml.", reply);
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya"));
    }

    [Fact]
    public async Task The_same_request_pasted_again_is_linked_to_the_existing_case_and_no_case_is_opened()
    {
        using var t = new Transcript();
        await t.Attach("", "19-emergency-suicide-chats.eml");
        await t.Say("yes");
        await t.Say("yes");

        var again = await t.Attach("fwd", "19-emergency-suicide-chats.eml");
        var repasted = await t.Say(File.ReadAllText(Transcript.Sample("20-emergency-missing-child.txt")));
        await t.Say("cancel");
        var child = await t.Say(MissingChild.Replace("\n", "\n\n"));

        Assert.Contains("This is already LE-2026-00001", again);
        Assert.Contains("(Open case -> case.show case=LE-2026-00001)", again);
        Assert.Contains(await t.Store.GetAuditAsync("LE-2026-00001"), e => e.Action == "duplicate_received" && e.NewValue == "chat");
        Assert.DoesNotContain("Missing:", repasted.Split("[card]")[0]);
        Assert.Contains("Triaged: Emergency", child);
        // The missing-child request was opened (and paged) at its first reading; the reformatted paste is that case.
        Assert.Contains("This is already LE-2026-00002", child);
        Assert.Null(await t.Store.GetAsync("LE-2026-00003"));
    }

    [Fact]
    public async Task An_answer_it_cannot_use_is_asked_again_with_what_is_expected_and_given_up_after_three()
    {
        using var t = new Transcript();
        await t.Attach("", "19-emergency-suicide-chats.eml");

        var first = await t.Say("maybe");
        await t.Say("dunno");
        var third = await t.Say("perhaps");

        Assert.Contains("Please pick one of the options: type its number (1–11) or its name, or `yes` to keep the one proposed.", first);
        Assert.Contains("Is that the right type?", first);
        Assert.Contains("That's 3 answers I could not use, so I'm moving on without one.", third);
        Assert.Contains("I think this is an emergency", third);
        var confirm = await t.Say("42");
        Assert.Contains("Please answer yes or no.", confirm);
        var opened = await t.Say("y");
        Assert.Equal(LegalProcessType.Emergency, (await t.Store.GetAsync("LE-2026-00001"))!.ProcessType);
        Assert.Contains("Completed LE-2026-00001", opened);
    }
}
