namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 8: a pen register or trap and trace order never reaches contents, and says so in the passive
/// ("The contents of communications shall not be captured"); the carve-out is no content request.</summary>
public class PenTrapOrderThatBarsContentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("The contents of communications shall not be captured.")]
    [InlineData("The contents of any communication will not be collected or recorded.")]
    public void A_passive_carve_out_of_contents_is_no_content_request(string sentence)
    {
        var result = _engine.Triage(
            "ORDER AUTHORIZING A PEN REGISTER AND TRAP AND TRACE DEVICE (18 U.S.C. 3123)\n\n" +
            "The provider shall install a pen register and trap and trace device on the account \"riverbend_courier\" and " +
            "furnish in real time the dialing, routing, addressing and signaling information for forty-five (45) days. " +
            sentence + "\n\nUNITED STATES MAGISTRATE JUDGE\n");

        Assert.False(result.Flags.ContentRequested, sentence);
    }
}
