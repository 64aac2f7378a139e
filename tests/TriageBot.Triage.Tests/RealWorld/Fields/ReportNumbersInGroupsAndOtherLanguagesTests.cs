namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 12: a CyberTipline report number as letters print it — in groups of three with spaces or hyphens,
/// with a stray space a layout left inside, after "n.º" — and named in Spanish ("informe") or German ("Meldung").</summary>
public class ReportNumbersInGroupsAndOtherLanguagesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Hemos recibido el informe de la CyberTipline del NCMEC n.º 218 441 907, relativo a la cuenta @costa_brava_x.", "218441907")]
    [InlineData("Die CyberTipline-Meldung Nr. 218-552-310 betreffend das Konto @havel_kahn_3 liegt uns vor.", "218552310")]
    [InlineData("In connection with NCMEC CyberTipline Report\nNo. 2185 50127, submitted by your company, produce records for @bayou_fisher_8.", "218550127")]
    [InlineData("Suite au signalement NCMEC n° 218.661.204 concernant le compte @seine_rive_4, nous requérons ses données.", "218661204")]
    public void A_report_number_in_groups_or_another_language_is_read_whole(string sentence, string id)
    {
        var result = _engine.Triage("Request for subscriber records\n" + sentence + "\nPlease provide subscriber information and IP logs.");

        Assert.Contains(id, result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_hotline_number_after_the_cybertipline_is_no_report()
    {
        var result = _engine.Triage("""
            Report any further images to the CyberTipline: 800 843 5678.
            Subpoena for subscriber records of @delta_mule_2, NCMEC CyberTipline Report 218004417.
            """);

        Assert.Equal(["218004417"], result.Fields.NcmecReportIds);
    }
}
