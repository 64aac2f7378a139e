namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: a private party writing as itself — counsel, a user, a journalist, a rights holder —
/// claims no government authority, in any of the seven languages read; it is routed by type, never suspicious.</summary>
public class PrivatePartyVoiceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Lucía Pérez <lucia.perez@gmail.com>\nSubject: Solicitud de acceso\n\nSoy la titular de la cuenta lucia_p. Solicito una copia de todos mis mensajes conforme al RGPD.")]
    [InlineData("From: Marco Bianchi <marco.b@libero.it>\nSubject: Richiesta\n\nSono il titolare dell'account marco_b. Vi chiedo copia di tutti i messaggi ricevuti.")]
    [InlineData("From: Anaïs D. <anais.d@laposte.net>\nSubject: Droit d'accès\n\nJe ne suis pas de la police, je vous écris à titre personnel : je demande une copie de toutes mes conversations.")]
    [InlineData("From: Sanne de Vries <sanne@ziggo.nl>\nSubject: inzage\n\nIk ben de houder van het account sanne_dv. Graag ontvang ik een kopie van alle berichten.")]
    [InlineData("From: Eva Roth <eva.roth@web.de>\nSubject: Presseanfrage\n\nIch bin Journalistin und recherchiere zu Auskunftsersuchen der Polizei.")]
    [InlineData("From: Paulo <paulo.adv@uol.com.br>\nSubject: Notificação\n\nRepresentamos o Sr. João, titular de direitos autorais. Solicitamos a preservação dos registros da conta joao_x.")]
    public void A_user_journalist_or_counsel_on_free_mail_is_not_suspicious(string message)
    {
        var result = _engine.Triage(message);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void A_rights_agent_that_says_it_is_no_authority_gets_no_preservation_advice()
    {
        var result = _engine.Triage(
            "From: Rechteschutz Nord <hinweise@rechteschutz-nord.example.de>\nSubject: Urheberrechtsverletzung - Datensicherung\n\n" +
            "Wir vertreten die Nordlicht Musikverlag GmbH. Wir fordern Sie auf, sämtliche Daten zum Konto bass_pirat (Bestandsdaten, IP-Adressen) zu SICHERN. " +
            "Wir sind keine Behörde; eine gerichtliche Anordnung liegt nicht vor.");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "PRESERVATION_EXPIRY"); // 2703(f) is for governments
    }

    [Theory]
    [InlineData("This subpoena is issued at the request of Respondent, by his attorney of record, Ruben Kestrel, State Bar No. 24099187, rkestrel@kestrel-law.example.")]
    [InlineData("Ruben Kestrel, Attorney for Defendant John Smith, rkestrel@kestrel-law.example")]
    public void A_subpoena_issued_by_a_litigants_attorney_is_not_a_suspicious_government_request(string signature)
    {
        var result = _engine.Triage(
            "IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS\nSUBPOENA DUCES TECUM\n\nYou are commanded to produce all messages sent or received by the account \"mireille.atx\".\n\n" +
            signature + "\n");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "CONTENT_REQUIRES_WARRANT");
        Assert.Contains(result.Findings, f => f.Code == "CIVIL_CONTENT_BARRED");
    }
}
