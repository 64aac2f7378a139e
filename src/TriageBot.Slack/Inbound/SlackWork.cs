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
