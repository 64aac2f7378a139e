namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: courts, prosecutors and regional police in Europe mail from their justice system's or
/// force's own domain, not under a government suffix (justice.cz, justice.sk, just.ro, justicia.es, ertzaintza.eus);
/// those are genuine senders, while a domain merely dressed with the same word stays suspicious.</summary>
public class NationalJusticeDomainsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Order =
        "Subject: Production order\n\nThe prosecutor orders the disclosure of subscriber data and login IP addresses for the account " +
        "\"tatra_hiker_88\" within 10 days, in criminal proceedings for fraud.\n\n";

    [Theory]
    [InlineData("podatelna@ksz.ost.justice.cz", "Regional Public Prosecutor's Office in Ostrava")]
    [InlineData("podatelna@oskosice.justice.sk", "Okresný súd Košice")]
    [InlineData("registratura@tbucuresti.just.ro", "Tribunalul București")]
    [InlineData("juzgado3.bilbao@justicia.es", "Juzgado de Instrucción n.º 3 de Bilbao")]
    [InlineData("ertzain.delitos@ertzaintza.eus", "Ertzaintza - Unidad de Investigación Criminal")]
    public void A_court_or_force_on_its_justice_systems_own_domain_is_not_suspicious(string address, string office)
    {
        var result = _engine.Triage($"From: M. Novak <{address}>\n{Order}M. Novak\n{office}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Theory]
    [InlineData("podatelna@justice-cz.com")]
    [InlineData("fiscalia@justicia-es.net")]
    public void A_domain_dressed_with_the_justice_systems_word_stays_suspicious(string address)
    {
        var result = _engine.Triage($"From: M. Novak <{address}>\n{Order}M. Novak\nRegional Public Prosecutor's Office\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }
}
