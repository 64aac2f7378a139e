namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 6: what is content and what is not.</summary>
public class ContentVocabularyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("all stored communications of the account")]
    [InlineData("the message bodies and subject lines of e-mails sent by the account")]
    [InlineData("search queries entered by the user")]
    [InlineData("all photos and videos uploaded by the account")]
    [InlineData("direct messages and voice messages exchanged by the account")]
    public void Content_in_real_words_is_content(string what)
    {
        var result = _engine.Triage($"From: SA Tom Becker <tbecker@fbi.gov>\nSubject: Search warrant\n\nSEARCH WARRANT. Produce {what} @wavecrest.");

        Assert.True(result.Flags.ContentRequested, what);
    }

    [Theory]
    [InlineData("IP address logs and login history of the account")]
    [InlineData("basic subscriber information: name, e-mail address, length of service")]
    [InlineData("message headers (to, from, date and time), not their contents")]
    public void Records_that_are_not_content_are_not(string what)
    {
        var result = _engine.Triage($"From: Det. Lena Ford <lford@austintexas.gov>\nSubject: Subpoena\n\nGRAND JURY SUBPOENA. Produce {what} @wavecrest.");

        Assert.False(result.Flags.ContentRequested, what);
    }

    [Theory]
    [InlineData("Please provide the IP logs and the messages that were sent by the account \"oak_12\".")]
    [InlineData("We need the messages and images exchanged with \"oak_12\".")]
    [InlineData("[x] content data: messages sent from 01/09/2026")]
    [InlineData("Données demandées : [x] données relatives au contenu du compte \"oak_12\".")]
    public void Messages_sent_and_content_categories_are_content(string text)
    {
        Assert.True(_engine.Triage("Production order for the account \"oak_12\".\n" + text).Flags.ContentRequested, text);
    }

    [Theory]
    [InlineData("[ ] traffic data   [ ] content data   [x] subscriber data")]
    [InlineData("No se solicita el contenido de las comunicaciones.")]
    [InlineData("De inhoud van berichten wordt niet gevorderd.")]
    [InlineData("Kommunikationsinhalte werden ausdrücklich nicht angefragt.")]
    [InlineData("Não se determina o fornecimento do conteúdo de comunicações privadas.")]
    public void Unticked_and_denied_content_is_not_requested(string text)
    {
        Assert.False(_engine.Triage("Production order for the account \"oak_12\": subscriber data and IP addresses.\n" + text).Flags.ContentRequested, text);
    }

    [Fact]
    public void An_EU_preservation_order_asks_to_keep_content_not_to_disclose_it()
    {
        var result = _engine.Triage("""
            ANNEX II - EUROPEAN PRESERVATION ORDER CERTIFICATE (EPOC-PR)
            Data to be preserved: [x] subscriber data [x] content data
            The data are preserved with a view to a subsequent European Production Order.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "EU_PRESERVATION_ORDER");
        Assert.DoesNotContain(result.Findings, f => f.Code is "EU_PRODUCTION_ORDER" or "PRESERVATION_EXPIRY" or "FOREIGN_DIRECT_PROCESS");
    }
}
