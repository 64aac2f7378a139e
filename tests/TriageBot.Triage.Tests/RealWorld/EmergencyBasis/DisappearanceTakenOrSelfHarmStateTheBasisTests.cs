using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Issue 11 round 14: a disappearance, a child taken with a stolen car, a handgun shown with a threat, a
/// minor gone to meet an adult, an overdose announced with a goodbye, a young man who says he will harm himself (in
/// German): each situation states the basis of an emergency disclosure, and location data asked for says what the
/// data is for. A bare claim of urgency that asks for location data is still told who is at risk is missing.</summary>
public class DisappearanceTakenOrSelfHarmStateTheBasisTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Head = "From: Insp. Maren Voss <m.voss@police.example.gov>\nSubject: Urgent disclosure\n\n";

    [Theory]
    [InlineData("Exigent request. At 05:10 a car was stolen outside a bakery with a 4-year-old boy asleep in the back seat. The thief posted a photo from the car on the account quarry_fox_9 ten minutes ago. We need the login IP addresses and any location data since 05:00.")]
    [InlineData("Petición urgente, riesgo vital. Investigamos la desaparición de una mujer de 34 años desde anoche; su expareja publicó con la cuenta ribera_norte una foto de un arma corta. Solicitamos teléfono, correo y direcciones IP de las últimas conexiones.")]
    [InlineData("URGENT. Une adolescente de 14 ans est partie de chez elle hier soir pour rejoindre un homme majeur rencontré via le compte quai_sud_7. Nous vous demandons son numéro de téléphone, ses adresses IP et toute donnée de localisation.")]
    [InlineData("Emergency. At 02:40 the user of marsh_owl_5 posted that she had taken \"the whole bottle\" and said goodbye to her brother, who does not know where she lives now. Please send the phone number and last login IP addresses.")]
    [InlineData("Bitte sofort bearbeiten. Ein 20-Jähriger hat über das Konto alpsee_nebel geschrieben, dass er sich heute etwas antun will. Er ist nicht zu Hause. Wir brauchen die letzten IP-Adressen und die Telefonnummer.")]
    public void The_situation_states_its_own_basis(string body)
    {
        var result = _engine.Triage(Head + body + "\n\nInsp. M. Voss\nMetropolitan Police");

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_bare_claim_asking_for_location_data_is_still_told_who_is_at_risk_is_missing()
    {
        var result = _engine.Triage(Head + "This is an emergency request. Send the subscriber details and any location data for the account dune_fox_3 within the hour.\n\nInsp. M. Voss\nMetropolitan Police");

        var finding = Assert.Single(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
        Assert.Contains("who is at risk", finding.Message);
    }
}
