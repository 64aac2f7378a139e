using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Round 19: a foreign request to keep data through the Budapest Convention's channel (art. 29, a 24/7 point
/// of contact) gets the hold's clock, not MLAT advice (round 24: typed international, a request from abroad); a force's plain letter to preserve stays a direct foreign request; an
/// extended foreign hold gets the expiry advice; an EU order the letter says it is not, or an MLAT told as what will
/// be done later, leaves the letter a direct request.</summary>
public class ForeignPreservationAndDirectProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_quick_freeze_through_the_24_7_network_is_a_foreign_request_with_its_hold_advised_and_no_mlat_advice()
    {
        var result = _engine.Triage("""
            From: LKA Sachsen – 24/7-Kontaktstelle <247@polizei.sachsen.de>
            Subject: Eilige Datensicherung nach Art. 29 Budapester Konvention – Konto "elbflorenz_deals"

            Wir bitten um umgehende Sicherung (keine Herausgabe) der Bestands- und Verkehrsdaten des Kontos
            "elbflorenz_deals" für 90 Tage. Ein Rechtshilfeersuchen folgt.
            KOK Lena Brandt, Tel. +49 351 555 0120
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_foreign_police_letter_to_preserve_without_the_treaty_channel_stays_a_direct_request()
    {
        var result = _engine.Triage("""
            From: Recherche Utrecht <recherche.utrecht@politie.nl>
            Subject: Bewaarverzoek account "domstad_deals"

            Wij verzoeken u de gegevens van het account "domstad_deals" te bewaren voor 90 dagen. U hoeft nu
            niets te verstrekken; een rechtshulpverzoek volgt.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_foreign_hold_extended_gets_the_expiry_advice()
    {
        var result = _engine.Triage("""
            Polizia di Stato – Centro Operativo Sicurezza Cibernetica – Torino
            Oggetto: richiesta di proroga della conservazione dei dati – profilo "po_river_rides"
            Facendo seguito alla nostra richiesta di conservazione del 20/08/2026, si chiede una proroga di ulteriori
            90 giorni. Non si chiede la trasmissione di alcun dato. isp.rossi@poliziadistato.it
            """);

        Assert.Contains(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
    }

    [Theory]
    [InlineData("si chiede la conservazione dei dati per 90 giorni, da prorogare se necessario.")]
    [InlineData("nous demandons la conservation des données pendant 90 jours, à prolonger si nécessaire.")]
    [InlineData("si chiede la conservazione dei dati per 60 giorni, salvo proroga di 30 giorni.")]
    [InlineData("die Daten sind 60 Tage zu sichern; eine Verlängerung um 30 Tage bleibt vorbehalten.")]
    public void A_first_hold_that_may_be_extended_if_needed_is_no_extension(string ask)
    {
        var result = _engine.Triage($"""
            Polizia di Stato – Centro Operativo Sicurezza Cibernetica – Torino
            Oggetto: profilo "po_river_rides"
            Nell'ambito del procedimento penale n. 4411/26, {ask} Non si chiede la trasmissione di alcun dato.
            isp.rossi@poliziadistato.it
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
    }

    [Fact]
    public void An_eu_order_the_letter_says_it_is_not_leaves_a_direct_foreign_request()
    {
        var result = _engine.Triage("""
            From: Staatsanwaltschaft Bremen <poststelle@sta.bremen.de>
            Subject: Beschluss AG Bremen – Herausgabe Bestandsdaten

            Anbei der Beschluss des Amtsgerichts Bremen, wonach die Bestandsdaten des Kontos "weser_tickets" an die
            Staatsanwaltschaft herauszugeben sind. Es handelt sich nicht um eine Europäische Herausgabeanordnung.
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void An_mlat_told_as_what_will_be_requested_later_leaves_a_direct_foreign_request()
    {
        var result = _engine.Triage("""
            From: Delegada Ana Prado <ana.prado@pf.gov.br>
            Subject: Dados cadastrais – perfil "olinda_promo"

            Polícia Federal – Delegacia de Repressão a Crimes Cibernéticos – Recife/PE
            Solicitamos o fornecimento dos dados cadastrais e registros de acesso (IP, porta, data e hora) do perfil
            "olinda_promo" de 01/09/2026 até hoje. O conteúdo será solicitado via MLAT.
            Delegada Ana Prado – Tel. +55 81 5555-0177
            """);

        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void An_emergency_epoc_naming_a_threat_to_life_pages_at_once()
    {
        var result = _engine.Triage("""
            CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC) — Regolamento (UE) 2023/1543
            Autorità di emissione: Procura della Repubblica di Bologna
            Utente: "portici_rossi_99"
            URGENZA: [X] caso di emergenza — minaccia imminente per la vita: l'utente ha scritto che stanotte
            ucciderà il vicino; servono i dati per localizzarlo. Termine: 8 ore.
            Contatto: pm.bianchi@giustizia.it
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
