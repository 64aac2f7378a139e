namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>Help, cancel, a new request, expiry and restarts in the middle of an intake.</summary>
public class InterruptionTranscriptTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");
    private static readonly string Preservation = Transcript.SampleText("29-preservation-sheriff-missing-fields.txt");

    [Fact]
    public async Task Help_mid_dialog_shows_the_help_then_asks_the_same_question_again()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        var help = await t.Say("help");

        Assert.Contains("Here is what you can ask me", help);
        Assert.Contains("bot: Type `cancel` to stop the intake. Where we were:\nbot: Missing: the person at risk. Type it, or paste more of the request (or `skip`)\n  [card] Or fill in all 2 here", help.ReplaceLineEndings("\n"));
        Assert.Contains("Missing: why the information", await t.Say("Lily Hargrove"));
    }

    [Fact]
    public async Task Cancel_ends_the_questions_but_an_emergency_opened_at_its_first_reading_stays_open_and_paged()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        var cancelled = await t.Say("cancel");
        var after = await t.Say("Lily Hargrove");

        Assert.Contains("bot: Stopped the questions; LE-2026-00001 stays open and paged.", cancelled);
        Assert.Contains("Here is what you can ask me", after);
        Assert.NotNull(await t.Store.GetAsync("LE-2026-00001"));
        Assert.Equal(["lee"], t.Pages.Paged());
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya"));
    }

    [Fact]
    public async Task A_new_request_pasted_mid_dialog_asks_first_and_yes_starts_a_new_intake()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        var question = await t.Say(Preservation);
        var restarted = await t.Say("yes");

        Assert.Contains("This looks like a new request. Start a new intake and drop the current one?", question);
        Assert.DoesNotContain("[card] Triaged", question);
        Assert.Contains("Dropped the intake in progress; starting a new one.", restarted);
        Assert.Contains("[card] Triaged: Preservation request", restarted);
    }

    [Fact]
    public async Task An_emergency_pasted_mid_dialog_is_opened_and_paged_before_the_question_about_the_intake_in_progress()
    {
        using var t = new Transcript();
        await t.Say(Preservation);

        var question = await t.Say(MissingChild);

        Assert.Contains("This new request reads as P0, so I opened LE-2026-00001 and paged before asking anything.", question);
        Assert.Contains("Go on with LE-2026-00001 now", question);
        Assert.Equal(["lee"], t.Pages.Paged());
        Assert.NotNull(await t.Store.GetAsync("LE-2026-00001"));
    }

    [Fact]
    public async Task Yes_to_an_urgent_paste_mid_dialog_completes_the_case_it_opened_without_opening_a_duplicate()
    {
        using var t = new Transcript();
        await t.Say(Preservation);
        await t.Say(MissingChild);

        var switched = await t.Say("yes");

        Assert.Contains("Dropped the intake in progress; the questions now complete LE-2026-00001.", switched);
        Assert.DoesNotContain("already LE-2026-00001", switched);
        Assert.Contains("Missing: the person at risk.", switched);
        Assert.Null(await t.Store.GetAsync("LE-2026-00002"));
    }

    [Fact]
    public async Task No_to_an_urgent_paste_mid_dialog_keeps_the_intake_in_progress_and_the_paged_case()
    {
        using var t = new Transcript();
        await t.Say(Preservation);
        await t.Say(MissingChild);

        var kept = await t.Say("no");

        Assert.Contains("Kept the intake in progress; LE-2026-00001 stays open and paged.", kept);
        Assert.DoesNotContain("I added that to the request", kept);
        Assert.Equal(["lee"], t.Pages.Paged());
    }

    [Fact]
    public async Task Answering_no_to_a_new_request_adds_the_text_to_the_request_in_progress()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        var more = await t.Say("Further to my request above:\nWHO IS IN DANGER: Lily Anne HARGROVE, female, age 7, abducted from Albany, Oregon.\nNECESSITY: the information is necessary to prevent serious physical injury to the child; without the IP addresses we cannot locate her or the suspect.");
        Assert.Contains("Start a new intake and drop the current one?", more);

        var merged = await t.Say("no");

        Assert.Contains("I added that to the request and read it again.", merged);
        Assert.Contains("[card] Triaged: Emergency disclosure request", merged);
    }

    [Fact]
    public async Task A_dialog_resumes_after_a_restart_on_the_same_database()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        await t.Say("Lily Anne Hargrove, age 7");

        t.Restart();
        var resumed = await t.Say("Her life is in danger; only the account's IP logs can locate her");
        await t.Say("yes");
        var opened = await t.Say("yes");

        Assert.Contains("Is that the right type?", resumed);
        Assert.Contains("Completed LE-2026-00001. P0: Paged Lee Park (lee) on test.", opened);
        var note = (await t.Store.GetAuditAsync("LE-2026-00001")).Single(e => e.Action == "note").NewValue!;
        Assert.Contains("the person at risk: Lily Anne Hargrove, age 7", note);
        Assert.Contains("why the information is necessary to prevent the harm: Her life is in danger", note);
    }

    [Fact]
    public async Task A_dialog_left_unanswered_for_a_day_is_dropped_with_a_note_on_the_next_turn()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        t.Time.Advance(TimeSpan.FromHours(25));

        var next = await t.Say("Lily Hargrove");

        Assert.StartsWith("bot: I dropped the intake you started 25 h ago: it had no answer for over 24 h.", next);
        Assert.Contains("Here is what you can ask me", next);
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya"));
    }

    [Fact]
    public async Task The_sweep_forgets_conversations_untouched_for_a_week_and_keeps_recent_ones()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        t.Time.Advance(TimeSpan.FromDays(6));

        Assert.Equal(0, await t.Bot.SweepAsync(CancellationToken.None));
        Assert.NotNull(await t.Store.Conversations.GetAsync("chat:priya"));

        t.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await t.Bot.SweepAsync(CancellationToken.None));
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya"));
    }

    [Fact]
    public async Task A_dialog_answered_within_the_day_carries_on()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        t.Time.Advance(TimeSpan.FromHours(23));

        Assert.Contains("Missing: why the information", await t.Say("Lily Hargrove"));
    }
}
