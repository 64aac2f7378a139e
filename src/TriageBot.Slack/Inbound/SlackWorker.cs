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

    /// <summary>The turn with the shared files downloaded, or a reply saying which file could not be taken.</summary>
    private static async Task<(Turn Turn, Reply? Refused)> WithFilesAsync(SlackWebApi api, SlackWork work, CancellationToken cancellationToken)
    {
        if (work.Files.Count == 0) return (work.Turn, null);
        var files = new List<TurnFile>();
        foreach (var file in work.Files)
        {
            if (file.Size > SlackWebApi.MaxFileBytes)
                return (work.Turn, Reply.Say($"{file.Name} is {file.Size / 1024.0 / 1024.0:F1} MB, over the {SlackWebApi.MaxFileBytes / 1024 / 1024} MB limit; send the request as text or a smaller file."));
            var content = await api.DownloadFileAsync(file.UrlPrivate, cancellationToken).ConfigureAwait(false);
            if (content is null)
                return (work.Turn, Reply.Say($"I could not download {file.Name} from Slack (too large, or not a Slack file link)."));
            files.Add(new TurnFile(file.Name, content));
        }
        return (work.Turn with { Files = files }, null);
    }

    internal async Task ProcessAsync(SlackWork work, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISlackReplySender>();
        IReadOnlyList<Reply> replies;
        try
        {
            var (turn, refused) = await WithFilesAsync(scope.ServiceProvider.GetRequiredService<SlackWebApi>(), work, cancellationToken).ConfigureAwait(false);
            replies = refused is not null ? [refused]
                : await scope.ServiceProvider.GetRequiredService<ITurnHandler>().HandleAsync(turn, cancellationToken).ConfigureAwait(false);
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
