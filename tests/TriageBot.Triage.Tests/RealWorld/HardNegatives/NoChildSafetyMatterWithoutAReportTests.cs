namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>Issue 11 classes 1 and 2: a report to NCMEC that has not been made, or a vendor's mail that sells a
/// "CyberTipline workflow", is no child-safety matter; a request that cites a CyberTipline report is.</summary>
public class NoChildSafetyMatterWithoutAReportTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_missing_teen_without_an_NCMEC_report_is_an_emergency_but_no_NCMEC_matter()
    {
        var result = _engine.Triage("""
            From: Inv. Corey Ashdown <ashdown.c@weld.gov>
            Subject: URGENT - exigent request - missing 15yo
            A 15-year-old boy left home last night with an adult he met online and has not been located. We believe he is at
            risk of serious physical harm. Please send the subscriber information and recent login IPs of "plains_driver_99".
            An NCMEC report has not yet been made; he is entered in NCIC as an endangered missing juvenile.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.False(result.Flags.Ncmec);
    }

    [Fact]
    public void A_vendor_webinar_selling_CyberTipline_workflows_is_no_NCMEC_matter()
    {
        var result = _engine.Triage("""
            From: Acme Compliance <events@example.com>
            Subject: Webinar: one console for subpoenas, warrants and emergency requests
            Join our live webinar on December 12: gag-order tracking, preservation reminders and one-click CyberTipline report workflows.
            Register now - seats are limited.
            You receive this e-mail because you attended our conference. Unsubscribe
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_request_citing_a_CyberTipline_report_is_an_NCMEC_matter()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ruiz <lruiz@weld.gov>
            Subject: subpoena - CyberTipline Report 218877341
            Please find attached a subpoena for the subscriber records of "plains_driver_99", the account named in NCMEC
            CyberTipline Report 218877341.
            """);

        Assert.True(result.Flags.Ncmec);
    }
}
