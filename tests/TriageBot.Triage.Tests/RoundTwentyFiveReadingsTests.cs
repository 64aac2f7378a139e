using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 25: a street number is no statute; "do not furnish the contents" refuses contents; an office that
/// mails from its initials and a unit's two letters is the office the letter names; a foreign prosecutor's copy of
/// its letter of request is international and asks no contents of us; a law firm's hold ahead of a civil subpoena is
/// civil and asks no contents yet; a clerk's notice moving a hearing serves nothing; a question that says no
/// preservation letter is needed asks for none; an AUSA's office keeps its district, and a writ's greeting is no
/// agency.</summary>
public class RoundTwentyFiveReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_street_number_that_looks_like_a_pen_register_section_does_not_make_an_emergency_a_pen_register()
    {
        var result = _engine.Triage("""
            From: Agent Tomasz Oyelaran <toyelaran@gbi.ga.gov>
            Subject: woman locked in a motel room - trafficker threatening her

            A 20-year-old woman messaged her brother at 02:40 that she is held against her will in a motel room and that
            the men said they would hurt her if she tried to leave. We need the IP address and any location for her
            account "sunny.k.2006" and the subscriber details of "vip_nights_atl" to find the room tonight.

            Agent T. Oyelaran, Georgia Bureau of Investigation
            3123 Panthersville Rd, Decatur, GA 30034 | 404-555-0188
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
    }

    [Theory]
    [InlineData("pursuant to 18 U.S.C. § 3123")]
    [InlineData("under sections 3121-3127 of Title 18")]
    [InlineData("under 3123(a)(1)")]
    public void A_pen_register_section_cited_as_a_statute_still_reads_as_one(string citation)
    {
        var result = _engine.Triage($"""
            ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE
            This Court, on the application of the United States {citation}, orders the provider to record the dialing,
            routing, addressing and signaling information of the account "harbor_lights_77" for sixty days.
            """);

        Assert.Equal(LegalProcessType.PenRegister, result.ProcessType);
    }

    [Fact]
    public void Do_not_furnish_the_contents_of_messages_is_a_refusal_of_contents()
    {
        var result = _engine.Triage("""
            INTERNAL REVENUE SERVICE - SUMMONS (Form 2039)
            You are hereby summoned to produce for the account "coastal_coin_coach": subscriber name, address and
            telephone numbers; payout records; login IP addresses from 01/01/2025 to present.
            Do not furnish the contents of messages, posts, or other communications.
            Appearance: March 8, 2027, 10:00 a.m.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("rcdaib.org", false)]
    [InlineData("rcdaxyz.org", true)]
    [InlineData("rcda-ib.org", true)]
    public void An_office_that_mails_from_its_initials_and_a_units_two_letters_is_the_office_the_letter_names(string domain, bool suspicious)
    {
        var result = _engine.Triage($"""
            SUPERIOR COURT OF CALIFORNIA, COUNTY OF RIVERSIDE - CRIMINAL SUBPOENA DUCES TECUM, Case No. RIF2600412
            Produce the subscriber records and login IP addresses of the account "desert_palms_dan" on or before
            March 2, 2027. This subpoena does not seek the contents of any communications.

            Lorenza Whitfield-Amadi
            Investigator, Riverside County District Attorney - Bureau of Investigation
            lwhitfield-amadi@{domain} | (951) 555-0163
            """);

        Assert.Equal(suspicious, result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_foreign_prosecutors_copy_of_its_letter_of_request_is_international_and_asks_no_contents_of_us()
    {
        var result = _engine.Triage("""
            Prokuratura Okręgowa w Gdańsku / District Prosecutor's Office in Gdańsk
            ul. Wały Jagiellońskie 38, 80-853 Gdańsk, Poland
            Ref.: PO II Ds. 88.2026                                    Gdańsk, 2 February 2027

            FOR INFORMATION ONLY. Please find enclosed a copy of the Letter of Request for mutual legal assistance that
            the Ministry of Justice of Poland sent today to the U.S. Department of Justice, Office of International
            Affairs. No action is requested from you on the basis of this letter.

            LETTER OF REQUEST (extract): that the U.S. authorities obtain from the provider, by a search warrant, the
            subscriber data and the content of the conversations of the account "baltic.amber.trade" for 2026.

            Prosecutor Ewelina Kowalczyk-Adeyemi, ewelina.kowalczyk-adeyemi@prokuratura.gov.pl, +48 58 555 01 77
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_law_firms_hold_ahead_of_a_civil_subpoena_for_a_users_data_is_civil_and_asks_no_contents_yet()
    {
        var result = _engine.Triage("""
            MARLOWE, ABARA & KESTREL LLP
            Re: DEMAND FOR PRESERVATION OF EVIDENCE - Northgate Robotics, Inc. v. Ilse Varga-Obi, Case No. 26-CIV-07713

            This firm represents plaintiff Northgate Robotics, Inc. We demand that you preserve all data of the accounts
            used by the defendant, including "ilse.varga.obi@example.com": registration records, all conversations and
            uploaded files, and access logs. Plaintiff intends to serve a civil subpoena for these materials shortly.
            Failure to preserve may expose you to sanctions for spoliation.
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_clerks_notice_that_moves_a_hearing_on_a_motion_to_quash_serves_nothing()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA
            CLERK'S NOTICE OF CONTINUANCE
            Matter: Non-party provider's Motion to Quash Deposition Subpoena for Production of Business Records
            PLEASE TAKE NOTICE that the hearing on the above motion, set for February 9, 2027, has been continued on the
            Court's own motion to March 16, 2027 at 9:00 a.m., Department 23.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_question_that_says_no_preservation_letter_is_needed_asks_for_no_preservation()
    {
        var result = _engine.Triage("""
            Subject: Question about CyberTipline 201445870

            I'm the case agent on the CyberTipline report your company filed for the account "lowtide.pdx@example.com".
            Is the "upload IP" in the report the IP of the upload session or of the login? I'm not asking for any records
            at this point; a warrant will follow. The reported files are on the one-year hold under 2258A(h), so I don't
            think a separate preservation letter is needed.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
    }

    [Theory]
    [InlineData("U.S. Attorney's Office, District of Nevada", "U.S. Attorney's Office, District of Nevada")]
    [InlineData("U.S. Attorney's Office, Eastern District of Texas", "U.S. Attorney's Office, Eastern District of Texas")]
    public void An_attorneys_office_keeps_the_district_written_after_a_comma(string signature, string agency)
    {
        var result = _engine.Triage($"""
            GRAND JURY SUBPOENA - produce the subscriber records of the account "silver_state_sam" by March 3, 2027.
            This subpoena does not call for the contents of any communication.

            Dana Whitlock-Osei, Assistant U.S. Attorney
            {signature}
            dana.whitlock-osei@usdoj.gov
            """);

        Assert.Equal(agency, result.Fields.AgencyName);
    }

    [Fact]
    public void A_warrants_greeting_to_any_sheriff_is_not_the_agency()
    {
        var result = _engine.Triage("""
            STATE OF GEORGIA, COUNTY OF COBB
            SEARCH WARRANT
            TO ANY SHERIFF, DEPUTY SHERIFF, OR PEACE OFFICER OF THIS STATE:
            Affidavit having been made before me by Special Agent Rhea Castellano of the Georgia Bureau of Investigation,
            you are commanded to search the records of the account "peach_state_pete" and seize the messages therein.
            """);

        Assert.DoesNotContain("SHERIFF", result.Fields.AgencyName ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_form_line_with_several_fields_gives_each_field_its_own_value()
    {
        var result = _engine.Triage("""
            EMERGENCY DISCLOSURE REQUEST - submitted through the law enforcement portal
            Agency: Provo Police Department
            Country: United States     State: UT     City: Provo     ZIP: 84601
            A man posted a photo of a rifle with the words "tonight she pays" about his former partner. We need the
            subscriber details and recent IP addresses of the account "wasatch_wolf_81" to find him before he reaches her.
            """);

        Assert.Equal("United States", result.Fields.Country);
        Assert.False(result.Flags.NonUs);
    }

    [Theory]
    [InlineData("records associated with the following identifiers:\n\n- E-mail: gulf.breeze.deals@example.com\n- Phone: +1 850 555 0142\n")]
    [InlineData("records for the account(s) associated with e-mail gulf.breeze.deals@example.com and phone number\n(850) 555-0142, from July 1, 2026 to present.\n")]
    [InlineData("records of the account associated with the e-mail address\ngulf.breeze.deals@example.com, the e-mail address gb.deals@example.org, or the\ntelephone number +1 850 555 0142.\n")]
    [InlineData("records of the account associated with e-mail gulf.breeze.deals@example.com and telephone number (850)\n555-0142, for January 2027.\n")]
    public void A_targets_phone_in_a_list_or_a_sentence_that_wraps_is_a_target(string request)
    {
        var result = _engine.Triage($"""
            GRAND JURY SUBPOENA - YOU ARE COMMANDED to produce {request}
            This subpoena does not call for the contents of any communication. Return date: March 3, 2027.

            Det. Carmen Whitlow-Osei, Pensacola Police Department
            Office (850) 555-0100
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "+18505550142");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+18505550100");
    }

    [Fact]
    public void A_courtrooms_department_number_is_not_an_agency()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
            CLERK'S NOTICE OF CONTINUANCE
            Date: April 6, 2027      Time: 8:30 a.m.      Department: 12 (Civil Law and Motion)
            The hearing on the non-party's motion to quash has been continued to the date above.
            """);

        Assert.NotEqual("12 (Civil Law and Motion)", result.Fields.AgencyName);
    }
}
