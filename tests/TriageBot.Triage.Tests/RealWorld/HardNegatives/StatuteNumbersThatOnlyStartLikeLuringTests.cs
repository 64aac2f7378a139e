namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>Issue 11 class 6 (NCMEC precision): Canada's luring offence is section 172.1 of the Criminal Code; a
/// state statute numbered 172.1xx (a grand-jury or procedure section) is no child-safety matter.</summary>
public class StatuteNumbersThatOnlyStartLikeLuringTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Nebraska Revised Statutes 29-172.145")]
    [InlineData("Revised Code 172.19 / 174.02")]
    public void A_statute_number_beginning_172_1_is_not_child_luring(string statute)
    {
        var result = _engine.Triage($"""
            SUBPOENA DUCES TECUM - Office of the County Attorney
            Issued under {statute}. Produce subscriber records and login IP history for the account "plains_trader_22" for fraud.
            """);

        Assert.False(result.Flags.Ncmec, statute);
    }

    [Fact]
    public void Section_172_1_of_the_criminal_code_is_still_child_luring()
    {
        var result = _engine.Triage("""
            PRODUCTION ORDER - Ontario Court of Justice
            Investigation under section 172.1 of the Criminal Code. Produce subscriber records for the account "muskoka_lakes_12".
            """);

        Assert.True(result.Flags.Ncmec);
    }
}
