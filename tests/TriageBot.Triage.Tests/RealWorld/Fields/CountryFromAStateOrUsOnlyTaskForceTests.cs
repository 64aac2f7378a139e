namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11, the country: a Mexican state's prosecutor places a Spanish-language request in Mexico (not
/// Spain) even from a free mailbox; an ICAC task force exists only in the United States.</summary>
public class CountryFromAStateOrUsOnlyTaskForceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_Mexican_state_prosecutor_writing_in_Spanish_is_placed_in_Mexico()
    {
        var result = _engine.Triage("De: Fiscalía del Estado de Oaxaca <fiscalia.oaxaca.delitos@outlook.com>\nAsunto: Solicitud urgente\n\nSe les requiere entregar los datos de registro de la cuenta \"costa_verde_21\" en un plazo de 24 horas.\n\nAtentamente,\nUnidad de Delitos Informáticos\n");

        Assert.Equal("Mexico", result.Fields.Country);
    }

    [Fact]
    public void An_ICAC_task_force_is_placed_in_the_United_States()
    {
        var result = _engine.Triage("From: Task Force Desk <icac.desk.tf@gmail.com>\nSubject: urgent child safety\n\nI am an investigator with an ICAC task force. Please send the subscriber details of the user \"pebble_fox_12\" today.\n\nInv. R. Lane\n");

        Assert.Equal("United States", result.Fields.Country);
    }
}
