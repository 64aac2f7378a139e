using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TriageBot.Teams.Activities;

/// <summary>A Bot Framework activity, as much of it as TriageBot reads or writes. Unknown fields are ignored.</summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public JsonNode? Value { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public string? ReplyToId { get; init; }
    /// <summary>The invoke's name, such as <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public JsonNode? ChannelData { get; init; }
    public string? Locale { get; init; }
}

public sealed record ChannelAccount(string? Id, string? Name = null)
{
    /// <summary>The user's Microsoft Entra object id: stable across chats, unlike the channel id.</summary>
    public string? AadObjectId { get; init; }
}

public sealed record ConversationAccount(string? Id)
{
    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
}

public sealed record Attachment(string ContentType)
{
    public string? ContentUrl { get; init; }
    public JsonNode? Content { get; init; }
    public string? Name { get; init; }
}

/// <summary>An entity on an activity; TriageBot reads mentions (<c>type: mention</c>).</summary>
public sealed record Entity(string? Type)
{
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
}

/// <summary>The body of an invoke response (what Teams shows after <c>Action.Execute</c>).</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
}

/// <summary>The wire format: camelCase, nulls left out.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
