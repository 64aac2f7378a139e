namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: suspicious means claiming government authority from an address that does not prove
/// it. A .gov proves a government sender, not which agency; a data subject, a journalist or a vendor writing as
/// itself claims no authority.</summary>
public class WhoTheSenderClaimsToBeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_federal_agent_writing_from_a_county_government_domain_is_suspicious()
    {
        var result = _engine.Triage("From: SA Lena Ortiz <lortiz@pimacountyaz.gov>\nSubject: DEA emergency request\n\nI am Special Agent Lena Ortiz with the DEA Tucson office. A courier threatened to kill a witness tonight; we need the IP logs and phone number for dune_fox_3 now.\n\nSA L. Ortiz\nDEA Tucson");

        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER" && f.Message.Contains("DEA"));
    }

    [Fact]
    public void A_federal_agent_writing_from_the_agency_own_domain_is_not_suspicious()
    {
        var result = _engine.Triage("From: SA Lena Ortiz <lena.ortiz@dea.gov>\nSubject: Subpoena\n\nI am Special Agent Lena Ortiz with the DEA Tucson office. Attached is an administrative subpoena for subscriber records of dune_fox_3.\n\nSA L. Ortiz\nDEA Tucson");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("From: Chiara Benedetti <chiara.benedetti@libero.it>\nSubject: Richiesta ai sensi dell'art. 15 GDPR\n\nChiedo copia di tutti i dati relativi al mio account chiara_b, compresi i messaggi. Anche la polizia mi ha detto di chiedere a voi.\n\nChiara Benedetti")]
    [InlineData("From: Tom Reyes <tom.reyes@example-news.com>\nSubject: Press inquiry on emergency requests\n\nHow many emergency requests from police did you answer last year, and how many search warrants?\n\nTom Reyes, reporter")]
    [InlineData("From: Intercept Suite <news@li-vendor.example.com>\nSubject: Wiretap orders made easy\n\nHandle every wiretap order, pen register order and national security letter with our gateway. Join the webinar on Thursday.\n\nUnsubscribe")]
    public void A_private_party_writing_as_itself_is_not_suspicious(string message)
    {
        Assert.False(_engine.Triage(message).Flags.SuspiciousSender, message);
    }
}
