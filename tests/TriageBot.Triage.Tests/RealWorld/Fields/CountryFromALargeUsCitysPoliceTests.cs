namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 14: a sender nothing else places (free mail, English, no address) who names a large U.S. city's
/// or county's police is placed in the United States.</summary>
public class CountryFromALargeUsCitysPoliceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Miami-Dade Police")]
    [InlineData("Seattle Police")]
    public void A_free_mail_officer_of_a_us_city_police_is_placed_in_the_united_states(string force)
    {
        var result = _engine.Triage($"From: Officer R. Lane <r.lane.duty@gmail.com>\nSubject: URGENT\n\nThis is Officer Lane with {force}. We need the " +
                                    "phone number and last login of the user \"coral_key_19\" right now.\n\nOfficer R Lane\n");

        Assert.Equal("United States", result.Fields.Country);
    }
}
