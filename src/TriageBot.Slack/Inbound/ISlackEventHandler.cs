namespace TriageBot.Slack.Inbound;

/// <summary>Events API callbacks (<c>app_mention</c>, <c>message.im</c>). Slack waits 3 seconds at most: a handler
/// only commits the turn to the inbox (about a millisecond).</summary>
public interface ISlackEventHandler
{
    Task<SlackAck> HandleAsync(SlackEventCallback callback, CancellationToken cancellationToken);
}
