using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 2: a word of cancelling withdraws the request only when it speaks of the request (or of
/// the order, or the duty it imposed). "L'annulation de deux contrats" in a lawyer's account of the harm done to
/// his client cancels contracts, and the letter is still a request; "la demande ... est ANNULÉE" withdraws it.</summary>
public class WithdrawalWordNeedsItsObjectTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_cancelled_contract_in_the_facts_does_not_withdraw_the_letter()
    {
        var result = _engine.Triage("""
            Me Laurent Bissonnette-Ako, avocat
            Objet : Notre cliente, Boulangerie des Cantons inc. - compte « pain_truque_estrie »

            Nous représentons une boulangerie de l'Estrie. Le compte « pain_truque_estrie » affirme que notre
            cliente vend du pain industriel, ce qui est faux et a causé l'annulation de trois commandes.
            Notre cliente entend intenter un recours en diffamation devant la Cour supérieure. Nous vous
            demandons de nous communiquer le nom et l'adresse courriel du titulaire du compte.
            """);

        Assert.False(result.Withdrawn);
        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }

    [Theory]
    [InlineData("Objet : ANNULATION - demande urgente du 29/11\n\nNous annulons notre demande urgente envoyée cette nuit concernant le compte « rive_gauche_12 ».\n")]
    [InlineData("Asunto: Solicitud 2211/2026\n\nLes comunicamos que queda sin efecto nuestra solicitud del 20/11/2026 relativa a la cuenta \"sol_y_sombra\".\n")]
    [InlineData("Oggetto: richiesta del 21/11\n\nLa richiesta sotto riportata è da intendersi annullata: il procedimento è stato archiviato.\n")]
    public void A_withdrawal_of_the_request_still_withdraws_it(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Withdrawn);
    }
}
