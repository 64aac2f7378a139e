namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, the deadline: the date to answer by (a return date, "within N days of receipt" in any
/// language read, a warrant's execution date, a scanned page's OCR'd date), never the date an order or hold ends.</summary>
public class WhichDateIsTheDeadlineTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void The_date_a_gag_expired_is_no_deadline_and_has_not_passed()
    {
        var result = _engine.Triage("From: AUSA Rhea Kent <rhea.kent@usdoj.gov>\nSubject: Expiration of 2705(b) order\n\nCounsel:\n\nThe order under 18 U.S.C. 2705(b) that kept the provider from notifying the subscriber of grand jury subpoena 24-GJ-301 EXPIRED on November 12, 2026, and will not be renewed. No records are requested.\n\nAUSA R. Kent");

        Assert.Null(result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DEADLINE_PASSED");
    }

    [Fact]
    public void A_German_time_limit_counted_from_receipt_runs_from_the_stated_receipt_date()
    {
        var result = _engine.Triage("Von: Staatsanwaltschaft Graz <sta-graz.epoc@justiz.gv.at>\nBetreff: EPOC - Bestandsdaten\n\nEuropäische Herausgabeanordnung (EPOC) nach Verordnung (EU) 2023/1543\nA  Konto: „murufer_events“\nB  Dringlichkeit: nein. Frist 10 Tage ab Erhalt. Erhalten am: 24.11.2026\nC  Daten: Bestandsdaten\n");

        Assert.Equal(new DateOnly(2026, 12, 4), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_scanned_warrant_counts_its_days_from_an_OCR_read_issue_date()
    {
        var result = _engine.Triage("STATE OF WISCONSIN - SEARCH WARRANT\nThe provider shall produce the messages of the account \"lakefront_ice\".\nThis warrant shall be executed n0 later than ten (l0) days after issuance.\nlssued: N0vember 23, 2026\nJudge of the Circuit Court\n");

        Assert.Equal(new DateOnly(2026, 12, 3), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_warrant_to_be_executed_by_a_date_has_that_deadline()
    {
        var result = _engine.Triage("From: AUSA Lee Park <lee.park@usdoj.gov>\nSubject: Search warrant 26-sc-2210\n\nEnclosed is a search warrant issued by the U.S. District Court for the account \"harbor_lights_9\". The warrant must be executed by December\n9, 2026.\n\nAUSA L. Park");

        Assert.Equal(new DateOnly(2026, 12, 9), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_Spanish_time_limit_from_receipt_with_no_receipt_date_runs_from_the_letters_date()
    {
        var result = _engine.Triage("Huesca, 26 de noviembre de 2026\nFiscalía Provincial de Huesca\nOrden Europea de Entrega (EPOC), Reglamento (UE) 2023/1543\n A. Cuenta: «pirineo_viajes»\n B. Plazo de cumplimiento: diez días desde la recepción del certificado.\n C. Datos: datos de abonado.\n");

        Assert.Equal(new DateOnly(2026, 12, 6), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_Dutch_time_limit_at_the_latest_after_a_stated_receipt_is_counted_from_it()
    {
        var result = _engine.Triage("Brugge, 24 november 2026\nParket West-Vlaanderen\nEuropees verstrekkingsbevel (EPOC), Verordening (EU) 2023/1543\n  Afdeling C – Termijn: uiterlijk 10 dagen na ontvangst (ontvangen via e-mail op 24/11/2026).\n  Afdeling E – Account: 'reien_fietsverhuur'\n");

        Assert.Equal(new DateOnly(2026, 12, 4), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_from_the_order_runs_from_the_date_in_its_closing_line()
    {
        var result = _engine.Triage("ONTARIO COURT OF JUSTICE\nPRODUCTION ORDER (s. 487.014 Criminal Code)\nYou are ordered to produce, within 30 days of this order, the subscriber records of the account \"harbourfront_bikes\".\nDated at Oshawa, Ontario, this 12th day of November, 2026.\nJustice of the Peace\n");

        Assert.Equal(new DateOnly(2026, 12, 12), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_ticked_time_limit_box_counts_from_the_stated_receipt()
    {
        var result = _engine.Triage("EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC) – Verordnung (EU) 2023/1543\nABSCHNITT C  Frist: ☒ 10 Tage nach Erhalt     ☐ Notfall (8 Stunden)\n   Konto: „neckarufer_markt“\n   Datum: 20.11.2026    Eingang beim Adressaten: 23.11.2026\n");

        Assert.Equal(new DateOnly(2026, 12, 3), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_that_states_its_own_end_date_ends_then()
    {
        var result = _engine.Triage("Europäische Herausgabeanordnung (EPOC) – Amtsgericht Bonn\nKonto: „rheinaue_tickets“\nDie Anordnung ist am 25.11.2026 zugestellt worden; Frist zur Herausgabe:\n10 Tage, d. h. bis 05.12.2026.\n");

        Assert.Equal(new DateOnly(2026, 12, 5), result.Fields.ResponseDeadline);
    }
}
