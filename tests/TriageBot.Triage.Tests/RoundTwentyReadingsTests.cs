using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 20: wordings real requests use that the engine did not read — a Spanish abduction and a risk to a
/// child's physical integrity, an EU certificate's section that puts informing the user off, the end of a hold as the
/// date to act by, a civil caption against a company, a form's "no" after a user label.</summary>
public class RoundTwentyReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_Spanish_child_abduction_with_a_risk_to_physical_integrity_pages()
    {
        var result = _engine.Triage("""
            From: Inspectora Sara Llorente <sara.llorente@policia.es>
            Subject: Sustracción de menor - solicitud urgente

            Una niña de 6 años ha sido sustraída esta tarde en Getafe por un adulto que contactó con la familia mediante
            la cuenta "regalos_pepe_mad". Existe riesgo grave para la integridad física de la menor. Solicitamos el correo,
            el teléfono y las direcciones IP de los accesos de las últimas 24 horas de esa cuenta.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void An_EU_certificate_section_that_defers_informing_the_user_is_a_gag()
    {
        var result = _engine.Triage("""
            ANHANG I - EUROPÄISCHES HERAUSGABEZERTIFIKAT (EPOC), Verordnung (EU) 2023/1543
            ABSCHNITT A: Anordnungsbehörde: Staatsanwaltschaft Bonn, Az. 420 Js 118/26
            ABSCHNITT D: Angeforderte Daten: Teilnehmerdaten und IP-Adressen zum Nutzerkonto "rhein_raeuber_7"
            ABSCHNITT F: Unterrichtung der betroffenen Person: aufgeschoben gemäß Art. 13 Abs. 3 bis 30.04.2027
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_Spanish_certificate_that_keeps_the_user_uninformed_until_further_order_has_no_end()
    {
        var result = _engine.Triage("""
            CERTIFICADO EUROPEO DE ORDEN DE PRODUCCIÓN (EPOC) - Reglamento (UE) 2023/1543
            SECCIÓN A. Autoridad emisora: Juzgado de Instrucción nº 2 de Alicante
            SECCIÓN D. Datos: datos de abonado del usuario "costa_coins_ali"
            SECCIÓN G. Información al usuario: no se informará hasta nueva orden del juzgado
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Equals("@no", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_end_of_the_hold_an_extension_asks_to_prolong_is_the_date_to_act_by()
    {
        var result = _engine.Triage("""
            From: Det. Cole Abara <cabara@stlouiscountypolice.com>
            Subject: Preservation extension

            On August 30, 2026 we asked you to preserve the records of the account "riverfront_ray". That preservation
            expires November 25, 2026. Under 18 U.S.C. 2703(f)(2) we request an extension for another 90 days.
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
        Assert.Equal(new DateOnly(2026, 11, 25), result.Fields.ResponseDeadline);
        Assert.Equal(Priority.P2, result.Priority);
    }

    [Fact]
    public void A_non_party_subpoena_in_a_case_against_a_company_is_civil()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT OF NEW JERSEY, LAW DIVISION, MORRIS COUNTY       Docket No. MRS-L-0912-26
            Priya Anand v. Harborview Bakery Holdings, LLC

            NON-PARTY SUBPOENA DUCES TECUM
            To: Northwind Labs, Custodian of Records
            Produce the name, e-mail and IP address at sign-up of the account "morris_crumb_critic".
            Issued by Dana Whitlock, Esq., counsel for the plaintiff, dwhitlock@whitlock-law.example
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }
}
