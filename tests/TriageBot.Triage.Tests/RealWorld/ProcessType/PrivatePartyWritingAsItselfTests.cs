using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 2, round 8: a private party writing as itself is never government process. An academic
/// asking about kinds of requests (emergency ones too) is "other" and pages nobody; a law firm seeking data for a
/// lawsuit is "civil"; in every language, at home or abroad.</summary>
public class PrivatePartyWritingAsItselfTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Estimados señores:\n\nSoy profesora de Derecho Procesal en la Universidad de Oviedo y estoy preparando un capítulo sobre las solicitudes de emergencia que la policía envía a las plataformas. ¿Cuántas solicitudes de emergencia recibieron en 2025? No necesito datos de ningún usuario.\n\nDra. Olga Viñas\n")]
    [InlineData("Geachte heer/mevrouw,\n\nIk ben universitair docent strafrecht en doe met een beurs onderzoek naar noodverzoeken en bevelen van buitenlandse politie. Mag ik iemand van uw juridische afdeling interviewen? Ik vraag uitdrukkelijk geen gegevens over gebruikers.\n\ndr. J. de Wit\n")]
    [InlineData("Dear legal team,\n\nI am a PhD candidate in criminology at the University of Leeds writing a thesis on emergency disclosure requests and exigent circumstances. Could you share how quickly you answer an emergency request? I do not need any user data.\n\nSam Okoro\n")]
    [InlineData("Sehr geehrte Damen und Herren,\n\nich bin Doktorandin am Institut für Strafrecht der Universität Graz und schreibe eine Dissertation über Notfallanfragen der Polizei. Wie viele Notfallanfragen erhalten Sie im Jahr? Ich benötige keine personenbezogenen Daten.\n\nMag. Lena Hofer\n")]
    public void An_academic_asking_about_requests_is_other_and_pages_nobody(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_teacher_reporting_a_pupil_at_risk_is_still_read_for_the_danger()
    {
        // The academic reading needs an institution or a field after the title; a school teacher's alarm keeps its emergency cues.
        var result = _engine.Triage("I am a teacher at Lincoln Middle School. One of my pupils posted from the account \"quiet_sparrow_12\" that she will kill herself tonight. " +
                                    "Please help the police find her, her life is in danger.\n");

        Assert.True(result.Flags.Emergency);
    }

    [Theory]
    [InlineData("Objet : action en diffamation – communication de données\n\nMaître,\nNotre cabinet d'avocats représente M. Garnier, diffamé depuis le compte @verite_nantes. Nous saisissons le tribunal judiciaire de Nantes et vous prions de nous communiquer l'identité du titulaire du compte.\n\nMe Claire Roux, avocat au barreau de Nantes\n")]
    [InlineData("Sehr geehrte Damen und Herren,\n\nunsere Kanzlei vertritt die Klägerin in einem Zivilverfahren wegen Verleumdung. Wir bitten um Mitteilung von Name und E-Mail-Adresse des Nutzers „stadtgeflüster_ulm\".\n\nDr. Paul Brandl, Rechtsanwalt\n")]
    public void A_law_firm_abroad_seeking_data_for_a_lawsuit_is_civil(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
