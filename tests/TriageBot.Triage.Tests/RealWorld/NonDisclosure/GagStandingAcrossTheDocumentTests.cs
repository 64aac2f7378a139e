using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: what binds is the command, not the words around it. A sealed case binds the parties,
/// not the provider; an order's reasons cite the statute's list of adverse results whether it grants the gag or
/// denies it; a court gives a second command in the subjunctive; a Title III order carries the statute's own gag;
/// an end stated beside the gag (a period, a date after which the user is told) is an end.</summary>
public class GagStandingAcrossTheDocumentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_sealed_case_named_in_caption_and_body_is_no_gag()
    {
        var result = _engine.Triage("""
            PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO DO PARANÁ
            *** SEGREDO DE JUSTIÇA ***
            DECISÃO
            Defiro o pedido da autoridade policial e determino ao provedor que forneça, em 10 dias, os dados cadastrais e os
            registros de acesso da conta "curitiba_trocas_77" entre 01/09/2026 e 30/10/2026.
            O processo tramita em segredo de justiça; as respostas devem ser enviadas apenas ao e-mail da vara.
            Curitiba, 20 de novembro de 2026. Juíza de Direito Helena Duarte-Okoro
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_denied_gag_whose_reasons_cite_the_adverse_results_of_2705b_is_no_gag()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT, DISTRICT OF OREGON
            ORDER under 18 U.S.C. 2703(d) for records of the account "cascade_parts_pdx"
            The provider shall disclose within ten days the subscriber records and IP logs of the account.
            The request for an order precluding notice under 18 U.S.C. 2705(b) is DENIED. The Government has not shown
            that notice to the subscriber would lead to any of the adverse results listed in 18 U.S.C. 2705(b).
            /s/ United States Magistrate Judge
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_title_III_order_carries_its_statutory_gag_without_a_missing_end()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT, DISTRICT OF MARYLAND
            ORDER AUTHORIZING THE INTERCEPTION OF ELECTRONIC COMMUNICATIONS (18 U.S.C. 2518)
            IT IS ORDERED that agents may intercept the electronic communications of the account "harbor_east_runner"
            for no longer than thirty days. IT IS FURTHER ORDERED that the provider furnish all technical assistance
            needed to carry out the interception unobtrusively and with a minimum of interference, and that the provider
            not disclose the existence of this Order to any person, except as required by legal process, as provided in
            18 U.S.C. 2511(2)(a)(ii).
            """);

        Assert.Equal(LegalProcessType.Wiretap, result.ProcessType);
        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Theory]
    [InlineData("""
        ANEXO I - CERTIFICADO DE ORDEN EUROPEA DE PRODUCCIÓN (EPOC), Reglamento (UE) 2023/1543
        SECCIÓN A - Autoridad emisora: Juzgado de Instrucción n.º 2 de Málaga
        SECCIÓN D - Datos solicitados: [X] datos de abonados, cuenta «costa_del_sol_ventas»
        SECCIÓN G - Información al usuario: se aplaza durante tres (3) meses; el destinatario no informará al usuario.
        """)]
    [InlineData("""
        BIJLAGE I - EUROPEES VERSTREKKINGSBEVELCERTIFICAAT (EPOC), Verordening (EU) 2023/1543
        A. Uitvaardigende autoriteit: officier van justitie, arrondissementsparket Rotterdam
        C. Gevraagde gegevens: abonneegegevens van het account "maasvlakte_handel"
        G. Vertrouwelijkheid: de dienstverlener wordt verzocht de gebruiker niet te informeren. De gebruiker wordt door de autoriteit ingelicht na 1 maart 2027.
        """)]
    [InlineData("""
        ALLEGATO I - CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC), Regolamento (UE) 2023/1543
        Sezione A  Autorità di emissione: Procura della Repubblica presso il Tribunale di Bari
        Sezione C  Dati richiesti per l'account "levante_scambi": dati relativi agli abbonati
        Sezione F  Riservatezza: il prestatore si astiene dall'informare l'utente per un periodo di quattro mesi dalla ricezione.
        """)]
    public void An_EU_order_that_puts_off_informing_the_user_is_a_gag_with_an_end(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder, text[..60]);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_period_after_an_exception_clause_is_the_gags_end()
    {
        var result = _engine.Triage("""
            OVERSEAS PRODUCTION ORDER (Crime (Overseas Production Orders) Act 2019)
            The Provider shall produce within 7 days the stored messages of the account "clyde_side_seller".
            NON-DISCLOSURE REQUIREMENT: the Provider must not disclose the making of this order to any person, except with
            the leave of the court or the written permission of the appropriate officer, for a period of twelve months from service.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
