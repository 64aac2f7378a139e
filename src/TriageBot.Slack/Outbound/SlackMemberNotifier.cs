using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Paging;

namespace TriageBot.Slack.Outbound;

/// <summary>Reminders and notices to a team member by Slack DM (roster SlackId, else looked up by e-mail).</summary>
public sealed class SlackMemberNotifier(SlackWebApi api, BlockKitRenderer renderer, CasesOptions cases, ILogger<SlackMemberNotifier> logger) : IMemberNotifier
{
    private readonly PageRecipients _recipients = new(cases);

    public string Channel => "slack";

    public async Task<bool> NotifyAsync(string memberId, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            var user = await _recipients.SlackUserOfAsync(api, memberId, cancellationToken).ConfigureAwait(false);
            if (user is null) return false;
            var channel = await api.OpenConversationAsync(user, cancellationToken).ConfigureAwait(false);
            await api.PostMessageAsync(channel, renderer.Render(reply), threadTs: null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Slack DM to {Member} failed: {Error}", memberId, e.Error);
            return false;
        }
    }
}
