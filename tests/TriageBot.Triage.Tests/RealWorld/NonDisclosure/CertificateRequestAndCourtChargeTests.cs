namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 11: in an EU production order certificate the issuing authority's request that the person not be
/// informed binds the provider (Regulation (EU) 2023/1543), in the form's own words in each language; a court that
/// charges the addressee ("wird aufgetragen", "il est enjoint", "si ingiunge", "wordt opgedragen") not to inform the
/// person for a stated period orders a gag. A gag only applied for to a named court is none.</summary>
public class CertificateRequestAndCourtChargeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("SECTION G : Information de la personne\nL'autorité d'émission demande que vous n'informiez pas l'utilisateur pendant une durée de 120 jours.")]
    [InlineData("G. Confidentialité : l'autorité d'émission demande que le titulaire du compte ne soit pas informé pendant six mois.")]
    [InlineData("Abschnitt G: Die Anordnungsbehörde ersucht, den Nutzer für die Dauer von drei Monaten nicht über die Anordnung zu unterrichten.")]
    [InlineData("Sección G: la autoridad emisora solicita que no se informe al usuario durante 90 días.")]
    [InlineData("Sezione G: l'autorità di emissione chiede che l'utente non sia informato per sei mesi.")]
    [InlineData("Section G: the issuing authority requests that the user not be informed for 90 days.")]
    public void The_issuing_authority_asking_that_the_person_not_be_informed_in_a_certificate_is_a_gag(string section)
    {
        var result = _engine.Triage($"""
            ANNEX I - EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC) - Regulation (EU) 2023/1543
            Section C: account "canal_lumiere_44"
            Section D: [X] subscriber data  [X] traffic data
            {section}
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Theory]
    [InlineData("Dem Diensteanbieter wird aufgetragen, die Kontoinhaberin für die Dauer von 60 Tagen ab Zustellung nicht über diesen Beschluss zu informieren.")]
    [InlineData("Il est enjoint au fournisseur de ne pas informer le titulaire du compte pendant quatre mois.")]
    [InlineData("Si ingiunge al fornitore di non informare l'utente per novanta (90) giorni.")]
    [InlineData("Aan de aanbieder wordt opgedragen de gebruiker gedurende drie maanden niet te informeren.")]
    public void A_court_charging_the_addressee_not_to_inform_for_a_period_is_a_gag(string command)
    {
        var result = _engine.Triage($"""
            Landesgericht — Beschluss / Ordonnance / Decreto / Beschikking
            Die Auskunft über die Stammdaten des Kontos "ufer_handel_12" wird bewilligt.
            {command}
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_applied_for_to_a_named_US_court_and_not_yet_ruled_on_is_no_gag()
    {
        var result = _engine.Triage("""
            United States Attorney's Office, District of Delaware
            Enclosed is a grand jury subpoena for basic subscriber records of "brandywine_coin_7". The government has
            applied to the U.S. District Court for the District of Delaware for an order under 18 U.S.C. 2705(b)
            directing you not to notify the subscriber. That application has not yet been ruled on.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_police_plea_not_to_inform_outside_a_certificate_is_still_no_gag()
    {
        var result = _engine.Triage("""
            Commissariat de police de Nantes — demande directe
            Nous sollicitons les données d'inscription du compte « erdre_vente_3 ». Nous vous prions de ne pas informer
            l'utilisateur.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
