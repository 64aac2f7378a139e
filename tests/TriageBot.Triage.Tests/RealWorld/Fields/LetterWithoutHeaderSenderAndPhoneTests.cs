namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 classes 5 and 9: a pasted letter with no mail header names several addresses (the provider's
/// it was sent to, a target's, the officer's); the officer's, on the agency's own domain, is the sender's even when
/// no list knows that domain. And in a signature the phone is the number written with its country code, not a
/// postcode beside it nor a case number below it.</summary>
public class LetterWithoutHeaderSenderAndPhoneTests
{
    // The list knows poliziadistato.it; the letter must carry the sender without it.
    private readonly TriageEngine _engine = EngineFixture.Create().ForgettingListedDomains(["poliziadistato.it"])!;

    [Fact]
    public void The_officers_address_on_the_agencys_own_domain_is_the_sender_not_the_recipients_or_a_targets()
    {
        var result = _engine.Triage(
            "QUESTURA DI LIVORNO - SQUADRA MOBILE\nSpett.le Provider\ne-mail: requests@provider.example\n\n" +
            "OGGETTO: richiesta di conservazione dei dati dell'account \"faro_rosso\" (e-mail collegata faro.rosso@example.it).\n\n" +
            "Il Dirigente della Squadra Mobile\nVice Questore M. Galli\nsquadramobile.li@poliziadistato.it - tel. +39 0586 555 012\n");

        Assert.Equal("squadramobile.li@poliziadistato.it", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_case_number_under_the_signature_is_not_the_phone()
    {
        var result = _engine.Triage(
            "Geachte,\n\nDe Federale Gerechtelijke Politie verzoekt u om de registratiegegevens van het account \"schelde_fan\".\n\n" +
            "Met vriendelijke groeten,\nInspecteur K. Peeters\nPermanentie: +32 3 226 41 50\nPV-nummer: AN.55.L7.018822/2026\n");

        Assert.Equal("+3232264150", result.Fields.Phone);
    }

    [Fact]
    public void A_number_with_its_country_code_wins_over_a_postcode_on_the_same_line()
    {
        var result = _engine.Triage(
            "POLÍCIA JUDICIÁRIA - DIRETORIA DO NORTE\nRua do Heroísmo, 120 - 4049-023 Porto | +351 22 340 5100\n\n" +
            "Pedido de dados de assinante da conta \"douro_vinhos\".\n");

        Assert.Equal("+351223405100", result.Fields.Phone);
    }
}
