namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11: a requester whose mail does not place it is placed by what it writes: a "Sheriff Office" is
/// American however it spells the possessive; a .edu address is a U.S. college's; a footer's street address ending
/// on a state's postal code ("Austin TX.") is American without a ZIP; so are the SCA's orders named by their
/// sections ("2703(d) orders"); an English territorial force named in the letter ("West Yorkshire Police") is
/// British.</summary>
public class RequesterPlacedByItsOwnWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_sheriff_office_writing_from_free_mail_is_placed_in_the_united_states()
    {
        var result = _engine.Triage("""
            From: "Marion County Sheriff Office" <mcso.urgent.desk@outlook.com>
            Subject: urgent

            This is Deputy R. Vance, Marion County Sheriff Office. We need all information on @ocala_breeze_99 now.
            """);

        Assert.Equal("United States", result.Fields.Country);
    }

    [Fact]
    public void A_researcher_signing_with_a_edu_address_is_placed_in_the_united_states()
    {
        var result = _engine.Triage("""
            Subject: Interview request

            I study how platforms answer 2703(d) orders and emergency requests, and would like to interview a member
            of your team. I am not asking for any user's records.
            Dr. Tomasz Whitcombe-Adeyemi
            t.whitcombe@example.edu
            """);

        Assert.Equal("United States", result.Fields.Country);
    }

    [Fact]
    public void A_vendors_footer_address_without_a_zip_is_placed_in_the_united_states()
    {
        var result = _engine.Triage("""
            From: "CaseDesk Software" <news@example.com>
            Subject: Webinar: faster subpoena intake

            Join our webinar on handling subpoenas and preservation letters. Seats are limited.
            CaseDesk Software, 77 Lamar Blvd, Austin TX.
            """);

        Assert.Equal("United States", result.Fields.Country);
    }

    [Fact]
    public void An_english_force_named_only_in_the_letter_is_placed_in_the_united_kingdom()
    {
        var result = _engine.Triage("""
            From: DS K. Ashworth <k.ashworth@example-mail.com>
            Subject: Disclosure request

            West Yorkshire Police. We investigate a fraud by the seller "aire_valley_autos" and ask for the
            subscriber details and login IP history of the account.
            """);

        Assert.Equal("United Kingdom", result.Fields.Country);
    }
}
