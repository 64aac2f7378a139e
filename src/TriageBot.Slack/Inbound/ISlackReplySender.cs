using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>Sends the engine's replies back to Slack.</summary>
public interface ISlackReplySender
{
    Task SendAsync(SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
