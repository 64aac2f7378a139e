namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 round 16 (stress16 class 7): an EU production order named in the conditional, as the route another
/// request would need ("nur über eine Europäische Herausgabeanordnung zu erlangen wären; darum geht es hier nicht"), is
/// no EU order served: a foreign police request is then direct process. A CyberTip the writer says it has not had is
/// no child-safety matter. A date that opens or closes the period the data cover is not the date of service from which
/// a count of days runs.</summary>
public class RouteNamedOrReportDeniedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Mir ist bekannt, dass Inhalte nur über ein Rechtshilfeersuchen bzw. eine Europäische Herausgabeanordnung zu erlangen wären; darum geht es hier nicht.")]
    [InlineData("Je sais que le contenu ne pourrait être obtenu que par une injonction européenne de production ; il ne s'agit pas de cela ici.")]
    public void An_eu_order_named_as_another_route_leaves_direct_foreign_process(string aside)
    {
        var result = _engine.Triage("From: K. Brandt <k.brandt@polizei.hamburg.de>\nSubject: Auskunftsersuchen LKA 54\n\n" +
            "Polizei Hamburg, Landeskriminalamt\nIn einem Ermittlungsverfahren der Staatsanwaltschaft Hamburg bitte ich um Auskunft zum Nutzerkonto \"alster_tickets\": Bestandsdaten und IP-Adressen.\n" +
            aside + "\nKOK K. Brandt");

        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
    }

    [Fact]
    public void A_warrant_that_says_no_cybertip_was_had_is_no_ncmec_matter()
    {
        var result = _engine.Triage("""
            Attached is a Superior Court search warrant for the account "desert_lens_k". The case is a sextortion investigation
            with adult victims. No child victim has been identified and we have not had a CyberTip on this one.
            """);

        Assert.False(result.Flags.Ncmec);
    }

    [Fact]
    public void A_warrant_citing_a_cybertip_it_received_is_an_ncmec_matter()
    {
        var result = _engine.Triage("""
            Attached is a Superior Court search warrant for the account "desert_lens_k", obtained after we received CyberTipline
            Report 187766512 about images of a 13-year-old.
            """);

        Assert.True(result.Flags.Ncmec);
    }

    [Fact]
    public void A_count_from_service_does_not_run_from_the_periods_first_or_last_day()
    {
        var result = _engine.Triage("""
            DECISÃO - Marco Civil da Internet
            Determino que a provedora forneça, no prazo de 5 (cinco) dias a contar da intimação, relativamente ao período de
            01/08/2026 a 20/10/2026, os dados cadastrais e os registros de acesso do perfil "triangulo_cambio".
            """);

        Assert.NotEqual(new DateOnly(2026, 8, 6), result.Fields.ResponseDeadline);
        Assert.NotEqual(new DateOnly(2026, 10, 25), result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void A_count_from_a_stated_service_date_runs_from_it()
    {
        var result = _engine.Triage("""
            DECISÃO - Marco Civil da Internet
            Determino que a provedora forneça, no prazo de 5 (cinco) dias a contar da intimação, os dados cadastrais do perfil
            "triangulo_cambio". A provedora foi intimada em 25/11/2026.
            """);

        Assert.Equal(new DateOnly(2026, 11, 30), result.Fields.ResponseDeadline);
    }
}
