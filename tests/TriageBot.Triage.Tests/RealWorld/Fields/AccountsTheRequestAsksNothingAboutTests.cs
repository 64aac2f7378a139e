using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 15: an account the request says it asks nothing about ("no records are sought from it",
/// "n'est visé par aucune demande", "is not subject to this subpoena"), a victim or offended party named with the
/// handle in brackets ("one of our victims (", "à ofendida (conta"), a handle said to be the victim's, and the other
/// side of the writer's own conversations are no targets; counsel's client's own account is the target when every
/// other account is a bystander; an internal id in brackets is a target's id.</summary>
public class AccountsTheRequestAsksNothingAboutTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string handle) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == handle);

    [Theory]
    [InlineData("Please produce subscriber records for \"lake_view_liar\". The account \"kind_neighbor_7\" is the complainant's own account; no records are requested from it.", "kind_neighbor_7")]
    [InlineData("Réquisition : données du compte « faux_vendeur_69 ». Le compte de son frère (« marc_frere_01 ») n'est visé par aucune demande.", "marc_frere_01")]
    [InlineData("Subpoena for the account \"warehouse_boss\". The co-worker's account (\"dock_helper_3\") is not subject to this subpoena and we ask nothing about it.", "dock_helper_3")]
    [InlineData("Please preserve \"midnight_seller\". One of our robbery victims (\"trusting_buyer_9\") met him through your site.", "trusting_buyer_9")]
    [InlineData("Solicita-se os dados da conta \"douro_troll\" e tudo o que escreveu à ofendida (conta \"maria_ribeira_5\").", "maria_ribeira_5")]
    [InlineData("Produce everything \"north_stalker\" sent to \"quiet_reader_2\". \"quiet_reader_2\" is the victim; nothing is sought from her account.", "quiet_reader_2")]
    [InlineData("I own the account \"cake_by_ana\". For small claims court I need a printout of my own conversations with her\n(account \"late_payer_22\") from June.", "late_payer_22")]
    public void An_account_the_request_asks_nothing_about_is_no_target(string text, string bystander)
    {
        Assert.False(Has(_engine.Triage(text), bystander));
    }

    [Fact]
    public void Counsels_clients_own_account_is_the_target_when_the_other_is_a_bystander()
    {
        var result = _engine.Triage("""
            Objet : demande de communication — compte de mon client « rhone_paul_8 »
            Mon client est le titulaire du compte « rhone_paul_8 » et souhaite obtenir les messages qu'il a échangés.
            Le compte de son épouse (« rhone_claire_8 ») n'est visé par aucune demande.
            """);

        Assert.True(Has(result, "rhone_paul_8"));
        Assert.False(Has(result, "rhone_claire_8"));
    }

    [Fact]
    public void An_internal_id_in_brackets_is_the_accounts_id()
    {
        var result = _engine.Triage("""
            ABSCHNITT D: Betroffene Daten
              Benutzerkonto: fichtel_pfand   (interne ID 55102938476)
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "55102938476");
    }
}
