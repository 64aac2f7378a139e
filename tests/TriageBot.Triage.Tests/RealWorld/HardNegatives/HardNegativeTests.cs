using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>Texts that name legal process but serve none: they are "other" and never page, in every language.</summary>
public class HardNegativeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_letter_that_asks_for_no_records_is_other_even_when_its_subject_names_a_subpoena()
    {
        var result = _engine.Triage("""
            Office of the District Attorney, Marion County
            Re: Grand jury subpoena for the account "willamette_owl"; end of the delayed-notice period

            The order delaying notice to your subscriber ended on November 2, 2026 and will not be renewed.
            No additional records are requested by this letter.
            ADA Corinne Blackwood-Tan
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void Foreign_police_asking_how_to_serve_before_holding_any_process_is_other_not_international()
    {
        var result = _engine.Triage("""
            Von: KHK Lena Vogt <lena.vogt@polizei.bayern.de>
            Betreff: Frage zum Verfahren

            Guten Tag, wir ermitteln wegen Betrugs und stoßen vielleicht auf ein Konto bei Ihnen.
            Ein Beschluss liegt derzeit nicht vor, und wir fragen momentan keine Daten an.
            An welche Adresse sollen wir später eine Anordnung schicken?
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_user_asking_for_their_own_data_under_the_gdpr_is_other_in_italian()
    {
        var result = _engine.Triage("""
            Da: Marta Lombardi <marta.lombardi@libero.it>
            Oggetto: Richiesta di accesso ai miei dati (art. 15 GDPR)

            Sono titolare dell'account "marta_lmb". Ai sensi dell'articolo 15 del GDPR chiedo una copia
            di tutti i miei dati, comprese le conversazioni. Ho sporto denuncia ai carabinieri, ma scrivo a titolo personale.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_copyright_notice_that_asks_to_preserve_is_other_not_preservation()
    {
        var result = _engine.Triage("""
            Notice of claimed infringement - Sunward Records

            We act for the copyright owner of the album "Low Tide". The user "tide_ripper_99" shares full copies.
            Please remove the files. We also ask that you preserve the account's upload logs and IP addresses, as
            our client is contemplating a subpoena and a civil action.
            Harlan Frost, Rights Manager, Sunward Records
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_law_firm_litigation_hold_is_other_until_a_subpoena_is_served()
    {
        var result = _engine.Triage("""
            Re: Litigation hold - Ferris Marine v. Calder Boats

            This firm represents Ferris Marine LLP in a dispute with Calder Boats. Please preserve all messages and
            files in the workspace "calder_design_team". A subpoena will be served once the complaint is filed.
            Oona Reyes, Esq., Reyes & Park LLP
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_preservation_letter_that_says_it_asks_for_no_disclosure_is_still_preservation()
    {
        var result = _engine.Triage("""
            Subject: Preservation request under 18 U.S.C. 2703(f)

            Please preserve all records for the account "ridge_runner_42" for 90 days pending legal process.
            We are not asking for any disclosure at this time.
            Det. Amos Kline, Boise Police Department, akline@cityofboise.org
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }
}
