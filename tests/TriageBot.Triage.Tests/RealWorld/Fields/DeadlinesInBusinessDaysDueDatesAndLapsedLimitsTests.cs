using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 19: the deadline as letters in the seven languages write it — business days, a count set off by
/// commas or followed by its list, "due" and the date, a limit that has already run out or was moved — and never the
/// date of a mail header, of a confirmation, or the first day of a period that runs to the present.</summary>
public class DeadlinesInBusinessDaysDueDatesAndLapsedLimitsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Business_days_written_after_the_unit_in_portuguese_skip_the_weekend()
    {
        // Friday 13 November + 3 business days = Wednesday 18 November.
        var result = _engine.Triage("""
            Polícia Judiciária - Diretoria do Norte                    Porto, 13 de novembro de 2026
            Solicita-se o envio, no prazo de 3 (três) dias úteis, dos dados de base da conta "ribeira_quiz_44".
            Inspetora Marta Soares Quintela, marta.quintela@pj.pt
            """);

        Assert.Equal(new DateOnly(2026, 11, 18), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_followed_by_the_list_it_asks_for_runs_from_the_letters_date()
    {
        var result = _engine.Triage("""
            Fait à Lille, le 12 novembre 2026.
            Requérons l'opérateur de nous communiquer, dans un délai de dix jours :
             - l'identité du titulaire du compte « vieux_lille_59 » ;
             - les adresses IP de connexion.
            """);

        Assert.Equal(new DateOnly(2026, 11, 22), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_date_right_after_due_is_the_deadline()
    {
        var result = _engine.Triage("""
            The attached grand jury subpoena seeks subscriber records for "delta_queen_77".
            Records due November 27, 2026. Questions to Det. Ana Ruiz, 504-555-0190.
            """);

        Assert.Equal(new DateOnly(2026, 11, 27), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_court_term_followed_by_its_penalty_is_not_counted_from_the_decisions_date()
    {
        var result = _engine.Triage("""
            DECISÃO - OFÍCIO. DETERMINO que a requerida forneça, no prazo de 10 (dez) dias, sob pena de multa diária:
            a) os dados cadastrais do perfil "serra_verde_loja".
            Belo Horizonte, 12 de novembro de 2026.
            """);

        Assert.NotEqual(new DateOnly(2026, 11, 22), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void The_date_line_of_a_mail_header_under_a_subject_about_a_time_limit_is_not_the_deadline()
    {
        var result = _engine.Triage("""
            From: Juzgado de Instrucción n.º 4 <jinstruccion4.bilbao@justicia.es>
            Subject: Prórroga de plazo – cuenta «ria_bilbo_bikes»
            Date: Fri, 20 Nov 2026 08:10:00 +0000

            SE PRORROGA el plazo concedido en el auto de 02/11/2026 para aportar los datos de abonado de la cuenta
            «ria_bilbo_bikes», que finalizará el 4 de diciembre de 2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 4), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_limit_the_letter_says_has_run_out_is_a_passed_deadline()
    {
        var result = _engine.Triage("""
            Reitero o ofício nº 2210/2026, cujo prazo venceu em 16/11/2026, quanto aos dados cadastrais do usuário
            "paulista_fretes_11". Delegado Rui Albuquerque, rui.albuquerque@policiacivil.sp.gov.br
            """);

        Assert.Equal(new DateOnly(2026, 11, 16), result.Fields.ResponseDeadline);
        Assert.Contains(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void The_day_a_request_was_confirmed_is_not_a_deadline()
    {
        var result = _engine.Triage("""
            RE: REQUEST TO EXTEND PRESERVATION - 18 U.S.C. 2703(f)(2)
            On August 30, 2026 we asked Provider to preserve the account "harbor_light_22". You confirmed on
            August 31, 2026. We ask for the one further 90-day period. Det. Lee Okafor, lokafor@pd.example.gov
            """);

        Assert.NotEqual(new DateOnly(2026, 8, 31), result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void The_first_day_of_a_period_running_to_the_present_is_not_the_day_of_service()
    {
        var result = _engine.Triage("""
            IT IS ORDERED that Provider shall disclose, within 10 days of service, for the account "rust_belt_ledger"
            (09/01/2025 - present): subscriber information and IP logs.
            """);

        Assert.NotEqual(new DateOnly(2025, 9, 11), result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }
}
