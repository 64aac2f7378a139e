using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: suspicious means claiming government authority from an address that does not prove
/// it. Government domains of every country, free mail under any top level, look-alikes, and the agency-named
/// domain that is neither proof nor suspicion.</summary>
public class SenderDomainClassTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Emergency =
        "Subject: Emergency disclosure request\n\nThere is an imminent risk of death: the user \"lake_owl\" threatened to kill his wife tonight. " +
        "We need the subscriber information and IP logs to locate him.\n\n";

    private TriageResult FromAddress(string address, string signature = "Det. Ray Holt") =>
        _engine.Triage($"From: Det. Ray Holt <{address}>\n{Emergency}{signature}\n");

    [Theory]
    [InlineData("k.wong@police.gov.hk")]           // gov.<cc>, a country the list does not name
    [InlineData("dlamini@saps.gov.za")]
    [InlineData("ozturk@egm.gov.tr")]
    [InlineData("lee@pssg.gov.bc.ca")]              // a province under gov.<province>.ca
    [InlineData("leblanc@rcmp-grc.gc.ca")]
    [InlineData("sato@keishicho.metro.tokyo.lg.jp")] // Japanese local government
    [InlineData("bci.urgences@police.ge.ch")]       // a Swiss canton's own domain
    [InlineData("meier@kapo.zh.ch")]
    [InlineData("p.novak@policija.si")]
    public void Government_domains_of_any_country_are_not_suspicious(string address)
    {
        var result = FromAddress(address);

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Theory]
    [InlineData("x@gov.co.uk.example.com")]
    [InlineData("x@police.go.it")]                  // go.it is an Italian province code, open to anyone
    public void Open_registries_that_merely_contain_gov_are_not_government(string address)
    {
        Assert.True(FromAddress(address).Flags.SuspiciousSender, address);
    }

    [Theory]
    [InlineData("cdt.martin.pj@yahoo.fr")]
    [InlineData("delegado.souza@uol.com.br")]
    [InlineData("kom.nowak@wp.pl")]
    [InlineData("agente.rossi@libero.it")]
    [InlineData("detective.lee@hotmail.co.uk")]
    [InlineData("insp.garcia@outlook.es")]
    [InlineData("khk.berlin@gmx.at")]
    [InlineData("records@nypd-legal.onmicrosoft.com")] // a hosted tenant anyone can open
    public void Free_mail_under_any_country_domain_is_suspicious_and_blocks_an_emergency(string address)
    {
        var result = FromAddress(address, "Detective, Police Department");

        Assert.True(result.Flags.SuspiciousSender, address);
        var finding = Assert.Single(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.Contains("free-mail", finding.Message);
        Assert.Equal(Severity.Blocker, finding.Severity);
    }

    [Theory]
    [InlineData("rholt@springfield-police.com")]
    [InlineData("cole@justice-gov.org")]
    [InlineData("desk@europol-eu.org")]
    public void Look_alike_domains_are_suspicious_even_when_the_text_names_the_agency(string address)
    {
        var result = FromAddress(address, "Springfield Police Department");

        Assert.True(result.Flags.SuspiciousSender, address);
        Assert.Contains("look-alike", Assert.Single(result.Findings, f => f.Code == "UNVERIFIED_SENDER").Message);
    }

    [Fact]
    public void An_agency_named_domain_off_the_list_is_neither_suspicious_nor_verified()
    {
        var result = FromAddress("rholt@springfieldpolice.com", "Det. Ray Holt\nSpringfield Police Department");

        Assert.False(result.Flags.SuspiciousSender);
        var note = Assert.Single(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
        Assert.Contains("springfieldpolice.com", note.Evidence);
        Assert.Equal(Severity.Warning, note.Severity); // an emergency: confirm before disclosing, but no blocker
    }

    [Fact]
    public void An_agency_named_domain_with_a_free_mail_reply_to_is_suspicious()
    {
        var result = _engine.Triage("From: Det. Ray Holt <rholt@springfieldpolice.com>\nReply-To: springfield.pd.desk@gmail.com\n" + Emergency + "Springfield Police Department\n");

        Assert.True(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Fact]
    public void Every_domain_on_the_shipped_lists_says_where_it_is_published()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "law-enforcement-domains.txt");
        var unsourced = File.ReadAllLines(path)
            .Where(l => l.StartsWith("domain ", StringComparison.Ordinal) && !l.Contains("published on", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(unsourced);
    }
}
