using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Hosting;

/// <summary>
/// Runs queued turns and sends their replies through the connector. Conversations run side by side; the turns of
/// one conversation run in arrival order (one chain per conversation), so answers never overtake each other.
/// </summary>
public sealed class TeamsWorker(TeamsWorkQueue queue, ITeamsTurnHandler handler, ITeamsReplySender sender, TeamsFileDownloader files, ILogger<TeamsWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
                Chain(work, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        Task[] pending;
        lock (_gate) pending = [.. _tails.Values];
        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private void Chain(TeamsWork work, CancellationToken cancellationToken)
    {
        var key = work.Conversation.ServiceUrl + "|" + work.Conversation.ConversationId;
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            Task next = null!;
            next = previous.ContinueWith(_ => RunAsync(work, cancellationToken), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)
                .Unwrap()
                .ContinueWith(_ => Forget(key, next), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            _tails[key] = next;
        }
    }

    private void Forget(string key, Task finished)
    {
        lock (_gate)
            if (_tails.TryGetValue(key, out var tail) && ReferenceEquals(tail, finished)) _tails.Remove(key);
    }

    private async Task RunAsync(TeamsWork work, CancellationToken cancellationToken)
    {
        try
        {
            var replies = new List<Reply>(work.Replies);
            var turn = work.Turn;
            if (turn is not null && work.Files.Count > 0)
            {
                var downloads = new List<TurnFile>();
                foreach (var link in work.Files)
                {
                    var download = await files.DownloadAsync(link, cancellationToken).ConfigureAwait(false);
                    if (download.File is { } file) downloads.Add(file);
                    else replies.Add(Reply.Say(download.Problem!));
                }
                turn = turn with { Files = [.. turn.Files, .. downloads] };
                // Nothing left to triage when every file was refused and no text came with them.
                if (downloads.Count == 0 && string.IsNullOrWhiteSpace(turn.Text) && turn.Action is null) turn = null;
            }
            if (turn is not null) replies.AddRange(await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false));
            await DeliverAsync(work, replies, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // No message contents in the log: only where it failed.
            logger.LogError(exception, "Teams turn in conversation {ConversationId} failed", work.Conversation.ConversationId);
        }
    }

    /// <summary>After a card action the reply meant to replace the pressed card does so ("Taken by Dana at 14:02");
    /// every other reply is a new message;
    /// if that card can't be updated, the reply is posted instead so it is not lost.</summary>
    private async Task DeliverAsync(TeamsWork work, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var refreshId = work.RefreshActivityId;
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
    }
}
