using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class ProcessTypeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_grand_jury_subpoena_is_a_subpoena()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT FOR THE DISTRICT OF OREGON
            GRAND JURY SUBPOENA
            YOU ARE COMMANDED to produce subscriber records for the account @darkfox99.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.Contains(result.Evidence, e => e.About == "processType" && e.Text.Equals("GRAND JURY SUBPOENA", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preservation_letter_that_says_it_is_not_a_subpoena_stays_a_preservation_request()
    {
        var result = _engine.Triage("""
            PRESERVATION REQUEST PURSUANT TO 18 U.S.C. 2703(f)
            Please preserve all records for the account @lanternfish for 90 days.
            This letter is not a subpoena. A subpoena or search warrant will follow.
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_warrant_that_mentions_an_earlier_preservation_letter_is_a_warrant()
    {
        var result = _engine.Triage("""
            Enclosed please find a search warrant issued by the Superior Court of Arizona, Maricopa County.
            A preservation letter was sent on September 2, 2026 regarding the same account, and a preservation
            request under 2703(f) was previously acknowledged by your office.
            Probable cause has been found to search the records of the account quill@example.org.
            """);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
    }

    [Fact]
    public void An_order_under_2703d_is_a_court_order()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. § 2703(d)
            The Court finds that the applicant has offered specific and articulable facts showing reasonable grounds.
            IT IS HEREBY ORDERED that Northwind Labs disclose IP logs for user id 88123 from 2026-01-01 to 2026-02-01.
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
    }

    [Fact]
    public void A_rule_45_subpoena_from_a_law_firm_is_civil()
    {
        var result = _engine.Triage("""
            From: Kara Lindqvist <klindqvist@lindqvist-law.com>
            SUBPOENA TO PRODUCE DOCUMENTS IN A CIVIL ACTION (Fed. R. Civ. P. 45)
            Harbor Freight Lines LLC, Plaintiff v. Ortega, Defendant
            Attorneys for Plaintiff request all records of the account @ortega_r.
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender); // private counsel write from their firm's domain
    }

    [Fact]
    public void A_German_request_written_in_German_is_international()
    {
        var result = _engine.Triage("""
            Staatsanwaltschaft Köln
            Am Justizzentrum 13
            50939 Köln
            Deutschland

            Ermittlungsverfahren gegen Unbekannt wegen Betrugs, Az. 121 Js 4711/26
            Sehr geehrte Damen und Herren, wir bitten Sie um Auskunft über die Bestandsdaten des Nutzerkontos
            @rheinfuchs. Die Daten werden für die Ermittlungen dringend benötigt. Bitte senden Sie die Daten an
            die unten genannte Adresse.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonUs);
        Assert.Equal("Germany", result.Fields.Country);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_French_requisition_is_international()
    {
        var result = _engine.Triage("""
            Gendarmerie nationale - Section de recherches de Lyon
            RÉQUISITION JUDICIAIRE (article 60-1 du code de procédure pénale)
            Nous, officier de police judiciaire, requérons la société Northwind Labs de nous communiquer les
            données d'identification du compte @lumiere_noire ainsi que les adresses IP de connexion pour la période
            du 1er septembre 2026 au 30 septembre 2026. Nous vous prions de bien vouloir répondre dans les meilleurs délais.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonUs);
        Assert.Equal(new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)), result.Fields.DateRange);
    }

    [Fact]
    public void A_Spanish_request_is_international()
    {
        var result = _engine.Triage("""
            Policía Nacional - Unidad Central de Ciberdelincuencia
            Diligencias Previas 2214/2026 del Juzgado de Instrucción nº 4 de Madrid
            Por la presente se solicita a la empresa Northwind Labs que facilite los datos del titular de la cuenta
            @sombra_azul y las direcciones IP utilizadas desde el 1 de octubre de 2026 hasta el 15 de octubre de 2026.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonUs);
    }

    [Fact]
    public void An_Overseas_Production_Order_is_international_under_a_CLOUD_Act_agreement()
    {
        var result = _engine.Triage("""
            From: DC Harriet Moss <harriet.moss@met.police.uk>
            OVERSEAS PRODUCTION ORDER made under the Crime (Overseas Production Orders) Act 2019,
            served pursuant to the UK-US Data Access Agreement.
            Produce the stored content of the account @thamesrunner.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "CLOUD_ACT_AGREEMENT");
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_National_Security_Letter_is_national_security_and_carries_non_disclosure()
    {
        var result = _engine.Triage("""
            NATIONAL SECURITY LETTER
            Under the authority of 18 U.S.C. § 2709 you are hereby directed to provide the name, address and length
            of service of the account holder of user id 553201.
            """);

        Assert.Equal(LegalProcessType.NationalSecurity, result.ProcessType);
        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_question_about_how_to_submit_is_other()
    {
        var result = _engine.Triage("""
            Hello, I am an investigator with the Dayton Police Department. How do we submit a subpoena to your
            company, and do you accept service by e-mail? Thank you.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void An_empty_text_is_other_with_every_default_field_missing()
    {
        var result = _engine.Triage("");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.Equal(Priority.P3, result.Priority);
        Assert.Contains("email", result.MissingFields);
    }
}
