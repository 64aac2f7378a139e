namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11, the requester's street: Australian and New Zealand letterheads put the postcode after the
/// town; a US delivery line may end in a colon before the list of what to deliver.</summary>
public class StreetBeforeTownAndPostcodeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_Australian_letterhead_gives_its_street()
    {
        var result = _engine.Triage("QUEENSLAND POLICE SERVICE\nTaskforce Argos\nLevel 3, 200 Roma Street, Brisbane QLD 4000, Australia | +61 7 5555 0101\n\nPlease preserve the account \"reef_drifter_8\" for 90 days.\n");

        Assert.Contains("200 Roma Street", result.Fields.Address);
    }

    [Fact]
    public void A_New_Zealand_letterhead_gives_its_street()
    {
        var result = _engine.Triage("NEW ZEALAND POLICE\nCyber Unit\nDistrict Headquarters, 45 Harbour Quay Road, Napier 4110 | +64 6 555 0199\n\nPlease preserve the account \"kiwi_coast_5\".\n");

        Assert.Contains("45 Harbour Quay Road", result.Fields.Address);
    }

    [Fact]
    public void A_delivery_line_ending_in_a_colon_gives_the_street()
    {
        var result = _engine.Triage("SUBPOENA DUCES TECUM\nYOU ARE COMMANDED to deliver by December 18, 2026 to Detective Ray Holt, Kane County\nSheriff's Office, 37 W. Dr. King Jr. Blvd., Aurora, IL 60506:\n\n  Subscriber records for the user \"fox_river_9\".\n");

        Assert.Contains("37 W. Dr. King Jr. Blvd", result.Fields.Address);
    }
}
