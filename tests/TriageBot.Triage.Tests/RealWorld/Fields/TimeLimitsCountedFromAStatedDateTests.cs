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

/// <summary>Error class 9, what a count of days starts from: the issue date the text states (in the count's own
/// words or after "Issued"), and a receipt date a form labels, never an issue date in the next sentence.</summary>
public class CountStartsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private DateOnly? Deadline(string text) => _engine.Triage(text).Fields.ResponseDeadline;

    [Fact]
    public void A_count_from_issuance_starts_at_the_issue_date_in_brackets()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Deadline("""
            THIRD DISTRICT COURT, SALT LAKE COUNTY - SEARCH WARRANT
            You are commanded to search the account "wasatch_wolf" for subscriber information and IP logs.
            This warrant shall be served within 10 days of issuance (issued 11/16/2026).
            """));
    }

    [Fact]
    public void A_count_from_issuance_starts_at_the_date_after_issued_on_the_next_line()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), Deadline("""
            Date: Thu, 19 Nov 2026 08:12:40 -0500
            Subject: search warrant

            STATE OF MICHIGAN, 54-A DISTRICT COURT - SEARCH WARRANT for the account "lansing_lurker".
            Records to be provided within 14 days of the date of issuance. Issued
            11/16/2026, Hon. R. Okonkwo-Marsh, District Judge.
            """));
    }

    [Fact]
    public void A_labelled_receipt_date_starts_a_count_from_receipt()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), Deadline("""
            EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC) - Staatsanwaltschaft Bremen
            F. Frist: Die Daten sind binnen 10 Tagen nach Eingang dieses Zertifikats zu übermitteln.
               Eingang beim Vertreter (Übermittlung über das dezentrale IT-System): 17.11.2026.
            Nutzerkonto: "weser_pirat"
            """));
    }

    [Fact]
    public void An_issue_date_in_the_sentence_after_a_count_from_service_is_not_the_service_date()
    {
        var deadline = Deadline("""
            MAGISTRATE COURT OF CHATHAM COUNTY - SEARCH WARRANT for the account "savannah_sly".
            Return within 10 days of service. Issued November 10, 2026.
            """);

        Assert.NotEqual(new DateOnly(2026, 11, 20), deadline);
    }
}
