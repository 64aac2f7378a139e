using System.Text.Json;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Hosting;

/// <summary>Work accepted from Teams and finished after the HTTP request was acknowledged: a turn to run, or
/// replies to deliver. Stored as JSON (encrypted) in the durable inbox until a worker has done it.</summary>
public sealed record TeamsWork(ConversationReference Conversation, Turn? Turn, IReadOnlyList<Reply> Replies)
{
    public const string Channel = "teams";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Files shared with the message, downloaded by the worker (slow) before the turn runs.</summary>
    public IReadOnlyList<TeamsFileLink> Files { get; init; } = [];

    /// <summary>The card activity a card action came from: the first card reply replaces it in place.</summary>
    public string? RefreshActivityId { get; init; }

    /// <summary>The inbox entry, in the order of its conversation; a redelivered activity (same id in the same
    /// conversation) is a duplicate.</summary>
    public InboxDraft ToDraft(string? activityId) =>
        new(Channel, Conversation.ServiceUrl + "|" + Conversation.ConversationId, JsonSerializer.Serialize(this, Json))
        {
            DedupeKey = activityId is { Length: > 0 } id ? $"{Channel}:{Conversation.ConversationId}:{id}" : null,
            // The way back alone (sealed on its own beside the payload), so a lost turn's sender can still be told.
            Route = JsonSerializer.Serialize(Conversation, Json),
        };

    /// <summary>The conversation a <see cref="InboxDraft.Route"/> written by <see cref="ToDraft"/> names, or null.</summary>
    public static ConversationReference? RouteOf(string route)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(route, Json) is { ConversationId.Length: > 0, ServiceUrl.Length: > 0 } found ? found : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static TeamsWork FromPayload(string payload) =>
        JsonSerializer.Deserialize<TeamsWork>(payload, Json) ?? throw new JsonException("empty Teams turn");
}
