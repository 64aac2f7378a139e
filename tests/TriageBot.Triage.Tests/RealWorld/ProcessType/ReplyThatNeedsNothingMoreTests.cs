using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 10: a prosecutor's or police force's reply saying the records arrived and nothing more is
/// needed, or that the provider may close its file, asks for nothing: "other", with no foreign-process finding, in the
/// seven languages read.</summary>
public class ReplyThatNeedsNothingMoreTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De : Parquet de Nîmes <cyber@justice.fr>\nObjet : RE: réquisition 2026/448\n\nBonjour, les éléments transmis sont complets ; " +
                "nous n'avons besoin de rien d'autre. Cordialement, le substitut du procureur\n")]
    [InlineData("De: Fiscalía de Burgos <cyber.burgos@fiscal.es>\nAsunto: diligencias 88/2026\n\nRecibida la información. No necesitamos nada más; " +
                "pueden dar por cerrada la solicitud.\nLa fiscal\n")]
    [InlineData("De: Ministério Público — DIAP Coimbra <diap.coimbra@pgr.pt>\nAssunto: inquérito 55/26\n\nRecebemos os dados. Não precisamos de mais nada " +
                "e podem dar por encerrado o pedido.\nA procuradora\n")]
    [InlineData("Von: Staatsanwaltschaft Bonn <cyber@sta-bonn.nrw.de>\nBetreff: Az. 11 Js 404/26\n\nDie Daten sind eingegangen. Wir benötigen nichts weiter; " +
                "Sie können den Vorgang schließen.\nStaatsanwältin Koch\n")]
    [InlineData("Da: Procura della Repubblica di Pisa <cyber.procura.pisa@giustizia.it>\nOggetto: proc. 77/26\n\nAbbiamo ricevuto i dati; non abbiamo " +
                "bisogno di nient'altro. Potete chiudere la pratica.\nIl PM\n")]
    [InlineData("Van: Openbaar Ministerie Breda <cyber.breda@om.nl>\nOnderwerp: zaak 12/2026\n\nDe gegevens zijn ontvangen. We hebben niets meer nodig; " +
                "u kunt het dossier sluiten.\nDe officier van justitie\n")]
    public void A_reply_that_needs_nothing_more_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
