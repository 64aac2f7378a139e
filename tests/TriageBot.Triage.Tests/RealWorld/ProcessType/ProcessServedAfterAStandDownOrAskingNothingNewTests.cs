using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 16 (stress16 class 2): the operative part decides the type. A reply that stands an emergency
/// down and now serves a warrant is that warrant, and pages no one; a stand-down that withdraws the process too stays
/// withdrawn. "I am not asking for anything new" covers a subpoena for what was produced before (a certified copy for
/// trial); "we are not asking for any records about her" spares one person (the complainant), not the target.</summary>
public class ProcessServedAfterAStandDownOrAskingNothingNewTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Quoted = "\n\n-----Original Message-----\nFrom: Det. R. Ocampo\nSent: Saturday, November 14, 2026 3:02 AM\nSubject: EMERGENCY DISCLOSURE - man stabbed, suspect fled\n\n" +
        "EXIGENT CIRCUMSTANCES. A man was stabbed at 01:40; the suspect, believed to be the user of desert_fox_702, is still armed and has threatened to kill the victim's brother. Need current IP and phone number now to locate him.\n";

    [Fact]
    public void A_warrant_served_after_the_emergency_is_stood_down_is_a_warrant_and_pages_no_one()
    {
        var result = _engine.Triage("Subject: RE: EMERGENCY DISCLOSURE - man stabbed, suspect fled\n\nHi team,\n\n" +
            "The victim was found alive on November 15 and the emergency part is over. We now have a search warrant (attached, signed by Judge K. Amadi) " +
            "for the account \"desert_fox_702\": subscriber info, IP logs and all direct messages, October 1 - November 14, 2026. Return is due December 15.\n\nDet. R. Ocampo" + Quoted);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.True(result.Flags.ContentRequested);
        Assert.False(result.Withdrawn);
    }

    [Fact]
    public void A_stand_down_that_also_withdraws_the_warrant_stays_withdrawn()
    {
        var result = _engine.Triage("Subject: RE: EMERGENCY DISCLOSURE - man stabbed, suspect fled\n\nHi team,\n\n" +
            "The victim was found alive on November 15. We had obtained a search warrant for the account \"desert_fox_702\", but please disregard it: the suspect is in custody.\n\nDet. R. Ocampo" + Quoted);

        Assert.NotEqual(LegalProcessType.SearchWarrant, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_trial_subpoena_for_records_produced_before_asks_for_them_again()
    {
        var result = _engine.Triage("""
            Subject: trial subpoena - People v. Ortiz - records certification needed before Thursday

            Attached is a trial subpoena issued by the Clerk of the Circuit Court for a certified copy of the subscriber
            records you produced last spring for the account "west_loop_lens", with a business-records certification.
            I am not asking for anything new. Please call me if the certification cannot be done by Thursday.

            ASA M. Okafor-Brandt
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void A_notice_that_asks_for_nothing_further_still_asks_for_nothing()
    {
        var result = _engine.Triage("""
            Subject: subpoena 26-GJ-1180 - closing

            Thank you for the records produced under grand jury subpoena 26-GJ-1180 for the account "west_loop_lens".
            We are not requesting anything further.

            AUSA M. Okafor-Brandt
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void Sparing_the_complainant_leaves_the_subpoena_for_the_target()
    {
        var result = _engine.Triage("""
            Enclosed please find a Grand Jury subpoena duces tecum for the account @harbor_night_owl, which sent the complainant
            (@reads_by_the_river) more than 300 messages. The subpoena commands production of subscriber information and login IPs.
            The complainant's account is named only so that you can locate the messages; we are not asking for any records about her.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void Asking_for_no_records_about_anyone_is_a_question()
    {
        var result = _engine.Triage("""
            Hello, I am a researcher writing about how providers handle grand jury subpoenas and search warrants.
            We are not asking for any records. Could someone on your team talk to me for twenty minutes?
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
