using TriageBot.Triage;

namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>The intake across time: conversation state saved by an earlier version, and a question left open
/// over midnight.</summary>
public class SavedStateTranscriptTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");

    /// <summary>A subpoena with no contact person or e-mail, and a deadline counted from receipt: the engine
    /// reads "today" into it.</summary>
    private const string RelativeDeadline = """
        GRAND JURY SUBPOENA
        United States District Court for the District of Oregon
        To: Custodian of Records, Northwind Labs
        YOU ARE COMMANDED to produce subscriber information and IP login records for the account @harbor_lights_77.
        Case No. GJ-2026-114
        Please produce the records within 7 days of receipt of this subpoena.
        Issued by the Grand Jury, District of Oregon.
        """;

    private static string Saved(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conversations", "SavedState", name));

    [Fact]
    public async Task A_conversation_saved_with_numbered_steps_carries_on_at_the_question_it_was_waiting_at()
    {
        using var t = new Transcript();
        await t.Say(MissingChild); // opens and pages LE-2026-00001, which the saved state completes
        var now = await t.Store.Conversations.GetAsync("chat:priya");
        // Saved by the version before named steps: at position 2, the person at risk answered, the necessity asked.
        Assert.NotNull(await t.Store.Conversations.SaveAsync("chat:priya", Saved("numbered-step-waiting-at-a-missing-field.json"), now!.Version));

        var type = await t.Say("Her life is in danger; only the account's IP logs can locate her");
        await t.Say("yes");
        var opened = await t.Say("yes");

        Assert.Contains("Is that the right type?", type);
        Assert.Contains("Completed LE-2026-00001.", opened);
        var note = (await t.Store.GetAuditAsync("LE-2026-00001")).Single(e => e.Action == "note").NewValue!;
        Assert.Contains("the person at risk: Lily Anne Hargrove, age 7", note);
        Assert.Contains("why the information is necessary to prevent the harm: Her life is in danger", note);
        Assert.Null(await t.Store.GetAsync("LE-2026-00002"));
    }

    [Fact]
    public async Task A_new_request_question_saved_at_the_top_level_by_an_earlier_version_is_still_answered()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);
        var now = await t.Store.Conversations.GetAsync("chat:priya");
        Assert.NotNull(await t.Store.Conversations.SaveAsync("chat:priya", Saved("replacement-question-at-top-level.json"), now!.Version));

        var help = await t.Say("help");
        var merged = await t.Say("no");

        Assert.Contains("This looks like a new request. Start a new intake and drop the current one?", help);
        Assert.Contains("I added that to the request and read it again.", merged);
        Assert.Contains("[card] Triaged: Emergency disclosure request (P0)", merged);
        Assert.EndsWith("bot: Missing: the person at risk. Type it, or paste more of the request (or `skip`)\n", merged.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("replacement", (await t.Store.Conversations.GetAsync("chat:priya"))!.Json);
        Assert.Null(await t.Store.GetAsync("LE-2026-00002"));
    }

    [Fact]
    public async Task A_request_pasted_before_midnight_and_answered_after_it_opens_the_case_the_card_showed()
    {
        using var t = new Transcript();
        t.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 23, 50, 0, TimeSpan.Zero));

        var card = await t.Say(RelativeDeadline);
        t.Time.Advance(TimeSpan.FromMinutes(20)); // 00:10 on Saturday 21 November
        await t.Say("SA Tom Park");
        await t.Say("tpark@fbi.gov");
        await t.Say("yes");
        var opened = await t.Say("no");

        Assert.Contains("Agency deadline: Fri 27 Nov 2026", card);
        Assert.Contains("Opened LE-2026-00001.", opened);
        var stored = (await t.Store.GetAsync("LE-2026-00001"))!;
        Assert.Equal(new DateTime(2026, 11, 27), stored.LegalDeadline?.Date);
        Assert.Contains($"[card] Triaged: Subpoena ({stored.Priority})", card);
        // Read again now, the same text would give another deadline: the case kept the reading the card showed.
        var again = new TriageEngine(new TriagePolicy(), t.Time).Triage(RelativeDeadline);
        Assert.Equal(new DateOnly(2026, 11, 28), again.Fields.ResponseDeadline);
    }

    /// <summary>Rewrites the saved conversation as a version with other names would have left it.</summary>
    private static async Task RenameInSavedStateAsync(Transcript t, string from, string to)
    {
        var saved = (await t.Store.Conversations.GetAsync("chat:priya"))!;
        Assert.Contains(from, saved.Json);
        Assert.NotNull(await t.Store.Conversations.SaveAsync("chat:priya", saved.Json.Replace(from, to, StringComparison.Ordinal), saved.Version));
    }

    [Fact]
    public async Task A_conversation_saved_at_a_step_this_version_renamed_says_so_keeps_what_was_typed_and_offers_to_start_over()
    {
        using var t = new Transcript();
        await t.Say(RelativeDeadline);
        await t.Say("SA Tom Park");
        await RenameInSavedStateAsync(t, "\"at\":\"receive-missing\"", "\"at\":\"receive-missing-answer\"");

        var told = await t.Say("tpark@fbi.gov");
        var restarted = await t.Say("yes");
        await t.Say("tpark@fbi.gov");
        await t.Say("yes");
        var opened = await t.Say("no");

        Assert.Contains("TriageBot was updated since your last message and cannot carry on with this intake where it stood. "
            + "Kept: the request you sent, your answer (contact person handling the matter). "
            + "Your last message (“tpark@fbi.gov”) was not used; give it again when asked. "
            + "Start over from the request, with your answers kept?", told);
        Assert.Contains("Here is what I read.", restarted);
        Assert.Contains("bot: Missing: official law-enforcement e-mail address.", restarted);
        Assert.DoesNotContain("Missing: contact person", restarted); // answered before the update: not asked again
        Assert.Contains("Opened LE-2026-00001.", opened);
        var stored = (await t.Store.GetAsync("LE-2026-00001"))!;
        Assert.Equal("SA Tom Park", stored.Requester.Contact);
        Assert.Equal("tpark@fbi.gov", stored.Requester.Email);
    }

    [Fact]
    public async Task Declining_to_start_over_after_an_update_keeps_the_answers_as_a_note_on_the_case_already_opened()
    {
        using var t = new Transcript();
        await t.Say(MissingChild); // opens and pages LE-2026-00001 before asking
        await t.Say("Lily Anne Hargrove, age 7");
        await RenameInSavedStateAsync(t, "\"at\":\"receive-missing\"", "\"at\":\"take-answer\"");

        var told = await t.Say("Her life is in danger");
        var stopped = await t.Say("no");

        Assert.Contains("Kept: the request you sent, your answer (the person at risk), case LE-2026-00001, opened already.", told);
        Assert.Contains("bot: Stopped. LE-2026-00001 stays open as it is; your answers are kept on it as a note.", stopped);
        var note = (await t.Store.GetAuditAsync("LE-2026-00001")).Single(e => e.Action == "note").NewValue!;
        Assert.Contains("the person at risk: Lily Anne Hargrove, age 7", note);
        Assert.False((await t.Store.Conversations.GetAsync("chat:priya")) is { } left && left.Json.Contains("\"dialogId\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conversation_saved_in_a_dialog_this_version_does_not_have_is_ended_with_a_word_not_in_silence()
    {
        using var t = new Transcript();
        await t.Say(RelativeDeadline);
        await RenameInSavedStateAsync(t, "\"dialogId\":\"intake\"", "\"dialogId\":\"intake-v0\"");

        var told = await t.Say("SA Tom Park");

        Assert.Contains("TriageBot was updated since your last message and cannot carry on with what we were doing where it stood. Please start it again", told);
    }
}
