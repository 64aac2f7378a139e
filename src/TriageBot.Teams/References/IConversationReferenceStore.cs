namespace TriageBot.Teams.References;

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
