using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, identifiers: CyberTipline report numbers cited in the seven languages read (several in
/// one sentence, or wrapped by a PDF), numeric user ids as targets, handles with accented letters or broken across
/// a line, and an officer's desk and cell numbers that are not targets.</summary>
public class ReportIdsAndUserIdsInOtherLanguagesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Betreff: Auskunftsersuchen zu CyberTipline-Meldung Nr. 219000111 (NCMEC)", "219000111")]
    [InlineData("In relazione alla segnalazione NCMEC n. 219000222, si chiedono i dati dell'utente.", "219000222")]
    [InlineData("En relación con el reporte CyberTipline N.º 219000333 (NCMEC), solicitamos los datos.", "219000333")]
    [InlineData("Naar aanleiding van NCMEC-melding 219000444 verzoeken wij om gegevens.", "219000444")]
    public void A_cybertipline_number_cited_in_another_language_is_read(string sentence, string id)
    {
        var result = _engine.Triage(sentence + "\nAccount: \"kinderschutz_test_1\"");

        Assert.Contains(id, result.Fields.NcmecReportIds);
    }

    [Fact]
    public void Two_report_numbers_joined_in_portuguese_are_both_read()
    {
        var result = _engine.Triage("""
            Polícia Federal - Núcleo de Repressão a Crimes Cibernéticos
            Em razão das denúncias NCMEC nº 219000555 e nº 219000566 (CyberTipline), solicitamos os dados do perfil "recife_tio".
            """);

        Assert.Equal(["219000555", "219000566"], result.Fields.NcmecReportIds.Order());
    }

    [Fact]
    public void A_report_number_a_pdf_wrapped_at_a_hyphen_is_joined()
    {
        var result = _engine.Triage("""
            II. Evidence relating to NCMEC CyberTipline Reports 219000777 and 2190-
               00888 submitted by [Provider] for the account "boise_bench".
            """);

        Assert.Contains("219000888", result.Fields.NcmecReportIds);
    }

    [Theory]
    [InlineData("gegen den Nutzer mit der Nutzer-ID 81234567890 (Anzeigename \"elbe_onkel\")", "81234567890")]
    [InlineData("respecto del ID de usuario 81234567891, los datos de registro", "81234567891")]
    [InlineData("door het account \"gracht_oom\" (gebruikers-ID 81234567892) verspreid", "81234567892")]
    [InlineData("per il profilo \"navigli_affari\"\n(ID 81234567893) i dati di registrazione", "81234567893")]
    [InlineData("compte « geneve_horloger » (ID utilisateur 81234567894)", "81234567894")]
    public void A_numeric_user_id_in_the_letters_language_is_a_target(string sentence, string id)
    {
        var result = _engine.Triage("Please provide subscriber records.\n" + sentence);

        Assert.Contains(result.Fields.Accounts, a => a.Kind == AccountKind.AccountId && a.Value == id);
    }

    [Fact]
    public void A_quoted_handle_with_an_accented_letter_is_a_target()
    {
        var result = _engine.Triage("""
            Parquet de Lyon - réquisition
            Nous requérons la communication, pour le compte « rhone_vins_réserve », des données d'identification.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@rhone_vins_réserve");
    }

    [Fact]
    public void A_quoted_handle_broken_across_a_line_is_joined()
    {
        var result = _engine.Triage("""
            3. IT IS ORDERED that [Provider] shall disclose the records described in Attachment A for the account "lake_erie_
            boatman" (user ID 20817700001): subscriber information and IP connection logs.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@lake_erie_boatman");
    }

    [Fact]
    public void The_officers_desk_and_cell_numbers_are_not_targets()
    {
        var result = _engine.Triage("""
            OHIO BUREAU OF CRIMINAL INVESTIGATION - ADMINISTRATIVE SUBPOENA
            You are commanded to produce the subscriber information of user ID 48810000001.
            SA Dana Whitcomb-Osei
            Desk 614-555-0142 | Cell 614-555-0143 (do not release to subscriber)
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Kind == AccountKind.Phone);
    }
}
