using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Round 17 (FOREIGN_DIRECT_PROCESS): a foreign police force that asks directly while an EU order is still
/// to come ("in attesa dell'ordine europeo ... che sarà emesso", "nelle more dell'emissione", "mientras el Juzgado
/// tramita la orden europea", "Si precisan una orden europea, la solicitaremos", "possa essere fornito solo su
/// rogatoria o tramite ordine europeo") sends foreign direct process, not that order. An impostor's demand is a claim
/// to verify first; since round 28 it also gets the MLAT advice, as a warning (were the claim true, an MLAT would still
/// be needed), unless it only asks to preserve.</summary>
public class ForeignDirectRequestBesideAnEuOrderToComeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Stazione Carabinieri <tbo1@carabinieri.it>\nSubject: Richiesta di conservazione\n\nArma dei Carabinieri, Stazione di Bologna. Si chiede di conservare i dati dell'account «reno_sera_8» dal 1° ottobre 2026, in attesa dell'ordine europeo di conservazione che sarà emesso dalla Procura.\nMaresciallo Aldo Ferri")]
    [InlineData("From: Polizia Postale <cncpo@poliziadistato.it>\nSubject: Richiesta dati\n\nPolizia di Stato, CNCPO. Si chiede, in via di collaborazione e nelle more dell'emissione di un Ordine europeo di produzione, di fornire i dati di registrazione e gli indirizzi IP dell'account «navigli_sera_4».\nIspettore Carla Neri")]
    [InlineData("From: Grupo de Delitos Tecnológicos <gdt.sevilla@policia.es>\nSubject: Solicitud de datos\n\nPolicía Nacional, Brigada de Policía Judicial de Sevilla. Solicitamos los datos de registro y las IP de la cuenta «triana_sol_9». Si precisan una orden europea de producción, rogamos nos lo indiquen y la solicitaremos al Juzgado.\nInspector Luis Marín")]
    [InlineData("From: Grupo de Delitos Tecnológicos <gdt.sevilla@policia.es>\nSubject: Solicitud de conservación\n\nPolicía Nacional, Brigada de Policía Judicial de Sevilla. Mientras el Juzgado de Instrucción tramita la orden europea de producción, les rogamos que conserven los datos de la cuenta «triana_sol_9».\nInspector Luis Marín")]
    public void A_direct_request_while_an_eu_order_is_still_to_come_is_foreign_direct_process(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.DoesNotContain(result.Findings, f => f.Code is "EU_PRODUCTION_ORDER" or "EU_PRESERVATION_ORDER");
    }

    [Fact]
    public void An_eu_production_order_itself_gets_its_own_finding()
    {
        var result = _engine.Triage("From: Procura di Milano <procura.milano@giustizia.it>\nSubject: EPOC\n\nALLEGATO I - CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC) - Regolamento (UE) 2023/1543\nAutorità di emissione: Procura della Repubblica di Milano. Account «navigli_sera_4»: dati degli abbonati e indirizzi IP.");

        Assert.Contains(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Theory]
    [InlineData("From: Policía Nacional <inspector.soto.policia@hotmail.es>\nSubject: Orden urgente\n\nPolicía Nacional, Brigada de Investigación Tecnológica. Envíen los mensajes y fotos de la cuenta «malasana_reina_2» en 24 horas. La orden es secreta y no puede ser enviada.\nInspector Jefe R. Soto")]
    [InlineData("From: Commissaire Lefort <lefort.police@gmail.com>\nSubject: Réquisition\n\nPolice nationale, commissariat de Lyon. Transmettez les messages et photos du compte « rive_gauche_77 » sous 24 heures.\nCommissaire J. Lefort")]
    public void An_impostors_foreign_demand_is_verified_first_and_its_mlat_advice_is_only_a_warning(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        // Round 28: were the claim true, the paper would still need an MLAT; the advice never blocks on an unproven sender.
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void An_impostors_foreign_request_to_preserve_gets_no_mlat_advice()
    {
        var result = _engine.Triage("Betreff: Datensicherung – Konto „alster_nacht_hh“\n\nDie Polizei Hamburg, LKA 54, bittet um sofortige Sicherung sämtlicher Daten des Kontos „alster_nacht_hh“ ab dem 1. Oktober 2026. Bitte bestätigen Sie die Sicherung an diese Adresse.\nKHK T. Reimers, Polizei Hamburg – LKA 54\nE-Mail: lka54.reimers@gmx.de");

        Assert.True(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
