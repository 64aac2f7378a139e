using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5, measured with the list made not to know each genuine sender (eval --unlisted-senders):
/// a genuine agency on a domain no list knows is recognised by what its letter says about it (its initials with a
/// county or state dropped, a state's postal code beside them, its place's initials with "gov", its own bare name,
/// a national word for police or justice under the request's own country code), while free mail, hyphenated
/// look-alikes, federal names off .gov and an agency named on an unrelated domain stay suspicious. All agencies and
/// domains here are made up, so no list can know them.</summary>
public class AgencyDomainsReadFromTheLetterTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Preservation(string from, string signature, string? replyTo = null) =>
        $"From: Det. Rory Vance <{from}>\n" + (replyTo is null ? "" : $"Reply-To: {replyTo}\n") + "Subject: Preservation request, 18 U.S.C. 2703(f)\n\n" +
        "Please preserve the records of the account \"quarry_lane_77\" for 90 days pending legal process.\n\n" +
        $"Det. Rory Vance\n{signature}\n";

    [Theory]
    [InlineData("rvance@hbso.org", "Harlan Bay County Sheriff's Office")]                 // the county dropped from the initials
    [InlineData("rvance@mvmpd.com", "Marlow Valley Metropolitan Police Department")]    // the agency's bare initials
    [InlineData("rvance@njdcpo.org", "Dunmore County Prosecutor's Office\n40 Main Street, Dunmore, NJ 07999")] // state code beside them
    [InlineData("rvance@sheriff.ofcgov.org", "Orchard Falls County Sheriff's Office")]   // an office under the county's initials + gov
    [InlineData("rvance@oftx.net", "Orchard Falls Police Department\n9 Elm Road, Orchard Falls, TX 75999")] // the place's initials and state
    public void An_agency_on_a_domain_its_own_letter_spells_is_not_suspicious(string from, string signature)
    {
        var result = _engine.Triage(Preservation(from, signature));

        Assert.False(result.Flags.SuspiciousSender, from);
        // Not proof either: the reviewer is still asked to confirm the unlisted domain.
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Theory]
    [InlineData("rvance@hbso-us.com", "Harlan Bay County Sheriff's Office")]      // hyphenated dress-up
    [InlineData("rvance@sheriff-hb.org", "Harlan Bay County Sheriff's Office")]   // the authority word in the registered name
    [InlineData("rvance@gladstonefarms.com", "Harlan Bay County Sheriff's Office")] // the agency named on an unrelated domain
    [InlineData("rvance@fbi.org", "Federal Bureau of Investigation (FBI)")]       // a federal agency mails only from .gov
    [InlineData("rvance@njdcpo.org", "Dunmore County Prosecutor's Office\n40 Main Street, Dunmore, OH 43999")] // the state does not match
    public void A_domain_the_letter_does_not_spell_stays_suspicious(string from, string signature)
    {
        var result = _engine.Triage(Preservation(from, signature));

        Assert.True(result.Flags.SuspiciousSender, from);
    }

    private const string PortugueseRequest =
        "Exmos. Senhores,\n\nNo âmbito do inquérito n.º 88/26.1XYZ, a Polícia Marítima solicita os dados de registo e os endereços IP " +
        "da conta \"cais_do_sodre_barcos\" entre 01/10/2026 e 20/11/2026.\n\nCom os melhores cumprimentos,\n" +
        "Agente Rui Faria\nPolícia Marítima, Capitania do Porto de Lisboa\nRua do Arsenal 10, 1100-038 Lisboa, Portugal\nTel. +351 21 555 0101\n";

    [Fact]
    public void A_national_body_on_a_word_for_police_under_its_own_country_code_is_not_suspicious()
    {
        var result = _engine.Triage($"De: Rui Faria <rui.faria@policiamaritima.pt>\n{PortugueseRequest}");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Theory]
    [InlineData("rui.faria@policia-maritima.pt")]   // hyphenated dress-up
    [InlineData("rui.faria@policiamaritima.com")]   // a commercial domain anyone may register
    [InlineData("rui.faria@mariscosdolisboa.pt")]   // the body named on an unrelated business's domain
    public void The_same_letter_from_a_domain_that_is_not_the_body_stays_suspicious(string from)
    {
        var result = _engine.Triage($"De: Rui Faria <{from}>\n{PortugueseRequest}");

        Assert.True(result.Flags.SuspiciousSender, from);
    }

    private const string Emergency =
        "Subject: EMERGENCY disclosure request - kidnapping in progress\n\nA 9-year-old child was abducted from a school yard at 08:10 today " +
        "and the abductor is messaging the mother from the account \"lantern_fox_402\" threatening to kill the child. We request the " +
        "subscriber details and the login IP addresses of the last 48 hours to locate the child. Life is at risk.\n\n" +
        "Det. Rory Vance, Harlan Bay County Sheriff's Office, (555) 555-0142\n";

    [Fact]
    public void An_office_mailbox_under_a_domain_nothing_in_the_letter_names_is_a_warning_not_a_blocker()
    {
        var result = _engine.Triage($"From: Det. Rory Vance <rvance@sheriff.gladstonefarms.com>\n{Emergency}");

        // Unproven, so flagged; but a word for the office in a label below the registered name is how government
        // mailboxes are named, not a look-alike: the address does not disprove the claim.
        Assert.True(result.Flags.SuspiciousSender);
        var finding = Assert.Single(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("rory.vance.hbso@gmail.com")]   // free mail
    [InlineData("rvance@hbso-sheriff.com")]     // a hyphenated look-alike
    public void Free_mail_and_look_alikes_in_an_emergency_stay_blockers(string from)
    {
        var result = _engine.Triage($"From: Det. Rory Vance <{from}>\n{Emergency}");

        Assert.True(result.Flags.SuspiciousSender, from);
        Assert.Equal(Severity.Blocker, Assert.Single(result.Findings, f => f.Code == "UNVERIFIED_SENDER").Severity);
    }

    [Theory]
    [InlineData("records@harlanbaycounty.org", false)]    // the county's own domain, named in the letter
    [InlineData("records@quickfileshare.net", true)]      // a domain that names nothing of the letter
    public void A_reply_to_another_domain_of_the_same_agency_is_no_diversion(string replyTo, bool suspicious)
    {
        var result = _engine.Triage(Preservation("rvance@hbso.org", "Harlan Bay County Sheriff's Office", replyTo));

        Assert.Equal(suspicious, result.Flags.SuspiciousSender);
    }

    [Fact]
    public void An_engine_can_be_made_to_forget_a_listed_sender_domain_for_measurement()
    {
        // lvmpd.com is on the shipped list (Las Vegas Metropolitan Police Department); example.org is not.
        Assert.NotNull(_engine.ForgettingListedDomains(["mail.lvmpd.com"]));
        Assert.Null(_engine.ForgettingListedDomains(["example.org"]));

        var forgetting = _engine.ForgettingListedDomains(["lvmpd.com"])!;
        var letter = Preservation("rvance@lvmpd.com", "Las Vegas Metropolitan Police Department");
        // Forgotten, the domain is judged by the letter alone: the agency's bare initials, so still not suspicious.
        Assert.False(forgetting.Triage(letter).Flags.SuspiciousSender);
        Assert.Contains(forgetting.Triage(letter).Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
        Assert.DoesNotContain(_engine.Triage(letter).Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }
}
