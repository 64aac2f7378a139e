namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: an EU certificate or a court states the gag's length in words with the figure after
/// them ("noventa (90) días", "centoventi (120) giorni"), or says the user is told after a date; that is an end.
/// A warrant that names 2705(b) only to say no such order accompanies it carries no gag.</summary>
public class GagEndInWordsAndFiguresTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        ALLEGATO I - CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC), Regolamento (UE) 2023/1543
        Sezione C  Dati richiesti per l'account "vesuvio_scambi": dati relativi agli abbonati
        SEZIONE H - Informazione della persona
           [X] L'autorità di emissione ritarda l'informazione: il destinatario non informa l'utente per centoventi (120) giorni.
        """)]
    [InlineData("""
        BIJLAGE I - EUROPEES VERSTREKKINGSBEVELCERTIFICAAT (EPOC), Verordening (EU) 2023/1543
        C. Gevraagde gegevens: abonneegegevens van het account "hofvijver_handel"
        DEEL H - Informatie aan de betrokkene
          [X] Het informeren van de betrokkene wordt uitgesteld. De geadresseerde informeert de gebruiker gedurende zestig (60) dagen niet.
        """)]
    [InlineData("""
        DEPARTAMENTO DE JUSTICIA DE PUERTO RICO - CITACIÓN
        Se requiere la información de suscriptor de la cuenta "viejo_san_juan_7".
        ORDEN DE NO DIVULGACIÓN: mediante orden del Tribunal de Primera Instancia, al amparo de 18 U.S.C. 2705(b), se prohíbe al
        proveedor notificar al suscriptor la existencia de esta citación durante noventa (90) días.
        """)]
    public void A_gag_whose_length_is_written_in_words_and_figures_has_an_end(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder, text[..50]);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_warrant_saying_no_2705b_order_accompanies_it_carries_no_gag()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT for the District of Colorado
            SEARCH AND SEIZURE WARRANT for the account "mesa_verde_fixer": stored files, drafts and messages.
            No order under 18 U.S.C. 2705(b) accompanies this warrant.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }
}
