using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;
using TriageBot.Channels;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Hosting;

/// <summary>
/// Runs a Teams turn from the inbox and sends its replies through the connector. A failing engine throws (the
/// queue tries again, then dead-letters with an apology); a reply the connector refuses is logged and not
/// retried, because running the engine again would repeat what the turn already changed.
/// </summary>
public sealed class TeamsTurnProcessor(IConversationTurnHandler handler, ITeamsReplySender sender, TeamsFileDownloader files, ILogger<TeamsTurnProcessor> logger)
    : IInboxTurnProcessor
{
    public const string Apology = "Sorry, something went wrong on my side and I could not finish that. Please try again; if it keeps happening, tell your TriageBot administrator.";

    public string Channel => TeamsWork.Channel;

    public async Task ProcessAsync(InboxTurn turn, CancellationToken cancellationToken)
    {
        var work = TeamsWork.FromPayload(turn.Payload);
        var replies = new List<Reply>(work.Replies);
        var next = work.Turn;
        if (next is not null && work.Files.Count > 0)
        {
            var downloads = new List<TurnFile>();
            foreach (var link in work.Files)
            {
                var download = await files.DownloadAsync(link, cancellationToken).ConfigureAwait(false);
                if (download.File is { } file) downloads.Add(file);
                else replies.Add(Reply.Say(download.Problem!));
            }
            next = next with { Files = [.. next.Files, .. downloads] };
            // Nothing left to triage when every file was refused and no text came with them.
            if (downloads.Count == 0 && string.IsNullOrWhiteSpace(next.Text) && next.Action is null) next = null;
        }
        if (next is not null) replies.AddRange(await handler.HandleAsync(next, cancellationToken).ConfigureAwait(false));
        await DeliverAsync(work, replies, cancellationToken).ConfigureAwait(false);
    }

    public Task ApologiseAsync(InboxTurn turn, CancellationToken cancellationToken) =>
        DeliverAsync(TeamsWork.FromPayload(turn.Payload) with { RefreshActivityId = null }, [Reply.Say(Apology)], cancellationToken);

    public async Task<bool> TellLostAsync(string route, Reply notice, CancellationToken cancellationToken) =>
        TeamsWork.RouteOf(route) is { } conversation
        && await DeliverAsync(new TeamsWork(conversation, null, []), [notice], cancellationToken).ConfigureAwait(false);

    /// <summary>After a card action the reply meant to replace the pressed card does so ("Taken by Dana at 14:02");
    /// every other reply is a new message; if that card can't be updated, the reply is posted instead so it is not lost.</summary>
    private async Task<bool> DeliverAsync(TeamsWork work, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var refreshId = work.RefreshActivityId;
        try
        {
            foreach (var reply in replies)
            {
                if (refreshId is not null && reply.Cards.Count > 0 && reply.Placement == ReplyPlacement.ReplacePressedCard)
                {
                    var target = refreshId;
                    refreshId = null;
                    try
                    {
                        await sender.UpdateAsync(work.Conversation, target, reply, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                    catch (ConnectorException exception)
                    {
                        logger.LogWarning("Could not refresh card {ActivityId} in conversation {ConversationId} ({Status}); posting the reply instead",
                            target, work.Conversation.ConversationId, exception.StatusCode);
                    }
                }
                await sender.SendAsync(work.Conversation, reply, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // No message contents and no conversation id in the log (personal data): only why it failed.
            logger.LogError("Teams reply failed: {Reason}{Status}", e.GetType().Name, e is ConnectorException c ? $" (HTTP {c.StatusCode})" : "");
            return false;
        }
    }
}
