using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>The intake's missing fields offered as one form beside the one-at-a-time question: a form sent fills
/// every usable answer at once, a refused value comes back as typed with why, and a form nobody asked for is
/// refused.</summary>
public class MissingFieldsFormTranscriptTests
{
    /// <summary>A subpoena with no contact person, e-mail or agency reference.</summary>
    private const string Subpoena = """
        GRAND JURY SUBPOENA
        United States District Court for the District of Oregon
        To: Custodian of Records, Northwind Labs
        YOU ARE COMMANDED to produce subscriber information and IP login records for the account @harbor_lights_77.
        Please produce the records by December 18, 2026.
        Issued by the Grand Jury, District of Oregon.
        """;

    private static Task<string> Submit(Transcript t, params (string Key, string Value)[] values) => t.Press(DialogVerbs.Submit, values);

    [Fact]
    public async Task Every_missing_field_is_offered_in_one_form_beside_the_first_question()
    {
        using var t = new Transcript();

        var asked = (await t.Say(Subpoena)).ReplaceLineEndings("\n");

        Assert.Contains("bot: Missing: contact person handling the matter. Type it, or paste more of the request (or `skip`)\n"
            + "  [card] Or fill in all 3 here, as many as you have\n"
            + "    [form -> dialog.submit, in the card]:\n"
            + "      Contact person handling the matter *\n"
            + "      Official law-enforcement e-mail address * (Email)\n"
            + "      Agency case / reference number\n", asked);
    }

    [Fact]
    public async Task A_submitted_form_fills_every_field_at_once_and_the_case_opens_with_them()
    {
        using var t = new Transcript();
        await t.Say(Subpoena);

        var filled = await Submit(t, ("contactPerson", "SA Tom Park"), ("email", "TPark@fbi.gov"), ("caseReference", "GJ-2026-114"));
        await t.Say("yes");
        var opened = await t.Say("no");

        Assert.Contains("bot: Saved 3 answers from the form.", filled);
        Assert.Contains("Is that the right type?", filled);
        Assert.Contains("Opened LE-2026-00001.", opened);
        var stored = (await t.Store.GetAsync("LE-2026-00001"))!;
        Assert.Equal("SA Tom Park", stored.Requester.Contact);
        Assert.Equal("tpark@fbi.gov", stored.Requester.Email);
        Assert.Equal("GJ-2026-114", stored.AgencyReference, ignoreCase: true); // kept normalised for matching
        var note = (await t.Store.GetAuditAsync("LE-2026-00001")).Single(e => e.Action == "note").NewValue!;
        Assert.Contains("contact person handling the matter: SA Tom Park", note);
        Assert.Contains("agency case / reference number: GJ-2026-114", note);
    }

    [Fact]
    public async Task A_bad_e_mail_in_the_form_is_refused_with_why_and_offered_again_as_typed_while_the_good_values_are_kept()
    {
        using var t = new Transcript();
        await t.Say(Subpoena);

        var partly = (await Submit(t, ("contactPerson", "SA Tom Park"), ("email", "tpark at fbi"))).ReplaceLineEndings("\n");

        Assert.Contains("bot: Saved 1 answer from the form. Not saved: official law-enforcement e-mail address: “tpark at fbi” is not an e-mail address (name@agency.gov). Correct it below.", partly);
        Assert.Contains("bot: Missing: official law-enforcement e-mail address.", partly);
        Assert.Contains("      Official law-enforcement e-mail address * (Email) = “tpark at fbi” (“tpark at fbi” is not an e-mail address (name@agency.gov).)\n", partly);
        Assert.DoesNotContain("Contact person handling the matter", partly);

        // Typing one at a time still works beside the form.
        var next = await t.Say("tpark@fbi.gov");
        Assert.Contains("bot: Missing: agency case / reference number.", next);
        Assert.DoesNotContain("[form", next); // one field left: the question alone
        await t.Say("skip");
        await t.Say("yes");
        await t.Say("no");
        var stored = (await t.Store.GetAsync("LE-2026-00001"))!;
        Assert.Equal(("SA Tom Park", "tpark@fbi.gov"), (stored.Requester.Contact, stored.Requester.Email));
    }

    [Fact]
    public async Task A_form_sent_empty_is_asked_again_as_a_form()
    {
        using var t = new Transcript();
        await t.Say(Subpoena);

        var again = await Submit(t);

        Assert.StartsWith("bot: Missing: contact person handling the matter.", again);
        Assert.Contains("[form -> dialog.submit, in the card]:", again);
        Assert.Null(await t.Store.GetAsync("LE-2026-00001"));
    }

    [Fact]
    public async Task A_form_sent_by_a_member_whose_roles_do_not_allow_intake_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-form-roles-");
        try
        {
            using var services = Transcript.Core(folder.FullName, new FakeTimeProvider(Transcript.Start), cases => cases.Team = [new TeamMember { Id = "guest", Name = "A guest" }]);
            var bot = services.GetRequiredService<ConversationBot>();

            var replies = await bot.HandleAsync(new Turn
            {
                ConversationId = "chat:guest",
                User = new UserIdentity("chat", "guest"),
                Action = new CardActionInvocation(DialogVerbs.Submit, new Dictionary<string, string> { ["contactPerson"] = "A guest" }),
            }, CancellationToken.None);

            Assert.Equal("Sorry, only members of the legal team can submit requests.", Assert.Single(replies).Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_form_sent_when_none_is_open_or_by_a_stranger_changes_nothing()
    {
        using var t = new Transcript();
        await t.Say(Subpoena);
        await Submit(t, ("contactPerson", "SA Tom Park"), ("email", "tpark@fbi.gov"), ("caseReference", "GJ-2026-114"));

        var stale = await Submit(t, ("contactPerson", "Somebody Else"));
        var stranger = await t.Send(new Turn
        {
            ConversationId = "chat:priya",
            User = new UserIdentity("chat", "mallory"),
            Action = new CardActionInvocation(DialogVerbs.Submit, new Dictionary<string, string> { ["contactPerson"] = "Mallory" }),
        });
        await t.Say("yes");
        await t.Say("no");

        Assert.StartsWith("bot: That form is no longer open.", stale);
        Assert.Contains("Is that the right type?", stale);
        Assert.Contains("I don't recognise you", stranger);
        Assert.Equal("SA Tom Park", (await t.Store.GetAsync("LE-2026-00001"))!.Requester.Contact);
    }
}
