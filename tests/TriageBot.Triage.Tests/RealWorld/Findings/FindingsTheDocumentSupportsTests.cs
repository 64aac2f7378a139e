namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 class 8, from the fourth blind set's findings table: an emergency from abroad is not told to
/// send an MLAT; a domestic-violence emergency that states its facts is not told it gave no basis; a request that
/// says it is no longer needed, in Dutch or German, is withdrawn and gets no process findings.</summary>
public class FindingsTheDocumentSupportsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_stated_domestic_violence_emergency_is_not_told_its_basis_is_incomplete()
    {
        var text = "From: Garda Control <control.dublin@garda.ie>\nSubject: Emergency disclosure – threat to kill – Tallaght\n\n" +
                   "A woman reported at 02:10 that her ex-partner, who is subject to a protection order, messaged her from the account \"dodder_shadow\" " +
                   "that he would burn the house down. She has fled with her son; his whereabouts are unknown.\n\n" +
                   "We request his e-mail address, phone number and recent log-in IP addresses. This is an immediate threat to life.\n\nSgt. Niamh Coyle\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void An_emergency_from_abroad_gets_no_mlat_advice()
    {
        var text = "Von: Einsatzzentrale <ez@polizei.bayern.de>\nBetreff: NOTFALL – Suizidankündigung\n\n" +
                   "Der Nutzer \"isar_nachtfalter\" hat vor 20 Minuten angekündigt, sich heute Nacht das Leben zu nehmen. Sein Aufenthaltsort ist unbekannt. " +
                   "Wir bitten dringend um E-Mail-Adresse, Telefonnummer und die letzten IP-Adressen, um ihn zu lokalisieren.\n\nPHK Tobias Weiß\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Theory]
    [InlineData("Hierbij trekken wij ons verzoek van 2 november in. De gegevens zijn niet meer nodig.")]
    [InlineData("Unser Ersuchen vom 2. November ist nicht mehr erforderlich; der Beschuldigte ist ermittelt.")]
    public void A_request_no_longer_needed_is_withdrawn_and_gets_no_process_findings(string note)
    {
        var text = note + "\n\nMet vriendelijke groet / Mit freundlichen Grüßen\n\n-----Original Message-----\nFrom: Team Cybercrime\n" +
                   "Sent: 2 November 2026\n\nWe order the name, e-mail address and IP addresses of the account \"gracht_gokker\" within 10 days.\n";

        var result = _engine.Triage(text);

        Assert.True(result.Withdrawn, note);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
