using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>A turn taken from Slack, waiting for the conversation engine, and where its answer goes.</summary>
public sealed record SlackWork(Turn Turn, SlackReplyTarget Target)
{
    /// <summary>Files to download before the turn runs (never in the request that must be acknowledged at once).</summary>
    public IReadOnlyList<SlackFileRef> Files { get; init; } = [];
}

/// <summary>
/// Where replies to a turn go. A <see cref="ResponseUrl"/> (slash commands, buttons on ephemeral messages) is
/// answered ephemerally through it; otherwise private chats get a message and channels an ephemeral reply to
/// the one person who asked, so nothing about cases is said in front of a channel.
/// </summary>
public sealed record SlackReplyTarget(string TeamId, string ChannelId, string UserId)
{
    public Uri? ResponseUrl { get; init; }

    /// <summary>The thread the message was in, so the answer stays in it.</summary>
    public string? ThreadTs { get; init; }
}

/// <summary>The conversation engine as the Slack channel sees it (the <c>ConversationBot</c> in the host).</summary>
public interface ITurnHandler
{
    Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken);
}

/// <summary>Sends the engine's replies back to Slack.</summary>
public interface ISlackReplySender
{
    Task SendAsync(SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}

internal sealed class ConversationBotTurnHandler(TriageBot.Dialogs.ConversationBot bot) : ITurnHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken) => bot.HandleAsync(turn, cancellationToken);
}

/// <summary>Ids for the engine's conversations: one per Slack channel, or per person where Slack answers
/// only that person (slash commands and ephemeral messages), so two people never share a dialog.</summary>
internal static class SlackConversation
{
    public static string Id(string teamId, string channelId) => $"slack:{teamId}:{channelId}";

    public static string PersonalId(string teamId, string channelId, string userId) => $"slack:{teamId}:{channelId}:{userId}";

    /// <summary>Slack's direct-message channel ids start with D.</summary>
    public static bool IsDirectMessage(string channelId) => channelId.StartsWith('D');
}
