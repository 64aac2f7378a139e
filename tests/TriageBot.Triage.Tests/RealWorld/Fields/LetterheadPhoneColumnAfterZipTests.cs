namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>A letterhead line that sets the phone in a column after the ZIP still gives the street, city and ZIP.</summary>
public class LetterheadPhoneColumnAfterZipTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_wide_gap_after_the_zip_ends_the_address_like_a_separator()
    {
        var result = _engine.Triage("""
            RIVERTON POLICE DEPARTMENT
            412 W. 3rd Avenue, Riverton, Wyoming 82501      Front desk (307) 555-0144

            RE: Preservation request under 18 U.S.C. 2703(f), case 26-00913
            Please preserve the records of the account "wind_river_wagons" for 90 days.
            Sgt. Colm Abernathy-Reyes
            """);

        Assert.Equal("412 W. 3rd Avenue", result.Fields.Address);
        Assert.Equal("82501", result.Fields.PostalCode);
    }
}
