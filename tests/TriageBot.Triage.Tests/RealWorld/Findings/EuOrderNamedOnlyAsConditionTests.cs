using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 round 10b: a foreign police letter that names a European Production Order only as what it awaits
/// or what it will obtain if needed ("a la espera de la orden europea de producción", "si une décision (… EPOC) est
/// nécessaire") is not that order: it is a direct foreign request, and FOREIGN_DIRECT_PROCESS applies.</summary>
public class EuOrderNamedOnlyAsConditionTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De: Brigada de Investigación Tecnológica <bit@policia.es>\nAsunto: Solicitud de conservación de datos\n\n" +
                "POLICÍA NACIONAL - Brigada de Investigación Tecnológica\n\nEn el marco de unas diligencias por estafa, se solicita " +
                "la conservación de los datos de la cuenta «tajo_ventas_99» durante 90 días, a la espera de la correspondiente orden " +
                "europea de producción.\n\nInspector Ramiro Sáez-Oyelaran\n")]
    [InlineData("De : Police judiciaire fédérale <pj.namur@police.belgium.eu>\nObjet : Demande de données d'identification\n\n" +
                "POLICE FÉDÉRALE - Police judiciaire de Namur\n\nDans le cadre d'une enquête pour escroquerie, nous sollicitons votre " +
                "collaboration afin d'obtenir l'adresse électronique et les adresses IP de connexion du compte « sambre_lumiere ».\n\n" +
                "Si une décision judiciaire (réquisition ou EPOC) est nécessaire, merci de nous le faire savoir.\n\nCommissaire Lucie Van Acker\n")]
    public void A_european_order_named_as_a_condition_leaves_a_direct_foreign_request(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
