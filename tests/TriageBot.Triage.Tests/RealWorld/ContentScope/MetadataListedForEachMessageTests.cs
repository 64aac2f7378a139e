namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 14 (the contradicted blocker, third round running): a 2703(d) order names "each message
/// sent or received" only to list what is kept about it — its date, time, sender, recipient, size — and that is no
/// request for content; an order that lists the text or body of each message still asks for content and keeps its
/// blocker. A preservation letter that also asks for "the content of private messages within 24 hours" asks for
/// content now.</summary>
public class MetadataListedForEachMessageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("IT IS ORDERED that [Provider] shall disclose for the account \"harbor_kite_7\": subscriber records, login IP addresses, and for each message sent or received from 03/01/2026 to 04/30/2026 the date, time, sender and recipient identifiers - but not the body or attachments of any message.")]
    [InlineData("IT IS ORDERED that [Provider] shall disclose for the account \"harbor_kite_7\": (1) subscriber records; (2) for every message sent, the timestamp, the recipient account and the size in bytes.")]
    public void Fields_kept_about_each_message_are_not_content(string operative)
    {
        var result = _engine.Triage("IN THE CIRCUIT COURT FOR LANE COUNTY\nORDER PURSUANT TO 18 U.S.C. 2703(d)\n\n" +
            "The Court finds specific and articulable facts showing reasonable grounds to believe the records sought are relevant and material to an ongoing criminal investigation.\n\n" +
            operative + "\n\nJudge O. Petrakis-Lund");

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void The_text_of_each_message_listed_before_its_date_is_content_and_keeps_the_blocker()
    {
        var result = _engine.Triage("IN THE CIRCUIT COURT FOR LANE COUNTY\nORDER PURSUANT TO 18 U.S.C. 2703(d)\n\n" +
            "The Court finds specific and articulable facts showing reasonable grounds to believe the records sought are relevant and material to an ongoing criminal investigation.\n\n" +
            "IT IS ORDERED that [Provider] shall disclose for the account \"harbor_kite_7\", for each message sent or received, the full text and attachments together with the date and time.\n\nJudge O. Petrakis-Lund");

        Assert.True(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_preservation_letter_asking_for_private_message_content_within_hours_asks_for_content()
    {
        var result = _engine.Triage("""
            Subject: 2703(f) preservation - case 26-4410
            Pursuant to 18 U.S.C. 2703(f) please preserve the account "gull_harbor_22".
            Because of the urgency, also provide within 48 hours the account's phone number and the content of private messages.
            """);

        Assert.True(result.Flags.ContentRequested);
    }
}
