namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 13: the to/from/date fields of messages are their metadata, not their content; and content
/// asked in everyday words ("whatever he's been texting her", "die Nachrichten der letzten Tage") is content. A
/// preservation letter that also demands production "to this office" asks for it now.</summary>
public class MessageFieldsAndEverydayContentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_order_for_the_address_fields_of_messages_asks_for_no_content()
    {
        var result = _engine.Triage("""
            ORDER FOR DISCLOSURE OF RECORDS under 18 U.S.C. 2703(d), Circuit Court for Frederick County, Maryland.
            The Court ORDERS the provider to disclose subscriber information, login IP history, and the to/from/date fields of messages sent from the account "catoctin_climber" in October 2026.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("I need his name, phone number and whatever he has been texting her, so we can reach her first.")]
    [InlineData("Bitte schicken Sie mir seinen Namen, seine Adresse und die Nachrichten der letzten Tage.")]
    [InlineData("Please send us the subscriber details and the messages from the past few days.")]
    public void Messages_asked_in_everyday_words_are_content(string ask)
    {
        var result = _engine.Triage($"""
            From: Officer R. Lind, Sandoval County Sheriff's Office <rlind@sandovalcountynm.gov>
            A girl may be in danger tonight because of the user "mesa_runner_88".
            {ask}
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_narrated_message_window_with_no_ask_is_not_content()
    {
        var result = _engine.Triage("""
            Subject: account "mesa_runner_88" - subscriber records
            The victim told us the messages from the past few days frightened her. Attached is our grand jury subpoena for subscriber records only.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_preservation_letter_demanding_production_to_this_office_asks_for_content_now()
    {
        var result = _engine.Triage("""
            Under 18 U.S.C. 2703(f) you are directed to preserve and immediately produce to this office all messages, photos and login IPs of the account "prairie_fox_21".
            """);

        Assert.True(result.Flags.ContentRequested);
    }
}
