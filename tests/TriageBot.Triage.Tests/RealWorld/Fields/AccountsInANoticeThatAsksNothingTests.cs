using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11: a notice that asks for nothing — a request withdrawn or fulfilled, a case closed, a gag lifted,
/// a journalist's question — names accounts without specifying them, in each language; a fulfilled order whose gag
/// still runs keeps the account it shields. Beside a target, an account marked as the victim's on a form line, or as
/// the account of the victim's parent, or "not targeted" in a bracket on the next line, is no target.</summary>
public class AccountsInANoticeThatAsksNothingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string handle) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == handle);

    [Theory]
    [InlineData("Please be advised that the court vacated the non-disclosure order concerning the account \"cascade_mill_77\". The investigation is closed. No further production is requested.")]
    [InlineData("Par la présente, la demande de confidentialité concernant le compte « vieux_lille_88 » est levée. Aucune nouvelle donnée n'est demandée.")]
    [InlineData("Acusamos a receção da vossa resposta relativa ao utilizador «foz_douro_55». O pedido está integralmente satisfeito. Nada mais é solicitado.")]
    [InlineData("Le comunicamos que las diligencias sobre el perfil «triana_feria_21» han sido archivadas; nada más se solicita.")]
    public void Accounts_named_in_a_notice_that_asks_for_nothing_are_not_targets(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.Empty(result.Fields.Accounts);
    }

    /// <summary>Round 20: the gag a fulfilled order carried is one the provider already holds with that case; a note that
    /// only recalls it serves no new order (two blind label sets agree; train10 c11 said otherwise).</summary>
    [Fact]
    public void A_fulfilled_order_whose_gag_still_runs_is_recalled_not_served_again()
    {
        var result = _engine.Triage("""
            Objet : ordonnance de communication — documents reçus
            Nous avons bien reçu les documents visant le compte « vieux_port_antiques ». Nous n'avons besoin de rien
            d'autre. L'ordonnance de non-communication reste en vigueur jusqu'au 20 mai 2027.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.False(Has(result, "vieux_port_antiques"));
    }

    [Fact]
    public void A_request_that_asks_for_records_keeps_its_target()
    {
        var result = _engine.Triage("""
            From: Det. Omar Reyes <oreyes@sheriff.example.gov>
            Subject: Subpoena 26-118
            You are commanded to produce subscriber records and login IPs for the account "cascade_mill_77".
            """);

        Assert.True(Has(result, "cascade_mill_77"));
    }

    [Fact]
    public void A_victims_account_given_on_a_form_line_with_a_bracket_below_is_not_a_target()
    {
        var result = _engine.Triage("""
            ANEXO I - EPOC
            C. Utilizador visado: «tejo_sombra_31» (ID 40021977381). Vítima: titular da conta «ana_lisboa_07»
               (não visada; os dados desta conta não são pedidos).
            D. Dados: [X] assinante [X] tráfego
            """);

        Assert.True(Has(result, "tejo_sombra_31"));
        Assert.False(Has(result, "ana_lisboa_07"));
    }

    [Fact]
    public void The_account_of_the_victims_parent_beside_a_numeric_target_is_not_a_target()
    {
        var result = _engine.Triage("""
            SEARCH AND SEIZURE WARRANT - ATTACHMENT A
            The account with user ID 55120983311, which messaged the minor victim's account "sky.k.rides" and the account
            of the victim's mother "mesa_mom_az".
            ATTACHMENT B: subscriber records and IP logs of the target account.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "55120983311");
        Assert.False(Has(result, "sky.k.rides"));
        Assert.False(Has(result, "mesa_mom_az"));
    }
}

/// <summary>Round 11: a victim's account that the request asks about to locate her ("(vittima, da localizzare)",
/// "(victim, missing)") is specified beside the suspect's, in each language.</summary>
public class VictimAccountAskedToLocateTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Account: profilo «lago_nebbia_09» (vittima, da localizzare) e profilo «ricatto_88» (presunto estorsore). Chiediamo gli ultimi IP di entrambi i profili.")]
    [InlineData("Accounts: \"lakeside_fern_09\" (victim, missing since Sunday) and \"shadow_trade_88\" (suspect). We need the last login IPs of both.")]
    [InlineData("Cuentas: «lago_niebla_09» (víctima, desaparecida) y «chantaje_88» (sospechoso). Solicitamos las últimas IP de ambas.")]
    public void A_victims_account_asked_about_to_locate_her_is_a_target(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.Equal(2, result.Fields.Accounts.Count(a => a.Kind == AccountKind.Username));
    }
}
