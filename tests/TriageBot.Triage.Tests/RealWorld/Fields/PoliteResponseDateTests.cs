namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 9: a polite police letter names its due date as "a response by [date] would be
/// appreciated"; that date is the response deadline, as a "no later than" would be.</summary>
public class PoliteResponseDateTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_response_by_a_date_would_be_appreciated_names_the_deadline()
    {
        var result = _engine.Triage("""
            Victoria Police - Cybercrime Squad                                  3 December 2026
            We are investigating an online fraud and request the registration details and login IP addresses
            of the account "yarra_river_trader". A response by 18 December 2026 would be appreciated.
            """);

        Assert.Equal(new DateOnly(2026, 12, 18), result.Fields.ResponseDeadline);
    }
}
