using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Round 14: a private person in their own separation or divorce case, asking for the spouse's data, is a
/// civil request (a party writing for itself), not "other".</summary>
public class PartyInASeparationCaseWritingForItselfTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_italian_spouse_in_a_separation_case_is_a_civil_party()
    {
        var result = _engine.Triage("""
            Oggetto: richiesta dati - account di mio marito

            Buongiorno, sono Chiara Valsecchi. Sono in causa di separazione davanti al Tribunale di Verona e mio marito
            usa l'account "adige_lupo_vr". Vorrei i suoi messaggi e gli accessi degli ultimi tre mesi.

            Chiara Valsecchi
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }
}
