namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 17 (non-disclosure precision): a police plea set off by commas ("Pedimos, por isso, que não
/// informem") beside a statement in the subjunctive that no order exists ("embora não exista qualquer ordem judicial")
/// is a wish, not a gag, in each language; an order that forbids informing still binds.</summary>
public class PleaWithCommasBesideNoOrderTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Polícia Judiciária - pedido de colaboração voluntária para a conta «chiado_loja_7». O processo está em segredo de justiça. Pedimos, por isso, que não informem o titular da conta, embora não exista qualquer ordem judicial nesse sentido.")]
    [InlineData("Policía Nacional - solicitud de colaboración sobre la cuenta «triana_sol_9». Les rogamos, por tanto, que no informen al usuario, aunque no exista ninguna orden judicial al respecto.")]
    [InlineData("Polizia Postale - richiesta di collaborazione per l'account «navigli_sera_4». Vi preghiamo, pertanto, di non informare l'utente, benché non esista alcun ordine del giudice.")]
    public void A_plea_set_off_by_commas_beside_no_order_is_no_gag(string text) =>
        Assert.False(_engine.Triage(text).Flags.NonDisclosureOrder);

    [Fact]
    public void A_judge_forbidding_to_inform_the_user_still_binds()
    {
        var result = _engine.Triage("DESPACHO - Tribunal Central de Instrução Criminal. O juiz determina que o fornecedor não informe o titular da conta «chiado_loja_7» durante seis meses.");

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
