using System.Text.Json;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>A turn taken from Slack, waiting in the inbox for the conversation engine, and where its answer goes.
/// Stored as JSON (encrypted) in the durable inbox.</summary>
public sealed record SlackWork(Turn Turn, SlackReplyTarget Target)
{
    public const string Channel = "slack";

    /// <summary>Files to download before the turn runs (never in the request that must be acknowledged at once).</summary>
    public IReadOnlyList<SlackFileRef> Files { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The inbox entry: ordered by the engine's conversation, deduplicated by <paramref name="dedupeKey"/>.</summary>
    public InboxDraft ToDraft(string? dedupeKey = null) =>
        new(Channel, Turn.ConversationId, JsonSerializer.Serialize(this, Json)) { DedupeKey = dedupeKey is null ? null : $"{Channel}:{dedupeKey}" };

    public static SlackWork FromPayload(string payload) =>
        JsonSerializer.Deserialize<SlackWork>(payload, Json) ?? throw new JsonException("empty Slack turn");
}

/// <summary>
/// Where replies to a turn go. A <see cref="ResponseUrl"/> (slash commands, buttons on ephemeral messages) is
/// answered ephemerally through it; otherwise a direct message gets a message and any other channel an
/// ephemeral reply to the one person who asked (or a DM when that fails), so nothing about cases is said in front
/// of a channel.
/// </summary>
public sealed record SlackReplyTarget(string TeamId, string ChannelId, string UserId)
{
    public Uri? ResponseUrl { get; init; }

    /// <summary>The thread the message was in, so the answer stays in it.</summary>
    public string? ThreadTs { get; init; }
}

/// <summary>Sends the engine's replies back to Slack.</summary>
public interface ISlackReplySender
{
    Task SendAsync(SlackReplyTarget target, bool isPrivate, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
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
