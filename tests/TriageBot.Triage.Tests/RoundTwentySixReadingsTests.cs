using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 26: figures about the CyberTipline as a whole are statistics, about no case; a limit in hours ends
/// on the day those hours run out from the message's date, and hours around an event are data asked for; a town's
/// mailbox that signs as a state's police is not shown to be it; an agency's name leaves out the rank before it, the
/// unit after it, and a line break that cut its place off.</summary>
public class RoundTwentySixReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Según el informe público del NCMEC, su CyberTipline recibió en 2025\nmás de 20.500.000 denuncias. ¿Cuántos reportes envió su empresa al CyberTipline en 2026?")]
    [InlineData("NCMEC's CyberTipline received more than 20.5 million reports last year. How many reports did your company send to the CyberTipline in 2026?")]
    [InlineData("Le CyberTipline du NCMEC a reçu 20 millions de signalements en 2025 ; combien de signalements votre entreprise a-t-elle transmis au NCMEC ?")]
    public void Figures_about_the_CyberTipline_as_a_whole_are_no_child_safety_matter(string question)
    {
        var result = _engine.Triage($"""
            From: Research desk <estudios@example.org>
            Subject: Annual report - aggregate figures

            We are a foundation preparing our annual report on children's safety online.
            {question}
            We do not ask for any user's data or any particular case.
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.NotEqual(Priority.P1, result.Priority);
    }

    [Fact]
    public void A_CyberTipline_report_cited_by_its_number_is_still_a_child_safety_matter()
    {
        var result = _engine.Triage("""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: CyberTipline report 198 445 210 - records request

            Our ICAC unit received CyberTipline report 198445210 about the account "lakeview_kid_22". A search warrant
            follows; please preserve the account.
            """);

        Assert.True(result.Flags.Ncmec);
    }

    [Theory]
    [InlineData("Produce the records within 48 hours to this address.", 2027, 2, 10)]
    [InlineData("Bitte übermitteln Sie die Daten innerhalb von 24 Stunden.", 2027, 2, 9)]
    [InlineData("Merci de répondre dans les soixante-douze heures.", 2027, 2, 11)]
    public void A_limit_in_hours_ends_on_the_day_the_hours_run_out(string ask, int year, int month, int day)
    {
        var result = _engine.Triage($"""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: records request
            Date: Mon, 08 Feb 2027 10:15:00 -0700

            Subscriber information for the account "lakeview_kid_22" is requested.
            {ask}
            """);

        Assert.Equal(new DateOnly(year, month, day), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Hours_around_an_event_are_data_asked_for_not_a_limit()
    {
        var result = _engine.Triage("""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: records request
            Date: Mon, 08 Feb 2027 10:15:00 -0700

            Please provide the IP addresses used by the account "lakeview_kid_22" within 24 hours before the call to
            911 that reported the shooting.
            """);

        Assert.Null(result.Fields.ResponseDeadline);
    }

    [Theory]
    [InlineData("deputyclerk@townofwestfield-il.gov", true)]
    [InlineData("dana.kowalczyk@isp.illinois.gov", false)]
    [InlineData("dana.kowalczyk@isp.state.il.us", false)]
    public void A_town_mailbox_signing_as_a_state_police_is_not_shown_to_be_it(string from, bool suspicious)
    {
        var result = _engine.Triage($"""
            From: Dana Kowalczyk <{from}>
            Subject: EXIGENT - missing child - chitown_uncle_ray

            A 9 year old child is missing and believed to be with the holder of the account "chitown_uncle_ray".
            We need the subscriber details and recent IP addresses immediately.

            Special Agent Dana Kowalczyk
            Illinois State Police DCI, Zone 2
            """);

        Assert.Equal(suspicious, result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_rank_in_capitals_before_the_agency_is_not_part_of_its_name()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR
            AGENT OF THE GEORGIA BUREAU OF INVESTIGATION, AND TO EXAMPLE CHAT, INC.:
            You are commanded to search for and seize the stored messages of the account "peachtree_ghost_9".
            """);

        Assert.Equal("GEORGIA BUREAU OF INVESTIGATION", result.Fields.AgencyName);
    }

    [Fact]
    public void The_unit_after_an_agency_is_not_part_of_its_name()
    {
        var result = _engine.Triage("""
            From: Sgt. Lena Ortiz-Baptiste <lortiz@phoenix.gov>
            Subject: barricaded subject - threat to shoot hostages

            I am a sergeant with the Phoenix Police Department Special Assignments Unit. A man holding two people in an
            apartment is posting threats to shoot them from the account "desert_storm_77"; we need its IP logs now.
            """);

        Assert.Equal("Phoenix Police Department", result.Fields.AgencyName);
    }

    [Fact]
    public void An_agency_cut_by_a_line_break_is_named_in_full_where_the_text_gives_it_whole()
    {
        var result = _engine.Triage("""
            Upon the sworn complaint of Detective Halvard Moe of the King County
            Sheriff's Office, made before me this day, I find probable cause to search the account "emerald_drift".

            Affiant contact: Det. Halvard Moe, King County Sheriff's Office, 206-555-0142
            """);

        Assert.Equal("King County Sheriff's Office", result.Fields.AgencyName);
    }

    [Theory]
    [InlineData("Brynn.Moe@snoco.org", "Snohomish County Sheriff's Office - Major Crimes", "3000 Rockefeller Ave, Everett, WA 98201")]
    [InlineData("amoe@montcopa.org", "Montgomery County Detective Bureau", "P.O. Box 311, Norristown, PA 19404")]
    [InlineData("kmoe@ocsofl.com", "ORANGE COUNTY SHERIFF'S OFFICE (FL)", "Sector 3")]
    public void A_county_domain_built_from_the_start_of_its_words_is_the_agency_the_letter_names(string from, string agency, string address)
    {
        var result = _engine.Triage($"""
            From: Det. A. Moe <{from}>
            Subject: records request - account harbor_fox_19

            Please provide the subscriber information and IP logs for the account "harbor_fox_19".

            Det. A. Moe
            {agency}
            {address}
            """);

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_juvenile_found_unharmed_ends_the_emergency_quoted_below()
    {
        var result = _engine.Triage("""
            From: Sgt. Mara Quist <mquist@jaxsheriff.org>
            Subject: RE: EXIGENT - missing juvenile - lakeside_kid_04

            Thanks for the quick help overnight. The juvenile was located at 0300 at a cousin's house, unharmed,
            and is back with her family. Nothing further is needed from you.

            -----Original Message-----
            Subject: EXIGENT - missing juvenile - lakeside_kid_04
            A 12 year old girl left home with an unknown adult. We need the IP addresses for her account now.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_corrected_version_that_replaces_an_earlier_one_is_no_withdrawal()
    {
        var result = _engine.Triage("""
            From: Tpr. Ola Brandt <ola.brandt@maryland.gov>
            Subject: RE: Grand Jury Subpoena 27-GJ-0099 - CORRECTED

            Corrected subpoena below. Please disregard the one I sent last week, which had the username wrong, and
            process only this corrected one.

            GRAND JURY SUBPOENA DUCES TECUM - No. 27-GJ-0099
            You are commanded to produce before the Grand Jury on March 30, 2027 the subscriber records of the
            account "bay_bridge_runner".
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Withdrawn);
    }

    [Fact]
    public void A_follow_up_that_asks_the_status_and_sends_no_new_process_is_no_new_subpoena()
    {
        var result = _engine.Triage("""
            From: ADA Ilse Varga <ivarga@brooklynda.org>
            Subject: Status? GJ subpoena 27-0412

            Following up on the grand jury subpoena duces tecum we served on February 10 for the account
            "flatbush_mason". The return date was March 3. Can you let me know the status? We are not sending new
            process - just checking where it is.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Theory]
    [InlineData("I'm not sending a request yet, just trying to get it right the first time.")]
    [InlineData("Before I write anything up I'd like to know what you require.")]
    public void A_request_still_to_come_asks_for_nothing_and_its_contents_are_a_question(string sentence)
    {
        var result = _engine.Triage($"""
            From: Det. Rui Amaral <ramaral@cityofboise.org>
            Subject: Question - what process do you need for chat history?

            I'm a detective working a burglary series. If I want a suspect's actual chats, is a state search warrant
            good enough? {sentence}
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Konkrete Konten kann ich noch nicht nennen; es handelt sich nur um eine allgemeine Anfrage.")]
    [InlineData("Je ne peux pas encore citer de compte : il s'agit simplement d'une question générale.")]
    public void A_general_question_from_a_foreign_force_asks_for_nothing(string sentence)
    {
        var result = _engine.Triage($"""
            From: KK Jan Ebert <jan.ebert@polizei.nrw.de>
            Subject: EPOC / Auskunftsersuchen

            Haben Sie einen benannten Vertreter in der EU, an den Europäische Herausgabeanordnungen zu richten sind?
            {sentence}
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Theory]
    [InlineData("Need ALL subscriber info, IP logs and messages for the user vortex.kid.9 ASAP.")]
    [InlineData("Need subscriber info, all IP logs, and all chats on the account vortex.kid.9 ASAP.")]
    [InlineData("a. every exchange of the account with the service, in full: what the user typed and what the service wrote back.")]
    [InlineData("3. Every prompt entered by the user and every response generated.")]
    public void Contents_asked_for_in_everyday_words_are_contents(string ask)
    {
        var result = _engine.Triage($"""
            SEARCH WARRANT - ATTACHMENT B
            Records to be disclosed for the account "vortex.kid.9":
            {ask}
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void An_order_that_the_provider_not_notify_the_subscriber_is_a_gag()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT (Penal Code § 1524.2)
            You are commanded to produce the stored messages of the account "coastline_ray".
            The Court has also ordered, under Penal Code § 1546.2(b), that Example Chat not notify the subscribers or
            any other person of this warrant for a period of 90 days.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Rogamos no informen al usuario.")]
    [InlineData("Nous vous remercions également de ne pas informer l'utilisateur.")]
    public void A_plea_not_to_tell_the_user_in_a_foreign_preservation_is_no_gag(string plea)
    {
        var result = _engine.Triage($"""
            From: Punto 24/7 <gdt247@guardiacivil.es>
            Subject: Conservación de datos - cuenta bodega_sur_9

            Solicitamos la conservación durante 90 días de los datos de la cuenta «bodega_sur_9», a la espera de la
            comisión rogatoria. {plea} No solicitamos, en esta fase, la entrega de ningún dato.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_request_for_legal_assistance_told_as_sent_to_the_US_central_authority_asks_us_for_no_contents()
    {
        var result = _engine.Triage("""
            From: mr. P. de Wit <p.dewit@om.nl>
            Subject: Rechtshulpverzoek VS verzonden - account havenkraan_7

            Hierbij informeer ik u dat het Openbaar Ministerie op 5 maart 2027 een rechtshulpverzoek heeft verzonden
            aan het Office of International Affairs van het U.S. Department of Justice. Het verzoek betreft het
            account «havenkraan_7» en vraagt om abonneegegevens, IP-adressen en de inhoud van berichten.
            Dit bericht bevat zelf geen vordering tot verstrekking van gegevens.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_state_eavesdropping_warrant_is_a_wiretap()
    {
        var result = _engine.Triage("""
            The Office of the Queens County District Attorney serves herewith an EAVESDROPPING WARRANT issued pursuant
            to Article 700 of the New York Criminal Procedure Law, authorizing the recording of the electronic
            communications of the account "astoria_wave" for thirty days.
            """);

        Assert.Equal(LegalProcessType.Wiretap, result.ProcessType);
    }

    [Fact]
    public void An_amended_order_entered_beside_a_vacated_gag_is_an_order_to_answer()
    {
        var result = _engine.Triage("""
            From: AUSA Nina Holt <nina.holt@usdoj.gov>
            Subject: RE: 2703(d) Order - 1:27-ec-00044 - amended order / NDO vacated

            Following up on the 2703(d) order we served in January. First, the Court granted our motion to VACATE
            the non-disclosure provision of that order. Second, the same day the Court entered an Amended Order under
            2703(d) that adds an account: under the amended order, please produce subscriber information and IP logs
            for "ridge.parts.sales".
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
    }
}
