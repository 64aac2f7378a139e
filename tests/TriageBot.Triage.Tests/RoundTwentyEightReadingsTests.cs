using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 28 (blind heldout28, train28): a deferral of notice that binds only the authority gags no provider,
/// nor does a gag that may come "if" an order is obtained; a court's order of non-disclosure told in a follow-up binds;
/// a list of what is seized names content after "all"; a suicide told in Dutch idiom, an armed person at a school, and a
/// hostage-taker who talks only through the app state their emergency's basis; a CyberTipline report abbreviated "CTIP"
/// or "CT Report Nos." is a child-safety matter; a receipt that closes the request and a question asked before any case
/// exists ask for nothing; a stand-down said in the subject and the body leaves the new subpoena standing; and the
/// deadline is found after more verbs and after a place of appearance with abbreviations.</summary>
public class RoundTwentyEightReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Die Benachrichtigung des Beschuldigten ist bis auf Weiteres zurückzustellen (§ 101 Abs. 5 StPO) – diese Zurückstellung betrifft die Benachrichtigungspflicht der Staatsanwaltschaft.")]
    [InlineData("La notification à la personne concernée est différée ; ce report concerne l'obligation d'information du parquet.")]
    public void A_deferral_that_binds_only_the_authority_gags_no_provider(string clause)
    {
        var result = _engine.Triage($"""
            From: KOK J. Brandt <j.brandt@polizei.berlin.de>
            Subject: Beschluss AG Tiergarten 351 Gs 4410/26 - Bestandsdaten

            Anbei der Beschluss des Amtsgerichts Tiergarten. Wir bitten um Auskunft über Name, E-Mail-Adresse und
            IP-Adressen des Kontos "spree_ghost_77" bis zum 30.11.2026. {clause}
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void The_governments_own_delayed_notice_under_2705a_gags_no_provider()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - United States District Court, District of Maryland
            You are commanded to produce the subscriber records for the account "harbor_lights_410" by December 1, 2026.
            Pursuant to 18 U.S.C. 2705(a)(1)(B), a supervisory official has certified that notice may have an adverse
            result, and the Government's notice to the subscriber is delayed for ninety days. This delay applies to the
            Government's notice; no court order under 2705(b) has been sought.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_gag_that_may_come_if_an_order_under_the_code_is_obtained_forbids_nothing_now()
    {
        var result = _engine.Triage("""
            SUBPOENA DUCES TECUM - Court of Common Pleas, Hamilton County, Ohio
            Produce the subscriber identity and login IP addresses for the account "queen_city_kicks" by December 4, 2026.
            NOTICE: If the State obtains an order under 18 U.S.C. 2705(b) precluding notice to the subscriber, it will be
            served separately. This subpoena by itself does not restrict any notice the recipient may give.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_follow_up_that_tells_the_court_ordered_non_disclosure_carries_the_gag()
    {
        var result = _engine.Triage("""
            From: Det. R. Salas <rsalas@denvergov.org>
            Subject: RE: Search warrant 26SW1102 - production overdue

            Following up on the Denver District Court search warrant (No. 26SW1102) served on you on November 2.
            The scope is unchanged: account "mile_high_rook", messages and photos from 09/01/2026 to 10/15/2026.
            The court ordered non-disclosure to the subscriber for 180 days from October 30, 2026.
            Please advise when we can expect production.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void The_last_kind_in_a_list_that_opens_with_all_is_content()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Circuit Court of Cook County, Warrant No. 26-SW-8812
            I THEREFORE COMMAND THAT YOU SEARCH the records described in Attachment A and SEIZE the items in Attachment B.
            ATTACHMENT A: account "westside_smoke_312"
            ATTACHMENT B: (1) subscriber records; (2) IP logs; (3) all posts, stories, messages and media, 09/10/2026 - 10/02/2026.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_girl_on_a_bridge_who_says_she_will_end_it_tonight_states_the_basis_in_Dutch()
    {
        var result = _engine.Triage("""
            Van: Operationeel Centrum Politie Eenheid Den Haag <oc.denhaag@politie.nl>
            Onderwerp: Spoedverzoek levensbedreigende situatie - account maanvis.2010

            Vannacht om 01:10 uur heeft het account "maanvis.2010" een video geplaatst waarin een meisje van naar
            schatting 15 jaar op een brug staat en zegt dat ze er vannacht een eind aan maakt.
            Om haar te kunnen vinden verzoeken wij u met spoed om het telefoonnummer en de IP-adressen van de upload.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void An_armed_man_filmed_at_a_school_door_states_the_basis_in_Portuguese()
    {
        var result = _engine.Triage("""
            POLÍCIA JUDICIÁRIA - PEDIDO DE DIVULGAÇÃO DE EMERGÊNCIA

            Às 06h30 de hoje, o utilizador «ajuste_de_contas» publicou um vídeo em que empunha uma espingarda à porta da
            Escola Básica de Gaia, com a frase «hoje vão pagar todos». Frequentam a escola cerca de 600 alunos.
            Para identificar o autor antes das 09h00, solicitamos nome, e-mail e endereços IP associados à conta.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_hostage_taker_who_talks_only_through_the_app_is_why_the_data_is_needed()
    {
        var result = _engine.Triage("""
            From: Sgt. L. Ortega <lortega@ocsheriff.gov>
            Subject: EMERGENCY DISCLOSURE - hostage situation

            We have an active hostage situation in Kissimmee. The suspect has barricaded himself with his two children
            (ages 5 and 8) and states he will kill them. He is communicating only through your app under the username
            swamp_king_407. We need the phone number, e-mail and recent IP addresses on the account.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Theory]
    [InlineData("This is linked to CTIP 204455667 concerning the same account.", "204455667")]
    [InlineData("Re: CT Report Nos. 190022334 and 190022335", "190022334")]
    public void A_CyberTipline_report_abbreviated_is_a_child_safety_matter(string citation, string id)
    {
        var result = _engine.Triage($"""
            From: Inv. P. Quach <pquach@riversidesheriff.org>
            Subject: subpoena - account lake_elsinore_kid

            {citation}
            Please produce the subscriber information and login IP addresses for the account lake_elsinore_kid.
            """);

        Assert.True(result.Flags.Ncmec);
        Assert.Contains(id, result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_receipt_that_closes_the_request_asks_for_nothing()
    {
        var result = _engine.Triage("""
            From: Sgt. O. Castell <ocastell@cityoftacoma.org>
            Subject: Received - production for TPD 26-042210 - thank you

            Confirming receipt of your production under the Pierce County search warrant for "narrows_bridge_cruz".
            The files opened fine and the hash values match. That closes our request; nothing further is needed.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_question_on_how_to_send_a_preservation_letter_before_any_case_is_no_preservation()
    {
        var result = _engine.Triage("""
            From: Chief W. Harrington <wharrington@smyrna.delaware.gov>
            Subject: Question - how do we send you a preservation letter?

            We have never sent anything to you before. We will probably need to preserve an account later. How do we
            send a preservation letter - does it have to be on letterhead and signed, or is e-mail ok?
            I haven't included the account name since we aren't at that stage yet.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
    }

    [Fact]
    public void A_stand_down_in_the_subject_and_the_body_leaves_the_subpoena_served_after_it()
    {
        var result = _engine.Triage("""
            From: Inv. C. Nash <cnash@knoxvilletn.gov>
            Subject: RE: Emergency Disclosure Request - KPD 26-004512 - UPDATE: subject located, please stand down

            Mr. Ellison was located alive this morning. There is no longer any exigency and we withdraw the emergency
            request. We are, however, continuing the investigation into the account that urged him to harm himself.
            Attached is a subpoena duces tecum from the Knox County Criminal Court for basic subscriber information only
            for the account gravel_road_prophet. Return date on the subpoena is December 18, 2026.
            Mr. Ellison's own account (jt.ellison.865) is the victim's and is not part of this request.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@gravel_road_prophet");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("ellison", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1. The provider shall disclose, by November 27, 2026, for the user \"twin_ports_flip\", the subscriber records.", 27)]
    [InlineData("Please upload the production at the same link by November 26, 2026.", 26)]
    [InlineData("Production needed by November 25, 2026.", 25)]
    public void The_deadline_is_read_after_more_verbs(string line, int day)
    {
        var result = _engine.Triage($"""
            From: Det. M. Vo <mvo@hennepin.us>
            Subject: court order - account twin_ports_flip

            {line}
            """);

        Assert.Equal(new DateOnly(2026, 11, day), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void The_appearance_date_is_read_after_a_place_with_abbreviations()
    {
        var result = _engine.Triage("""
                                       GRAND JURY SUBPOENA DUCES TECUM - DALLAS COUNTY, TEXAS
            YOU ARE HEREBY COMMANDED to produce the records described in Exhibit "A" before the Grand Jury of
            Dallas County, Frank Crowley Courts Building, 133 N. Riverfront Blvd., Dallas TX 75207, on

                                     WEDNESDAY, NOVEMBER 25, 2026, at 9:00 A.M.

            Exhibit "A": for account dfw_trigger_trav, subscriber information and login IP logs.
            """);

        Assert.Equal(new DateOnly(2026, 11, 25), result.Fields.ResponseDeadline);
        Assert.Equal(Priority.P2, result.Priority);
    }

    [Fact]
    public void A_by_that_says_how_something_was_sent_dates_no_deadline()
    {
        var result = _engine.Triage("""
            From: Inspector R. Rao <rao.cyber@ksp.gov.in>
            Subject: Notice u/s 94 BNSS - Cr.No.1188/2026

            You are hereby directed to furnish, within 3 (three) days of receipt of this notice
            (sent by e-mail on 14-11-2026), the registered mobile number of the handle blr_job_offers_hr.
            """);

        Assert.NotEqual(new DateOnly(2026, 11, 14), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Nothing_further_on_an_emergency_basis_leaves_the_subpoena_attached_after_it()
    {
        var result = _engine.Triage("""
            Thank you for your help on November 17 with our emergency request. The child was located safe and the
            emergency is over; nothing further is needed on an emergency basis.
            Attached is a Clark County District Attorney investigative subpoena (No. 26-IS-04412) for the account
            "vegas_uncle_ray", limited to subscriber name, e-mail and login IP addresses. Return date is December 16, 2026.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void A_withdrawal_that_only_announces_a_warrant_to_come_serves_nothing()
    {
        var result = _engine.Triage("""
            Subject: WITHDRAWN - RE: EMERGENCY - hostage threat - Event LLV261120000388

            PLEASE WITHDRAW / DISREGARD THE REQUEST BELOW. The subject was taken into custody and there is no longer any
            emergency. Please do not process the emergency disclosure request.
            Any records we need for the prosecution will be requested with a search warrant.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void An_order_that_binds_the_provider_beside_the_governments_delayed_notice_still_gags()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT (CalECPA) - Superior Court of California, County of Santa Clara
            Produce the contents of all messages of "willow_glen_rider" within 14 days of service.
            ORDER FOR DELAY OF NOTIFICATION (PC 1546.2(b)): the Court finds that notice would endanger the investigation.
            The provider shall not notify the subscriber, and the government's notice is delayed, for 90 days from the
            date of this order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("For the accounts \"windycitybrody\", \"brody.backup.312\" and e-mail brody312x@mail.example, from 09/01/2026:", "@windycitybrody")]
    [InlineData("the following records pertaining to the accounts lonestar.crypto.yield and yieldfarm_tx_support:", "@lonestar.crypto.yield")]
    public void A_name_after_the_plural_accounts_is_a_target(string line, string handle)
    {
        var result = _engine.Triage($"""
            From: Det. K. Brody <kbrody@chicagopolice.org>
            Subject: subpoena - CPD 26-118734

            Please produce the subscriber information and login IP addresses. {line}
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == handle);
    }
}
