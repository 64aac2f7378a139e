using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Deadlines written the ways blind letters wrote them: the latest day as a count of days after receipt with
/// the receipt dated in the next sentence, a private requester's "please send by" with a date and no year, and a
/// warrant's "execution by" date.</summary>
public class DeadlineAsLatestCountSendByOrExecutionTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void At_the_latest_a_count_of_days_after_receipt_runs_from_the_receipt_the_next_sentence_dates()
    {
        var result = _engine.Triage("""
            CERTIFICAT EUROPÉEN DE PRODUCTION (EPOC)
            Délai : les informations sont à transmettre au plus tard huit jours après réception du
            présent certificat. Certificat reçu le 20 novembre 2026.
            Compte visé : "quai_des_brumes_59"
            """);

        Assert.Equal(new DateOnly(2026, 11, 28), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_send_by_with_a_date_and_no_year_takes_the_year_of_the_letter()
    {
        var result = _engine.Triage(new RequestDocument
        {
            Text = """
                Hello, I am the plaintiff in a small claims case and the court clerk issued a subpoena (attached).
                I need the chat history of the account "gravel_pit_gary" for my hearing. Please send by December 14.
                Thank you, Ruth
                """,
            Envelope = new EmailEnvelope("ruth.palomer@example.net", "Ruth Palomer", null, "subpoena for messages",
                new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero)),
        });

        Assert.Equal(new DateOnly(2026, 12, 14), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Send_by_mail_is_no_deadline()
    {
        var result = _engine.Triage("""
            Please send by mail the records of the account "gravel_pit_gary" from January 3, 2026 to March 9, 2026.
            """);

        Assert.Null(result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_warrants_execution_by_date_is_the_deadline()
    {
        var result = _engine.Triage("""
            Attached is a federal search warrant (D. Or. 3:26-mj-00412, issued 11/24/2026) for the account
            "cascade_parcel_drop", covering stored messages and subscriber records. Execution by 12/05/2026.
            Postal Inspector Lena Morrow-Quist
            """);

        Assert.Equal(new DateOnly(2026, 12, 5), result.Fields.ResponseDeadline);
    }
}
