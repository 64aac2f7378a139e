namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, the country: the issuing authority decides — its domain's country suffix, its phone's
/// country code, the court, police force or statute it names — and the language only when nothing else speaks.
/// Every state counts, not only the common ones.</summary>
public class CountryFromIssuingAuthorityTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_french_language_request_from_monaco_is_from_monaco_not_france()
    {
        var result = _engine.Triage("""
            From: Commandant Élodie Rainier-Osei <e.rainier-osei@gouv.mc>
            Subject: Réquisition - compte "rocher_nuit"
            Madame, Monsieur,
            Dans le cadre d'une enquête pour escroquerie, je vous prie de me communiquer les données
            d'inscription du compte « rocher_nuit ».
            Direction de la Sûreté Publique - Tél. +377 93 15 55 01
            """);

        Assert.Equal("Monaco", result.Fields.Country);
    }

    [Fact]
    public void A_pasted_letter_with_no_mail_header_is_placed_by_the_government_address_it_gives()
    {
        var result = _engine.Triage("""
            CYBER SECURITY AND TECHNOLOGY CRIME BUREAU
            Request for subscriber information - account "victoria_harbour_deals"
            We are investigating a fraud and ask for the registration details of the account above.
            Inspector Y. Leung-Abara | yleung@police.gov.hk
            """);

        Assert.Equal("Hong Kong", result.Fields.Country);
    }

    [Fact]
    public void A_state_police_force_named_by_its_state_places_a_request_from_a_non_government_domain()
    {
        var result = _engine.Triage("""
            From: Tpr. Dana Okonkwo-Hale <dokonkwo@lakeview-schools.org>
            Subject: Search warrant - account "huron_shore_kid"
            Please see the search warrant for the account "huron_shore_kid"; we need the messages by Friday.
            Tpr. Dana Okonkwo-Hale
            Michigan State Police
            """);

        Assert.Equal("United States", result.Fields.Country);
    }
}
