namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 17 (non-disclosure recall): continental orders lay a duty of silence on the provider ("garder le
/// silence sur la présente ordonnance", "Stillschweigen zu bewahren"), put a pronoun between the ban and its verb
/// ("s'abstient de l'informer", "de ne pas en informer"), set the Dutch verb before "niet" ("stelt de betrokkene niet
/// in kennis"), or reach us through OCR ("shal1 not notify"). Each binds where an order gives it; the right to remain
/// silent, a plea and an unticked box do not.</summary>
public class DutyOfSilenceAndPronounClausesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("ORDONNANCE DE DÉPÔT (art. 265 CPP)\nLe Ministère public ORDONNE la remise des données du compte « rive_gauche_77 » et ENJOINT au fournisseur de garder le silence sur la présente ordonnance jusqu'au 30 juin 2027.")]
    [InlineData("Editionsverfügung der Staatsanwaltschaft Basel-Stadt betreffend das Konto «rhein_faehre_12».\nDer Provider wird verpflichtet, über diese Verfügung Stillschweigen zu bewahren (Art. 73 Abs. 2 StPO).")]
    [InlineData("DECRETO DEL PUBBLICO MINISTERO - account «navigli_sera_4».\nSi ordina al fornitore di mantenere il silenzio sul presente decreto per sei mesi.")]
    [InlineData("AUTO DEL JUZGADO DE INSTRUCCIÓN N.º 3 - cuenta «triana_sol_9».\nSe ordena al proveedor guardar silencio sobre la presente resolución durante seis meses.")]
    [InlineData("DESPACHO DO JUIZ DE INSTRUÇÃO - conta «alfama_noite_3».\nO juiz determina que o fornecedor deve guardar silêncio sobre a presente ordem durante seis meses.")]
    [InlineData("BESCHIKKING VAN DE RECHTER-COMMISSARIS - account \"jordaan_fiets_5\".\nDe rechter-commissaris beveelt de aanbieder het stilzwijgen te bewaren over deze beschikking.")]
    public void A_duty_of_silence_laid_by_an_order_is_a_gag(string text) =>
        Assert.True(_engine.Triage(text).Flags.NonDisclosureOrder);

    [Theory]
    [InlineData("Le juge d'instruction a entendu le suspect, qui a fait usage de son droit de garder le silence. Nous demandons les adresses IP du compte « rive_gauche_77 ».")]
    [InlineData("Ante el juez, el investigado se acogió a su derecho a guardar silencio. Solicitamos las direcciones IP de la cuenta «triana_sol_9».")]
    [InlineData("Polizei Basel: wir bitten Sie höflich um Stillschweigen zu dieser Anfrage betreffend das Konto «rhein_faehre_12».")]
    public void The_right_to_remain_silent_or_a_plea_is_no_gag(string text) =>
        Assert.False(_engine.Triage(text).Flags.NonDisclosureOrder);

    [Theory]
    [InlineData("CERTIFICAT EPOC - Règlement (UE) 2023/1543\nSECTION F : Information de la personne\n   [X] Le destinataire s'abstient de l'informer pendant trois (3) mois, conformément à l'article 13.")]
    [InlineData("Le Ministère public ORDONNE la remise des données du compte « rive_gauche_77 » et enjoint au fournisseur de ne pas en informer le titulaire du compte.")]
    [InlineData("EPOC - Verordening (EU) 2023/1543\nDEEL G - Informatie aan de betrokkene\n   [X] De geadresseerde stelt de betrokkene niet in kennis gedurende zes (6) weken na ontvangst.")]
    [InlineData("IN THE GENERAL SESSIONS COURT - SEARCH WARRANT\nNON-DISCLOSURE: [Provider] shal1 not notify the account holder for thirty (30) days from issuance.")]
    public void A_ban_with_a_pronoun_a_verb_first_or_an_ocr_slip_still_binds(string text) =>
        Assert.True(_engine.Triage(text).Flags.NonDisclosureOrder);

    [Fact]
    public void An_unticked_dutch_certificate_box_forbids_nothing()
    {
        var result = _engine.Triage("EPOC - Verordening (EU) 2023/1543\nDEEL G - Informatie aan de betrokkene\n   [ ] De geadresseerde stelt de betrokkene niet in kennis gedurende zes (6) weken na ontvangst.");

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Die Staatsanwaltschaft St. Gallen verfügt: Der Provider wird verpflichtet, über diese Verfügung Stillschweigen zu bewahren. Die Schweigepflicht gilt bis auf Widerruf.")]
    [InlineData("Le Ministère public FAIT INTERDICTION au fournisseur de porter à la connaissance du titulaire l'existence de la présente ordonnance. Cette interdiction vaut jusqu'à nouvel avis du Ministère public.")]
    public void A_gag_until_the_authority_revokes_it_has_no_end(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_real_condition_before_the_ban_still_holds_it_back()
    {
        var result = _engine.Triage("Polícia Judiciária - pedido relativo à conta «alfama_noite_3». Se o juiz decidir que o fornecedor não informe o titular, enviaremos a decisão.");

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
