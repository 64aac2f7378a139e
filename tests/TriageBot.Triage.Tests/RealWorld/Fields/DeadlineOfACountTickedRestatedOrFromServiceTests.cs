namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 16 (stress16 class 3): the time to answer of foreign orders and EU certificates. A form's
/// ticked box under "Délais"/"Plazo" ("[X] 10 jours à compter de la réception", "Date de réception : 27/11/2026") is a
/// count from the receipt the form dates; a count restated as its end ("within 30 days of service, i.e. by December 16,
/// 2026") ends on that date; a count with no anchor ("no prazo de 10 (dez) dias") runs from the day the text says the
/// provider was served.</summary>
public class DeadlineOfACountTickedRestatedOrFromServiceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)\nSECTION C : Délais\n  [X] 10 jours à compter de la réception du présent certificat\n  [ ] 8 heures (urgence)\n  Date de réception par le destinataire : 17/11/2026\n")]
    [InlineData("ORDEN EUROPEA DE PRODUCCIÓN (EPOC)\nSECCIÓN C: Plazo\n  [X] 10 días desde la recepción - recibido el 17/11/2026\n")]
    public void A_ticked_count_from_the_dated_receipt_ends_ten_days_after_it(string form)
    {
        var result = _engine.Triage(form + "Compte / cuenta : « rive_gauche_22 ». Données d'abonné et adresses IP.\n");

        Assert.Equal(new DateOnly(2026, 11, 27), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void An_unticked_count_is_not_read_as_ticked()
    {
        var result = _engine.Triage("CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)\nSECTION C : Délais\n  [ ] 10 jours à compter de la réception\n  [X] 8 heures (urgence)\n" +
                                    "Compte : « rive_gauche_22 ».\n");

        Assert.NotEqual(new DateOnly(2026, 11, 30), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_restated_as_a_date_ends_on_that_date()
    {
        var result = _engine.Triage("""
            The production order itself remains in force. It requires subscriber information and IP logs for the account
            "fraser_freight" within 30 days of service, i.e. by December 16, 2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 16), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_with_no_anchor_runs_from_the_stated_service()
    {
        var result = _engine.Triage("""
            TRIBUNAL DE JUSTIÇA - 2ª VARA CRIMINAL
            A r. decisão determinou o fornecimento, no prazo de 10 (dez) dias, dos dados cadastrais do perfil "barao_vendas".
            A provedora foi intimada por correio eletrônico em 25/11/2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 5), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_count_does_not_run_from_a_return_date_told_after_the_words_of_service()
    {
        var result = _engine.Triage("""
            Operative part of a search warrant for the account "boise_river_k": subscriber records and IP logs. This warrant
            shall be served within fourteen days.
            Served by e-mail on you today, so the return falls on December 15, 2026.
            """);

        Assert.NotEqual(new DateOnly(2026, 12, 29), result.Fields.ResponseDeadline);
    }
}
