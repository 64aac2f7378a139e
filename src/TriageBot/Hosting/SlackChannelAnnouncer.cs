using TriageBot.Dialogs.Messages;
using TriageBot.Mailbox.Processing;
using TriageBot.Slack;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;

namespace TriageBot.Hosting;

/// <summary>Posts the mailbox watcher's cards to the Slack channel <c>Inbox:SlackChannel</c> with the bot token.</summary>
public sealed class SlackChannelAnnouncer(string channel, SlackWebApi api, BlockKitRenderer renderer, ILogger<SlackChannelAnnouncer> logger) : IInboxAnnouncer
{
    public string Channel => "slack";

    public async Task<bool> AnnounceAsync(Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await api.PostMessageAsync(channel, renderer.Render(reply), threadTs: null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Slack post to the inbox channel failed: {Error}", e.Error);
            return false;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Slack post to the inbox channel failed: {Error}", e.StatusCode?.ToString() ?? "network error");
            return false;
        }
    }
}
