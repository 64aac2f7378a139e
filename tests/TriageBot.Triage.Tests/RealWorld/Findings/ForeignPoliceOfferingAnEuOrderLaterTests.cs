using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 round 12: a foreign police unit that asks directly and offers an EU production order only if the
/// provider requires one ("Si ustedes requieren una Orden Europea de Producción, la tramitaremos") has served no EU
/// order: the request is direct foreign process, and the advice on it is given.</summary>
public class ForeignPoliceOfferingAnEuOrderLaterTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_spanish_police_request_offering_an_EU_order_if_required_is_direct_foreign_process()
    {
        var result = _engine.Triage("""
            From: Brigada de Investigación Tecnológica <bit.madrid@policia.es>
            Subject: solicitud de colaboración - cuenta «sierra_norte_inversiones»
            Muy señores nuestros: en el marco de unas diligencias por estafa, esta Brigada solicita los datos de registro
            y las direcciones IP de conexión de la cuenta «sierra_norte_inversiones». Si ustedes requieren una Orden
            Europea de Producción, les rogamos nos lo indiquen y la prepararemos.
            Inspector Tomás Villaverde-Ikeda
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
