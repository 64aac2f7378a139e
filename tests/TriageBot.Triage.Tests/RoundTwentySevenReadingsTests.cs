using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 27 (blind heldout27): a consolidated city-county government mails from both places' short forms run
/// together; the desk that finds an officer is the requester's number; the government's own delayed notice gags no one;
/// what a list asks about messages decides whether contents are asked; a follow-up in the passive asks only for a
/// status; a suicide or a bomb threat told in a police force's own words states its basis; a deadline counted from an
/// undated service, a warrant's time to execute and a kidnapper's ransom hour are no deadlines that pass.</summary>
public class RoundTwentySevenReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    // A Kansas City, Kansas detective's letter, which names the county and the city on separate lines.
    private static string KansasCityLetter(string from) => $"""
        From: Det. A. Moe <{from}>
        Subject: records request - account harbor_fox_19

        Please provide the subscriber information and IP logs for the account "harbor_fox_19", under the
        warrant signed by a judge of the Wyandotte County District Court.

        Det. A. Moe
        Kansas City, Kansas Police Department
        701 N 7th St, Kansas City, KS 66101
        """;

    [Fact]
    public void A_domain_running_a_county_and_a_city_together_is_the_unified_government_the_letter_names()
    {
        var result = _engine.Triage(KansasCityLetter("amoe@wycokck.org"));

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("amoe@wycokck-gov.org")]
    [InlineData("amoe@wyandottecountykansascity.org")]
    [InlineData("amoe@wycokcpolice.com")]
    public void A_domain_dressed_up_from_the_same_places_is_still_no_proof(string from)
    {
        var result = _engine.Triage(KansasCityLetter(from));

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("If I'm on the line with the suspect, the command post desk is (602) 555-0190 and will find me.")]
    [InlineData("Out of hours, the watch commander can be paged at (602) 555-0190.")]
    public void The_desk_that_finds_the_officer_is_no_target(string line)
    {
        var result = _engine.Triage($"""
            From: Sgt. D. Aguayo <d.aguayo@phoenix.gov>
            Subject: PPD 26-2187734 - subscriber and IP for desert_rat_ritchie

            We need the subscriber information and login IP addresses for the account desert_rat_ritchie.
            Call me directly: (602) 555-0147. {line}
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@desert_rat_ritchie");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("5550190", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NOTE: the government's notice to the target is delayed 90 days under Penal Code 1546.2(b) by separate order.")]
    [InlineData("Notice to the subscriber is delayed for 90 days by separate order. (This does not restrict the provider.)")]
    public void A_delayed_notice_that_binds_only_the_government_is_no_gag_on_the_provider(string note)
    {
        var result = _engine.Triage($"""
            From: Sgt. L. Whitaker <lwhitaker@sacsheriff.com>
            Subject: SW 27-SAC-1190

            SEARCH WARRANT No. 27-SAC-1190. YOU ARE COMMANDED to search the records of the provider for the account
            "delta_breeze_ryder" and to seize subscriber information and IP logs.
            {note}
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_delayed_notice_order_on_the_provider_still_gags()
    {
        var result = _engine.Triage("""
            From: Sgt. L. Whitaker <lwhitaker@sacsheriff.com>
            Subject: SW 27-SAC-1190

            SEARCH WARRANT No. 27-SAC-1190. YOU ARE COMMANDED to search the records of the provider for the account
            "delta_breeze_ryder" and to seize subscriber information and IP logs.
            IT IS FURTHER ORDERED that notification to the subscriber shall be delayed for 90 days; the provider shall not
            disclose the existence of this warrant to the subscriber during that time.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void Every_image_and_video_file_the_account_uploaded_is_content()
    {
        var result = _engine.Triage("""
            From: SA D. Ferreira <d.ferreira@hsi.dhs.gov>
            Subject: Federal GJ subpoena - desertfox_trades

            ATTACHMENT
            For the account "desertfox_trades":
             (1) basic subscriber information per 18 U.S.C. 2703(c)(2);
             (2) copies of every image and video file the account uploaded or sent, in native format.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void Who_talked_to_whom_and_when_only_is_not_content()
    {
        var result = _engine.Triage("""
            From: Deputy R. Ostrowski <s2193@mcso.org>
            Subject: County Attorney Investigative Subpoena No. CA2027-004481

            The subpoena requests, for the account "sonoran_rides_4u":
              - subscriber and payment information;
              - login IP addresses with ports;
              - for messages sent or received: the other party's username, date and time ONLY.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void Verbs_in_brackets_qualify_the_messages_a_warrant_seizes()
    {
        var result = _engine.Triage("""
            From: Det. O. Hargreaves <ohargreaves@pbso.org>
            Subject: Search warrant 27-SW-0604-PB

            YOU ARE HEREBY COMMANDED to search the records and seize: subscriber data; IP logs;
            messages (sent, received, deleted-but-retained), voice notes, photographs and videos;
            for the account "pb_gardens_shoota".
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Following up on our search warrant served on March 18, 2027 (our case 27-118340, account \"severn_river_skipper\"). We have not received the production yet. Could you give us a status / ETA?")]
    [InlineData("Checking in on the search warrant we served on March 10 for the account severn_river_skipper. No rush from our side - I just need an ETA for the prosecutor. Nothing new attached.")]
    [InlineData("Thank you for the fast turnaround on our search warrant for the account \"severn_river_skipper\". No further action needed on your end for now.")]
    public void A_note_about_a_warrant_served_before_serves_nothing_new(string body)
    {
        var result = _engine.Triage($"""
            From: Analyst M. Beck <p99012@aacounty.org>
            Subject: RE: Search warrant - AACPD 27-118340

            {body}

            Anne Arundel County Police Department
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Theory]
    [InlineData("""
        Der Nutzer „ruhrpott_nachtschicht“ veröffentlichte ein Video, in dem ein junger Mann (geschätzt 20–25 Jahre) ankündigt, sich „heute Nacht noch“ das Leben zu nehmen.
        Zur Lokalisierung der Person bitten wir um sofortige Übermittlung der Bestandsdaten und IP-Adressen. Es besteht akute Lebensgefahr.
        """)]
    [InlineData("""
        Het account "domtoren_donder" plaatste een foto van een rugzak met zichtbare bedrading: "om 17:00 gaat hij af, spoor 5".
        Wij gaan uit van een reëel gevaar voor leven van een groot aantal reizigers. Wij verzoeken u, om de plaatser te identificeren, om verstrekking van de IP-adressen.
        """)]
    [InlineData("""
        A friend saw a post by the account velvet_static_702 showing pills. The caller says the user is a 19 y/o female.
        We believe the user is going to take a lethal quantity of medication tonight. We need the IP addresses to find her.
        """)]
    public void A_police_force_that_tells_the_danger_in_its_own_words_states_its_basis(string body)
    {
        var result = _engine.Triage($"""
            From: Kriminaldauerdienst <kdd@polizei.nrw.de>
            Subject: Eilt - Gefahr für Leib und Leben - emergency

            {body}
            """);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_count_from_a_service_the_text_does_not_date_cannot_have_passed()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA DUCES TECUM - Cause/GJ No. 1887340
            You are hereby commanded to produce the records described below to the District Attorney
            within ten (10) days of service of this subpoena.
            RECORDS: subscriber information for the account h-town_slab_king. DO NOT produce the content of any messages.
            Witness my hand this 26th day of October, 2026.
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void A_warrant_executed_within_days_sets_the_officer_a_time_when_the_records_may_come_after()
    {
        var result = _engine.Triage("""
            From: Det. P. Ruiz <pruiz@nypd.org>
            Subject: Search warrant SW 1177/2026
            Date: Mon, 26 Oct 2026 16:40:00 -0400

            SEARCH WARRANT. You are commanded to search the account "bk_lowrider_77" and seize the stored messages.
            This warrant must be executed within ten days. Records may be provided after that date.
            """);

        Assert.Null(result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_kidnappers_ransom_hour_is_no_deadline_to_answer()
    {
        var result = _engine.Triage("""
            Madrid, 31 de octubre de 2026 – 22:40 h
            ASUNTO: SOLICITUD URGENTE – RIESGO INMINENTE PARA LA VIDA – Diligencias 3318/2026

            Este Grupo investiga el secuestro de una mujer de 27 años. Los captores exigen un rescate y amenazan con
            matarla si no se paga antes de las 12:00 h del 1 de noviembre.
            Les solicitamos con la máxima urgencia los datos de registro de la cuenta cobros_urgentes_mad.
            Correo: udev.secuestros@policia.es
            """);

        Assert.Null(result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void A_count_from_receipt_runs_from_the_day_the_provider_received_it()
    {
        var result = _engine.Triage("""
            DETERMINO ao provedor de aplicação que forneça, no prazo de 5 (cinco) dias, a contar do recebimento, sob
            pena de multa diária, os registros de acesso da conta "campinas_rolezinho_".
            Campinas, 02 de novembro de 2026.
            Juiz(a) de Direito

            Ofício recebido pelo provedor em 05/11/2026.
            """);

        Assert.Equal(new DateOnly(2026, 11, 10), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_courts_time_to_disclose_runs_from_the_session_that_made_the_order()
    {
        var result = _engine.Triage("""
            IN THE 6TH JUDICIAL CIRCUIT COURT FOR THE COUNTY OF OAKLAND
            At a session of said Court held in the City of Pontiac on October 26, 2026.
            IT IS ORDERED that the provider shall within 21 days disclose to the Oakland County Sheriff's Office the
            subscriber records of the account "pontiac_ledger_9", 09/15/2026 – 10/15/2026.
            Det./Sgt. K. Marsh, Oakland County Sheriff's Office | marshk@oakgov.com
            """);

        Assert.Equal(new DateOnly(2026, 11, 16), result.Fields.ResponseDeadline);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_danger_named_beside_the_words_no_immediate_danger_is_no_page()
    {
        var result = _engine.Triage("""
            From: OPP Child Sexual Exploitation Unit <cseu.intake@opp.ca>
            Subject: Request for subscriber information - NCMEC CT 207742019

            We received NCMEC CyberTipline Report 207742019 concerning your user "muskoka_cabin_guy", and we believe a
            child in our jurisdiction may be at risk of ongoing abuse (no immediate danger is known at this time).
            We do not have a Canadian production order at this time. Would you voluntarily provide the subscriber
            information? We are not seeking any content.

            Ontario Provincial Police - Child Sexual Exploitation Unit, Orillia, ON
            """);

        Assert.False(result.Flags.Emergency);
        Assert.True(result.Flags.Ncmec);
    }

    [Theory]
    [InlineData("Our office is temporarily using this e-mail while our systems are upgraded.")]
    [InlineData("Our official email server is currently under maintenance, so please use this address.")]
    public void A_sender_who_explains_away_the_address_is_not_shown_to_be_the_agency(string excuse)
    {
        var result = _engine.Triage($"""
            From: Det. Raymond Szabo <rszabo@cityofpasadena.net>
            Subject: Chicago PD Subpoena - account windy_city_wrenches

            Please find the Chicago Police Department administrative subpoena for the account windy_city_wrenches.
            We require subscriber info and IP history. {excuse}

            Det. Raymond Szabo, Chicago Police Department - Bureau of Detectives
            """);

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("The caller (who uses the handle @desertbloom.kay on your platform) says the user is 19.", "desertbloom.kay")]
    [InlineData("Eine Zeugin (Nutzerin „lina.dortmund.98“) hat die Polizei verständigt.", "lina.dortmund.98")]
    public void The_person_who_called_the_police_is_no_target(string line, string handle)
    {
        var result = _engine.Triage($"""
            From: Det. R. Achterberg <r17734a@lvmpd.com>
            Subject: velvet_static_702 - need location NOW

            The account velvet_static_702 posted a video announcing a suicide tonight. {line}
            We need the subscriber information and IP addresses of the account velvet_static_702.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@velvet_static_702");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains(handle, StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_written_with_dots_beside_a_username_is_no_phone_number()
    {
        var result = _engine.Triage("""
            Polizeipräsidium Dortmund, Kriminaldauerdienst <kdd.dortmund@polizei.nrw.de>

            am 05.04.2027 gegen 00:55 Uhr veröffentlichte der Nutzer Ihres Dienstes mit dem Benutzernamen
            „ruhrpott_nachtschicht“ ein Video. Wir bitten um Übermittlung der Bestandsdaten.
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Kind == AccountKind.Phone);
    }

    [Theory]
    [InlineData("Proof having been made before me by Detective Sonia Ferreira, #551902, Los\nAngeles County Sheriff's Department, Special Victims Bureau, that there", "Los Angeles County Sheriff's Department")]
    [InlineData("produce the records to Assistant District Attorney Lucinda Obuya, Harris\nCounty District Attorney's Office, 1201 Franklin St., Houston, TX 77002.", "Harris County District Attorney's Office")]
    [InlineData("Affidavit having been made by Detective Oluwaseun Pino of the Palm\nBeach County Sheriff's Office, that he has reason to believe", "Palm Beach County Sheriff's Office")]
    public void A_place_a_line_wrap_cut_off_stays_in_the_agencys_name(string body, string agency)
    {
        var result = _engine.Triage($"""
            TO THE SHERIFF OF THE COUNTY, OR ANY OF HIS DEPUTIES:
            {body}
            Records for the account "harbor_fox_19": subscriber information and IP logs.
            """);

        Assert.Equal(agency, result.Fields.AgencyName);
    }

    [Theory]
    [InlineData("Ein gerichtlicher Beschluss liegt nicht vor; eine Europäische Herausgabeanordnung ist derzeit nicht beabsichtigt.")]
    [InlineData("A European Production Order is not planned at this time.")]
    public void A_European_production_order_the_letter_does_not_intend_is_not_the_paper(string sentence)
    {
        var result = _engine.Triage($"""
            Bundeskriminalamt, SO 12, 65173 Wiesbaden
            E-Mail: so12-ncmec@bka.bund.de               Datum: 30.10.2026
            Betreff: NCMEC-CyberTipline-Meldung 209955601 – Nutzerkonto "elbsandstein_onkel"

            Zur Identifizierung des Tatverdächtigen bitten wir auf freiwilliger Basis um Übermittlung der
            Bestandsdaten und IP-Adressen. {sentence}
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
    }
}
