namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a writer who says no gag binds yet ("you are not bound by any non-disclosure requirement", "a
/// non-disclosure order under s. 487.0191 was not sought") names no gag, in each language read; a gag the paper does
/// make still binds.</summary>
public class NoGagBindsYetTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Grand jury subpoena for subscriber records of the account \"lakefront_coins\". We have applied for an order precluding notice; until we forward a signed order, you are not bound by any non-disclosure requirement, but please call me before notifying the user.")]
    [InlineData("Production order under s. 487.014 for subscriber records of the account \"maple_swaps\". A non-disclosure order under s.\n487.0191 was not sought.")]
    [InlineData("Bestandsdatenauskunft zum Konto \"elbe_tausch\". Sie sind an keine Geheimhaltungspflicht gebunden; wir bitten dennoch, die Nutzerin nicht zu benachrichtigen.")]
    [InlineData("Réquisition pour les données d'abonné du compte « loire_echange ». Vous n'êtes tenus par aucune obligation de confidentialité ; merci toutefois de ne pas informer l'utilisateur.")]
    [InlineData("Requerimiento de datos de abonado de la cuenta «tajo_cambios». No están vinculados por ninguna orden de secreto; les rogamos que no informen al usuario.")]
    [InlineData("Pedido de dados cadastrais da conta «douro_trocas». Não estão vinculados a qualquer ordem de sigilo; pedimos que não informem o usuário.")]
    [InlineData("Richiesta di dati dell'account «po_scambi». Non siete vincolati da alcun ordine di segretezza; vi preghiamo di non informare l'utente.")]
    [InlineData("Vordering van gegevens van het account \"maas_ruil\". U bent niet gebonden aan een verbod op openbaarmaking; wij verzoeken u de gebruiker niet te informeren.")]
    public void A_writer_saying_no_gag_binds_yet_names_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_the_order_itself_makes_still_binds()
    {
        var result = _engine.Triage("""
            ORDER - Superior Court of Justice, Toronto
            Production order under s. 487.014 for subscriber records of the account "maple_swaps".
            A non-disclosure order under s. 487.0191 is made: the person named shall not disclose the existence of this order for 90 days.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
