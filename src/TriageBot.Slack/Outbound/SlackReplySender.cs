using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.Outbound;

/// <summary>
/// Sends the engine's replies where they belong: through the response_url when there is one (ephemeral); as a
/// message only in a direct message with the bot; anywhere else as an ephemeral message to the asker, or, when
/// Slack refuses that (the bot is not in the channel), as a direct message — never a public post. A private turn
/// in a channel (a slash command whose response_url was missing) is answered the same way.
/// </summary>
internal sealed class SlackReplySender(SlackWebApi api, BlockKitRenderer renderer) : ISlackReplySender
{
    public async Task SendAsync(SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        string? directMessage = null;
        foreach (var reply in replies)
        {
            var message = renderer.Render(reply);
            if (target.ResponseUrl is { } url)
                await api.RespondAsync(url, message, ephemeral: true, cancellationToken).ConfigureAwait(false);
            else if (SlackConversation.IsDirectMessage(target.ChannelId))
                await api.PostMessageAsync(target.ChannelId, message, target.ThreadTs, cancellationToken).ConfigureAwait(false);
            else if (directMessage is not null)
                await api.PostMessageAsync(directMessage, message, null, cancellationToken).ConfigureAwait(false);
            else
            {
                try
                {
                    await api.PostEphemeralAsync(target.ChannelId, target.UserId, message, target.ThreadTs, cancellationToken).ConfigureAwait(false);
                }
                catch (SlackApiException e) when (e.Error is "not_in_channel" or "channel_not_found" or "user_not_in_channel" or "is_archived")
                {
                    directMessage = await api.OpenConversationAsync(target.UserId, cancellationToken).ConfigureAwait(false);
                    await api.PostMessageAsync(directMessage, message, null, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
