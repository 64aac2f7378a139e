namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 13: a danger stated with a hedge or a time between the verb and "in danger" ("ein Mädchen
/// ist heute Nacht vielleicht in Gefahr", "a girl is possibly in danger tonight", "la niña quizás está esta noche en
/// peligro") is still a danger someone is in now, in each language read.</summary>
public class HedgedDangerTonightPagesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Polizeipräsidium Dortmund – KK 11\n\nEin Mädchen ist heute Nacht vielleicht in Gefahr. Bitte übermitteln Sie sofort die " +
                "IP-Adressen des Kontos \"ruhr_schatten\".\n")]
    [InlineData("Police Department — Juvenile Unit\n\nA girl is possibly in danger tonight. Please send the login IP addresses for the " +
                "account \"silver_moth_4\" right away.\n")]
    [InlineData("Commissariat de Lille\n\nUne fille est peut-être en danger ce soir. Merci de nous transmettre immédiatement l'IP de " +
                "connexion du compte « deule_sombre ».\n")]
    [InlineData("Policía Nacional — Comisaría de Huelva\n\nUna niña quizás esté en peligro esta noche. Necesitamos ya las IP de conexión " +
                "de la cuenta «odiel_negro».\n")]
    [InlineData("Polizia di Stato — Questura di Pisa\n\nUna ragazza è forse in pericolo stanotte. Chiediamo subito gli IP di accesso " +
                "dell'account «arno_scuro».\n")]
    [InlineData("Politie Eenheid Limburg\n\nEen meisje is vannacht misschien in gevaar. Wij vragen direct de IP-adressen van het account " +
                "\"maas_schaduw\".\n")]
    public void A_hedged_danger_tonight_pages(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
    }
}
