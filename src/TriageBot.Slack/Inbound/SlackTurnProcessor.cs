using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;
using TriageBot.Channels;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// Runs a Slack turn from the inbox: downloads the files shared with it, runs the engine and sends the replies.
/// A failing engine throws (the queue tries again, then dead-letters); a reply Slack refuses is logged (never its
/// text) and not retried, because running the engine again would repeat what the turn already changed.
/// </summary>
internal sealed class SlackTurnProcessor(IServiceScopeFactory scopes, ILogger<SlackTurnProcessor> logger) : IInboxTurnProcessor
{
    public const string Apology = "Sorry, something went wrong on my side and I could not finish that. Please try again; if it keeps happening, tell your TriageBot administrator.";

    public string Channel => SlackWork.Channel;

    public async Task ProcessAsync(InboxTurn turn, CancellationToken cancellationToken)
    {
        var work = SlackWork.FromPayload(turn.Payload);
        using var scope = scopes.CreateScope();
        var (withFiles, refused) = await WithFilesAsync(scope.ServiceProvider.GetRequiredService<SlackWebApi>(), work, cancellationToken).ConfigureAwait(false);
        var replies = refused is not null ? [refused]
            : await scope.ServiceProvider.GetRequiredService<IConversationTurnHandler>().HandleAsync(withFiles, cancellationToken).ConfigureAwait(false);
        await SendAsync(scope, work.Target, work.Turn.IsPrivate, replies, cancellationToken).ConfigureAwait(false);
    }

    public async Task ApologiseAsync(InboxTurn turn, CancellationToken cancellationToken)
    {
        var work = SlackWork.FromPayload(turn.Payload);
        using var scope = scopes.CreateScope();
        await SendAsync(scope, work.Target, work.Turn.IsPrivate, [Reply.Say(Apology)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TellLostAsync(string route, Reply notice, CancellationToken cancellationToken)
    {
        if (SlackRoute.TryRead(route) is not { } back) return false;
        using var scope = scopes.CreateScope();
        return await SendAsync(scope, back.Target, back.IsPrivate, [notice], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The turn with the shared files downloaded, or a reply saying which file could not be taken.</summary>
    private static async Task<(Turn Turn, Reply? Refused)> WithFilesAsync(SlackWebApi api, SlackWork work, CancellationToken cancellationToken)
    {
        if (work.Files.Count == 0) return (work.Turn, null);
        var files = new List<TurnFile>();
        foreach (var file in work.Files)
        {
            if (file.Size > api.MaxFileBytes)
                return (work.Turn, Reply.Say($"{file.Name} is {file.Size / 1024.0 / 1024.0:F1} MB, over the {api.MaxFileBytes / 1024.0 / 1024.0:0.#} MB limit; send the request as text or a smaller file."));
            var content = await api.DownloadFileAsync(file.UrlPrivate, cancellationToken).ConfigureAwait(false);
            if (content is null)
                return (work.Turn, Reply.Say($"I could not download {file.Name} from Slack (too large, or not a Slack file link)."));
            files.Add(new TurnFile(file.Name, content));
        }
        return (work.Turn with { Files = files }, null);
    }

    /// <summary>Sends the replies; false (logged) when Slack refused them.</summary>
    private async Task<bool> SendAsync(IServiceScope scope, SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        try
        {
            await scope.ServiceProvider.GetRequiredService<ISlackReplySender>().SendAsync(target, isPrivate, replies, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SlackApiException e)
        {
            // Which kind of chat and why, never the chat: conversation and user ids are personal data.
            logger.LogError("Slack reply in a {Kind} failed: {Method}: {Error}", isPrivate ? "private chat" : "channel", e.Method, e.Error);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogError("Slack reply in a {Kind} failed: {Reason}", isPrivate ? "private chat" : "channel", e.GetType().Name);
        }
        return false;
    }
}
