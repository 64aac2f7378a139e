namespace TriageBot.Triage.Tests.RealWorld.ChildSafety;

/// <summary>Round 10: a foreign police request that cites the NCMEC report it starts from, in its own language
/// ("reporte del NCMEC", "signalement NCMEC", "NCMEC-Meldung"), is a child-safety matter as the English form is; the
/// bare name of the centre is not.</summary>
public class NcmecReportInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Con base en el reporte del NCMEC número 55512345, solicitamos los datos de registro de la cuenta @lunaroja_22.")]
    [InlineData("Suite au signalement du NCMEC n° 55512345, nous demandons les données d'inscription du compte @lunaroja_22.")]
    [InlineData("Com base no relatório do NCMEC n.º 55512345, solicitamos os dados cadastrais da conta @lunaroja_22.")]
    [InlineData("A seguito della segnalazione NCMEC n. 55512345, chiediamo i dati di registrazione dell'account @lunaroja_22.")]
    [InlineData("Naar aanleiding van de NCMEC-melding 55512345 vragen wij de registratiegegevens van account @lunaroja_22.")]
    [InlineData("Aufgrund der NCMEC-Meldung Nr. 55512345 ersuchen wir um die Bestandsdaten des Kontos @lunaroja_22.")]
    public void A_request_citing_an_NCMEC_report_in_its_own_language_is_an_NCMEC_matter(string body)
    {
        var result = _engine.Triage($"""
            From: Unidad de Delitos Informaticos <udi@policia.example>
            Subject: 55512345

            {body}
            """);

        Assert.True(result.Flags.Ncmec);
        Assert.Contains(result.Findings, f => f.Code == "NCMEC_MATTER");
    }

    [Fact]
    public void The_centre_named_only_as_a_contact_is_no_NCMEC_matter()
    {
        var result = _engine.Triage("""
            From: Unidad de Delitos Informaticos <udi@policia.example>
            Subject: Datos de registro

            Solicitamos los datos de registro de la cuenta @lunaroja_22 por un fraude con tarjetas. Copia a NCMEC para
            su conocimiento.
            """);

        Assert.False(result.Flags.Ncmec);
    }
}
