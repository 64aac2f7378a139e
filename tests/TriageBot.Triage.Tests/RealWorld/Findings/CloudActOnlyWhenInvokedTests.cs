namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 class 8: a CLOUD Act agreement applies only when the document invokes it, not when it names
/// it as a route it may take later; a direct foreign request that only mentions it is foreign direct process.</summary>
public class CloudActOnlyWhenInvokedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_foreign_request_naming_the_agreement_as_a_later_route_is_direct_process()
    {
        var result = _engine.Triage("From: Det Sgt Amy Roe <amy.roe@police.govt.nz>\nSubject: Request for information\n\nNew Zealand Police request, voluntarily, the subscriber details and IP history of the account tern_9 in a fraud investigation. If stored messages become necessary we will proceed by way of a CLOUD Act agreement order or mutual legal assistance.\n\nDet Sgt A. Roe");

        Assert.DoesNotContain(result.Findings, f => f.Code == "CLOUD_ACT_AGREEMENT");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
