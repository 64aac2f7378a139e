using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Issue 11 (emergency basis): a device said to be placed or set to go off is a bomb threat against the
/// people around it, and a search under way for a person says what the data is for; neither request is told its
/// basis is incomplete.</summary>
public class DeviceAndSearchUnderWayStateTheBasisTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Subject: EMERGENCY REQUEST - THREAT TO LIFE\n\nAt 07:10 the account \"ferry_dock_zero\" wrote that a device has been placed on the 08:00 ferry and will go off at departure; the harbour is being cleared. To identify and locate the writer we ask for the subscriber details and recent IP addresses.\n\nSgt. P. Olsen, Harbour Police\n")]
    [InlineData("Oggetto: richiesta urgente - pericolo imminente per la vita\n\nIl ragazzo titolare dell'account \"valle_scura_03\" ha scritto in diretta di volersi togliere la vita e non risponde al telefono; le ricerche sono in corso nella zona del lago. Si chiedono indirizzi IP e numero di telefono dell'account.\n\nMaresciallo G. Riva, Carabinieri\n")]
    public void A_device_set_to_go_off_or_a_search_under_way_states_its_basis(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
