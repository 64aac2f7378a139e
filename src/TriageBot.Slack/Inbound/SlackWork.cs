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
        new(Channel, Turn.ConversationId, JsonSerializer.Serialize(this, Json))
        {
            DedupeKey = dedupeKey is null ? null : $"{Channel}:{dedupeKey}",
            Route = JsonSerializer.Serialize(new SlackRoute(Target, Turn.IsPrivate), Json),
        };

    public static SlackWork FromPayload(string payload) =>
        JsonSerializer.Deserialize<SlackWork>(payload, Json) ?? throw new JsonException("empty Slack turn");
}

/// <summary>Where a turn's answer goes and nothing of what it said: stored beside the turn (sealed on its own), so
/// the sender can be told when the turn itself can no longer be read.</summary>
public sealed record SlackRoute(SlackReplyTarget Target, bool IsPrivate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SlackRoute? TryRead(string route)
    {
        try
        {
            return JsonSerializer.Deserialize<SlackRoute>(route, Json) is { Target: not null } read ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
