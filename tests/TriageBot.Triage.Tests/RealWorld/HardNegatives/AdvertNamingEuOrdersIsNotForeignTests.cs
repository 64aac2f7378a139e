namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>A vendor's advert that lists EU production orders among what its product tracks is no EU order: the
/// sender's own country decides whether it is foreign.</summary>
public class AdvertNamingEuOrdersIsNotForeignTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_us_vendors_advert_that_mentions_epoc_deadlines_is_not_non_us()
    {
        var result = _engine.Triage("""
            From: CaseGuard Tools <news@example.com>
            Subject: Free webinar: spotting fake data requests

            Is that urgent request really from a detective? Our portal checks sender domains and callbacks, and it
            follows gag orders, 2703(f) preservation expiries and EPOC deadlines for your legal team automatically.
            Join our free webinar on December 10, 2026. Register today, seats are limited!
            CaseGuard Tools, 88 Pine St, Seattle, WA 98101, (206) 555-0190
            """);

        Assert.False(result.Flags.NonUs);
    }
}
