namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 17: a letterhead gives the street, then a P.O. box for mail, then the city line; the address
/// read was the box. The street is where the agency is; a letterhead with only a box keeps the box.</summary>
public class StreetBeforeAPostOfficeBoxTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Body = """

        INVESTIGATIVE SUBPOENA

        You are ordered to produce subscriber records for the account "delta_bay_rebates" on or before December 22, 2026.
        Special Agent R. Kowalczyk
        """;

    [Fact]
    public void The_street_above_a_post_office_box_is_the_address()
    {
        var result = _engine.Triage("""
            State Department of Justice
            2200 K STREET, SUITE 410
            P.O. BOX 90417
            SACRAMENTO, CA 94203-0417
            """ + Body);

        Assert.Contains("2200 K Street", result.Fields.Address, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_post_office_box_alone_stays_the_address()
    {
        var result = _engine.Triage("""
            State Department of Justice
            P.O. Box 90417
            Sacramento, CA 94203-0417
            """ + Body);

        Assert.Contains("Box 90417", result.Fields.Address, StringComparison.OrdinalIgnoreCase);
    }
}
