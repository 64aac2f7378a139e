namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: a national prosecution service mails from the initials of its own name under its
/// country's code (a Dutch "officier van justitie" at the Openbaar Ministerie's om.nl, a Portuguese DCIAP
/// prosecutor at the Procuradoria-Geral's pgr.pt), and a letter whose other signs do not place it still gives its
/// country by its phone's calling code. The same initials elsewhere, or with nothing of that service in the letter,
/// prove nothing.</summary>
public class NationalServicesAndTheirCountryTests
{
    // The list knows these real domains; the rules are measured as if it did not (a blind set's new agencies).
    private readonly TriageEngine _engine = EngineFixture.Create().ForgettingListedDomains(["om.nl", "pgr.pt", "politie.nl"])!;

    private const string DutchOrder =
        "EUROPEES VERSTREKKINGSBEVEL (EPOC)\nUitvaardigende autoriteit: officier van justitie, Arrondissementsparket Zwolle\n" +
        "Gegevens: abonneegegevens van het account \"ijssel_fietsen_24\" van 1 september 2026 tot 20 november 2026.\n" +
        "Contact: mr. J. de Boer, tel. +31 38 555 2210, e-mail: epoc.zwolle@om.nl\n";

    [Fact]
    public void A_dutch_prosecutor_at_the_initials_of_the_openbaar_ministerie_is_not_suspicious()
    {
        var result = _engine.Triage(DutchOrder);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.Equal("epoc.zwolle@om.nl", result.Fields.Email);
    }

    [Theory]
    [InlineData("epoc.zwolle@om-nl.com")]   // hyphen and a commercial top level
    [InlineData("epoc.zwolle@om.be")]       // another country's code
    [InlineData("epoc.zwolle@omnl.org")]
    public void The_same_initials_dressed_up_or_under_another_country_stay_suspicious(string address)
    {
        var result = _engine.Triage(DutchOrder.Replace("epoc.zwolle@om.nl", address));

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Fact]
    public void Initials_of_a_service_the_letter_does_not_speak_as_stay_suspicious()
    {
        // A Dutch police request that names no prosecutor: om.nl is not shown to be the writer's.
        var result = _engine.Triage(
            "Van: Team Digitale Recherche <tdr.zwolle@om.nl>\nGeachte heer, mevrouw,\n\nWij verzoeken u om de registratiegegevens " +
            "van het account \"ijssel_fietsen_24\". Het gaat om een onderzoek naar oplichting.\n\nMet vriendelijke groet,\nTeam Digitale Recherche\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_portuguese_dciap_prosecutor_at_the_procuradoria_gerals_initials_is_not_suspicious()
    {
        var result = _engine.Triage(
            "ORDEM EUROPEIA DE PRODUÇÃO (EPOC)\nAutoridade de emissão: Procuradora do DCIAP, Lisboa\n" +
            "Contacto: Tel. +351 21 555 0198 | epoc.dciap@pgr.pt\nDados de assinante da conta \"tejo_barcos_9\".\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void The_letters_calling_code_places_a_prosecution_domain_the_text_does_not_otherwise_place()
    {
        // English text, no country named: the +370 in the letterhead says Lithuania, as the .lt domain does.
        var result = _engine.Triage(
            "Regional Prosecutor's Office, Division of Cybercrime\nGedimino pr. 9 | tel. +370 5 555 0101 | e-mail: cyber.div@prokuratura.lt\n\n" +
            "EUROPEAN PRESERVATION ORDER CERTIFICATE (EPOC-PR)\nPlease preserve the subscriber and traffic data of the account " +
            "\"vilnele_trade\" for 60 days; a production order will follow.\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_reply_to_another_mailbox_of_the_senders_own_domain_diverts_nothing()
    {
        var result = _engine.Triage(
            "From: Inspector L. Vos <l.vos@politie.nl>\nReply-To: digitale.recherche@politie.nl\nSubject: Verzoek om gegevens\n\n" +
            "Geachte heer, mevrouw,\n\nWij verzoeken u om de registratiegegevens van het account \"ijssel_fietsen_24\".\n\n" +
            "Met vriendelijke groet,\nInspecteur L. Vos, Politie Oost-Nederland\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_reply_to_free_mail_from_the_same_sender_is_still_diverted()
    {
        var result = _engine.Triage(
            "From: Inspector L. Vos <l.vos@politie.nl>\nReply-To: l.vos.politie@gmail.com\nSubject: Verzoek om gegevens\n\n" +
            "Geachte heer, mevrouw,\n\nWij verzoeken u om de registratiegegevens van het account \"ijssel_fietsen_24\".\n\n" +
            "Met vriendelijke groet,\nInspecteur L. Vos, Politie Oost-Nederland\n");

        Assert.True(result.Flags.SuspiciousSender);
    }
}
