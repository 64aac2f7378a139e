namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 13: a gag the court refuses, or one a person only asks about, is none; a secrecy duty laid on
/// the provider by a magistrate, or an EU certificate's addressee told to refrain from informing, is one; and an end
/// said as a length ("pour une période d'un an") or as a date ("pas avant le 15 mars 2027") is an end.</summary>
public class GagDeniedAskedAboutOrBoundedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_warrant_whose_court_finds_no_showing_of_adverse_result_carries_no_gag()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Jefferson Circuit Court, No. 26-SW-0412
            The provider shall produce the subscriber records and login history of the account "derby_dash_77".
            The State's application for an order barring the provider from telling the user is DENIED; the Court finds no showing of adverse result under 18 U.S.C. 2705(b).
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_data_subject_asking_whether_a_secrecy_order_exists_names_no_gag()
    {
        var result = _engine.Triage("""
            Betreff: Auskunft nach Art. 15 DSGVO
            Ich bitte um Auskunft über meine Daten zum Konto „alster_paddler“ und darum, mir mitzuteilen, ob eine Geheimhaltungsanordnung zu meinem Konto vorliegt.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_belgian_magistrates_duty_of_secrecy_on_the_provider_is_a_gag()
    {
        var result = _engine.Triage("""
            Cabinet du juge d'instruction, Tribunal de première instance de Namur. Réquisitoire (art. 88bis C.i.cr.).
            Veuillez communiquer les données d'identification et les adresses IP du compte « meuse_kayak ».
            Le fournisseur requis est tenu de garder le secret sur la présente mesure jusqu'à nouvel ordre.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_german_certificate_whose_addressee_refrains_from_informing_is_a_gag()
    {
        var result = _engine.Triage("""
            EPOC - Europäische Herausgabeanordnung (Verordnung (EU) 2023/1543), Staatsanwaltschaft Bremen
            Angeforderte Daten: Verkehrsdaten des Kontos „weser_wal“.
            Unterrichtung: Der Adressat sieht vorerst von jeder Unterrichtung der betroffenen Person ab.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Une ordonnance de non-divulgation interdit à votre entreprise de révéler l'existence de l'ordonnance pour une période d'un an.")]
    [InlineData("Information de la personne : la personne ne doit pas être informée avant le 15 mars 2027 ; le destinataire s'abstient de toute information de l'utilisateur.")]
    public void A_french_gag_that_states_its_length_or_date_has_an_end(string gag)
    {
        var result = _engine.Triage($"""
            Ordonnance de communication (art. 487.014 C.cr.), Cour du Québec, dossier 500-26-0991.
            Veuillez communiquer les données d'abonné du compte « plateau_velo ».
            {gag}
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
