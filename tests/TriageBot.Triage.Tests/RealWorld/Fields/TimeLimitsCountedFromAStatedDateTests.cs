namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, an EU certificate's or an order's time limit: the count of days runs from the date of
/// receipt the form states, or from the order's own date; the letter's place-and-date line is never the deadline,
/// and a private party's bare "within ten days" is no legal time limit.</summary>
public class TimeLimitsCountedFromAStatedDateTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private DateOnly? Deadline(string text) => _engine.Triage(text).Fields.ResponseDeadline;

    [Fact]
    public void A_ticked_time_limit_counts_from_the_stated_date_of_receipt()
    {
        Assert.Equal(new DateOnly(2026, 11, 28), Deadline("""
            CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC)
            SEZIONE C – Termine: [X] 10 giorni dal ricevimento  [ ] 8 ore (emergenza)
              Data di ricevimento: 18/11/2026
            SEZIONE E – Account: «lago_maggiore_vip»
            Verbania, 14/11/2026
            """));
    }

    [Fact]
    public void A_receipt_date_in_brackets_after_the_count_is_its_start()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Deadline("""
            CERTIFICAT EPOC - Autorité d'émission : Parquet de Nantes
            Délai : délai de 10 jours à compter de la réception (reçue le 16/11/2026)
            Compte : « loire_brume »
            """));
    }

    [Fact]
    public void A_count_in_words_after_no_later_than_runs_from_the_orders_date()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Deadline("""
            UNITED STATES DISTRICT COURT, WESTERN DISTRICT OF MICHIGAN - ORDER UNDER 18 U.S.C. 2703(d)
            [Provider] shall, no later than ten days after the date of this Order, disclose the records of
            "grand_rapids_gearhead".
            Dated: November 16, 2026
            """));
    }

    [Fact]
    public void The_letters_place_and_date_line_after_a_time_limit_word_is_not_the_deadline()
    {
        var deadline = Deadline("""
            CERTIFICADO DE ORDEN EUROPEA DE ENTREGA (EPOC)
            SECCIÓN C – Plazo: [X] 10 días a partir de la recepción  [ ] 8 horas
              Fecha de recepción por el destinatario: 13/11/2026
            SECCIÓN E – Cuenta: «bilbao_txoko»
            El destinatario no informará al usuario durante ese plazo.
            Bilbao, 12/11/2026                         Firma: J. Etxeberria
            """);

        Assert.Equal(new DateOnly(2026, 11, 23), deadline);
    }

    [Fact]
    public void A_private_partys_bare_count_of_days_is_no_deadline()
    {
        Assert.Null(Deadline("""
            DESPACHO RUIZ & ASOCIADOS
            Sevilla, 16 de noviembre de 2026
            Solicitamos la identidad del titular del perfil "giralda_chismes" para una demanda civil.
            Les agradeceríamos una respuesta en el plazo de quince días.
            """));
    }
}
