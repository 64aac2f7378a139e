using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 8: a Puerto Rico court or prosecutor writes in Spanish and names its offices as civil-law
/// systems do ("Ministerio Público", "Fiscalía"), yet serves U.S. process: it is not foreign process, and raises no
/// foreign-process blocker. A real MLAT request through the Justice Department stays international.</summary>
public class UsTerritoryInSpanishTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_puerto_rico_court_order_under_2703d_in_spanish_is_a_us_court_order()
    {
        var result = _engine.Triage("""
            From: Fiscal R. Ortiz <rortiz@justicia.pr.gov>
            ESTADO LIBRE ASOCIADO DE PUERTO RICO - TRIBUNAL DE PRIMERA INSTANCIA, SALA DE MAYAGÜEZ
            ORDEN AL AMPARO DE 18 U.S.C. § 2703(d), a solicitud del Ministerio Público (Fiscalía de Mayagüez).
            El Tribunal determina que existen hechos específicos y articulables. SE ORDENA a la empresa entregar, respecto de
            la cuenta «rincon_surf_pr», la información del suscriptor y los registros de direcciones IP del 1 de agosto al 30 de septiembre de 2026.
            Ministerio Público - Fiscalía de Mayagüez, Puerto Rico
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
        Assert.False(result.Flags.NonUs);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_us_warrant_executing_a_foreign_mlat_request_stays_international()
    {
        var result = _engine.Triage("""
            From: Trial Attorney K. Lam <klam@usdoj.gov>
            Office of International Affairs, U.S. Department of Justice
            SEARCH WARRANT issued under 18 U.S.C. 3512 in execution of a mutual legal assistance request from the Ministerio Público of Chile.
            The provider shall disclose subscriber records for the account "valpo_vinos".
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }
}
