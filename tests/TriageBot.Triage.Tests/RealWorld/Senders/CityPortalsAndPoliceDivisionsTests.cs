namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 13: real city police mail from domains the list does not know but the letter explains: the
/// city's branded portal ("my" + the city's name, as the City of Lubbock's mylubbock.us) and a police force named as a
/// division or bureau of its city ("Columbus Division of Police" at columbuspolice.org). Neither is suspicious; a
/// domain naming another place than the letter's stays so.</summary>
public class CityPortalsAndPoliceDivisionsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("SEARCH WARRANT - 212th District Court, Harlow County, Texas - No. 26-SW-0417\n\n" +
                "To the provider: you are commanded to produce subscriber information and login IP addresses from 10/01/2026 " +
                "to date for the account \"red_mesa_rider\".\n\nIssued November 30, 2026.\n" +
                "Affiant: Det. Corinne Vasquez-Lund, Willowbrook Police Department, 100 Main St, Willowbrook TX 79000, " +
                "cvasquez-lund@mywillowbrook.us", "mywillowbrook.us")]
    [InlineData("IN THE COURT OF COMMON PLEAS, ASHFORD COUNTY, OHIO\n\nORDER FOR PRODUCTION OF RECORDS (18 U.S.C. 2703(d))\n\n" +
                "Upon the State's application the provider is ORDERED to produce subscriber information and login IP addresses " +
                "for the account \"lakeside_plug_330\" from September 1 to November 15, 2026.\n\nIT IS SO ORDERED.\n\n" +
                "Det. Aaron Pike, Riverbend Division of Police, apike@riverbendpolice.org, 330-555-0119", "riverbendpolice.org")]
    [InlineData("GRAND JURY SUBPOENA - Court of Common Pleas, Marlow County\n\nYou are commanded to produce the subscriber " +
                "records of the account \"steel_city_swap\" by December 20, 2026.\n\n" +
                "Det. Nadia Ferris, Oakridge Bureau of Police, nferris@oakridgepolice.com, 412-555-0170", "oakridgepolice.com")]
    public void A_city_portal_or_a_police_division_named_in_the_letter_is_not_suspicious(string text, string domain)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender, domain);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void A_branded_portal_of_another_place_than_the_letter_names_stays_suspicious()
    {
        var result = _engine.Triage("SEARCH WARRANT - 212th District Court, Harlow County, Texas - No. 26-SW-0418\n\n" +
                                    "To the provider: you are commanded to produce subscriber information for the account \"red_mesa_rider\".\n\n" +
                                    "Affiant: Det. Corinne Vasquez-Lund, Willowbrook Police Department, cvasquez-lund@mystonefield.us");

        Assert.True(result.Flags.SuspiciousSender);
    }
}
