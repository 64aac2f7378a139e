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
}
