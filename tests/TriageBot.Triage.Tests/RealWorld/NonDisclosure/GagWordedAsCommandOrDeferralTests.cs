namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 10: gags the cues missed or raised wrongly. A court's command under a "NOTICE:" heading binds (it is
/// no form's instructions); an EU production order whose authority itself puts off informing the person, in the
/// active voice, imposes a gag for its period; a French court's subjunctive command does, with its period; a gag
/// only applied for at a named court, "no order has been entered yet", does not.</summary>
public class GagWordedAsCommandOrDeferralTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_court_command_under_a_notice_heading_is_a_gag_with_its_period()
    {
        var result = _engine.Triage("""
            From: Deputy County Attorney <r.alvarez@pima.gov>
            Subject: Grand jury subpoena 26-441

            COUNTY GRAND JURY SUBPOENA DUCES TECUM
            You are commanded to produce subscriber records for the account "desert_bloom_77" by January 4, 2027.
            NOTICE: By order of the Superior Court entered 11/20/2026, you shall not disclose the existence of this
            subpoena to the subscriber for sixty (60) days from the date of that order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("60 days", result.Fields.NonDisclosurePeriod);
    }

    [Theory]
    [InlineData("SECTION F : Information de l'utilisateur : ☒ l'autorité d'émission retarde l'information de la personne concernée pendant 4 mois.")]
    [InlineData("ABSCHNITT G: Unterrichtung des Nutzers: ☒ Die Anordnungsbehörde verzögert die Unterrichtung der betroffenen Person für vier Monate.")]
    [InlineData("SECCIÓN G: Información al usuario: ☒ la autoridad emisora aplaza la información al usuario durante cuatro meses.")]
    [InlineData("SECTION G: Informing the user: ☒ the issuing authority delays informing the user for four months.")]
    public void An_EU_order_whose_authority_puts_off_informing_the_person_is_a_gag(string section)
    {
        var result = _engine.Triage($"""
            From: Parquet <epoc@justice.example.eu>
            Subject: EPOC 2026/118

            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)
            SECTION C : Données demandées : données relatives aux abonnés du compte @vent_du_sud.
            {section}
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_French_court_command_not_to_disclose_is_a_gag_with_its_stated_period()
    {
        var result = _engine.Triage("""
            Cour du Québec — Chambre criminelle
            ORDONNANCE DE COMMUNICATION
            ORDONNANCE DE NON-COMMUNICATION

            Il est ordonné à la société de communiquer les données d'abonné du compte @pluie_fine.
            IL EST EN OUTRE ORDONNÉ que la société ne divulgue pas l'existence de la présente ordonnance
            pendant une période de 90 jours.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("90 days", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_applied_for_at_a_named_court_and_not_yet_entered_is_none()
    {
        var result = _engine.Triage("""
            From: Special Agent <k.moreno@dea.gov>
            Subject: Administrative subpoena 26-0771

            ADMINISTRATIVE SUBPOENA (21 U.S.C. 876): subscriber records for the account "midnight_runner".
            We have applied to the District Court for the Western District of Texas for an order under
            18 U.S.C. 2705(b); no order has been entered yet. Until then we ask that you hold off notifying the user.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
