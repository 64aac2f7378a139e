namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 7: a gag with its duration; granted, applied for, lifted; gags set by statute.</summary>
public class NonDisclosureStandingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_order_stating_180_days_has_that_end()
    {
        var result = _engine.Triage("""
            From: AUSA Kim Lowe <kim.lowe@usdoj.gov>
            Subject: Search warrant and 2705(b) order
            SEARCH WARRANT for @wavecrest. IT IS FURTHER ORDERED under 18 U.S.C. 2705(b) that the provider shall not
            disclose the existence of this warrant to any person for a period of 180 days from the date of this order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("180 days", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_2705b_order_only_applied_for_is_not_a_gag()
    {
        var result = _engine.Triage("""
            From: AUSA Kim Lowe <kim.lowe@usdoj.gov>
            Subject: Search warrant
            SEARCH WARRANT for @wavecrest, attached. The government has applied for an order under 18 U.S.C. 2705(b);
            we will send it if the court grants it.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_pen_register_gag_is_set_by_statute_not_missing_an_end()
    {
        var result = _engine.Triage("""
            ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE
            Pursuant to 18 U.S.C. 3123(d), the provider shall not disclose the existence of the pen register to the
            subscriber or to any other person, unless or until otherwise ordered by the court.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void Until_further_order_is_a_duration()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT for @wavecrest. It is hereby ordered that the provider shall not notify the subscriber of this
            warrant until further order of the court.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.StartsWith("until further order", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
