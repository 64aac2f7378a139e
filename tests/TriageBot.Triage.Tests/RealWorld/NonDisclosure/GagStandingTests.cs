using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>A gag binds while an order or statute imposes it; one that expired or was lifted does not, and a
/// party's right to apply to vary an order is not an application for a gag.</summary>
public class GagStandingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_gag_that_expired_in_a_sentence_of_its_own_does_not_bind()
    {
        var result = _engine.Triage("""
            In March 2026 the Court entered an order under 18 U.S.C. 2705(b) precluding Northwind from
            notifying the subscriber of the subpoena for 180 days. That order expired on September 20, 2026.
            Northwind is no longer prohibited from notifying its user.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_order_that_forbids_disclosing_its_making_binds_though_the_respondent_may_apply_to_vary_it()
    {
        var result = _engine.Triage("""
            OVERSEAS PRODUCTION ORDER - Crown Court at Leeds
            1. The respondent shall produce the stored messages of "aire_valley_7".
            2. The respondent shall not disclose the making of this order to any person for a period of 6 months (section 8). 3. The respondent may apply to vary or revoke this order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("6 months", result.Fields.NonDisclosurePeriod);
    }

    [Fact]
    public void A_brazilian_order_to_abstain_from_informing_the_user_binds_for_its_stated_period()
    {
        var result = _engine.Triage("""
            PODER JUDICIÁRIO - 3ª Vara Criminal de Curitiba
            DETERMINO que a empresa forneça os dados do perfil "curitiba_noite".
            Determino, ainda, que a empresa se abstenha de comunicar ao usuário a existência desta decisão pelo prazo de 60 (sessenta) dias.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("60 days", result.Fields.NonDisclosurePeriod);
    }

    [Fact]
    public void A_spanish_order_to_abstain_from_notifying_is_a_gag()
    {
        var result = _engine.Triage("""
            Juzgado de Instrucción n.º 2 de Sevilla. Se acuerda requerir a Northwind Labs los datos de "giralda_99".
            La entidad requerida se abstendrá de informar al usuario durante el plazo de tres meses.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
