namespace TriageBot.Triage.Tests.RealWorld.ChildSafety;

/// <summary>Issue 11 round 12: a warrant may cite the CyberTipline report only as "CT" and its number, without "#" or
/// the word "CyberTipline", and a PDF's text layer may hyphenate the number at a line break. Either is an NCMEC matter,
/// and each number is read whole; a Connecticut address ("Hartford, CT 06103") is none.</summary>
public class NcmecReportCitedByNumberAloneTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_warrant_citing_CT_numbers_alone_is_an_NCMEC_matter_and_reads_a_hyphen_wrapped_number_whole()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT for the Eastern District of Kentucky
            SEARCH AND SEIZURE WARRANT                                  Case No. 5:26-mj-01177
            The property to be searched is described in Attachment A, in connection with CT 198340275 and CT 19834-
            1102.
            You are commanded to execute this warrant on or before December 14, 2026.
            Attachment B: subscriber records and IP logs for the account "bluegrass_trail_kid".
            SA Dana Whitcombe-Osei, HSI Lexington, dana.whitcombe-osei@hsi.dhs.gov
            """);

        Assert.True(result.Flags.Ncmec);
        Assert.Contains("198340275", result.Fields.NcmecReportIds);
        Assert.Contains("198341102", result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_Connecticut_address_is_no_CyberTipline_number()
    {
        var result = _engine.Triage("""
            Subpoena for records. Produce subscriber records for the account "nutmeg_hardware_co".
            Office of the State's Attorney, 300 Corporate Place, Rocky Hill, CT 06067. Tel. (860) 555-0142.
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.Empty(result.Fields.NcmecReportIds);
    }
}
