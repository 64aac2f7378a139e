namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 12: a mutual legal assistance request executed by the U.S. Department of Justice comes from the
/// state that asked ("the Republic of Korea"), whatever U.S. court issued the order; and a target's phone number
/// whose label wraps onto the next line ("(linked\nmobile +91 …)") is the target's, not the writer's own line.</summary>
public class RequestingStateAndWrappedTargetNumberTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_korean_request_executed_by_oia_comes_from_south_korea()
    {
        var result = _engine.Triage("""
            U.S. Department of Justice, Criminal Division, Office of International Affairs
            Re: Request for assistance from the Republic of Korea in a fraud matter
            The Republic of Korea has requested assistance under the Mutual Legal Assistance Treaty. Pursuant to
            18 U.S.C. 3512, the U.S. District Court for the District of Columbia issued the enclosed 2703(d) order
            for the account han_river_coin. Please produce within 21 days.
            """);

        Assert.Equal("South Korea", result.Fields.Country);
    }

    [Fact]
    public void A_targets_mobile_wrapped_after_its_label_is_a_target()
    {
        var result = _engine.Triage("""
            CYBER POLICE STATION, PUNE, Maharashtra, India
            NOTICE UNDER SECTION 94 BNSS. The account "pune_quick_loans" was operated with the linked
            mobile +91 98555 04321 to threaten borrowers. Furnish subscriber details and IP logs.
            PSI R. Deshmukh, Tel. +91 20 5555 0100
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "+919855504321");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+912055550100");
    }
}
