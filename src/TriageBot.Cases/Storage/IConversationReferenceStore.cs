namespace TriageBot.Cases.Storage;

/// <summary>
/// Where a channel can reach someone later: what a proactive message (reminder, escalation, "case assigned to
/// you") needs. Saved from every incoming activity, so it is fresh; a send that finds the bot gone from the
/// conversation marks it stale.
/// </summary>
/// <param name="ChannelId">The Bot Framework channel, <c>msteams</c>.</param>
/// <param name="UserId">The user the way the roster knows them (Teams: the Entra object id), or null for a
/// conversation without a known sender.</param>
/// <param name="UserAccountId">The channel's own account id for the user (<c>29:…</c>), needed to open a 1:1 chat.</param>
/// <param name="ConversationId">Null on a user's reference when no personal chat is known yet.</param>
public sealed record ConversationReferenceRecord(
    string ChannelId,
    string? UserId,
    string? UserAccountId,
    string ServiceUrl,
    string? ConversationId,
    string? ConversationType,
    string? TenantId,
    string BotId)
{
    public DateTime UpdatedAt { get; init; }

    /// <summary>Set when the channel said the bot can no longer post there (403 / 404).</summary>
    public DateTime? StaleSince { get; init; }

    public string? StaleReason { get; init; }

    public bool IsStale => StaleSince is not null;

    public bool IsPersonal => string.Equals(ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Conversation references per user (channel + user id) and per conversation. Safe for concurrent use.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Records what an incoming activity showed: the conversation's reference, and the user's (whose
    /// personal chat is kept when the activity came from a channel or group chat). Clears staleness.</summary>
    Task RefreshAsync(ConversationReferenceRecord observed, CancellationToken cancellationToken = default);

    Task<ConversationReferenceRecord?> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default);

    Task<ConversationReferenceRecord?> FindByConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks every reference into the conversation stale; returns how many.</summary>
    Task<int> MarkStaleAsync(string channelId, string conversationId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The distinct service URLs of all stored references (they arrived on authenticated activities).</summary>
    Task<IReadOnlyList<string>> ServiceUrlsAsync(CancellationToken cancellationToken = default);
}
