using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriageBot.Channels;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// A button press becomes a turn carrying the card action, in the conversation the card was shown in. A button
/// that asks for a form first opens a modal saying the answer is on its way: the trigger_id dies 3 seconds after
/// the press, long before the engine has run, so the turn is queued with the modal's id and its answer fills it.
/// </summary>
internal sealed class BlockActionsTurnHandler(TurnQueue queue, IServiceScopeFactory scopes, BlockKitRenderer renderer, ILogger<BlockActionsTurnHandler> logger) : IBlockActionsHandler
{
    /// <summary>Within Slack's 3 seconds for the trigger and the acknowledgement, leaving time for the commit.</summary>
    private static readonly TimeSpan OpenWithin = TimeSpan.FromSeconds(2);

    public async Task<SlackAck> HandleAsync(BlockActions actions, CancellationToken cancellationToken)
    {
        if (actions.ChannelId is not { Length: > 0 } channel) return SlackAck.Ignored; // presses inside a modal or App Home
        var directMessage = SlackConversation.IsDirectMessage(channel) && !actions.IsEphemeral;
        var turn = new Turn
        {
            ConversationId = directMessage
                ? SlackConversation.Id(actions.TeamId, channel)
                : SlackConversation.PersonalId(actions.TeamId, channel, actions.UserId),
            User = new UserIdentity("slack", actions.UserId),
            Action = actions.Action,
            // An ephemeral card was seen by this person only; a card posted in a channel was not.
            IsPrivate = directMessage || actions.IsEphemeral,
        };
        var target = new SlackReplyTarget(actions.TeamId, channel, actions.UserId)
        {
            ResponseUrl = actions.IsEphemeral ? actions.ResponseUrl : null,
            ModalId = actions is { OpensForm: true, TriggerId: { Length: > 0 } trigger } ? await OpenModalAsync(trigger).ConfigureAwait(false) : null,
        };
        var ack = await SlackTurns.AcceptAsync(queue, new SlackWork(turn, target)).ConfigureAwait(false);
        if (ack == SlackAck.Busy && target.ModalId is { } opened)
            await TellModalAsync(opened, "TriageBot is busy right now; close this and press the button again in a minute.").ConfigureAwait(false);
        return ack;
    }

    /// <summary>The modal's external id, or null when it could not be opened: the answer then comes as a message.</summary>
    private async Task<string?> OpenModalAsync(string triggerId)
    {
        var externalId = Guid.NewGuid().ToString("N");
        try
        {
            using var scope = scopes.CreateScope();
            using var within = new CancellationTokenSource(OpenWithin);
            await scope.ServiceProvider.GetRequiredService<SlackWebApi>().OpenViewAsync(triggerId, SlackModalViews.Loading(externalId), within.Token).ConfigureAwait(false);
            return externalId;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or TimeoutException or OperationCanceledException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("Slack modal not opened ({Error}); the answer goes to the chat", e is SlackApiException api ? api.Error : e.GetType().Name);
            return null;
        }
    }

    private async Task TellModalAsync(string externalId, string text)
    {
        try
        {
            using var scope = scopes.CreateScope();
            using var within = new CancellationTokenSource(OpenWithin);
            await scope.ServiceProvider.GetRequiredService<SlackWebApi>().UpdateViewAsync(externalId, SlackModalViews.Notice(renderer, [Reply.Say(text)]), within.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or TimeoutException or OperationCanceledException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("Slack modal not updated ({Error})", e is SlackApiException api ? api.Error : e.GetType().Name);
        }
    }
}
