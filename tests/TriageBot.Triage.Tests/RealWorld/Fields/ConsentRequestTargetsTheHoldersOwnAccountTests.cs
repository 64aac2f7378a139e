using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 16: in a request for the holder's own data (on consent), the holder's account is the
/// target; "no data of other accounts" limits the request instead of saying it asks nothing, and the accounts on the
/// other side of the holder's conversations are no targets.</summary>
public class ConsentRequestTargetsTheHoldersOwnAccountTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string handle) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == handle);

    [Theory]
    [InlineData("Re: Consent-based request for our client's account \"coral_drummer\"\n\nEnclosed is our client's signed consent. Please provide his direct messages of July 2026. We are not asking for any information about the complainant's account.\n\nJo Park, Esq.", "coral_drummer")]
    [InlineData("Con el consentimiento firmado de la titular de la cuenta «albaicin_lu», les solicitamos sus mensajes privados de marzo de 2026. No pedimos ningún dato de otras cuentas.\n\nLetrada colegiada", "albaicin_lu")]
    public void The_holders_account_stays_a_target_when_other_accounts_are_carved_out(string text, string holder)
    {
        Assert.True(Has(_engine.Triage(text), holder));
    }

    [Theory]
    [InlineData("Con il consenso scritto del titolare dell'account «brenta_luca», Vi chiedo le chat dell'account con gli utenti «riva_pettegola» e «ponte_chiacchiere» di giugno 2026.", "brenta_luca", "ponte_chiacchiere")]
    [InlineData("The victim signed a CONSENT TO RELEASE OF ACCOUNT RECORDS for her account \"lake_sunrise_jo\": please disclose the messages exchanged between her account and the account \"cold_hands_22\" in October 2026.", "lake_sunrise_jo", "cold_hands_22")]
    [InlineData("Eu, titular da conta \"foz_marta_foto\", autorizo expressamente a entrega à minha advogada das mensagens que a minha conta enviou ao perfil \"ex_do_porto\" em outubro de 2026.", "foz_marta_foto", "ex_do_porto")]
    public void The_other_side_of_the_holders_conversations_is_no_target(string text, string holder, string counterparty)
    {
        var result = _engine.Triage(text);

        Assert.True(Has(result, holder));
        Assert.False(Has(result, counterparty));
    }
}
