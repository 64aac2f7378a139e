namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11, the deadline: a count of days runs from the event the letter names. "Served by" a date is
/// the last day service may happen, not the day it did; "is due N days after service" is a count like "within";
/// a scanned issue date whose leading 1 was read as "l" is still the issue date.</summary>
public class DeadlineCountedFromTheRightEventTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void The_last_day_to_serve_is_not_the_day_of_service()
    {
        var result = _engine.Triage("From: SA Dana Roe <droe@fbi.gov>\nDate: Mon, 30 Nov 2026 09:10:00 -0500\nSubject: Search warrant\n\nA search warrant for the account \"cedar_hollow_77\" is attached.\n - The warrant must be served by 12/14/2026; we ask for production within 7 days of service.\n\nSA D. Roe");

        Assert.Equal(new DateOnly(2026, 12, 7), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Production_due_a_count_of_days_after_a_stated_service_date()
    {
        var result = _engine.Triage("From: AUSA Kim Vale <kim.vale@usdoj.gov>\nSubject: 2703(d) order\n\nAttached is an order under 18 U.S.C. 2703(d) for the account \"mesa_drift_44\": subscriber records only.\n\nProduction is due 10 days after service (served by this e-mail today, November 30).\n\nAUSA K. Vale");

        Assert.Equal(new DateOnly(2026, 12, 10), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_scanned_issue_date_with_a_letter_for_its_leading_one_still_starts_the_count()
    {
        var result = _engine.Triage("SUPERIOR COURT - SEARCH WARRANT\nYOU ARE COMMANDED to produce the records of the account \"delta_heron\".\nRecords shall be produced within ten (10) days of the date of issuance.\n\nIssued: l1/20/2026                          /s/ Judge\n");

        Assert.Equal(new DateOnly(2026, 11, 30), result.Fields.ResponseDeadline);
    }
}
