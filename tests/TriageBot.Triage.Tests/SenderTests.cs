using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class SenderTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Officer Dale <dale.ortiz@gmail.com>", "free-mail")]
    [InlineData("From: Officer Dale <dale@springfield-police-dept.com>", "look-alike")]
    [InlineData("From: Officer Dale <dale@springfield.gov>\nReply-To: records@springfield-records.net", "another domain")]
    public void Senders_off_government_domains_are_suspicious(string headers, string reason)
    {
        var result = _engine.Triage(headers + "\nSubject: Emergency Disclosure Request\n\nWe urgently need the account's IP address.");

        Assert.True(result.Flags.SuspiciousSender);
        var finding = Assert.Single(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.Contains(reason, finding.Message);
        Assert.Contains("published number", finding.Message);
        Assert.Equal(Severity.Blocker, finding.Severity); // an emergency from an address that disproves the claim blocks disclosure
    }

    [Fact]
    public void An_emergency_from_a_merely_unknown_domain_is_a_warning_not_a_blocker()
    {
        // Unknown is not disproved: small and foreign agencies have domains no list knows. The reviewer verifies by
        // phone, but the finding must not assert what the address does not show.
        var result = _engine.Triage("From: Officer Dale <dale@springfield-records.com>\nSubject: Emergency Disclosure Request\n\nWe urgently need the account's IP address.");

        Assert.True(result.Flags.SuspiciousSender);
        var finding = Assert.Single(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.Contains("not a recognised government", finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("jroe@fbi.gov")]
    [InlineData("deputy@sheriff.co.harris.tx.us")]
    [InlineData("k.weber@polizei.nrw.de")]
    [InlineData("a.martin@gendarmerie.interieur.gouv.fr")]
    public void Government_senders_are_not_suspicious(string address)
    {
        var result = _engine.Triage($"From: Investigator <{address}>\nSubject: Subpoena\n\nGrand jury subpoena for @tern.");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.Equal(address, result.Fields.Email);
    }

    [Fact]
    public void A_domain_on_the_trusted_list_is_not_suspicious()
    {
        var engine = EngineFixture.Create(p => p.TrustedDomains = ["lakewoodpd.org"]);

        var result = engine.Triage("From: Det. Ames <ames@mail.lakewoodpd.org>\n\nGrand jury subpoena for @tern.");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void In_a_forwarded_chain_the_agency_is_the_requester_not_the_colleague()
    {
        var result = _engine.Triage("""
            From: Priya Nair <priya.nair@northwind-labs.com>
            Subject: Fwd: Subpoena for @wavecrest
            Can someone take this one?

            ---------- Forwarded message ---------
            From: Special Agent Tom Becker <tbecker@fbi.gov>
            Date: Tue, Nov 17, 2026 at 3:04 PM
            Subject: Subpoena for @wavecrest
            To: legal-requests@northwind-labs.com

            Attached is a grand jury subpoena for the account @wavecrest.
            """);

        Assert.Equal("tbecker@fbi.gov", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("northwind-labs.com"));
    }
}
