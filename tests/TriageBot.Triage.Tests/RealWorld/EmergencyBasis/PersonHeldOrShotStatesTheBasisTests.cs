namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Issue 11, round 13: an emergency from a proven agency that states a person held (locked in a room, "sold"
/// to another man, hostages in a shop) or a shot fired states its basis, though it never writes "danger": the
/// situation says who is at risk and why the data is needed.</summary>
public class PersonHeldOrShotStatesTheBasisTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Dispatch Supervisor <dispatch.sup@durhamnc.gov>\nSubject: EMERGENCY - 911 text relay, 16 y/o held\n\n" +
                "911 text caller, female, 16, locked in a room at an unknown address. She says the man \"sold\" her to another man tonight. " +
                "Need the most recent IP and location for the account \"pine_ridge_kay\" now.\n\nTelecommunicator J. Ames, ID 204\n")]
    [InlineData("Politie Eenheid Den Haag - Officier van Dienst\n\nSpoed. Een man heeft in een café een schot gelost en houdt drie " +
                "klanten vast. Hij streamt via uw dienst vanaf het account \"hofstad_wolf\". Wij verzoeken direct om de gekoppelde " +
                "telefoonnummers en IP-adressen van de afgelopen 12 uur.\n\nInspecteur R. Bakker\nr.bakker@politie.nl\n")]
    public void A_person_held_or_a_shot_fired_states_the_basis(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
