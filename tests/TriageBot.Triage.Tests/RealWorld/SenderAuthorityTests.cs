using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 5: suspicious means claiming government authority from an address that does not prove it.</summary>
public class SenderAuthorityTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("records@lapdonline.org")]
    [InlineData("det.singh@torontopolice.on.ca")]
    [InlineData("legal@opp.ca")]
    [InlineData("m.rossi@poliziadistato.it")]
    [InlineData("gabinete@tjsp.jus.br")]
    [InlineData("officer@met.police.uk")]
    public void Police_and_court_domains_off_gov_are_recognised(string address)
    {
        var result = _engine.Triage($"From: Detective Ray Holt <{address}>\nSubject: Search warrant\n\nSEARCH WARRANT for the account @tern_9.");

        Assert.False(result.Flags.SuspiciousSender, address);
    }

    [Theory]
    [InlineData("agent.cole@fbi-gov.com")]
    [InlineData("records@lapd-us.org")]
    [InlineData("desk@chicagopolice-secure.com")]
    public void Look_alike_agency_domains_are_suspicious(string address)
    {
        var result = _engine.Triage($"From: Special Agent Cole <{address}>\nSubject: Emergency Disclosure Request\n\nWe urgently need the IP address of @tern_9, a life is at risk.");

        Assert.True(result.Flags.SuspiciousSender, address);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER" && f.Message.Contains("look-alike"));
    }

    [Theory]
    [InlineData("From: Jamie Park <jamie.park@gmail.com>\nSubject: my account\n\nI am the account holder of @tern_9 and I want a copy of my own account data.")]
    [InlineData("From: Rosa Lind <rlind@dailyherald-news.com>\nSubject: press inquiry\n\nI am a journalist writing a story about how many subpoenas you received this year.")]
    [InlineData("From: Dana Whit <takedowns@brightline-rights.com>\nSubject: DMCA notice\n\nI am the authorized agent of the copyright owner; please remove the infringing files of @tern_9.")]
    public void Private_parties_writing_as_themselves_are_not_suspicious(string message)
    {
        var result = _engine.Triage(message);

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_detective_writing_from_free_mail_is_suspicious()
    {
        var result = _engine.Triage("From: Det. Karl Ames <karl.ames.pd@gmail.com>\nSubject: records\n\nDetective Karl Ames, Lakewood Police Department. Please send the subscriber records of @tern_9.");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void The_shipped_domain_list_cites_its_sources()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "law-enforcement-domains.txt");
        var list = File.ReadAllText(path);

        Assert.Contains("source", list);
        Assert.Contains("suffix .jus.br", list);
        Assert.Contains("domain lapdonline.org", list);
    }

    [Theory]
    [InlineData("r.oyelowo@cityofbrookhaven.org", "Brookhaven Police Department")]
    [InlineData("civil.process@lakecountysheriff.com", "Lake County Sheriff's Office")]
    [InlineData("da.intake@hollisvillecounty.us", "Office of the District Attorney of Hollisville County")]
    public void A_department_on_its_municipalitys_own_domain_is_not_suspicious(string address, string agency)
    {
        var result = _engine.Triage($"From: Det. Ray Holt <{address}>\nSubject: Subpoena\n\nGRAND JURY SUBPOENA for the account \"tern_9\".\n\nDet. Ray Holt\n{agency}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
    }

    [Theory]
    [InlineData("r.holt@brookhaven-dept.com", "Brookhaven Police Department")]
    [InlineData("r.holt@ashgrove-consulting.com", "Brookhaven Police Department")]
    public void A_domain_that_names_no_agency_of_the_text_is_suspicious(string address, string agency)
    {
        var result = _engine.Triage($"From: Det. Ray Holt <{address}>\nSubject: Emergency Disclosure Request\n\nA life is at risk: we need the IP address of \"tern_9\" now.\n\nDet. Ray Holt\n{agency}\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Fact]
    public void A_state_prosecutor_on_a_German_Land_domain_is_recognised()
    {
        var result = _engine.Triage("From: Staatsanwaltschaft Bonn <poststelle@sta-bonn.nrw.de>\nSubject: Auskunftsersuchen\n\nIm Ermittlungsverfahren bitten wir um Bestandsdaten zum Nutzerkonto \"rhein_7\".");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void The_signature_address_is_the_requester_not_the_targets_address_in_the_body()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            YOU ARE COMMANDED to produce, for the account with username
            "birch_owl" and e-mail birchowl77@example.net, all stored messages.

            Detective Mara Quill #301
            Fenwick County Sheriff's Office, 12 Main St., Fenwick, WA 99001
            mquill@fenwickcounty.org   (509) 555-0111
            """);

        Assert.Equal("mquill@fenwickcounty.org", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.Contains(result.Fields.Accounts, a => a.Value == "birchowl77@example.net");
    }

    [Fact]
    public void A_self_represented_litigant_is_routed_as_civil_not_doubted()
    {
        var result = _engine.Triage("From: Pat Lorne <pat.lorne@gmail.com>\nSubject: subpoena for my case\n\nI am the plaintiff, representing myself, in Lorne v. Vance, small claims. The clerk issued the attached subpoena for all the messages user \"vance_k2\" sent me.");

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.True(result.Flags.ContentRequested);
    }
}
