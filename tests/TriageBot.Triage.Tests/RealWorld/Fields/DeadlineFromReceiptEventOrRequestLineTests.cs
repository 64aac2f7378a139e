namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 8 deadlines: a request line that names its due date ("Production requested by ..."), an EU
/// certificate's "dans les 10 jours suivant la réception" with the date of receipt on the same line, and a private
/// letter that asks for the records before a hearing it dates ("Trial is January 8. Please send it before then").
/// And a private requester's own account, named as "mine", is not a target.</summary>
public class DeadlineFromReceiptEventOrRequestLineTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_request_line_naming_its_due_date_is_the_deadline()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT - ORDER UNDER 18 U.S.C. 2703(d)
            Records ordered: subscriber information and login IP addresses for the account "granite_state_gear".
            Production requested by January 6, 2027.
            """);

        Assert.Equal(new DateOnly(2027, 1, 6), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Days_following_a_dated_receipt_on_a_french_certificate_give_the_deadline()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)
            SECTION A  Autorité d'émission : Procureur du Roi de Namur
            SECTION B  Délai : [X] dans les 10 jours suivant la réception    Reçu le : 03/12/2026
            SECTION D  Données demandées - compte « sambre_velo_shop » : [X] données relatives aux abonnés
            """);

        Assert.Equal(new DateOnly(2026, 12, 13), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_private_letter_asking_for_records_before_a_dated_hearing_has_that_deadline_and_not_the_writers_account()
    {
        var result = _engine.Triage("""
            Hello,
            I am suing my former landlord in small claims court. I need the messages between his account
            "oak_street_rentals" and mine ("tenant_jo_22") from April 2026.
            Trial is January 8, 2027. Please mail everything before then.
            Jo
            """);

        Assert.Equal(new DateOnly(2027, 1, 8), result.Fields.ResponseDeadline);
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "@tenant_jo_22");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@oak_street_rentals");
    }
}
