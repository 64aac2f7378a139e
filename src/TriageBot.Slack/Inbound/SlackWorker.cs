using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// Runs queued turns through the conversation engine and sends the replies, one reader per queue partition so
/// a conversation's turns stay in order while different conversations proceed in parallel. A failing turn is
/// logged (never its text) and answered with an apology; it never stops the worker.
/// </summary>
internal sealed class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, ILogger<SlackWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.Partitions).Select(p => Task.Run(() => DrainAsync(p, stoppingToken), CancellationToken.None)));

    private async Task DrainAsync(int partition, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader(partition).ReadAllAsync(stoppingToken).ConfigureAwait(false))
                await ProcessAsync(work, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: turns still queued are lost; Slack's own retries cover events, people repeat commands.
        }
    }

    internal async Task ProcessAsync(SlackWork work, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISlackReplySender>();
        IReadOnlyList<Reply> replies;
        try
        {
            replies = await scope.ServiceProvider.GetRequiredService<ITurnHandler>().HandleAsync(work.Turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Slack turn failed in conversation {Conversation}", work.Turn.ConversationId);
            replies = [Reply.Say("Sorry, something went wrong on my side and I could not finish that. Please try again; if it keeps happening, tell your TriageBot administrator.")];
        }
        try
        {
            await sender.SendAsync(work.Target, work.Turn.IsPrivate, replies, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            logger.LogError("Slack reply to {Conversation} failed: {Error}: {Message}", work.Turn.ConversationId, e.Error, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Slack reply to {Conversation} failed", work.Turn.ConversationId);
        }
    }
}
