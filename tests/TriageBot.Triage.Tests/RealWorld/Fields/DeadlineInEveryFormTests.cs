namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 14: the deadline is the day to answer by, however the letter writes it: a "Due:" or
/// "return:" label, a form's "Date and time of appearance/production:", a count asked for as a plea or followed by a
/// list, a count written "twenty-one", a litigant's hearing date; never the date of an event told with "by" ("a
/// report submitted by your company on October 30") or a date after the real one in a long command.</summary>
public class DeadlineInEveryFormTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Records requested for the account \"bayou_lantern\":\n  - login IP addresses from 11/01/2026\nDue: December 8, 2026.", 2026, 12, 8)]
    [InlineData("GRAND JURY SUBPOENA No. 26-GJ-0310  -  return: December 14, 2026, 9:30 a.m., 100 Main St.\nProduce records for the account \"bayou_lantern\".", 2026, 12, 14)]
    [InlineData("SUBPOENA\nYOU ARE COMMANDED to produce subscriber records for \"bayou_lantern\".\nDate and time of appearance/production: 12/10/2026, 10:00 AM, by delivery to the detective.", 2026, 12, 10)]
    public void A_labelled_due_or_return_date_is_the_deadline(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), _engine.Triage(text).Fields.ResponseDeadline);
    }

    [Fact]
    public void A_command_with_by_before_a_later_on_keeps_the_by_date()
    {
        var result = _engine.Triage("""
            You are commanded to produce, by December 18, 2026, records identifying the user of the account
            "lone_star_reviews" who posted reviews on 10/05/2026 and 10/21/2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 18), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_date_told_with_by_an_agent_is_an_event_not_the_deadline()
    {
        var result = _engine.Triage("""
            December 1, 2026
            This subpoena relates to CyberTipline Report 219 000 123, submitted by your company on October 28, 2026.
            Please produce subscriber information and IP login history from September 1 to October 28, 2026, by
            December 15, 2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 15), result.Fields.ResponseDeadline);
    }

    [Theory]
    // German plea: a count asked for, from the letter's date in a right-hand column.
    [InlineData("GZ: 2026-0.771.104                                           Graz, am 2. Dezember 2026\n\nWir ersuchen um Übermittlung der Registrierungsdaten zum Konto \"murufer_77\". Um Auskunft binnen 14 Tagen wird gebeten.", 2026, 12, 16)]
    // English count written in words, followed by a list.
    [InlineData("Date: November 24, 2026\n\nPursuant to G.L. c. 271, s. 17B, produce within twenty-one days: for the account \"cape_ann_pups\", subscriber names and IP logs.", 2026, 12, 15)]
    public void A_count_of_days_runs_from_the_letters_date(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), _engine.Triage(text).Fields.ResponseDeadline);
    }

    [Theory]
    [InlineData("Tengo una demanda en la corte de reclamos menores contra la cuenta «autos_del_valle». Les pido el nombre y el teléfono de esa cuenta. La audiencia es el 16 de diciembre.", 2026, 12, 16)]
    public void A_litigants_coming_hearing_date_is_the_deadline_when_nothing_else_sets_one(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), _engine.Triage(text).Fields.ResponseDeadline);
    }
}
