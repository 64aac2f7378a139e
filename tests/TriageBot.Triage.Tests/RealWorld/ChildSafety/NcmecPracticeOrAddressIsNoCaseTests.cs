namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Issue 11 round 12: the CyberTipline's web address in a footer, and a platform's reporting habit told in
/// the present tense in another language, concern no child-safety case.</summary>
public class NcmecPracticeOrAddressIsNoCaseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_footer_with_the_cybertipline_address_is_no_child_safety_matter()
    {
        var result = _engine.Triage("""
            From: Det. Rhea Oduya <roduya@boulderpd.example.gov>
            Subject: subpoena
            Please find the attached subpoena for the account "mesa_coins_co": subscriber information and login IP
            addresses from October 1 to November 20, 2026 (fraud investigation). No content is requested.
            --
            Our unit belongs to a regional task force. Child exploitation tips: visit
            report.cybertip.org.
            """);

        Assert.False(result.Flags.Ncmec);
    }

    [Fact]
    public void A_platform_asking_how_reports_to_ncmec_work_brings_no_case()
    {
        var result = _engine.Triage("""
            Da: Team Sicurezza <sicurezza@example.it>
            Oggetto: domanda sulla vostra procedura
            Nella vostra pagina leggiamo che segnalate al NCMEC (CyberTipline) i contenuti di abuso sui minori. Vale
            anche per gli utenti europei? Non riguarda alcun utente né alcun caso.
            """);

        Assert.False(result.Flags.Ncmec);
    }
}
