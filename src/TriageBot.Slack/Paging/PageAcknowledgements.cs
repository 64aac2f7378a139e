using System.Threading.Channels;
using TriageBot.Dialogs.Commands;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.Paging;

/// <summary>A button pressed on a page: which case, by which Slack user.</summary>
public sealed record PageAcknowledgement(string CaseId, string SlackUserId);

/// <summary>Acknowledgements waiting for the escalation clock: the interaction endpoint must answer Slack
/// within 3 seconds, so it only queues them.</summary>
public sealed class PageAcknowledgements
{
    private readonly Channel<PageAcknowledgement> _queue = Channel.CreateBounded<PageAcknowledgement>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public bool TryQueue(PageAcknowledgement acknowledgement) => _queue.Writer.TryWrite(acknowledgement);

    public ChannelReader<PageAcknowledgement> Reader => _queue.Reader;
}

/// <summary>
/// Sits before the conversation engine on the block_actions path: <c>page.ack</c> goes to the pager only (the
/// engine has no such verb); <c>case.take</c> goes to both, since taking a paged case answers the page.
/// </summary>
internal sealed class PageActionsHandler(IBlockActionsHandler engine, PageAcknowledgements acknowledgements) : IBlockActionsHandler
{
    public Task<SlackAck> HandleAsync(BlockActions actions, CancellationToken cancellationToken)
    {
        var verb = actions.Action.Verb;
        if (verb is not (PageMessages.AcknowledgeVerb or CaseVerbs.Take)
            || !actions.Action.Data.TryGetValue(CaseVerbs.CaseKey, out var caseId) || caseId.Length == 0)
            return engine.HandleAsync(actions, cancellationToken);

        var queued = acknowledgements.TryQueue(new PageAcknowledgement(caseId, actions.UserId));
        if (verb == PageMessages.AcknowledgeVerb) return Task.FromResult(queued ? SlackAck.Accepted : SlackAck.Busy);
        return engine.HandleAsync(actions, cancellationToken);
    }
}
