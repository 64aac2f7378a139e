namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a bare word for secrecy given as the cause of something else ("Niet bellen i.v.m. de
/// geheimhouding", "do not call because of the secrecy") forbids nothing; an order named as the cause still binds.</summary>
public class SecrecyGivenAsACauseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Wij vorderen de IP-adressen van het account \"dam_koerier\". Antwoord uitsluitend per e-mail. Niet bellen i.v.m. de geheimhouding.")]
    [InlineData("Bitte übermitteln Sie die Bestandsdaten zum Konto \"spree_kurier\". Rückfragen bitte nur per E-Mail aufgrund der Geheimhaltung.")]
    [InlineData("Merci de transmettre les données du compte « seine_coursier » par courriel uniquement, en raison de la confidentialité absolue.")]
    public void Secrecy_named_as_the_reason_for_something_else_is_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_order_named_as_the_cause_still_binds()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - District Court
            Produce the messages of the account "dam_koerier". Because of the non-disclosure order entered under 18 U.S.C. 2705(b), the Provider shall not notify the subscriber for 180 days.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
