namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: an EU production order certificate's section on informing the user, in the words the German,
/// Dutch and Spanish forms use for the addressee refraining ("sieht ... davon ab, ... zu unterrichten", "ziet af van
/// het informeren", "se abstendrá de informar"), is a gag with the period or date it states; an unticked box is none.</summary>
public class AddresseeRefrainsFromInformingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("EPOC - Verordnung (EU) 2023/1543\nABSCHNITT B - Unterrichtung des Nutzers\n  [X] Der Adressat sieht für einen Zeitraum von 8 Wochen ab Zugang davon ab, die Person, deren Daten angefordert werden, zu unterrichten.\nKonto: \"dom_tausch\"", "8 weeks")]
    [InlineData("EPOC - Verordening (EU) 2023/1543\nAFDELING B - Informeren van de gebruiker\n  [X] De adressaat ziet af van het informeren van de persoon wiens gegevens worden gevraagd, gedurende drie maanden.\nAccount: \"maas_ruil\"", "3 months")]
    [InlineData("EPOC - Reglamento (UE) 2023/1543\nSECCIÓN B - Información al usuario\n  [X] El destinatario se abstendrá de informar a la persona cuyos datos se solicitan durante dos meses.\nCuenta: «tajo_cambios»", "2 months")]
    public void The_addressee_refraining_from_informing_is_a_gag_with_its_period(string text, string period)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(period, result.Fields.NonDisclosurePeriod);
    }

    [Fact]
    public void An_unticked_box_for_refraining_is_no_gag()
    {
        var result = _engine.Triage("""
            EPOC - Verordening (EU) 2023/1543
            AFDELING B - Informeren van de gebruiker
              [ ] De adressaat ziet af van het informeren van de persoon wiens gegevens worden gevraagd.
            Account: "maas_ruil"
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
