namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: a gag someone asked for, moved for, or a court refused, told as what was done, is not a
/// gag in force; one the court granted is.</summary>
public class GagAskedForOrRefusedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("We have requested a 2705(b) order from the court and will forward it once it is signed.")]
    [InlineData("The Government moved for a non-disclosure order; that motion remains pending.")]
    [InlineData("The Court DENIES the Government's application for an order under 18 U.S.C. 2705(b) precluding notice.")]
    [InlineData("The magistrate declined to enter a non-disclosure order.")]
    [InlineData("The judge refused to sign the gag order.")]
    public void A_gag_asked_for_or_refused_is_not_in_force(string sentence)
    {
        var result = _engine.Triage("SEARCH WARRANT for the account \"copper_basin_4\", attached.\n" + sentence + "\n");

        Assert.False(result.Flags.NonDisclosureOrder, sentence);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_the_court_granted_is_in_force()
    {
        var result = _engine.Triage("SEARCH WARRANT for the account \"copper_basin_4\", attached.\n" +
                                    "The court has granted our motion for a nondisclosure order (attached), effective for 180 days.\n");

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
