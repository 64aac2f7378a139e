using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 22: a report that an emergency is over (a thank-you, "situation resolved", a colleague closing the
/// ticket above the quoted request) pages no one, while an emergency that waits "until the situation is resolved" still
/// does; a seller asking for minutes for a demo is marketing; what a user typed or kept (prompts, queries, drafts), "the
/// whole of the conversations", scanned "cornunicações" and "all content and non-content records" are content, and
/// content that "should not be provided" is not; a warrant attached below a covering note's "Please note:" is read as a
/// paper of its own; a phrase wrapped across quoted lines is read whole; withdrawing an earlier mail's ask keeps the
/// order served now; the Dutch police sign with their regional unit.</summary>
public class RoundTwentyTwoReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_thank_you_after_a_child_was_found_pages_no_one()
    {
        var result = _engine.Triage("""
            From: Sgt. Dana Whitlock <dwhitlock@boise.gov>
            Subject: Thank you - missing girl located

            Thanks to your reviewer's quick answer to our emergency request on Tuesday (our case 26-88121), officers
            found the 12-year-old within the hour. She is safe and back with her mother. We will serve a warrant for the
            rest of the records through the usual channel. No action needed now.

            Sgt. Dana Whitlock, Boise Police Department, (208) 555-0131
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_situation_resolved_update_closes_the_emergency_without_a_page()
    {
        var result = _engine.Triage("""
            From: Ofc. Lena Marsh <lena.marsh@tempe.gov>
            Subject: RE: EMERGENCY DISCLOSURE REQUEST - desert.finch - RESOLVED

            Update on the emergency request we sent last night for "desert.finch": situation resolved. The subject was
            located by patrol at 05:10 and is safe. No further disclosure is needed; please treat our request as closed.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_colleagues_closing_note_above_the_quoted_emergency_pages_no_one()
    {
        var result = _engine.Triage("""
            From: Omar Reyes <oreyes@lumenchat.example>
            Subject: FW: EMERGENCY DISCLOSURE REQUEST - HPD 26-4471 [closed]

            FYI for the file - HPD closed out the barricade EDR. The suspect surrendered at 06:00 and the hostages were
            released unharmed. Nothing further owed.

            > From: Lt. Grace Ubeda <gubeda@houstontx.gov>
            > Subject: EMERGENCY DISCLOSURE REQUEST - HPD 26-4471
            >
            > EMERGENCY - DANGER OF DEATH. Armed suspect holding two hostages, negotiating through the account
            > "bayou.static". Need subscriber info and last IP addresses now.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void An_emergency_that_lasts_until_the_situation_is_resolved_still_pages()
    {
        var result = _engine.Triage("""
            From: Lt. Grace Ubeda <gubeda@houstontx.gov>
            Subject: EMERGENCY DISCLOSURE REQUEST - HPD 26-4471

            EMERGENCY - DANGER OF DEATH. An armed suspect is holding two hostages and negotiating through the account
            "bayou.static". Please keep this line open until the situation is resolved. We need subscriber information
            and the last IP addresses now.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_seller_asking_for_minutes_for_a_demo_is_marketing()
    {
        var result = _engine.Triage("""
            From: Jordan Pell <jordan.pell@verifyleo.example>
            Subject: Cut emergency request fraud by 90% - quick demo?

            VerifyLEO flags forged emergency data requests in under 60 seconds and checks every requester against 18,000
            agencies. Would you have 20 minutes next week for a demo?

            Jordan Pell | Enterprise Sales, VerifyLEO
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void Prompt_history_queries_and_saved_drafts_are_content()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT FOR ELECTRONIC RECORDS - Circuit Court, Miami-Dade County
            You are commanded to search for and seize, for account "biscayne_nocturne":
             - the search and prornpt history of the account, including queries entered and responses generated;
             - saved drafts, notes and projects;
             - account registration and IP information.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Nous requérons la communication de l'intégralité des conversations, fichiers télé-\nversés et contenus générés par ce compte sur la période.")]
    [InlineData("Determino o fornecimento de: a) dados cadastrais; b) registros de acesso; c) o conteúdo das cornunicações privadas armazenadas no mesmo período.")]
    public void The_whole_of_an_accounts_conversations_is_content_in_every_wording(string ask)
    {
        var result = _engine.Triage($"""
            Compte / conta visé(e): "lumen_target_77"
            {ask}
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void All_content_and_non_content_records_asks_for_content()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT   File No. 27-SW-26-9912
            Upon probable cause shown, Lumenchat Inc. is directed to produce within fifteen (15) days all content and
            non-content records for the account "harbor.lantern", 01/01/2026 to present.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_warrant_attached_below_a_please_note_paragraph_is_read_as_a_paper_of_its_own()
    {
        var result = _engine.Triage("""
            From: SA Rose Whitfield <rose.whitfield@hsi.dhs.gov>
            Subject: Search warrant 26-mj-6631

            Attached is a federal search warrant for the account "fenway_faded". Production within 10 days of service.

            Please note: an application under 18 U.S.C. 2705(b) is pending; we would ask you to hold any user notice
            until the ruling.

            SA Rose Whitfield, HSI Boston, (617) 555-0147

            --- Attachment: SW_26-mj-6631.txt ---
            SEARCH AND SEIZURE WARRANT ... all content, messages, files and subscriber records for fenway_faded ...
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_phrase_wrapped_across_quoted_lines_is_read_whole()
    {
        var result = _engine.Triage("""
            Thanks - confirming the account identifier below is correct.

            Det. Mina Brody, Fairfax County Police Department, (703) 555-0168

            On Mon, Dec 7, 2026 at 10:04 AM Lumenchat LERS <lers@lumenchat.example> wrote:
            > Detective, we could not locate the account. Can you confirm?
            >
            >> On Fri, Dec 4, 2026 Mina Brody wrote:
            >> Attached: search warrant issued by the Circuit Court of Fairfax County (CR26-004418) for all stored
            >> content and records of Lumenchat user "nova.halcyon.y", 06/01/2026-present.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void Withdrawing_an_earlier_mails_ask_keeps_the_order_served_now()
    {
        var result = _engine.Triage("""
            Subject: RE: Request - riverbend_atlas - 2703(d) order attached

            Per our call, the original request from last month (quoted below) is superseded. The attached 2703(d) order
            is limited to non-content records ONLY (subscriber info, IP logs) for "riverbend_atlas". Please disregard the
            message request in my earlier e-mail. Due by January 11, 2027.

            > We will be seeking an order for all messages and uploaded images for riverbend_atlas.
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Content_that_should_not_be_provided_is_not_asked()
    {
        var result = _engine.Triage("""
            NATIONAL SECURITY LETTER
            Pursuant to 18 U.S.C. 2709 you are directed to provide the name, address, length of service and toll billing
            records associated with account ID 8812004577. Subject lines of e-mails and message content are content
            information and should not be provided.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void The_dutch_police_sign_with_their_regional_unit()
    {
        var result = _engine.Triage("""
            POLITIE EENHEID ROTTERDAM
            Team Digitale Opsporing

            Vordering verstrekking gegevens (art. 126nd Sv) betreffende het account "maas_nachtuil".
            """);

        Assert.Equal("Politie Eenheid Rotterdam", result.Fields.AgencyName);
    }

    [Theory]
    [InlineData("bitten wir um Auskunft über die Bestandsdaten des Nutzerkontos \"isarflimmern\" (Kontoinhaber, E-Mail-Adresse).", "isarflimmern")]
    [InlineData("bittet um vorläufige Sicherung sämtlicher Bestands- und Verkehrsdaten des Kontos \"neckarnebel\" ab 01.09.2026.", "neckarnebel")]
    [InlineData("nous requérons les données d'identification du compte \"loire_veilleur\".", "loire_veilleur")]
    public void A_quoted_name_after_the_word_for_account_is_a_target_in_every_language(string sentence, string account)
    {
        var result = _engine.Triage($"""
            Ermittlungsverfahren / procédure 251 Js 188204/26
            {sentence}
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value.TrimStart('@') == account);
    }

    [Fact]
    public void All_content_and_non_content_records_on_one_line_asks_for_content_and_its_gag_binds()
    {
        var result = _engine.Triage("""
            STATE OF MINNESOTA, DISTRICT COURT, COUNTY OF HENNEPIN
            SEARCH WARRANT   File No. 27-SW-26-9990
            ... Lumenchat Inc. is directed to produce within fifteen (15) days all content and non-content records for "lake_lantern".
            IT IS FURTHER ORDERED that Lumenchat Inc. not disclose the existence of this warrant to the account holder
            or any other person until otherwise ordered by this Court.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("The court also ordered that VellumChat not disclose the warrant to any person until further order of the court.")]
    [InlineData("The order directs that the existence of the device not be disclosed to the subscriber (N.J.S.A. 2A:156A-29(e)).")]
    public void A_gag_told_in_the_third_person_or_the_passive_binds(string sentence)
    {
        var result = _engine.Triage($"""
            Attached is the order signed today for the account "cove_charter_22".
            {sentence}
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
