using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11: a relative of the victim is no target either ("the victim's wife's account (x)"); and a law
/// firm's letterhead phone is the firm's, even when the firm's name ends in "Associados" (partners), which is not
/// "associated with the account".</summary>
public class RelativesAndFirmLetterheadsAreNotTargetsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string value) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == value);

    [Fact]
    public void The_victims_wifes_account_in_brackets_is_not_a_target()
    {
        var result = _engine.Triage("""
            From: Sgt. L. Moreau <lmoreau@pbso.org>
            Subject: Emergency disclosure request
            A man is being held for ransom by the user "canyon_raider_55". We ask for the IP logs of "canyon_raider_55"
            and the messages it exchanged with the victim's wife's account (sunny_mesa_mom) in the last 24 hours.
            """);

        Assert.True(Has(result, "canyon_raider_55"));
        Assert.False(Has(result, "sunny_mesa_mom"));
    }

    [Fact]
    public void A_firm_named_associados_does_not_make_its_phone_a_target()
    {
        var result = _engine.Triage("""
            PEREIRA & OKONKWO ADVOGADOS ASSOCIADOS
            Av. Borges de Medeiros, 410, sala 12 – Centro – Porto Alegre/RS – CEP 90020-020 – (51) 5550-4471

            Porto Alegre, 20 de novembro de 2026.

            Na qualidade de advogados da autora, encaminhamos a decisão que determinou o fornecimento dos dados
            cadastrais do perfil "serra_gaucha_fofoca".
            """);

        Assert.True(Has(result, "serra_gaucha_fofoca"));
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Kind == AccountKind.Phone);
    }
}
