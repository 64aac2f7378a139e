namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: a gag that runs "until further order of the court" has no end date; one with a stated
/// duration has.</summary>
public class OpenEndedGagTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Order = "From: AUSA Kim Lee <kim.lee@usdoj.gov>\nSubject: 2703(d) order\n\nORDER PURSUANT TO 18 U.S.C. 2703(d). The provider shall disclose subscriber records and IP logs for tern_9. ";

    [Fact]
    public void A_gag_until_further_order_is_told_it_has_no_end()
    {
        var result = _engine.Triage(Order + "It is further ordered under 18 U.S.C. 2705(b) that the provider shall not disclose the existence of this order to any person until further order of the Court.");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_for_a_stated_period_is_not_told_it_has_no_end()
    {
        var result = _engine.Triage(Order + "It is further ordered under 18 U.S.C. 2705(b) that the provider shall not disclose the existence of this order to any person for a period of one year.");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
