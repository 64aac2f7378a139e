namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11, targets: a numeric user id named as "identifiant utilisateur N" or joined to the quoted
/// name by "and ID N" is a target like the name.</summary>
public class NumericIdsNamedBesideTheAccountTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_French_user_identifier_is_a_target()
    {
        var result = _engine.Triage("Objet : réquisition judiciaire\n\nNous vous prions de nous communiquer, pour le compte visé (identifiant utilisateur 61209987342) :\n – les données d'identification ;\n – les adresses IP de connexion.\n");

        Assert.Contains(result.Fields.Accounts, a => a.Value == "61209987342");
    }

    [Fact]
    public void An_id_joined_to_the_quoted_name_by_and_is_a_target()
    {
        var result = _engine.Triage("ORDER UNDER 18 U.S.C. 2703(d)\nThe provider shall disclose, for the account \"gulf_breeze_tx\" and ID 30918847162, the subscriber records.\n");

        Assert.Contains(result.Fields.Accounts, a => a.Value == "30918847162");
    }
}
