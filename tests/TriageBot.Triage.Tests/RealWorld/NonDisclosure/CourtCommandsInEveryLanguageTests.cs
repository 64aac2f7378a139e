namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 classes 4 and 7: a court's command that the provider not tell the user, in the subjunctive of
/// each language, is a gag; a requester's wish beside a statement that no order exists is not.</summary>
public class CourtCommandsInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("The court ordered that the provider not notify the account holder for 180 days.")]
    [InlineData("El Juzgado acuerda que la empresa no informe al titular de la cuenta durante seis meses.")]
    [InlineData("De rechter-commissaris beveelt dat de dienstverlener de gebruiker gedurende zes maanden niet informeert.")]
    [InlineData("Il GIP dispone che il fornitore non informi l'utente per sei mesi.")]
    [InlineData("O juiz determinou que o provedor não informe o usuário pelo prazo de 180 dias.")]
    public void A_court_command_not_to_inform_the_user_is_a_gag(string sentence)
    {
        var result = _engine.Triage("Subject: order for the account \"dune_road_5\"\n\n" + sentence + "\n");

        Assert.True(result.Flags.NonDisclosureOrder, sentence);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Theory]
    [InlineData("We would appreciate it if you did not notify the user; there is no court order to that effect.")]
    [InlineData("Le rogamos que no informe al usuario, aunque no existe orden judicial al respecto.")]
    [InlineData("Wij verzoeken u de gebruiker niet te informeren; er is geen rechterlijk bevel.")]
    public void A_wish_not_to_inform_without_an_order_is_no_gag(string sentence)
    {
        var result = _engine.Triage("Subject: request for the account \"dune_road_5\"\n\n" + sentence + "\n");

        Assert.False(result.Flags.NonDisclosureOrder, sentence);
    }
}
