using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 24: a foreign 24/7 (Budapest art. 29) preservation request is a foreign request with its hold's
/// clock and no MLAT advice; a Belgian investigating judge's order is foreign process and "aan- en afmelden" are log-off
/// times, not a way out of a mailing list; a letter's addressee block names the provider, not a target; harm under way
/// in plain words (cutting, pills by the handful, a trafficked minor) is its own emergency basis; a Spanish thank-you
/// after the young woman was found pages no one; a French reminder of an earlier request asks for nothing new; an
/// office that mails from its initials and its circuit's number is the office the letter names; unsent drafts are
/// content, and "content is not needed" is a refusal; a count restated in brackets ends there; a scan with a zero
/// for an O still gives its return date.</summary>
public class RoundTwentyFourReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_preservation_request_through_the_24_7_network_is_a_foreign_request_with_the_holds_clock_and_no_mlat_advice()
    {
        var result = _engine.Triage("""
            From: 24/7 Contact Point - Guardia Civil <contacto247@guardiacivil.es>
            Subject: Expedited preservation request (art. 29 Budapest Convention) - account "triana_flamenca"

            The Spanish 24/7 point of contact requests the expedited preservation, without disclosure, of the subscriber
            and traffic data of the account "triana_flamenca" for 90 days. A request for mutual legal assistance will follow.

            Cabo Lucía Morales-Obi, Unidad Central Operativa, Tel. +34 91 555 0134
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonUs);
        Assert.Contains(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_belgian_investigating_judges_order_that_asks_for_log_off_times_is_direct_foreign_process_with_no_target_in_the_addressee_block()
    {
        var result = _engine.Triage("""
            FEDERALE GERECHTELIJKE POLITIE GENT
            Regional Computer Crime Unit

            Aan: Example Chat, Inc. - Law Enforcement Response Team
            Per e-mail: legal@example.chat

            Betreft: bevel van de onderzoeksrechter (art. 88bis Sv)

            Het bevel beveelt u uiterlijk op 20 januari 2027 mee te delen, voor het account "leie_loper":
              - de identificatiegegevens;
              - de IP-adressen en tijdstippen van aan- en afmelden.
            De inhoud van communicatie valt niet onder dit bevel.

            Hoofdinspecteur Joris Vandamme-Okafor, RCCU Gent, T +32 9 555 41 20
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("legal@example.chat", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("a user is broadcasting a live video in which she is cutting her forearms and has lost a lot of blood on camera")]
    [InlineData("a female is live-streaming; she has taken a large number of tablets on camera and is losing consciousness")]
    [InlineData("a 16-year-old girl missing since Friday texted her cousin that two men say she has to work tonight or they will hurt her mother")]
    public void Harm_under_way_told_in_plain_words_is_its_own_emergency_basis(string situation)
    {
        var result = _engine.Triage($"""
            From: Sgt. Dana Okoro-Lind <dokoro-lind@cityoftulsa.org>
            Subject: URGENT - need location for user "velvet_static_918"

            Right now {situation}. We do not know who she is or where she is.
            Account: velvet_static_918. We need the subscriber information, the IP addresses of the last two hours and any
            location data for the account.

            Sgt. D. Okoro-Lind, Tulsa Police Department, (918) 555-0144
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_spanish_thank_you_after_the_young_woman_was_found_pages_no_one_though_it_quotes_the_emergency()
    {
        var result = _engine.Triage("""
            From: Sergent Núria Vidal-Mensah <nvidal@gencat.cat>
            Subject: RE: Persona desaparecida con riesgo de suicidio - cuenta "montjuic_lluna"

            Solo para informarles de que la joven fue localizada anoche. Está ingresada y fuera de peligro. Ya no
            necesitamos nada más respecto de esta cuenta.

            Núria Vidal-Mensah, Mossos d'Esquadra, Tel. +34 93 555 0418

            -----Mensaje original-----
            De: Núria Vidal-Mensah
            Asunto: Persona desaparecida con riesgo de suicidio - cuenta "montjuic_lluna"

            SOLICITUD DE EMERGENCIA. Una joven de 19 años ha publicado un mensaje de despedida. Solicitamos con urgencia
            las IP de conexión de la cuenta "montjuic_lluna".
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void A_french_reminder_of_an_earlier_request_asks_for_nothing_new()
    {
        var result = _engine.Triage("""
            From: Lieutenant Paul Ndiaye-Roux <paul.ndiaye-roux@interieur.gouv.fr>
            Subject: RE: Demande d'informations - compte "canebiere_kingz"

            Bonjour,
            Je me permets de vous relancer concernant notre demande du 14 décembre dernier, restée sans réponse à ce
            jour. Pourriez-vous m'indiquer où en est son traitement ?

            Lieutenant Paul Ndiaye-Roux, Direction interdépartementale de la police nationale des Bouches-du-Rhône

            > De : Paul Ndiaye-Roux
            > Objet : Demande d'informations - compte "canebiere_kingz"
            > Dans le cadre d'une enquête préliminaire, nous sollicitons l'identité du titulaire du compte
            > "canebiere_kingz" et le contenu des messages privés.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("sao9.org", false)]
    [InlineData("sao4.org", true)]
    public void An_office_that_mails_from_its_initials_and_its_circuits_number_is_the_office_the_letter_names(string domain, bool suspicious)
    {
        var result = _engine.Triage($"""
            OFFICE OF THE STATE ATTORNEY
            NINTH JUDICIAL CIRCUIT OF FLORIDA

            Investigative Subpoena Duces Tecum (§ 27.04, Fla. Stat.), Case No. F26-011204
            Please produce the subscriber records for the account "lake_eola_lou". This subpoena does not call for the
            contents of any communication. Return date: January 15, 2027.

            /s/ Ana Whitcombe-Diallo, Assistant State Attorney
            awhitcombe-diallo@{domain} | (407) 555-0147
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.Equal(suspicious, result.Flags.SuspiciousSender);
    }

    [Fact]
    public void Unsent_drafts_and_scheduled_messages_are_content_asked_by_subpoena()
    {
        var result = _engine.Triage("""
            SUBPOENA DUCES TECUM FOR RECORDS
            YOU ARE COMMANDED to produce before the GRAND JURY, on January 14, 2027, the following records relating to the
            user "soho_lens_lucien":
              - Subscriber information;
              - Any unsent drafts, saved-but-unpublished posts, and scheduled messages stored in the account.
            Produce to: ADA Hana Szabo-Mwangi, hszabo-mwangi@dany.nyc.gov
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void Content_said_not_to_be_needed_is_not_asked_though_the_story_tells_of_messages()
    {
        var result = _engine.Triage("""
            From: SA Mara Tolliver-Nakashima <mtolliver-nakashima@agutah.gov>
            Subject: CyberTipline 214977305 - need current IP

            The child's parents gave us her phone: in messages sent at 13:40 today he told her he will pick her up tonight.
            We ask you to disclose voluntarily the subscriber information and IP addresses of "wasatch_skater_dad".
            Content is not needed at this time - we have the child's side of the conversation.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_count_of_days_restated_in_brackets_ends_on_the_date_in_the_brackets()
    {
        var result = _engine.Triage("""
            From: ASA Rosa Achter-Nwosu <rosa.achter-nwosu@cookcountysao.org>
            Subject: Order 2703(d) - Circuit Court of Cook County
            Date: Tue, 29 Dec 2026 17:22:40 -0600

            Pursuant to 18 U.S.C. 2703(d), Example Chat, Inc. is ORDERED to disclose, for account "southside_313",
            subscriber information and IP log-in history.
            Production is due within 10 days of this order (January 8, 2027).
            """);

        Assert.Equal(new DateOnly(2027, 1, 8), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_scanned_subpoena_with_a_zero_for_an_o_still_gives_its_return_date()
    {
        var result = _engine.Triage("""
            CRIMINAL SUBPOENA DUCES TECUM (Penal Code § 1326 et seq.)
            TO: Custodian of Records, Example Chat, Inc.
            YOU ARE 0RDERED to pr0duce the following records on December 30, 2026 at
            9:00 a.m. in Dept. 107: subscriber name and IP logs for the account "echo_park_vandal".
            Records may be delivered to the clerk with a declaration of custodian (Evid. C0de §§ 1560-1561).
            Dated: December 9, 2026
            """);

        Assert.Equal(new DateOnly(2026, 12, 30), result.Fields.ResponseDeadline);
    }

    [Theory]
    [InlineData("The reporting classmate's account (kestrel.reads) and the parent are witnesses, not subjects.", "kestrel.reads")]
    [InlineData("Victim's account (do not disclose to anyone): sunflowerfield_m.", "sunflowerfield_m")]
    [InlineData("La cuenta de la madre (marisol_vk_72) es la de la víctima.", "marisol_vk_72")]
    [InlineData("Het account van de jongen (kleinemo_2014) is het slachtofferaccount.", "kleinemo_2014")]
    [InlineData("The cousin (@mari.cruz.702) forwarded us the messages; we already have them.", "mari.cruz.702")]
    [InlineData("(c) all voice notes sent by the account to the account \"silverlake_sasha\" (the complaining witness).", "silverlake_sasha")]
    public void A_handle_the_text_gives_a_victims_witnesss_or_sources_role_is_no_target(string sentence, string handle)
    {
        var result = _engine.Triage($"""
            From: Det. Ana Ruiz-Obi <aruiz-obi@lvmpd.com>
            Subject: Request for records - account "northbound_nomad"

            We request the subscriber information and IP logs of the account "northbound_nomad".
            {sentence}

            Det. Ana Ruiz-Obi, Las Vegas Metropolitan Police Department
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value.Contains("northbound_nomad", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains(handle, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_user_id_of_ten_digits_is_an_id_not_a_north_american_phone_number()
    {
        var result = _engine.Triage("""
            From: Det. Ana Ruiz-Obi <aruiz-obi@lvmpd.com>
            Subject: locate request

            The girl's account is @sunny_d_lv07 (user ID 5518820461). We need the IP addresses of its log-ins since 00:00.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "5518820461");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+15518820461");
    }

    [Fact]
    public void A_wish_not_to_notify_after_the_judge_declined_the_gag_is_no_order()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Maricopa County Superior Court
            You are commanded to produce the subscriber records and messages of the account "camelback_cartel_x".
            Note: we asked the judge for a non-disclosure order but she declined to issue one. We would still
            appreciate it if you could hold off notifying the user for as long as your policy allows.
            Det. Omar Lindqvist-Adebayo, Phoenix Police Department, olindqvist@phoenix.gov
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void Stories_and_saved_media_asked_by_an_administrative_subpoena_are_content()
    {
        var result = _engine.Triage("""
            DEA ADMINISTRATIVE SUBPOENA (21 U.S.C. 876)
            Produce for the account "bluegrass_candyman":
            1. Subscriber information and IP history 2026-09-01 to present;
            2. All stories posted, including expired stories, and all saved media in the account;
            SA Ruth Okonkwo-Hale, ruth.okonkwo-hale@dea.gov
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void The_date_a_report_was_submitted_is_no_response_deadline()
    {
        var result = _engine.Triage("""
            From: SA Leo Varga-Odhiambo <leo.varga-odhiambo@hsi.dhs.gov>
            Subject: 2703(f) preservation - acct "sunbelt_swimdad"

            Pursuant to 18 U.S.C. 2703(f), please preserve all records for the account sunbelt_swimdad, pending a warrant.
            This request is related to NCMEC CyberTipline report 216611904, which your company submitted on December 29, 2026.
            """);

        Assert.Null(result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void A_reminder_that_says_it_is_no_new_request_asks_for_nothing_though_it_names_an_eu_order()
    {
        var result = _engine.Triage("""
            From: Polizia Postale - CNAIPIC <cnaipic.cooperazione@poliziadistato.it>
            Subject: Sollecito - stato del nostro EPOC-PR del 14/12/2026

            Gentili colleghi,
            con riferimento all'ordine europeo di conservazione (EPOC-PR) trasmesso il 14 dicembre 2026 dalla Procura di
            Milano, relativo all'account "navigli_nft_club", chiediamo cortesemente conferma dell'avvenuta conservazione.
            Non si tratta di una nuova richiesta: l'ordine europeo di produzione seguirà a breve.
            Commissario Capo Arianna Dell'Oste-Mwangi
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRESERVATION_ORDER");
    }

    [Fact]
    public void A_brazilian_order_that_does_not_order_the_contents_yet_asks_for_none()
    {
        var result = _engine.Triage("""
            PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO
            Determino ao provedor que forneça, no prazo de 10 dias, os registros de acesso (IP, data, hora e porta)
            da conta "paulista_pix_premiado", de 01/07/2026 a 30/11/2026, e os e-mails e telefones vinculados.
            Não se determina, por ora, a entrega do conteúdo de comunicações privadas.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_court_commanding_that_the_provider_not_notify_for_one_year_gives_the_gag_its_end()
    {
        var result = _engine.Triage("""
            Re: Grand Jury Subpoena No. 4-27-0031 and Order under 18 U.S.C. § 2705(b)
            Also enclosed is an Order of the United States District Court, signed January 6, 2027, commanding that
            Example Chat, Inc. not notify any person of the existence of the subpoena for a period of one (1) year
            from the date of the Order. Please produce the subscriber records of "bayou_wire_kings" by January 18, 2027.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_terse_portuguese_emergency_is_read_as_portuguese()
    {
        var result = _engine.Triage("""
            From: Piquete PJ Lisboa <piquete.lisboa@pj.pt>
            Subject: Pedido urgente - perigo de vida

            Pedido urgente, perigo de vida. Solicitamos todos os dados do utilizador "tejo_noturno_77"
            (registo, e-mail, telefone, IPs) com a maior brevidade.
            Obrigado,
            Insp. Rui Fontoura-Baptista, Polícia Judiciária
            """);

        Assert.Equal("pt", result.Language);
    }

    [Fact]
    public void An_earlier_mails_content_ask_the_writer_says_was_withdrawn_is_history_below_the_subpoena_served_now()
    {
        var result = _engine.Triage("""
            From: SA Pippa Oyenuga-Strand <poyenuga-strand@gbi.ga.gov>
            Subject: FW: records - revised request with subpoena

            Following up on my e-mail below. Our DA's office told me we cannot get message content with a subpoena, so I
            withdrew that part. The attached investigative subpoena is the operative request: subscriber info and IP logs only.

            -----Original Message-----
            From: Oyenuga-Strand, Pippa
            Subject: records
            Hi - can you send me everything for @atl_westend_wraith including all DMs and photos?

            ATTACHMENT (subpoena text):
            INVESTIGATIVE SUBPOENA - O.C.G.A. § 45-15-17 - No. 2027-IS-0014
            Produce by January 26, 2027 for account atl_westend_wraith: subscriber name, e-mail, phone, IP login history.
            Contents of communications are excluded.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }
}
