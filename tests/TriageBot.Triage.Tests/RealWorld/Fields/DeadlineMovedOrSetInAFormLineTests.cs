namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 17: two deadlines were not read. A reply that moves the date ("We agree to extend the
/// production date to December 14, 2026") names the new date to answer by; a subpoena form that commands production "at
/// the time, date and place set forth below" gives the date after another field on its line ("Place: ...   Date:
/// 12/14/2026"). The letter's own date is never the deadline.</summary>
public class DeadlineMovedOrSetInAFormLineTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("We agree to extend the production date to December 14, 2026.")]
    [InlineData("The return date is extended to December 14, 2026.")]
    [InlineData("The government agrees to extend the response deadline until December 14, 2026.")]
    public void A_deadline_moved_in_a_reply_is_the_new_date(string line)
    {
        var result = _engine.Triage($"""
            From: AUSA K. Brandt <kbrandt@usdoj.gov>
            Subject: RE: 2703(d) Order 4:26-MJ-7711 - timing

            Thanks for the call. {line}
            The scope of the Order is unchanged.
            K. Brandt, Assistant United States Attorney
            """);

        Assert.Equal(new DateOnly(2026, 12, 14), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_form_date_after_the_place_on_its_line_is_the_deadline()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT, CENTRAL DISTRICT OF CALIFORNIA
            SUBPOENA TO PRODUCE DOCUMENTS (CIVIL ACTION)
            Date: 11/24/2026

            YOU ARE COMMANDED to produce at the time, date and place set forth below the following documents:
            Place: Harrow & Lisle LLP, 800 Flower St., Los Angeles, CA 90017   Date: 12/14/2026 10:00 am

            Documents sufficient to identify the owner of the account "cedar_lane_outlet".
            """);

        Assert.Equal(new DateOnly(2026, 12, 14), result.Fields.ResponseDeadline);
    }
}
