using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 23: a foreign force that says only that "a situation of risk exists" pages, with its basis asked
/// for; its thank-you in its own language after the child was found pages no one, nor does a parent who says there is
/// no immediate danger; a trainer's questions about urgent requests ask for nothing, nor does a court's docket notice;
/// a gag only applied for under 2705(b) binds nothing, and one the sentence before names binds; the date a gag runs to
/// is no response deadline; "contrefaçon de monnaie" is a crime, not a takedown notice; a state's own 2703(d) is a
/// court order; withdrawing the content ask of "my e-mail below" keeps the subpoena served now and asks no content;
/// a letter offering the MLAT route, or one copied to the provider to answer directly, is a direct foreign request;
/// the US Attorney's Office is named with its district; a docket number is read whole and a scan's O read as zero.</summary>
public class RoundTwentyThreeReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Existe uma situação de risco. Agradece-se resposta urgente.", "pt")]
    [InlineData("Er is sprake van een risico. Graag een urgent antwoord.", "nl")]
    [InlineData("Existe una situación de riesgo que requiere respuesta inmediata.", "es")]
    [InlineData("Es besteht eine akute Gefahrenlage. Wir bitten um sofortige Antwort.", "de")]
    public void A_foreign_force_that_states_only_a_situation_of_risk_pages_and_is_asked_for_its_basis(string claim, string language)
    {
        var result = _engine.Triage($"""
            From: Brigada Digital <brigada.digital@psp.pt>
            Subject: Pedido urgente / spoedverzoek - conta "ribeira_noite"

            Conta / account / Konto: "ribeira_noite" (https://example.com/u/ribeira_noite). Identificação do titular e endereços IP.

            {claim}

            Agente Rui Falcão-Ndiaye, Tel. +351 21 555 0190
            """);

        Assert.True(result.Flags.Emergency, language);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_portuguese_thank_you_after_the_girl_was_found_pages_no_one_though_it_quotes_the_emergency()
    {
        var result = _engine.Triage("""
            From: DIC Braga <dic.braga@psp.pt>
            Subject: Agradecimento - menor localizada

            Venho agradecer a rapidez com que responderam ao nosso pedido de emergência de ontem. A jovem foi
            localizada esta manhã e está com a família. O caso de perigo está encerrado. Se o Ministério Público
            precisar de dados, seguirá o pedido formal pelos canais próprios.

            Subcomissário Tiago Almeida-Osei, Polícia de Segurança Pública

            -----Mensagem original-----
            De: DIC Braga <dic.braga@psp.pt>
            Assunto: EMERGÊNCIA - menor de 14 anos desaparecida - conta "minho_lobo"

            Solicitamos com caráter de emergência os dados de registo e IP da conta "minho_lobo", adulto que
            combinou encontrar-se com a menor esta noite.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_parent_who_says_there_is_no_immediate_danger_is_not_paged()
    {
        var result = _engine.Triage("""
            From: Paolo Ferri <paolo.ferri.to@libero.it>
            Subject: Account di mia figlia

            Buongiorno, sono il padre di una ragazza di 14 anni che usa la vostra app come "lucia_vela_to". Non c'è
            nessun pericolo immediato, vorrei solo capire con chi parla e se esiste un controllo parentale.
            Posso avere una copia dei messaggi che ha ricevuto?

            Paolo Ferri, Torino
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_trainers_questions_about_urgent_requests_ask_for_nothing()
    {
        var result = _engine.Triage("""
            From: Sgt. Julie Tremblay-Kone <julie.tremblay-kone@surete.qc.ca>
            Subject: Questions - procédure pour demandes urgentes

            Je coordonne la formation des enquêteurs de notre service. Quelques questions sur les demandes
            urgentes (danger de mort ou de blessures graves) : acceptez-vous une demande d'urgence en français?
            Quels renseignements minimaux exigez-vous?

            Il ne s'agit d'aucun dossier en particulier : aucune demande de données n'est présentée ici.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_courts_docket_notice_of_a_hearing_binds_no_gag_and_asks_for_nothing()
    {
        var result = _engine.Triage("""
            From: ECF-WAWD@wawd.uscourts.gov
            Subject: Activity in Case 2:26-mc-00318-JLR In re Application of the United States

            This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail
            because the mail box is unattended.

            Notice of Electronic Filing
            Case Name: In re Application of the United States for an Order Pursuant to 18 U.S.C. 2705(b)
            Docket Text: MINUTE ORDER setting hearing on [5] Motion to Modify Non-Disclosure Order. Hearing set for
            1/20/2027 at 10:00 AM. (This is a text-only entry; there is no document associated with this notice.)
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_2705b_application_not_yet_ruled_on_binds_no_gag()
    {
        var result = _engine.Triage("""
            From: AUSA Mara Quist <mara.quist@usdoj.gov>
            Subject: 2703(d) Order - 26-mc-40112

            Please see the attached 2703(d) order. The Government has filed a separate application under 18 U.S.C.
            2705(b) asking the Court to preclude notice to the subscriber. That application has not yet been ruled on.

            --- Attachment: order.txt ---
            ORDER. The Court, finding specific and articulable facts, ORDERS the provider to disclose subscriber
            records and login IP addresses for the account "granite_ledger" on or before January 8, 2027.
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_epoc_gag_named_in_the_sentence_before_binds_and_its_end_date_is_no_deadline()
    {
        var result = _engine.Triage("""
            From: epoc@sta-nbg.bayern.de
            Subject: EPOC - 401 Js 22871/26
            Date: Thu, 10 Dec 2026 09:14:02 +0100

            Europäische Herausgabeanordnung (EPOC), Verordnung (EU) 2023/1543
            ABSCHNITT C: Fristen
              [X] innerhalb von 10 Tagen nach Erhalt der EPOC
            Nutzer: "pegnitz_signale"; Bestandsdaten und IP-Adressen.
            ABSCHNITT G: Unterrichtung der betroffenen Person
              Die Anordnungsbehörde schiebt die Unterrichtung gemäß Art. 13 Abs. 2 auf. Der Adressat darf die
              betroffene Person bis zum 19.01.2027 nicht über die Anordnung informieren.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(2026, 12, 20), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Forged_money_in_an_epoc_pr_is_a_crime_not_a_takedown_notice()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE CONSERVATION (EPOC-PR), Règlement (UE) 2023/1543
            Autorité d'émission : Parquet de Lyon
            Comptes : « rhone_billets »
            SECTION D : Infraction : contrefaçon de monnaie (art. 442-1 du code pénal)
            SECTION F : Aucune communication de données n'est demandée à ce stade.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "EU_PRESERVATION_ORDER");
    }

    [Fact]
    public void A_pennsylvania_5743d_order_is_a_court_order()
    {
        var result = _engine.Triage("""
            IN THE COURT OF COMMON PLEAS OF DAUPHIN COUNTY, PENNSYLVANIA
            IN RE: APPLICATION FOR ORDER PURSUANT TO 18 Pa.C.S. § 5743(d)
            ORDER
            AND NOW, it is hereby ORDERED that the provider shall produce subscriber records and login IP addresses for
            the account "susquehanna_sales".
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
    }

    [Fact]
    public void Withdrawing_the_content_ask_of_my_email_below_keeps_the_subpoena_and_asks_no_content()
    {
        var result = _engine.Triage("""
            From: AUSA Ilse Brandvold <ilse.brandvold@usdoj.gov>
            Subject: RE: Grand jury subpoena 2026R00412 - prairie_lending

            Re-sending with the grand jury subpoena attached. Please disregard the request for direct message content
            in my December 2 e-mail below; the subpoena is limited to subscriber and IP records.

            > On Dec 2 I wrote: a grand jury subpoena will follow; we would like all direct messages since March.

            --- Attachment: subpoena.txt ---
            SUBPOENA TO TESTIFY BEFORE A GRAND JURY. Attachment A: subscriber name, address and IP addresses for
            "prairie_lending".
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("We would appreciate your reply by January 15, 2027. If your company requires a request through mutual legal assistance (MLAT), please let us know.")]
    [InlineData("Se ruega que remita directamente a esta Fiscalía la información solicitada, sin esperar a la tramitación por la Autoridad Central (comisión rogatoria).")]
    public void A_letter_that_offers_the_treaty_route_or_asks_directly_meanwhile_is_a_direct_foreign_request(string route)
    {
        var result = _engine.Triage($"""
            From: cyber-unit@policia.gob.es
            Subject: Request for subscriber data - account "tagus_fx"

            We are investigating an investment fraud. Please provide the registered name, e-mail address and the IP
            addresses of the last 30 logins of the account "tagus_fx".

            {route}

            Inspector Lucía Prieto-Mensah, Policía Nacional
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void The_us_attorneys_office_is_named_with_its_district_and_state()
    {
        var result = _engine.Triage("""
            From: AUSA Noor Haddad-Lind <noor.haddad-lind@usdoj.gov>
            Subject: Grand jury subpoena - "lakeview_trades"

            Attached is a grand jury subpoena for the account "lakeview_trades".

            Noor Haddad-Lind
            Assistant United States Attorney
            United States Attorney's Office for the Eastern District of Michigan
            """);

        Assert.Equal("United States Attorney's Office for the Eastern District of Michigan", result.Fields.AgencyName);
    }

    [Theory]
    [InlineData("Subject: Subpoena - Case No. 1:26-cv-40418\n\nCase No. 1:26-cv-40418-RMB (D.N.J.). Enclosed is a subpoena.", "1:26-cv-40418-RMB")]
    [InlineData("SEARCH WARRANT - No. 26-SW-O4471\n\n[cover label] Ref: Search Warrant No. 26-SW-04471", "26-SW-04471")]
    public void A_docket_number_is_read_whole_and_a_scanned_O_as_zero(string text, string reference)
    {
        var result = _engine.Triage(text);

        Assert.Equal(reference, result.Fields.CaseReference);
    }

    [Fact]
    public void An_extension_asked_days_before_the_hold_lapses_is_due_by_that_day()
    {
        var today = DateOnly.FromDateTime(EngineFixture.Now.UtcDateTime);
        var lapses = today.AddDays(3);
        var result = _engine.Triage($"""
            PLACER COUNTY SHERIFF'S OFFICE
            RE: Extension of preservation - your reference PRES-2026-0991

            We request a further 90-day preservation, under 18 U.S.C. § 2703(f)(2), of all records of the account
            "auburn_ridge_deals", which you preserved at our request. Your 90-day hold expires on or about
            {lapses:MMMM d, yyyy}.

            Det. Ana Kovacs-Reyes, (530) 555-0172, akovacs@placer.ca.gov
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
        Assert.Equal(lapses, result.Fields.PreservationHoldEnds);
        Assert.Equal(lapses, result.LegalDeadline);
        Assert.Equal(Priority.P2, result.Priority);
    }

    [Fact]
    public void A_warrants_instruction_where_to_return_it_is_no_return_of_service()
    {
        var result = _engine.Triage("""
            STATE OF WISCONSIN, CIRCUIT COURT, ROCK COUNTY
            Case No. 2026SW00771
            SEARCH WARRANT
            NOW, THEREFORE, you are commanded to serve this warrant upon the provider, which shall disclose the items
            described in Attachment B, including the contents of all messages of the account "cedar_den_88".
            BY THE COURT: /s/ Hon. R. Lindahl-Okoro, Circuit Court Judge

            Return of service and records to: SA Mira Osei-Lund, Wisconsin DOJ - DCI, Madison, WI 53703
            """);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
    }

    [Fact]
    public void A_newsletter_that_retells_emergencies_and_announces_a_webinar_pages_no_one()
    {
        var result = _engine.Triage("""
            From: Platform Counsel Digest <editors@platformcounseldigest.example>
            Subject: Issue 52: two emergency requests that went right

            Practical notes for trust & safety teams. You are receiving this because you subscribed at a conference.

            The hostage call. A deputy wrote at 3 a.m.: a man had barricaded himself with his two children and was
            posting from inside under the handle @example_standoff. The team disclosed subscriber data within minutes.

            Upcoming: Webinar, February 9: "Emergency requests and 2705(b) orders in 2026."

            Unsubscribe
            """);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_2705b_application_the_judge_has_not_yet_decided_binds_no_gag()
    {
        var result = _engine.Triage("""
            From: AUSA Lea Brandt-Owusu <lea.brandt-owusu@usdoj.gov>
            Subject: 2703(d) Order - 26 GJ 2210

            Attached is a signed order under 18 U.S.C. 2703(d). The order does NOT contain a non-disclosure provision.
            We have filed a separate application under 2705(b), which the Magistrate Judge has not yet decided.

            --- attachment: order.pdf ---
            IT IS ORDERED that the provider shall disclose subscriber records and IP addresses for "harbor_fx_desk".
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_content_ask_disregarded_and_taken_out_of_the_subpoena_is_not_asked()
    {
        var result = _engine.Triage("""
            From: Inspector Cal Moreau-Asante <cmoreau-asante@uspis.gov>
            Subject: Fwd: GJ subpoena - "keystone_prizes" (CORRECTED - subscriber only)

            Please DISREGARD that earlier e-mail's request for message content and attachments. The signed grand jury
            subpoena covers basic subscriber information only. Return date Dec 24.

            ---------- Forwarded message ---------
            Signed subpoena attached. I took out the message content items -- we'd need a warrant for those.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Goedemiddag,\n\nOp 20 november jl. hebben wij u de hieronder opgenomen vordering gestuurd met betrekking tot het\naccount \"gouda_deals\". Wij hebben tot op heden geen reactie ontvangen.\n\nKunt u mij laten weten of de vordering in behandeling is? Graag hoor ik de stand van zaken.\n\nMet vriendelijke groet,\nT. Bakker-Mensah, Politie Eenheid Den Haag\n\n---------- Oorspronkelijk bericht ----------\n> Verzocht wordt om de gebruikersgegevens en IP-logs van het account gouda_deals te verstrekken.")]
    [InlineData("Nelle prossime settimane potremmo aver bisogno di dati. Vorrei sapere se accettate richieste dirette. Al momento non vi chiediamo alcun dato.")]
    public void A_status_reminder_or_a_question_that_asks_no_data_is_no_foreign_request(string body)
    {
        var result = _engine.Triage($"""
            From: Rechercheur T. Bakker-Mensah <t.bakker-mensah@politie.nl>
            Subject: Vraag / domanda

            {body}
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
