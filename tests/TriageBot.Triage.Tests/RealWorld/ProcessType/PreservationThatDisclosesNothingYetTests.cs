using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 10: a foreign prosecutor asking to preserve while mutual legal assistance is on its way
/// adds that no disclosure is asked at this stage. That is what a preservation request is, not a notice that asks
/// for nothing: it stays a direct foreign request.</summary>
public class PreservationThatDisclosesNothingYetTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Ministère public du canton de Vaud\nObjet : demande de conservation dans l'attente d'une demande d'entraide\n\n" +
                "Nous vous demandons de conserver les données du compte « leman_noir » pour 90 jours. Aucune communication n'est demandée à ce stade.\n")]
    [InlineData("Fiscalía Provincial de Cádiz\nAsunto: solicitud de conservación de datos\n\nLes pedimos conservar los datos de la cuenta «bahia_gris» " +
                "mientras se tramita la comisión rogatoria. No se requiere ninguna entrega por ahora.\n")]
    public void A_foreign_preservation_request_that_discloses_nothing_yet_is_international(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Fact]
    public void A_notice_that_asks_for_nothing_without_a_preservation_ask_stays_other()
    {
        var result = _engine.Triage("Parquet de Lille\nObjet : procédure 2026/118\n\nL'affaire est terminée. Aucune communication n'est demandée.\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
