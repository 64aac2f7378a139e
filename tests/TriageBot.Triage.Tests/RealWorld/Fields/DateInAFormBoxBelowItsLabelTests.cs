namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11: a subpoena form's boxes come out of a PDF as two columns; the "Date and Time:" label ends its
/// line and the date stands under it on the next line, far along it. That date is the return date.</summary>
public class DateInAFormBoxBelowItsLabelTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void The_date_under_a_date_and_time_label_is_the_deadline()
    {
        var result = _engine.Triage("""
                                UNITED STATES DISTRICT COURT
                                         for the
                                 Western District of Kentucky
            SUBPOENA TO TESTIFY BEFORE A GRAND JURY
            To:   Custodian of Records, Northwind Labs
                  YOU ARE COMMANDED to appear at the time, date, and place shown below.
            Place: Gene Snyder Courthouse, 601 W. Broadway, Louisville, KY 40202     Date and Time:
                   Grand Jury Room B                                                  12/21/2026 10:00 am
            Date: 11/18/2026                                   CLERK OF COURT
            """);

        Assert.Equal(new DateOnly(2026, 12, 21), result.Fields.ResponseDeadline);
    }
}
