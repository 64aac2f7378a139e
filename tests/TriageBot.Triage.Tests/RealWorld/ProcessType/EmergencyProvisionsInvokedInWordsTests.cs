using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 3: a request that invokes the emergency exception in words ("under emergency provisions")
/// rather than by its statute number is an emergency request (whether the sender is genuine is the sender check's
/// question, not the type's).</summary>
public class EmergencyProvisionsInvokedInWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Disclosure_asked_under_emergency_provisions_is_an_emergency()
    {
        var result = _engine.Triage("From: Metro Police Detectives <detectives@metropolice.example>\nSubject: records request - minor at risk\n\n" +
                                    "We ask you to disclose the subscriber details of the account \"lakeshore_kid_77\" under the emergency provisions. A child may be at risk.\n\nDet. P. Moreau\n");

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
    }
}
