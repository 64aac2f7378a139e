using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 9: a police letter that asks as a favour not to tell the user ("vi preghiamo di non
/// informare", "nous vous prions de ne pas") is no order and raises no gag; an EU order whose confidentiality section
/// orders the provider not to inform the person until a dated day is a gag even with the date inside the clause.</summary>
public class PleaVersusOrderInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_italian_police_plea_not_to_inform_the_user_is_no_gag()
    {
        var result = _engine.Triage("""
            POLIZIA DI STATO - Compartimento Polizia Postale, Torino
            Oggetto: richiesta dati relativi all'account "collina_verde_77"
            Si chiede di voler fornire i dati di registrazione e i log di accesso dal 1° ottobre 2026 ad oggi.
            La richiesta è riservata; vi preghiamo di non informare l'utente.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_french_police_plea_not_to_inform_the_user_is_no_gag()
    {
        var result = _engine.Triage("""
            Commissariat de police de Lille - Demande de renseignements
            Nous sollicitons les données d'inscription et les adresses IP de connexion du compte "nord_etoile_59".
            Nous vous prions de ne pas informer l'utilisateur de la présente demande.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_german_epoc_ordering_no_information_until_a_dated_day_is_a_gag()
    {
        var result = _engine.Triage("""
            EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC) - Staatsanwaltschaft Köln, Az. 121 Js 4410/26
            ABSCHNITT B: Herausgabe der Teilnehmerdaten und Verbindungsdaten des Kontos "rhein_falke_12".
            ABSCHNITT G: Vertraulichkeit: Die Anordnungsbehörde ordnet an, dass der Diensteanbieter die betroffene
            Person bis zum 31.03.2027 nicht über die Herausgabe informiert.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
