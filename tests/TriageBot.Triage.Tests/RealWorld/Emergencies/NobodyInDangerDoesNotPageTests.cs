using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 13: a danger denied by its subject ("no one is in immediate danger", "niemand ist in
/// Lebensgefahr", "personne n'est en danger", "nadie está en peligro") pages no one, in every language read; a
/// danger someone IS in, in a sentence that also says nobody knows where she is, still pages.</summary>
public class NobodyInDangerDoesNotPageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("UNITED STATES DISTRICT COURT\nORDER under 18 U.S.C. 2703(d)\n\nProvider shall disclose subscriber records and login IP " +
                "addresses for the account \"mesa_blue_fox\" to locate a fugitive. The agent adds: speed helps, but no one is in immediate " +
                "danger here.\n")]
    [InlineData("Sheriff's Office — Records Unit\n\nPlease preserve the account \"harbor_crane_2\" for 90 days. Nobody is currently in " +
                "danger; this is an ordinary fraud case.\n")]
    [InlineData("Polizeipräsidium Kassel – K 12\n\nAuskunftsersuchen zu Bestandsdaten des Kontos \"fulda_wolke\" wegen Betrugs. " +
                "Niemand ist in Lebensgefahr, eine Antwort binnen 30 Tagen genügt.\n")]
    [InlineData("Gendarmerie nationale — Brigade de Rennes\n\nRéquisition pour les données d'inscription du compte « vilaine_grise ». " +
                "Personne n'est en danger, les faits remontent à juin.\n")]
    [InlineData("Policía Nacional — Comisaría de Murcia\n\nSolicitamos los datos de registro de la cuenta «segura_roja» por una estafa. " +
                "Nadie está en peligro; respondan en el plazo habitual.\n")]
    [InlineData("Polícia Judiciária — Diretoria do Norte\n\nSolicitamos os dados de registo da conta «douro_cinza» num inquérito por burla. " +
                "Ninguém corre perigo de vida.\n")]
    [InlineData("Polizia di Stato — Questura di Bari\n\nChiediamo i dati anagrafici dell'account «murgia_verde» per una truffa. " +
                "Nessuno è in pericolo di vita.\n")]
    [InlineData("Politie Eenheid Oost-Brabant\n\nWij vragen de registratiegegevens van het account \"dommel_reiger\" in een oplichtingszaak. " +
                "Niemand verkeert in levensgevaar.\n")]
    public void A_danger_nobody_is_in_does_not_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Theory]
    [InlineData("Police Department — Detective Bureau\n\nNo one has heard from the 14-year-old since last night and she is in immediate " +
                "danger. We need the login IP addresses for the account \"river_lark_9\" now.\n")]
    [InlineData("Gendarmerie nationale — Brigade de Rennes\n\nPersonne ne sait où elle se trouve ; la victime est en grave danger. " +
                "Nous demandons en urgence l'IP de connexion du compte « vilaine_grise ».\n")]
    public void A_danger_someone_is_in_still_pages_beside_a_nobody(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
    }
}
