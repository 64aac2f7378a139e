using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 12: the type follows who issues the paper. A subpoena in a suit between private parties (a
/// company against unnamed Does, a caption with a company first, a court of equity, "Attorney for: Plaintiff") is civil;
/// a Puerto Rico prosecutor's "citación para presentar documentos" is a U.S. subpoena in Spanish; a foreign police
/// request that names an EU production order only on a condition ("Sollte … erforderlich sein") is a direct request.</summary>
public class WhoIssuesTheProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("ATTORNEY FOR: Plaintiff Sierra Almonds LLC\nSUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO\nSIERRA ALMONDS LLC v. DOES 1-10\n" +
                "DEPOSITION SUBPOENA FOR PRODUCTION OF BUSINESS RECORDS\nYOU ARE ORDERED TO PRODUCE records identifying the user of the account fresno_truth_77.\n")]
    [InlineData("IN THE COURT OF CHANCERY OF THE STATE OF DELAWARE\nBLUE HERON VALVES, INC. v. OSPREY CONTROLS LLC\nSUBPOENA DUCES TECUM\n" +
                "You are commanded to produce documents sufficient to identify the holder of the account heron_leaks.\nIssued by: P. Marsh, Esq.\n")]
    public void A_subpoena_in_a_suit_between_private_parties_is_civil(string text)
    {
        Assert.Equal(LegalProcessType.Civil, _engine.Triage(text).ProcessType);
    }

    [Fact]
    public void A_puerto_rico_citacion_para_presentar_documentos_is_a_us_subpoena()
    {
        var result = _engine.Triage("""
            ESTADO LIBRE ASOCIADO DE PUERTO RICO
            EL PUEBLO DE PUERTO RICO v. MARÍA LÓPEZ RUIZ – Caso Criminal Núm. CAG2026-0112
            CITACIÓN PARA PRESENTAR DOCUMENTOS
            Por la presente se le ordena producir la información de suscriptor de la cuenta "caguas_ventas" ante la Fiscalía de Caguas.
            Fiscal Auxiliar J. Berríos – jberrios@justicia.pr.gov
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.NonUs);
    }

    [Fact]
    public void A_conditional_eu_order_leaves_a_direct_foreign_request()
    {
        var result = _engine.Triage("""
            Landespolizeidirektion Steiermark – Landeskriminalamt
            Sehr geehrte Damen und Herren,
            wir ersuchen um freiwillige Übermittlung der Stammdaten des Kontos „grazer_tickets“. Sollte dafür eine Europäische
            Herausgabeanordnung notwendig sein, teilen Sie uns dies bitte mit.
            Mit freundlichen Grüßen
            BezInsp K. Nwosu, lka-stmk@polizei.gv.at
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Theory]
    [InlineData("a.clerk@nccourts.org")]
    [InlineData("clerk.office@pacourts.us")]
    public void A_state_judiciary_off_gov_is_a_known_sender(string from)
    {
        var result = _engine.Triage($"From: Assistant District Attorney <{from}>\nSubject: subpoena withdrawn\n\n" +
                                    "The grand jury subpoena served on November 3 for the account triangle_deals is withdrawn. Nothing further is requested.\n");

        Assert.False(result.Flags.SuspiciousSender);
    }
}
