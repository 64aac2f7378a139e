namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, the country: a mutual legal assistance request executed by U.S. authorities carries a
/// foreign state's request (the requester is that state); a sender on free mail that names an agency only the
/// United States has is placed there by the agency.</summary>
public class CountryOfTheRequesterNotOfTheCarrierTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_MLAT_request_executed_by_DOJ_is_from_the_requesting_state()
    {
        var result = _engine.Triage("U.S. Department of Justice, Criminal Division\nOffice of International Affairs\n950 Pennsylvania Avenue NW, Washington, DC 20530\n\nRe: Request from the Republic of Austria for Assistance in a Criminal Matter\n\nPursuant to the Treaty on Mutual Legal Assistance between the United States and Austria and 18 U.S.C. 3512, enclosed is an order of the U.S. District Court for the records of the account \"donau_shop\".\n\nT. Hale, Trial Attorney, thale@usdoj.gov");

        Assert.Equal("Austria", result.Fields.Country);
    }

    [Fact]
    public void A_free_mail_sender_naming_a_US_city_police_department_is_placed_in_the_United_States()
    {
        var result = _engine.Triage("From: Phoenix Police Detective <phx.detective.unit4@gmail.com>\nSubject: URGENT data request\n\nThis is a detective with the Phoenix Police Department. We need the subscriber information of the account desert_rose_77 today.\n\nDet. R. Vance");

        Assert.Equal("United States", result.Fields.Country);
    }
}
