namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, the deadline: a count of days runs from the date the document itself states — its
/// transmission, service or own date, in every language read — and from the day it came in only when it states
/// none; a date after a deadline cue that dates an event is not the deadline.</summary>
public class DeadlineBaseDateTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_italian_certificate_counts_from_its_stated_transmission_date()
    {
        var result = _engine.Triage("""
            CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC) - Regolamento (UE) 2023/1543
            Autorità di emissione: Procura della Repubblica presso il Tribunale di Bari
            Termine: entro 10 giorni dal ricevimento del certificato. Trasmesso il 12/11/2026.
            Account: "murgia_lupo"
            """);

        Assert.Equal(new DateOnly(2026, 11, 22), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_french_certificate_counts_from_the_day_it_was_sent()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)
            Autorité d'émission : Parquet de Lille
            Délai : les données doivent être fournies dans un délai de 10 jours à compter de la réception.
            Envoyé le 14.11.2026.
            Compte : "vieux_lille_59"
            """);

        Assert.Equal(new DateOnly(2026, 11, 24), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void The_transmission_date_right_after_a_time_limit_is_not_the_deadline()
    {
        var result = _engine.Triage("""
            CERTIFICADO DE ORDEN EUROPEA DE ENTREGA (EPOC)
            Autoridad emisora: Fiscalía Provincial de Sevilla
            Plazo máximo: 10 días a partir de la recepción. Remitido el 17/11/2026.
            Cuenta: "triana_flamenca"
            """);

        Assert.Equal(new DateOnly(2026, 11, 27), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Within_days_of_the_date_set_out_below_counts_from_the_signature_date()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT OF ARIZONA, PIMA COUNTY - SEARCH WARRANT
            You are directed to deliver, within 14 days of the date set out below, the subscriber records of
            the account "saguaro_sam".
            Signed this 10th day of November, 2026.   Judge M. Okafor-Lind
            """);

        Assert.Equal(new DateOnly(2026, 11, 24), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Within_days_of_service_counts_from_the_stated_service_date_not_the_issue_date()
    {
        var result = _engine.Triage("""
            STATE OF OHIO, FRANKLIN COUNTY - SEARCH WARRANT No. 26-SW-3310
            Comply within 5 days of service by producing the stored messages of "scioto_sage".
            Dated: November 9, 2026
            Served personally on November 16, 2026 by Det. R. Baptiste-Nowak.
            """);

        Assert.Equal(new DateOnly(2026, 11, 21), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_subpoena_returnable_on_a_date_is_due_that_date()
    {
        var result = _engine.Triage("""
            Counsel for the respondent encloses a subpoena duces tecum issued by the clerk on November 3, 2026,
            returnable December 1, 2026, for the records of the account "mesa_verde_mom".
            """);

        Assert.Equal(new DateOnly(2026, 12, 1), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Within_days_of_receipt_with_no_stated_receipt_counts_from_today_not_from_the_issue_date()
    {
        var result = _engine.Triage("""
            ADMINISTRATIVE SUBPOENA - Office of Inspector General
            Provide the subscriber records of "lakeshore_ledger" within 10 days of receipt.
            Dated November 2, 2026.
            """);

        Assert.Equal(EngineFixture.Now.Date.AddDays(10), result.Fields.ResponseDeadline?.ToDateTime(TimeOnly.MinValue));
    }
}
