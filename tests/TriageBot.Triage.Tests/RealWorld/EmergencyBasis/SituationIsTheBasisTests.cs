using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Issue 11 class 8 (emergency basis): a concrete situation — a hostage taking, a child not found, an
/// overdose on stream, a threat against a school — states the basis of an emergency disclosure by itself; only a
/// bare claim of urgency is told what it leaves out, with its own words quoted.</summary>
public class SituationIsTheBasisTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Head = "From: Insp. Maren Voss <m.voss@police.example.gov>\nSubject: Urgent disclosure - risk to life\n\n";

    [Theory]
    [InlineData("Risk to life. A 12-year-old from Harlow left home at 18:00 and has not been located; she messaged a friend that an adult she met on your app was collecting her. Requested: subscriber details and last login IPs of the account dune_fox_3.")]
    [InlineData("Imminent danger to life. The account tern_9 wrote at 23:10 that he is armed with a shotgun and barricaded in a flat with his former partner. Requested: phone number and recent IP addresses.")]
    [InlineData("Urgent, life-threatening situation: a man is live on your service saying he swallowed the contents of his pill bottle. We ask for the registered e-mail, phone and the IP address of the stream.")]
    [InlineData("Pericolo per la vita: un ragazzo di 15 anni è scomparso da stamattina dopo aver scritto un messaggio d'addio. Si chiedono numero di telefono e indirizzi IP del profilo lago_blu.")]
    [InlineData("Levensgevaar: de gebruiker kade_77 dreigt een leraar neer te schieten en plaatste een foto van een pistool. Wij vragen naam, e-mailadres en IP-adressen.")]
    // A missing person whose whereabouts nobody knows, in the words police use: a lost walker without medication, a
    // patient gone from a ward after an earlier attempt, a teenager missing after sextortion (Dutch, German).
    [InlineData("Emergency request. A 77-year-old man with Alzheimer's wandered off from a care home in Keswick at dusk and has no medication with him. Fell rescue is searching. His tablet is signed in to your service as fellwalker_ted; please give the IP address of any activity since 17:00 so the search teams can learn where he connected.")]
    [InlineData("Urgent: missing vulnerable adult. A man aged 31 who tried to hang himself in October left the ward at 19:00; we do not know where he is. Please provide the recent IP addresses and phone number of the account slate_rain_31.")]
    [InlineData("Spoedverzoek, levensgevaar. De 14-jarige Sem uit Deventer wordt sinds vanmiddag vermist na seksuele afpersing door het account rivier_kees. Gevraagd: naam, telefoonnummer en IP-adressen van dat account.")]
    [InlineData("Eilt – Lebensgefahr. Die 15-jährige Mia aus Kassel ist seit gestern Abend vermisst; sie wurde über das Konto nordwind_22 zu einem Treffen gelockt. Wir bitten um Bestandsdaten und IP-Adressen.")]
    public void A_concrete_situation_states_its_own_basis(string body)
    {
        var result = _engine.Triage(Head + body + "\n\nInsp. M. Voss\nMetropolitan Police");

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_bare_claim_of_urgency_is_told_what_is_missing_and_quoted()
    {
        var result = _engine.Triage("From: Insp. Maren Voss <m.voss@police.example.gov>\nSubject: Request\n\nWe are making an emergency request. Need the subscriber details and IP logs for the account dune_fox_3 within the hour, it is time critical.\n\nInsp. M. Voss\nMetropolitan Police");

        var finding = Assert.Single(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
        Assert.Contains("who is at risk", finding.Message);
        Assert.Contains("why the information is needed", finding.Message);
        Assert.Contains("EMERGENCY", finding.Evidence ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_generic_threat_to_a_child_without_any_facts_is_still_incomplete()
    {
        var result = _engine.Triage(Head + "We have an imminent threat to a child and need the phone number and IP addresses of dune_fox_3 in the next hour.\n\nInsp. M. Voss\nMetropolitan Police");

        var finding = Assert.Single(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
        Assert.Contains("why the information is needed", finding.Message);
    }
}
