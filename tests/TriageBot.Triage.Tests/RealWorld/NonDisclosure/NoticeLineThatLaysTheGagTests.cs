namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a "NOTICE:" line near the top is read as a form's instructions, unless it lays the gag on the
/// provider itself ("NOTICE: pursuant to Va. Code 19.2-70.3(G) ..., the Provider shall not disclose the existence of
/// this warrant"): no form's instructions say that.</summary>
public class NoticeLineThatLaysTheGagTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_notice_line_forbidding_the_provider_to_disclose_the_warrant_binds()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Circuit Court of Fairfax County
            You are commanded to search the records of the Provider for the account "potomac_paddler", including messages and photos.
            The Provider shall produce the records within 7 days of service.
            NOTICE: pursuant to Va. Code 19.2-70.3(G) and the order entered herewith, the Provider shall not disclose the existence of this warrant to the subscriber or any other person for 90 days.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("90 days", result.Fields.NonDisclosurePeriod);
    }

    [Fact]
    public void A_form_notice_about_how_to_submit_lays_no_gag()
    {
        var result = _engine.Triage("""
            NOTICE: use this form for subpoenas, court orders and search warrants; requests must not be sent by fax, and the provider's user-notice policy applies.
            Requesting officer: Det. Lee, Fairfax County Police. Account: "potomac_paddler". Records: subscriber information.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
