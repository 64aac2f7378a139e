using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 13: a gag that runs "until further decision" of the court has no end of its own, in every
/// language read; the time an order gives to PRODUCE ("forneça no prazo de 5 dias") is the answer's deadline, never the
/// gag's end; and a ban worded "il vous est fait interdiction de porter à la connaissance" is the judge's own order.</summary>
public class GagUntilTheCourtDecidesAgainTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("pt", "TRIBUNAL DE JUSTIÇA DO ESTADO DO PARANÁ\n3ª Vara Criminal de Londrina\n\nDECISÃO\nDetermino que o provedor forneça, no prazo de 10 (dez) dias, os dados cadastrais e os registros de acesso do perfil \"norte_pr_trocas\". Decreto o sigilo da medida, vedada a comunicação ao investigado até ulterior deliberação deste Juízo.\n\nJuiz de Direito - assinado digitalmente\n")]
    [InlineData("es", "JUZGADO DE INSTRUCCIÓN N.º 4 DE SEVILLA\n\nAUTO\nSe acuerda requerir al proveedor para que aporte, en el plazo de diez días, los datos de registro de la cuenta \"triana_ofertas\". Se ordena que no informe al titular de la cuenta hasta nueva resolución de este Juzgado.\n\nEl Magistrado-Juez\n")]
    [InlineData("it", "TRIBUNALE DI BOLOGNA - Ufficio del GIP\n\nDECRETO\nSi ordina al fornitore di trasmettere entro 15 giorni i dati di registrazione dell'account \"portici_market\". È fatto divieto di informare l'utente fino a diversa disposizione di questo giudice.\n\nIl Giudice per le indagini preliminari\n")]
    [InlineData("en", "SUPERIOR COURT OF ARIZONA, MARICOPA COUNTY\n\nORDER\nThe provider shall produce within 14 days the subscriber records for the account \"saguaro_sales\". It is further ordered that the provider shall not notify the subscriber of this order until further order of this Court.\n\nJudge of the Superior Court\n")]
    public void A_gag_until_the_court_decides_again_states_no_end_and_the_production_period_is_not_its_end(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder, language);
        Assert.Null(result.Fields.NonDisclosureUntil);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_french_judges_ban_on_bringing_the_requisition_to_the_holders_knowledge_is_a_gag_with_its_period()
    {
        var result = _engine.Triage("Cabinet du juge d'instruction - Tribunal judiciaire de Nantes\n\nRÉQUISITION (art. 99-3 du code de procédure pénale)\nNous requérons la société de nous communiquer les données d'identification du compte « erdre_invest ».\n\nInterdiction d'informer : il vous est fait interdiction de porter la présente réquisition à la connaissance du titulaire du compte, pendant une durée de trois mois à compter de sa réception.\n");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("3 months", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_with_its_own_period_beside_a_production_deadline_keeps_its_own_period()
    {
        var result = _engine.Triage("TRIBUNAL DE JUSTIÇA DO ESTADO DE MINAS GERAIS\n\nDECISÃO\nDetermino que o provedor forneça, no prazo de 5 (cinco) dias, os registros de conexão do perfil \"serra_bh_vendas\". Vedada a comunicação ao usuário pelo prazo de 90 (noventa) dias.\n\nJuíza de Direito\n");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("90 days", result.Fields.NonDisclosurePeriod);
    }
}
