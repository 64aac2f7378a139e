namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 10: a listed agency's short name (its acronym) under the country code of a country the
/// letter does not come from is a look-alike: a Canadian force listed on yrp.ca does not mail from yrp.co or yrp.com.mx.</summary>
public class AgencyNameUnderAnotherCountrysCodeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Letter(string domain) =>
        $"From: York Regional Police <cyber.unit@{domain}>\nSubject: Production order\n\nYork Regional Police (Ontario, Canada). A judge " +
        "issued a production order for the account \"lakeshore_fox\"; it is sealed. Send the subscriber details within 12 hours.\n\nDet. K. Mensah\n";

    [Theory]
    [InlineData("yrp.co")]
    [InlineData("yrp.com.mx")]
    public void A_listed_acronym_under_another_countrys_code_is_suspicious(string domain)
    {
        var result = _engine.Triage(Letter(domain));

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void The_listed_domain_itself_is_not_suspicious()
    {
        Assert.False(_engine.Triage(Letter("yrp.ca")).Flags.SuspiciousSender);
    }
}
