namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 21: a request that carries several numbers gives the case's own (a grand jury's, a court's docket, a
/// Brazilian processo) before the number of the paper that carries it (a subpoena's, an ofício's); the shapes courts
/// and agencies write read whole (a federal docket number anywhere, an Italian register's initials, a dispatch number,
/// two capitals before the number); initials and a number in brackets are the last resort.</summary>
public class TheCaseNumberOutranksThePapersNumberTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private string? CaseReferenceOf(string text) => _engine.Triage(text).Fields.CaseReference;

    [Fact]
    public void The_grand_jury_number_outranks_the_subpoenas_own_number()
    {
        Assert.Equal("26 GJ 0412", CaseReferenceOf("""
            U.S. Department of Justice, Northern District of Illinois
            GJ No. 26 GJ 0412 / Subpoena No. 2026-118
            YOU ARE COMMANDED to produce subscriber records for the account "lakeshore_lender".
            """));
    }

    [Fact]
    public void The_processo_number_outranks_the_oficio_number()
    {
        Assert.Equal("1504418-22.2026.8.26.0114", CaseReferenceOf("""
            Ofício nº 2771/2026 - Processo nº 1504418-22.2026.8.26.0114 (segredo de justiça)
            Determino ao provedor que forneça os registros de acesso do usuário "campinas_cambio".
            """));
    }

    [Fact]
    public void A_file_number_outranks_the_subpoena_number_printed_above_it()
    {
        Assert.Equal("GF-26-0133", CaseReferenceOf("""
            Drug Enforcement Administration                       Subpoena No. N6-27-01934
            In the matter of: Investigation of violations of 21 U.S.C. 841, 846 (file GF-26-0133)
            You are required to produce subscriber records for "delta_dispatch_9".
            """));
    }

    [Fact]
    public void A_federal_docket_number_is_the_case_number_wherever_it_stands()
    {
        Assert.Equal("2:26-mj-03391", CaseReferenceOf("""
            Attached is an order of the U.S. District Court for the District of Arizona, 2:26-mj-03391, directing
            disclosure under 18 U.S.C. 2703(d) of records for the account "saguaro_sender".
            """));
    }

    [Fact]
    public void A_docket_number_keeps_the_courts_initials_before_it()
    {
        Assert.Equal("EP-26-MJ-09931", CaseReferenceOf("""
            UNITED STATES DISTRICT COURT, WESTERN DISTRICT OF TEXAS
            Case EP-26-MJ-09931: order authorizing a pen register and trap and trace device on "border_runner_44".
            """));
    }

    [Fact]
    public void An_Italian_register_keeps_its_initials_after_the_number()
    {
        Assert.Equal("18842/26 RGNR", CaseReferenceOf("""
            PROCURA DELLA REPUBBLICA PRESSO IL TRIBUNALE DI TORINO
            visti gli atti del procedimento penale n. 18842/26 RGNR, si richiedono i dati dell'utente "tor_gatto".
            """));
    }

    [Fact]
    public void A_dispatch_number_is_quoted_with_its_initials()
    {
        Assert.Equal("CAD 2214/07DEC26", CaseReferenceOf("""
            Subject: Threat to life - immediate disclosure request (CAD
             2214/07DEC26)
            A man has threatened to kill his former partner tonight; we need the location data for "camden_wolf".
            """));
    }

    [Fact]
    public void Two_capitals_before_the_number_belong_to_it()
    {
        Assert.Equal("BR 26-41", CaseReferenceOf("""
            United States Foreign Intelligence Surveillance Court, Docket No. BR 26-41, issued December 1, 2026.
            """));
        Assert.Equal("RC 26/4418", CaseReferenceOf("""
            Openbaar Ministerie, Arrondissementsparket Rotterdam. Kenmerk: RC 26/4418
            Hierbij vordert de officier van justitie de gegevens van gebruiker "maas_mol".
            """));
    }

    [Fact]
    public void Small_words_between_numbers_are_prose_not_a_series()
    {
        Assert.NotEqual("12 of 2026", CaseReferenceOf("""
            Docket No. 12 of 2026 lists the matters heard this week.
            """));
    }

    [Fact]
    public void A_case_reference_label_reads_the_number_after_it()
    {
        Assert.Equal("T20267741", CaseReferenceOf("""
            Court: Southwark Crown Court
            Case reference: T20267741 / Met ref. OP CALDERWOOD
            """));
    }

    [Fact]
    public void Initials_and_a_number_in_brackets_are_the_last_resort_but_a_currency_is_not()
    {
        Assert.Equal("NYSP 12998471", CaseReferenceOf("""
            Investigation: illegal manufacture and sale of firearms (NYSP 12998471).
            Please provide subscriber records for "catskill_caliber".
            """));
        Assert.Null(CaseReferenceOf("""
            The seller asked for a deposit (USD 5000) from the buyer through the account "catskill_caliber".
            """));
    }

    [Fact]
    public void A_count_of_days_in_a_subject_is_no_reference()
    {
        Assert.NotEqual("180-day", CaseReferenceOf("""
            Subject: Court Order - 18 U.S.C. 2703(d) - USSS Cyber Investigations - 180-day non-disclosure

            Please find attached the order for the account "harbor_hawk".
            """));
    }
}
