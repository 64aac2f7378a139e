using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 16: a foreign police force's emergency that announces formal process only "if needed" ("une
/// commission rogatoire suivra si nécessaire", "ein Rechtshilfeersuchen folgt bei Bedarf", "una rogatoria seguirà se
/// necessario") is an emergency with the nonUs flag: the announced paper is another paper, not this one.</summary>
public class ForeignEmergencyWithProcessToFollowTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Police cantonale de Genève – Centrale d'engagement\nBoulevard Carl-Vogt 17, 1205 Genève, Suisse\n\n" +
                "Objet : femme retenue contre son gré – compte « rhone_etoile_grise »\n\nUne jeune femme est retenue contre son gré " +
                "dans un appartement ; elle écrit depuis ce compte qu'il la tuera s'il la voit écrire. Nous vous demandons sans délai " +
                "l'adresse IP de la dernière connexion du compte. Une commission rogatoire suivra si nécessaire.\n" +
                "Sgt Léa Morand-Okafor – lea.morand@police.ge.ch\n")]
    [InlineData("Kantonspolizei Bern – Einsatzzentrale\nPapiermühlestrasse 1, 3013 Bern, Schweiz\n\nBetreff: Geiselnahme – Konto " +
                "\"aare_nebel_77\"\n\nEine Frau wird in einer Wohnung als Geisel gefangen gehalten; der Täter droht, sie zu töten. Wir " +
                "ersuchen sofort um die IP-Adresse der letzten Anmeldung des Kontos. Ein Rechtshilfeersuchen folgt bei Bedarf.\n" +
                "Wm Jonas Brunner-Mensah – jonas.brunner@police.be.ch\n")]
    [InlineData("Polizia cantonale Ticino – Centrale operativa\nViale Franscini 3, 6500 Bellinzona, Svizzera\n\nOggetto: ostaggio – " +
                "account «ceresio_luna»\n\nUna ragazza è tenuta in ostaggio in un garage e il sequestratore minaccia di ucciderla. Chiediamo " +
                "subito l'indirizzo IP dell'ultimo accesso dell'account. Una rogatoria internazionale seguirà se necessario.\n" +
                "App. Sara Bernasconi-Adeyemi – sara.bernasconi@polca.ti.ch\n")]
    public void A_foreign_forces_emergency_that_announces_process_if_needed_pages(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.NonUs);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_letter_rogatory_served_for_a_past_offence_stays_international()
    {
        var result = _engine.Triage("Ministère public du canton de Genève\nRoute de Chancy 6B, 1213 Petit-Lancy, Suisse\n\n" +
                                    "COMMISSION ROGATOIRE INTERNATIONALE\n\nDans l'instruction pénale pour escroquerie, nous vous prions de transmettre " +
                                    "les données d'inscription du compte « salève_conseil » du 1er mars au 30 avril 2026.\n" +
                                    "Le procureur : M. Dubois-Nkemelu – mp.geneve@justice.ge.ch\n");

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }
}
