using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.Outbound;

/// <summary>
/// Sends the engine's replies where they belong: through the response_url when there is one (ephemeral), as
/// a message in a private chat, or as an ephemeral message to the asker in a channel — never a public post.
/// </summary>
internal sealed class SlackReplySender(SlackWebApi api, BlockKitRenderer renderer) : ISlackReplySender
{
    public async Task SendAsync(SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var message = renderer.Render(reply);
            if (target.ResponseUrl is { } url)
                await api.RespondAsync(url, message, ephemeral: true, cancellationToken, replaceOriginal: reply.Placement == ReplyPlacement.ReplacePressedCard).ConfigureAwait(false);
            else if (isPrivate)
                await api.PostMessageAsync(target.ChannelId, message, target.ThreadTs, cancellationToken).ConfigureAwait(false);
            else
                await api.PostEphemeralAsync(target.ChannelId, target.UserId, message, target.ThreadTs, cancellationToken).ConfigureAwait(false);
        }
    }
}
