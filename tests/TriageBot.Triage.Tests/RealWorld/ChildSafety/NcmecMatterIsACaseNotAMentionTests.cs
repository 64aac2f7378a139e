namespace TriageBot.Triage.Tests.RealWorld.ChildSafety;

/// <summary>Round 11: an NCMEC matter is a request that arises from or cites a report, not any mention of NCMEC. A
/// footer inviting the public to report to the CyberTipline, a provider's page describing how it reports, and a private
/// person who says a report was filed while asking how to report in the app are none (and the hotline's number is no
/// target). A report number printed in groups ("219 447 201", "CT# 219,880,412") is read as one number; an example
/// number on a help page is no report.</summary>
public class NcmecMatterIsACaseNotAMentionTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_footer_inviting_the_public_to_report_to_the_CyberTipline_is_no_NCMEC_matter()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA DUCES TECUM - Bexar County
            You are commanded to produce subscriber records and login IPs for the account "riverwalk_resale_9" in an
            investigation of credit card abuse.
            ADA Lena Whitfield-Obi, Bexar County District Attorney | lena.whitfield-obi@bexar.org
            ____________________________
            Crimes Against Children Unit | Report suspected child sexual exploitation to the NCMEC CyberTipline: 1-800-843-5678
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NCMEC_MATTER");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("8008435678"));
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@riverwalk_resale_9");
    }

    [Fact]
    public void A_providers_page_describing_its_NCMEC_reporting_is_no_NCMEC_matter()
    {
        var result = _engine.Triage("""
            Subject: copy review for the safety centre page
            How we protect children
            When we become aware of apparent child sexual abuse material, we report it to NCMEC through its CyberTipline.
            Agencies that receive a CyberTipline referral should include the CyberTipline report number (for example,
            "CyberTipline Report 123456789") in their legal process.
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.Empty(result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_parent_who_says_a_report_was_filed_and_asks_how_to_block_is_no_NCMEC_matter()
    {
        var result = _engine.Triage("""
            Subject: someone is bothering my son on your app
            Hello, I am a father of a 12-year-old. A stranger keeps asking him for photos. We already filed a report with
            NCMEC (the CyberTipline) and the police. We are not law enforcement. How do we block this person in the app?
            Thanks, Tom
            """);

        Assert.False(result.Flags.Ncmec);
    }

    [Fact]
    public void A_sheriffs_request_citing_a_CyberTipline_report_is_still_an_NCMEC_matter()
    {
        var result = _engine.Triage("""
            From: Det. Rosa Imbert <rimbert@sheriff.example.gov>
            Subject: CyberTipline Report 231874455 - subpoena
            Pursuant to the enclosed subpoena, produce subscriber records for "lowtide_kid_ct" named in CyberTipline
            Report 231874455.
            """);

        Assert.True(result.Flags.Ncmec);
        Assert.Contains("231874455", result.Fields.NcmecReportIds);
    }

    [Theory]
    [InlineData("Vu le signalement du NCMEC (rapport CyberTipline numéro\n219 447 201), nous requérons les données du compte « bercy_loup_7 ».", "219447201")]
    [InlineData("ATTACHMENT A\nRef: CT# 219,880,412\nFor the account \"puget_heron_4\": subscriber records.", "219880412")]
    [InlineData("Based on CyberTipline Report No. 220.457.719 we request subscriber records for \"ozark_fox_3\".", "220457719")]
    public void A_report_number_printed_in_groups_is_one_number(string body, string id)
    {
        var result = _engine.Triage(body + "\n");

        Assert.Contains(id, result.Fields.NcmecReportIds);
    }
}
