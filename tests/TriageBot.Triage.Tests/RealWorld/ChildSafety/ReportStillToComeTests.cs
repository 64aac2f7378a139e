namespace TriageBot.Triage.Tests.RealWorld.ChildSafety;

/// <summary>Round 17: a CyberTipline report that will be filed ("will be filed by our unit today; none exists yet")
/// is no report: naming it does not make the request an NCMEC matter; citing a report number does.</summary>
public class ReportStillToComeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_cybertipline_report_still_to_be_filed_is_no_report()
    {
        var result = _engine.Triage("From: Inv. Ray Moss <ray.moss@cookcountyil.gov>\nSubject: Request - threats against a student\n\n" +
            "A 16-year-old boy is being threatened by the account \"lake_mia_xo\". We ask for subscriber information and IP addresses of that account. " +
            "A CyberTipline report will be filed by our unit today; none exists yet.\n\nInv. Ray Moss, Cook County Sheriff's Office\n");

        Assert.False(result.Flags.Ncmec);
    }

    [Fact]
    public void A_request_citing_a_cybertipline_report_number_is_an_ncmec_matter()
    {
        var result = _engine.Triage("From: Inv. Ray Moss <ray.moss@cookcountyil.gov>\nSubject: CyberTipline Report 184422901\n\n" +
            "Following CyberTipline Report 184422901 concerning the account \"lake_mia_xo\", we ask for subscriber information and IP addresses of that account.\n\nInv. Ray Moss, Cook County Sheriff's Office\n");

        Assert.True(result.Flags.Ncmec);
    }
}
