using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 13: a litigant without a lawyer who writes in Spanish about a U.S. small-claims suit
/// ("No tengo abogado, yo misma llevo el caso", "vivo en Laredo, Texas") is a civil party in the United States, not a
/// foreign authority; a first name that is also a city ("Rosario") places no one; and an impostor's subpoena headed
/// "District Attorney - Kings County" still names the United States.</summary>
public class SpanishSpeakingLitigantInUsCourtTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_spanish_speaking_party_to_a_us_small_claims_suit_is_civil_in_the_united_states()
    {
        const string text = "Asunto: necesito datos para mi caso\n\nHola,\n\nMe llamo Rosario Quintanilla y vivo en Laredo, Texas. Tengo una demanda " +
                            "en la Corte de Justicia de Paz contra quien usa la cuenta «laredo_ofertas», que me vendió un teléfono que nunca llegó. " +
                            "No tengo abogado, yo misma llevo el caso. Les pido su nombre, dirección y los mensajes que me mandó.\n\nGracias,\nRosario\n";

        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.NonUs);
        Assert.Equal("United States", result.Fields.Country);
    }

    [Fact]
    public void An_impostors_subpoena_from_a_county_district_attorney_still_names_the_united_states()
    {
        const string text = "From: DA Office <legal@kings-da-office.net>\nSubject: GRAND JURY SUBPOENA\n\nDistrict Attorney - Kings County\n" +
                            "GRAND JURY SUBPOENA\n\nProvide today all messages and IP addresses for the account \"coney_wave_2\". Reply to this email only.\n";

        var result = _engine.Triage(text);

        Assert.Equal("United States", result.Fields.Country);
    }
}
