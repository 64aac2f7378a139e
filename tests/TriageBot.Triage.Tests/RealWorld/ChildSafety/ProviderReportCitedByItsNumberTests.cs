namespace TriageBot.Triage.Tests.RealWorld.ChildSafety;

/// <summary>Issue 11 round 16: a child-abuse unit quotes the provider's own report back by its number without naming NCMEC
/// ("uw melding 219502866", "le signalement 219388440 que votre entreprise a transmis", "Ihre Meldung Nr. 219…"): a
/// child-safety matter, and the number is the CyberTipline report's. The same quote in a fraud case is no such matter.</summary>
public class ProviderReportCitedByItsNumberTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Politie Eenheid Den Haag – Team Bestrijding Kinderporno\n\nNaar aanleiding van uw melding 218830412 verzoeken wij u de " +
                "gegevens van het account \"hofvijver_oom\" te bewaren.\n", "218830412")]
    [InlineData("Sûreté du Québec – Exploitation sexuelle des enfants\n\nObjet : signalement 218 830 413\n\nNous joignons une ordonnance de " +
                "communication visant le compte « fleuve_oncle » et le signalement 218830413 que votre entreprise a transmis.\n", "218830413")]
    [InlineData("Landeskriminalamt – Sexuelle Ausbeutung von Kindern\n\nBezugnehmend auf Ihre Meldung Nr. 218830414 bitten wir um die " +
                "Bestandsdaten des Kontos \"elbe_onkel\".\n", "218830414")]
    [InlineData("Policía Nacional – Unidad de Explotación Sexual Infantil\n\nEn relación con su reporte n.º 218830415 solicitamos los datos de " +
                "registro de la cuenta «tajo_tio».\n", "218830415")]
    public void A_child_abuse_unit_quoting_the_providers_report_number_is_an_NCMEC_matter(string text, string id)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Ncmec);
        Assert.Contains(id, result.Fields.NcmecReportIds);
    }

    [Theory]
    [InlineData("Politie Eenheid Utrecht – Team Fraude\n\nNaar aanleiding van uw melding 218830416 over phishing verzoeken wij u de gegevens " +
                "van het account \"dom_toren_shop\" te bewaren.\n")]
    [InlineData("Police nationale – Brigade financière\n\nNous faisons suite au signalement 218830417 que votre entreprise a transmis au sujet " +
                "d'une escroquerie et demandons les données d'inscription du compte « seine_boutique ».\n")]
    public void The_same_quote_in_a_fraud_case_is_no_child_safety_matter(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Ncmec);
    }
}
