namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 9: a listed agency's own registered name under another top level (a Canadian force
/// listed on .on.ca writing from the same name on .co) is a look-alike, however plainly the letter names the force.</summary>
public class ListedAgencyNameOnAnotherTopLevelTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("torontopolice.co")]
    [InlineData("torontopolice.com")]
    public void A_listed_agency_name_on_another_top_level_is_suspicious(string domain)
    {
        var result = _engine.Triage($"From: Toronto Police Service <cyber.desk@{domain}>\nSubject: Production order\n\n" +
                                    "Toronto Police Service holds a production order for the account \"harbourfront_ghost\". Send the subscriber " +
                                    "details and IP logs within 24 hours.\n\nDet. R. Osei\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void The_listed_domain_itself_is_not_suspicious()
    {
        var result = _engine.Triage("From: Toronto Police Service <cyber.desk@torontopolice.on.ca>\nSubject: Production order\n\n" +
                                    "Toronto Police Service holds a production order for the account \"harbourfront_ghost\". Send the subscriber " +
                                    "details and IP logs within 24 hours.\n\nDet. R. Osei\n");

        Assert.False(result.Flags.SuspiciousSender);
    }
}
