namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 8: a county's own domain written as the initials of its name with "county" glued on
/// (two-word county names: "Fox Ridge County" mails from frcounty.org) is the county whose police department the
/// letter names, when the letter writes the county's name out before the agency. Initials that spell another
/// place, or a department the letter does not name, stay unverified.</summary>
public class CountyInitialsGluedToCountyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Letter(string from, string agency) =>
        $"From: Cpl. Dana Oyelaran <d.oyelaran@{from}>\nTo: lert@provider.example\nSubject: Exigent request - missing teenager\n\n" +
        $"{agency}\n12 Harbor Rd, Glen Hollow, MD 21061\n\n" +
        "A 14-year-old girl left home overnight to meet an adult she chatted with on your service (account \"tidewater_runner\"). " +
        "We believe she is in danger of serious physical injury. We need subscriber details and recent IP addresses now.\n\n" +
        "Cpl. D. Oyelaran, badge 2231, 410-555-0144\n";

    [Fact]
    public void County_initials_with_county_glued_on_match_the_county_police()
    {
        var result = _engine.Triage(Letter("frcounty.org", "Fox Ridge County Police Department"));

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void Initials_of_another_place_stay_unverified()
    {
        var result = _engine.Triage(Letter("qzcounty.org", "Fox Ridge County Police Department"));

        Assert.True(result.Flags.SuspiciousSender);
    }
}
