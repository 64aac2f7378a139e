using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.Outbound;

/// <summary>
/// Sends the engine's replies where they belong. A press that opened a modal gets its form there (or, with
/// nothing to fill in, the answer itself); a modal closed or expired meanwhile leaves the answer to the chat.
/// Messages go through the response_url when there is one (ephemeral); as a message only in a direct message
/// with the bot; anywhere else as an ephemeral message to the asker, or, when Slack refuses that (the bot is not
/// in the channel), as a direct message — never a public post. A private turn in a channel (a slash command whose
/// response_url was missing) is answered the same way.
/// </summary>
internal sealed class SlackReplySender(SlackWebApi api, BlockKitRenderer renderer, ILogger<SlackReplySender> logger) : ISlackReplySender
{
    public async Task SendAsync(SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var rest = target.ModalId is { } modal ? await FillModalAsync(modal, target, isPrivate, replies, cancellationToken).ConfigureAwait(false) : replies;
        string? directMessage = null;
        foreach (var reply in rest)
        {
            var message = renderer.Render(reply);
            if (target.ResponseUrl is { } url)
                await api.RespondAsync(url, message, ephemeral: true, cancellationToken, replaceOriginal: reply.Placement == ReplyPlacement.ReplacePressedCard).ConfigureAwait(false);
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

    /// <summary>Puts the first form among the replies into the modal (the rest still go to the chat), or, when
    /// there is none, all of the answer. Returns what is left to send as messages.</summary>
    private async Task<IReadOnlyList<Reply>> FillModalAsync(string modal, SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var withForm = replies.FirstOrDefault(r => r.Cards.Any(SlackModalViews.HasForm));
        var form = withForm is null ? null : SlackModalViews.Form(withForm.Cards.First(SlackModalViews.HasForm), target.ChannelId, isPrivate);
        try
        {
            await api.UpdateViewAsync(modal, form ?? SlackModalViews.Notice(renderer, replies), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Slack modal not filled ({Error}); the answer goes to the chat", e.Error);
            return replies;
        }
        return form is null ? [] : [.. replies.Where(r => !ReferenceEquals(r, withForm))];
    }
}
