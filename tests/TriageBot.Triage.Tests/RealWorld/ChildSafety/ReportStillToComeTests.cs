namespace TriageBot.Triage.Tests.RealWorld.ChildSafety;

/// <summary>Round 17: a CyberTipline report that will be filed ("will be filed by our unit today; none exists yet")
/// is no report: the request is not an NCMEC matter; one that cites a report number is.</summary>
public class ReportStillToComeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_report_still_to_be_filed_makes_no_ncmec_matter()
    {
        var result = _engine.Triage("From: Inv. Ray Moss <ray.moss@cookcountyil.gov>\nSubject: Request - sextortion of a teenager\n\n" +
            "A 16-year-old boy is being extorted by the account \"lake_mia_xo\" over an intimate image. We ask for subscriber information and IP addresses of that account. " +
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
