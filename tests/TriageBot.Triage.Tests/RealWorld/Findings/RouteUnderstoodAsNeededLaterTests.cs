namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11, round 10: a foreign police force that writes "we understand stored content will require a request
/// under the CLOUD Act agreement or an MLAT, and do not seek it here" names that route for later; its own request is a
/// direct foreign request, with the finding that says so.</summary>
public class RouteUnderstoodAsNeededLaterTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_route_understood_as_needed_later_leaves_the_request_direct()
    {
        var result = _engine.Triage("From: Det. Sgt. L. Harper <l.harper@afp.gov.au>\nSubject: Request for assistance\n\n" +
                                    "We request the subscriber details and login IP addresses of the account \"reef_walker_9\". We understand " +
                                    "stored content will require a request under the CLOUD Act Agreement or MLAT and do not seek it here.\n");

        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
