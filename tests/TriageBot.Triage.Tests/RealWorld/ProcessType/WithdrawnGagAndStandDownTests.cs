using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 15: a subpoena whose letter withdraws only an earlier wish not to notify the user is still
/// a subpoena; a stand-down of an emergency request that asks in the same letter to preserve the account is a
/// preservation request; a clerk's notice that the court granted a motion to vacate a gag asks for nothing.</summary>
public class WithdrawnGagAndStandDownTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_subpoena_with_the_earlier_gag_request_withdrawn_is_a_subpoena()
    {
        var result = _engine.Triage("""
            Police Department, Financial Crimes
            Enclosed is a subpoena duces tecum of the County District Court for the subscriber records of the account
            "prairie_coin_77". Return date: January 8, 2027.
            Last month we asked you not to notify this user. The prosecutor has withdrawn that request and the court
            vacated the related non-disclosure order; you may notify the user.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_stand_down_that_asks_to_preserve_is_a_preservation_request()
    {
        var result = _engine.Triage("""
            Subject: RE: Exigent request 26-551 - stand down
            Please stand down on last night's exigent request for the account "dune_rider_3": the boy was found safe
            this morning. We do ask that you preserve the account and its records under 18 U.S.C. 2703(f) for 90
            days while we seek a search warrant.
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_clerks_notice_that_a_gag_was_vacated_asks_for_nothing()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT - Office of the Clerk
            Re: In re Application for 2703(d) Order, No. 24-mj-0311
            NOTICE OF ORDER
            On November 12 the Court granted the Government's motion to vacate the non-disclosure order entered under
            18 U.S.C. § 2705(b) in the above matter. You may notify the subscriber. This notice requests no records.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
