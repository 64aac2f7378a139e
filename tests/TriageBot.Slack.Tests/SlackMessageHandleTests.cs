using TriageBot.Cases.Storage;
using TriageBot.Slack.Paging;

namespace TriageBot.Slack.Tests;

public class SlackMessageHandleTests
{
    [Fact]
    public void A_posted_message_reads_back_as_its_channel_and_ts()
    {
        var handle = new SlackMessageHandle("D0DANA", "1700000000.000100").ToHandle();

        Assert.Equal(new SlackMessageHandle("D0DANA", "1700000000.000100"), SlackMessageHandle.From(handle));
    }

    [Fact]
    public void A_message_stored_as_channel_and_ts_before_handles_were_opaque_is_still_updatable()
    {
        // What the escalation store reads from an old { Channel, Ts } document.
        var stored = new MessageHandle("C0ALERTS\n1700000000.000200");

        Assert.Equal(new SlackMessageHandle("C0ALERTS", "1700000000.000200"), SlackMessageHandle.From(stored));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("C0ALERTS\n")]
    [InlineData("a\nb\nc")]
    public void A_handle_this_channel_did_not_write_is_not_read(string value) =>
        Assert.Null(SlackMessageHandle.From(new MessageHandle(value)));
}
