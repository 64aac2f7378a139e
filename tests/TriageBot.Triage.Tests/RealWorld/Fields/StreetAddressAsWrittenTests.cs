namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 10: the street as the letter writes it — a street type's abbreviation keeps its period, a
/// Belgian or Brazilian city line may run on into a phone number after a dash, a Latin American letterhead gives a
/// street with no postcode — and a U.S. constable's office is American.</summary>
public class StreetAddressAsWrittenTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_street_abbreviation_keeps_its_period()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA for the subscriber records of @harbor_lynx.
            Det. R. Vance, Special Investigations, 4100 Elm St., Dallas, TX 75226
            """);

        Assert.Contains("4100 Elm St.", result.Fields.Address);
    }

    [Fact]
    public void A_belgian_city_line_running_on_into_a_phone_number_gives_the_street()
    {
        var result = _engine.Triage("""
            Geachte, wij verzoeken de gebruikersgegevens van gebruiker "schelde_nacht_9".
            Met vriendelijke groet,
            Inspecteur An Peeters
            CCU Gent, Kortrijksesteenweg 1014, 9000 Gent - +32 9 555 1234
            """);

        Assert.Contains("Kortrijksesteenweg 1014", result.Fields.Address);
    }

    [Fact]
    public void A_brazilian_letterhead_running_on_into_a_phone_number_gives_the_street()
    {
        var result = _engine.Triage("""
            POLÍCIA CIVIL DO ESTADO DE SÃO PAULO
            Rua Brigadeiro Tobias, 527, Luz, São Paulo/SP, CEP 01032-001 - Tel. +55 11 5555 0101
            Ofício: solicitamos os dados cadastrais da conta «paulista_trocas».
            """);

        Assert.Contains("Rua Brigadeiro Tobias, 527", result.Fields.Address);
    }

    [Fact]
    public void A_latin_american_letterhead_street_without_a_postcode_is_the_address()
    {
        var result = _engine.Triage("""
            POLICÍA NACIONAL — Seccional de Investigación Criminal
            Carrera 15 n.º 88-21, Barrio El Chicó, Bogotá D.C.

            Solicitamos los datos de registro de la cuenta «chapinero_cobros».
            """);

        Assert.Contains("Carrera 15", result.Fields.Address);
    }

    [Fact]
    public void A_county_constables_office_is_in_the_united_states()
    {
        var result = _engine.Triage("""
            Fort Bend County Constable Precinct 2
            Please provide subscriber records for the account "katy_night_owl" under the attached subpoena.
            """);

        Assert.Equal("United States", result.Fields.Country);
    }
}
