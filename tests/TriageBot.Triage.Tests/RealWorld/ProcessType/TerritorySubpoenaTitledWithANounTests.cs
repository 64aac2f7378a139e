using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 13: a Puerto Rico subpoena titled with a noun ("Citación para producción de documentos",
/// "para la entrega de récords") and citing only the territory's own rules is a U.S. subpoena, not foreign process.</summary>
public class TerritorySubpoenaTitledWithANounTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("CITACIÓN PARA PRODUCCIÓN DE DOCUMENTOS")]
    [InlineData("CITACIÓN PARA LA ENTREGA DE RÉCORDS")]
    public void A_puerto_rico_citacion_is_a_us_subpoena(string title)
    {
        var result = _engine.Triage("ESTADO LIBRE ASOCIADO DE PUERTO RICO\nTRIBUNAL DE PRIMERA INSTANCIA - SALA SUPERIOR DE CAGUAS\n\n" +
                                    "PUEBLO DE PUERTO RICO v. RAMÓN VEGA-ORTIZ          Caso Crim. Núm. CAG2026G0099\n\n" + title + " (Regla 235)\n\n" +
                                    "Se le ordena producir, a más tardar el 10 de diciembre de 2026, récords de suscriptor y registros de IP de la " +
                                    "cuenta \"caguas_reventa\". No se solicita contenido.\n\nFiscal Auxiliar Ana Rivera, arivera@justicia.pr.gov");

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.NonUs);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
