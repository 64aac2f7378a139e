using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Deadlines written as a count of days in European wording, case and report numbers, and target
/// handles written bare in prose.</summary>
public class CountsOfDaysAndBareHandlesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_unanchored_count_of_days_runs_from_the_date_the_letter_bears_in_spanish()
    {
        var result = _engine.Triage("""
            POLICÍA NACIONAL - Brigada Central de Investigación Tecnológica
            Madrid, 16 de noviembre de 2026

            Se solicita la identificación del titular de la cuenta "castellana_cripto_7".
            Plazo de respuesta: 10 días.
            """);

        Assert.Equal(new DateOnly(2026, 11, 26), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_dutch_letter_dated_by_place_and_month_name_sets_a_deadline_from_its_date()
    {
        var result = _engine.Triage("""
            Politie Eenheid Rotterdam - Team Digitale Opsporing
            Rotterdam, 17 november 2026

            Vordering tot verstrekking van gegevens van het account "maas_kade_33".
            Termijn: binnen 14 dagen.
            """);

        Assert.Equal(new DateOnly(2026, 12, 1), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_from_receipt_uses_the_transmission_date_of_an_italian_certificate()
    {
        var result = _engine.Triage("""
            CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC) - Regolamento (UE) 2023/1543
            Termini: entro 10 giorni dal ricevimento. Data di trasmissione: 18/11/2026.
            Account "vomero_vespa_12": dati relativi agli abbonati.
            """);

        Assert.Equal(new DateOnly(2026, 11, 28), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_of_business_days_skips_the_weekend()
    {
        // Round 19: business days are counted without a holiday calendar: Wednesday 18 November + 5 = Wednesday 25.
        var result = _engine.Triage("""
            County Attorney's Office
            Dated: November 18, 2026
            Subpoena for subscriber records of "prairie_wind_5". Please respond within 5 business days.
            """);

        Assert.Equal(new DateOnly(2026, 11, 25), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_departmental_report_number_is_the_case_reference()
    {
        var result = _engine.Triage("""
            EMERGENCY DISCLOSURE REQUEST - Tucson Police Department
            CR no. 2026-0773419
            A teenager has threatened suicide on a live stream from the account "sonoran_sky_16".
            """);

        Assert.Equal("2026-0773419", result.Fields.CaseReference);
    }

    [Fact]
    public void A_cybertipline_number_after_a_bracketed_ncmec_is_read_in_italian()
    {
        var result = _engine.Triage("""
            Polizia Postale - Centro Nazionale per il Contrasto alla Pedopornografia Online
            Riferimento: segnalazione CyberTipline (NCMEC) n° 198877665 relativa all'account "laguna_blu_04".
            """);

        Assert.Contains("198877665", result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_handle_written_bare_in_prose_or_alone_on_a_list_line_is_a_target()
    {
        var result = _engine.Triage("""
            Emergency request - Mesa County Sheriff
            We need the login IPs for rio_grande_77 right now; the user mesa.marigold posted the threat.
            Also the accounts below:

                 desert_lantern_relay
            """);

        var names = result.Fields.Accounts.Select(a => a.Value).ToList();
        Assert.Contains("@rio_grande_77", names);
        Assert.Contains("@mesa.marigold", names);
        Assert.Contains("@desert_lantern_relay", names);
    }

    [Fact]
    public void A_forms_snake_case_field_name_is_not_a_target()
    {
        var result = _engine.Triage("""
            Portal submission
            request_type: preservation
            agency_name: Pima County Sheriff
            Preserve records of the account "tucson_tumble_3".
            """);

        var names = result.Fields.Accounts.Select(a => a.Value).ToList();
        Assert.DoesNotContain("@request_type", names);
        Assert.DoesNotContain("@agency_name", names);
    }

    [Fact]
    public void A_street_run_together_with_the_email_in_a_signature_line_is_the_address()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - District Court of Shawnee County, Kansas
            You are commanded to search the records of the account "topeka_trail_8".
            Return to SA Imani Roderick-Falk, imani.roderick-falk@kbi.ks.gov, 1910 NW Harrison Ave., Topeka KS 66608,
            tel. (785) 555-0142.
            """);

        Assert.Contains("1910 NW Harrison", result.Fields.Address);
        Assert.DoesNotContain("@", result.Fields.Address);
    }

    [Fact]
    public void A_vendor_newsletter_about_eu_production_orders_is_not_flagged_as_foreign()
    {
        var result = _engine.Triage("""
            From: Lexcomply Events <news@lexcomply.example.com>
            Subject: Are you ready for EPOC certificates?

            Our webinar explains the European Production Order and the e-Evidence Regulation. Register now!
            Unsubscribe
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonUs);
    }
}
