using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 class 6: an order listing records about messages ("sender and time of each email received,
/// excluding its contents") asks for no content, in English or in Spanish.</summary>
public class ContentCarvedOutTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_2703d_order_for_records_of_emails_received_without_their_contents_asks_for_no_content()
    {
        var result = _engine.Triage("""
            ORDER UNDER 18 U.S.C. 2703(d) - United States District Court, District of Colorado
            The Court finds specific and articulable facts. The provider shall disclose for the account "pikes.peak.tours":
            subscriber information; login IP logs; records of e-mails received (time and sender), excluding the contents.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void The_sender_account_of_each_message_received_without_message_content_is_not_content()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. 2703(d) - Superior Court, Maricopa County
            ORDERED that the provider disclose for the account "sonoran.sunsets": (1) subscriber details;
            (2) the time and sender account of each message received, but not message content.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_spanish_order_for_the_time_of_each_message_without_the_content_asks_for_no_content()
    {
        var result = _engine.Triage("""
            ORDEN BAJO 18 U.S.C. § 2703(d)
            SE ORDENA a la empresa que entregue respecto de la cuenta «ponce_playa»: la fecha y remitente de cada mensaje recibido, excluyendo el contenido de los mensajes.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_warrant_for_the_messages_themselves_still_asks_for_content()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - District of Colorado
            The provider shall disclose the contents of all messages sent and received by the account "pikes.peak.tours".
            """);

        Assert.True(result.Flags.ContentRequested);
    }
}
