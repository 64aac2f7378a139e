using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 21: a vendor's offer to book a demo is a sales pitch whatever emergencies it names; a thank-you that
/// recalls a running gag and says nothing more is needed holds no new gag; photos listed among the data asked for are
/// content, and contents the writer says it does not need are not; a court named by its ordinal is named whole; an
/// Italian decree's own no-notice clause is a gag; pills taken to die are a situation; a foreign letter that says no
/// MLA request has been made yet is the authority writing directly; a filing stamp dates the order; names listed under
/// "records of:" or "the facilities:" are targets, and the person named to be contacted at an address is not; "Antwort
/// bis" a date, and a count of days followed by where to send the answer, set the deadline; a warrant that seizes "all
/// content" asks for content.</summary>
public class RoundTwentyOneReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_vendor_pitch_about_fake_emergency_requests_pages_no_one_and_is_not_an_impostor()
    {
        var result = _engine.Triage("""
            From: Kestrel Verify <sales@kestrelverify.example.io>
            Subject: 30% of emergency data requests are fake - is your team ready?

            Last quarter about 30% of the emergency disclosure requests we screened failed secondary verification.
            Criminals now use look-alike domains to pose as detectives.
            Kestrel Verify checks every requester against a sourced list of law-enforcement domains, in under 4 minutes.
            Book a 20-minute demo: kestrelverify.example.io/demo
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_thank_you_that_recalls_a_running_gag_and_needs_nothing_more_raises_no_gag()
    {
        var result = _engine.Triage("""
            From: SA Priya Cole <pcole@fbi.gov>
            Subject: RE: Your ref LE-2026-118204 - production received, thank you

            Confirming receipt of the production for lakeview_ledger under your reference LE-2026-118204. As a
            reminder, the 2705(b) order issued with the warrant remains in effect until March 1, 2027, so please
            continue to hold off on user notice until then. No further action is needed from you at this time.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void Photos_listed_among_the_data_asked_for_are_content()
    {
        var result = _engine.Triage("""
            Enclosed: search warrant issued 12/01/2026 by the 207th District Court, Comal County.
            Account: hill_country_drifter
            Requested: stored location history, photos with metadata, and subscriber records.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.StartsWith("207th District Court", result.Fields.IssuingAuthority);
    }

    [Fact]
    public void Profile_photos_alone_are_not_content()
    {
        var result = _engine.Triage("""
            Grand jury subpoena. Produce for the account "hill_country_drifter": subscriber name, e-mail, profile photos,
            and IP logs.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Contents_the_writer_says_it_does_not_need_are_not_asked()
    {
        var result = _engine.Triage("""
            From: DRCC <drcc.sp@pf.gov.br>
            Subject: URGENTE - ameaça de ataque em escola

            O perfil "tiro_certo_campinas" anunciou um ataque armado à escola amanhã. Para evitar risco concreto à vida
            de alunos, solicitamos: dados cadastrais e registros de acesso dos últimos 7 dias. Não há necessidade,
            neste momento, do conteúdo de mensagens.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void An_Italian_decrees_own_no_notice_clause_is_a_gag()
    {
        var result = _engine.Triage("""
            DECRETO DI ACQUISIZIONE DI DATI (art. 132 D.Lgs. 196/2003)
            Il Pubblico Ministero ORDINA alla società Example Platform di trasmettere, entro 10 giorni dalla notifica, i
            dati anagrafici dell'utente "vesuvio_ricatto" e i log di accesso.

            Si dispone che della presente non sia data notizia all'utente.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void The_same_words_as_a_plea_without_an_order_are_no_gag()
    {
        var result = _engine.Triage("""
            Polizia Postale - richiesta di dati dell'utente "vesuvio_ricatto".
            Vi preghiamo di non dare notizia all'utente della presente richiesta.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_user_who_took_pills_to_die_is_a_situation_that_states_its_own_basis()
    {
        var result = _engine.Triage("""
            POLIZIA DI STATO - Polizia Postale, Sala operativa H24
            OGGETTO: Richiesta urgente di dati – pericolo di vita imminente.
            Alle ore 03:25 l'utente "navigli_senza_ritorno" ha pubblicato un video in cui dichiara di aver ingerito
            farmaci e di volersi lasciar morire; la persona non è identificata né localizzata. Si chiede di fornire con
            la massima urgenza indirizzi IP, numero di telefono ed e-mail associati all'account.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_foreign_letter_that_says_no_MLA_request_has_been_made_is_direct_process()
    {
        var result = _engine.Triage("""
            From: CEOP Referrals <ceop.referrals@nca.gov.uk>
            Subject: Request for subscriber information

            As no Mutual Legal Assistance request has yet been made, we ask you to voluntarily disclose subscriber
            details and IP login history for the account "thames_tutor_lee". This is not an Overseas Production Order.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.DoesNotContain(result.Findings, f => f.Code == "CLOUD_ACT_AGREEMENT");
    }

    [Fact]
    public void A_courts_filing_stamp_dates_the_order_a_count_of_days_runs_from()
    {
        var result = _engine.Triage("""
            Case 2:26-mj-03317  Document 2  Filed 11/24/26  Page 1 of 3
            ORDER
            Example Platform shall, within fourteen days of the date of this Order, disclose the records for "copper_cards".
            """);

        Assert.Equal(new DateOnly(2026, 12, 8), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Names_listed_under_what_the_paper_covers_are_targets()
    {
        var result = _engine.Triage("""
            Attached is a Denver County Court subpoena (DPD case
            26-551902) for records of:
              - mile_high_parts_plug
              - desert_parts_303
            Subscriber info and login IPs from 2026-05-01 to present.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value.TrimStart('@') == "mile_high_parts_plug");
        Assert.Contains(result.Fields.Accounts, a => a.Value.TrimStart('@') == "desert_parts_303");
    }

    [Fact]
    public void The_person_named_to_be_contacted_at_an_address_is_no_target()
    {
        var result = _engine.Triage("""
            The subpoena calls for documents identifying the holders of the accounts "qlln_shortseller" and
            "biotech_bear_42" (subscriber names, e-mail addresses and IP logs).

            Please contact Jonah Ashby at jashby@ashbycrane.example.com or (302) 555-0190.
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "jashby@ashbycrane.example.com");
        Assert.Contains(result.Fields.Accounts, a => a.Value.TrimStart('@') == "qlln_shortseller");
    }

    [Fact]
    public void A_German_plea_for_an_answer_by_a_date_sets_the_deadline()
    {
        var result = _engine.Triage("""
            Polizeipräsidium Essen, KK 25
            Im Ermittlungsverfahren der Staatsanwaltschaft Essen, Az. 610 UJs 1177/26, bitte ich um Auskunft über die
            Bestandsdaten zu folgender Kennung: ruhrpott_schnaeppchen.
            Um Antwort bis 31.12.2026 wird gebeten.
            """);

        Assert.Equal(new DateOnly(2026, 12, 31), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_of_days_followed_by_where_to_answer_runs_from_the_letters_date()
    {
        var result = _engine.Triage("""
            RÉQUISITION JUDICIAIRE (Articles 60-1 et 60-2 du Code de procédure pénale)
            Requérons la société Example Provider Inc. de nous communiquer, pour le compte « garonne_arnaques33 »,
            l'identité déclarée et les adresses IP de connexion.
            Réponse souhaitée sous 15 jours à : cyber-gironde@interieur.gouv.fr (tél. 05 56 55 50 44).
            Fait à Bordeaux, le 03/12/2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 18), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_warrant_that_seizes_all_content_asks_for_content()
    {
        var result = _engine.Triage("""
            SEARCH AND SEIZURE WARRANT
            You are commanded to search and seize all content, messages, files and subscriber records for fenway_faded,
            01/01/2026-present.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Please remove all content posted by the account \"x_y\" under the DMCA.")]
    [InlineData("This subpoena does not require production of any content. Produce subscriber records for \"x_y\".")]
    [InlineData("Produce all non-content records for the account \"x_y\".")]
    public void All_content_removed_refused_or_non_content_is_not_asked(string text)
    {
        Assert.False(_engine.Triage(text).Flags.ContentRequested);
    }
}
