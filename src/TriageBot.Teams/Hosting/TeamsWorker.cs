using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TriageBot.Teams.Hosting;

/// <summary>
/// Runs queued turns and sends their replies through the connector. Conversations run side by side; the turns of
/// one conversation run in arrival order (one chain per conversation), so answers never overtake each other.
/// </summary>
public sealed class TeamsWorker(TeamsWorkQueue queue, ITeamsTurnHandler handler, ITeamsReplySender sender, ILogger<TeamsWorker> logger) : BackgroundService
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
            var replies = work.Turn is null ? work.Replies : [.. work.Replies, .. await handler.HandleAsync(work.Turn, cancellationToken).ConfigureAwait(false)];
            foreach (var reply in replies)
                await sender.SendAsync(work.Conversation, reply, cancellationToken).ConfigureAwait(false);
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
}
