namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: an academic asking how a provider handles requests writes as herself, not with a
/// government's authority, even when her letter names emergencies and orders; she is no suspicious sender. Her
/// title or her request for an interview says so, in the languages read.</summary>
public class AcademicsAskingAboutPracticeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Van: dr. Wieke Dijkgraaf <w.dijkgraaf@example.nl>\nOnderwerp: verzoek om een interview\n\nGeachte heer/mevrouw,\n\n" +
                "Als universitair docent strafrecht bestudeer ik hoe dienstverleners omgaan met spoedverzoeken bij levensgevaar en met " +
                "bevelen tot geheimhouding. Mag ik iemand van uw juridische afdeling een uur interviewen? Ik vraag geen gegevens over gebruikers.\n")]
    [InlineData("De: Dra. Olalla Ferreiro <oferreiro@example.es>\nAsunto: solicitud de entrevista\n\nEstimados señores:\n\n" +
                "Soy profesora titular de la Universidad y estudio cómo se tramitan las peticiones urgentes de la policía cuando hay " +
                "riesgo para la vida. ¿Podrían concederme una entrevista de una hora? No solicito datos de ningún usuario.\n")]
    public void An_academic_asking_about_practice_is_not_a_suspicious_sender(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }
}
