namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 17: a victim's account named with the verb of use and a name or clause between ("La victime,
/// Mme X, utilise le compte «…»", "La persona offesa utilizza il profilo", "A vítima que apresentou queixa utiliza o
/// perfil"), or after the handle with an age ("…", eine 81-jährige Geschädigte)") was taken as a target. The role tied
/// to the handle makes it a bystander; the suspect's account stays the target.</summary>
public class VictimNamedWithTheVerbOfUseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("fr", "La victime, Mme Odile Ferrand, utilise le compte « odile_fr_44 ».")]
    [InlineData("it", "La persona offesa utilizza il profilo \"odile_fr_44\" (dato fornito per agevolare la ricerca).")]
    [InlineData("pt", "A vítima que apresentou queixa utiliza o perfil \"odile_fr_44\".")]
    [InlineData("es", "La víctima, doña Odile Ferrand, utiliza la cuenta «odile_fr_44».")]
    [InlineData("en", "The victim, Ms Odile Ferrand, uses the account \"odile_fr_44\".")]
    [InlineData("de", "Die Geschädigte, Frau Odile Ferrand, nutzt das Konto \"odile_fr_44\".")]
    [InlineData("nl", "Het slachtoffer, mevrouw Odile Ferrand, gebruikt het account \"odile_fr_44\".")]
    [InlineData("de", "Betrug zum Nachteil zahlreicher Geschädigter (u. a. Konto \"odile_fr_44\", eine 81-jährige Geschädigte).")]
    public void A_victims_account_named_with_the_verb_of_use_is_not_a_target(string language, string sentence)
    {
        var result = _engine.Triage($"""
            From: Inspector L. Marchetti <l.marchetti@police.example.gov>
            Subject: Request for subscriber data

            We investigate a fraud committed through the account "granite_ferry_77". {sentence}
            Please provide the subscriber data and login IP addresses of "granite_ferry_77".
            Inspector L. Marchetti
            """);

        Assert.False(result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == "odile_fr_44"), language);
        Assert.Contains(result.Fields.Accounts, a => a.Value.TrimStart('@') == "granite_ferry_77");
    }
}
