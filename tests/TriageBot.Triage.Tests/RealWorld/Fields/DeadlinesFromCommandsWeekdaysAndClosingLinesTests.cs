namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 14, the deadline: a command to produce whose date stands far off past an address with
/// abbreviations and is named with its weekday; a count of days that ends a court's command, counted from the date
/// the order bears on its closing or signature line; a weekday alone ("due Friday") after the letter's date.</summary>
public class DeadlinesFromCommandsWeekdaysAndClosingLinesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_command_to_produce_before_a_grand_jury_takes_the_weekday_date_past_the_address()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA DUCES TECUM
            You are hereby commanded to produce before the Grand Jury of Pima County, at the courthouse, 110 W. Congress
            Street, Tucson, Arizona 85701, on MONDAY, DECEMBER 14, 2026 at 10:00 A.M., the subscriber records of the
            account "sonoran_owl_3".
            WITNESS MY HAND this 30th day of November, 2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 14), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_that_ends_a_warrants_command_runs_from_the_signature_line_date()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            Upon the sworn affidavit of Detective Lena Ortiz, you are commanded to produce for the account "river_bend_kay"
            the stored messages and photos, 03/01/2026-10/31/2026, and the subscriber and login records, within 20 days.

            /s/ Judge, Circuit Court of the County        11/20/2026
            """);

        Assert.Equal(new DateOnly(2026, 12, 10), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_request_line_count_runs_from_a_given_under_my_hand_date()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            YOU ARE COMMANDED to search [Provider] for the account "harbor_gull_71" and to seize its stored messages.
            Given under my hand this 18th day of November, 2026.          /s/ Judge of the Superior Court
            Records to: Det. Hale, 200 Main St, Riverside CA 92501     Provider response requested within 14 days.
            """);

        Assert.Equal(new DateOnly(2026, 12, 2), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_weekday_alone_is_the_first_such_day_after_the_letters_date()
    {
        var result = _engine.Triage("""
            Hillsborough Police Department
            December 1, 2026

            Re: Subpoena for the subscriber records of the account "bay_runner_22".
            Production is due Friday. Please send the records to Det. Amara Coles.
            """);

        Assert.Equal(new DateOnly(2026, 12, 4), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_weekday_followed_by_its_date_takes_the_date()
    {
        var result = _engine.Triage("""
            Hillsborough Police Department
            December 1, 2026

            Re: Subpoena for the subscriber records of the account "bay_runner_22".
            Please respond no later than Friday, December 11, 2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 11), result.Fields.ResponseDeadline);
    }
}
