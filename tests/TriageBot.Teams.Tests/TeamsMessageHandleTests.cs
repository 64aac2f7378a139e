using TriageBot.Cases.Storage;
using TriageBot.Teams.Proactive;

namespace TriageBot.Teams.Tests;

public class TeamsMessageHandleTests
{
    [Fact]
    public void A_sent_activity_reads_back_as_its_conversation_and_activity_id()
    {
        var handle = new TeamsMessageHandle("a:1on1", "1700000000001").ToHandle();

        Assert.Equal(new TeamsMessageHandle("a:1on1", "1700000000001"), TeamsMessageHandle.From(handle));
    }

    [Fact]
    public void A_message_stored_before_handles_were_opaque_keeps_its_empty_activity_id()
    {
        // An old { Channel: conversation, Ts: "" } document, as the escalation store reads it.
        Assert.Equal(new TeamsMessageHandle("19:alerts@thread.tacv2", ""), TeamsMessageHandle.From(new MessageHandle("19:alerts@thread.tacv2\n")));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("\n1700000000001")]
    public void A_handle_this_channel_did_not_write_is_not_read(string value) =>
        Assert.Null(TeamsMessageHandle.From(new MessageHandle(value)));
}
