namespace TriageBot.Cases.Storage;

/// <summary>One conversation's saved state: an opaque JSON document the dialog layer owns.</summary>
/// <param name="UpdatedAt">When it was last saved (UTC, the store's clock).</param>
/// <param name="Version">Bumped on every save; pass it back to <see cref="IConversationStateStore.SaveAsync"/>.</param>
public sealed record ConversationState(string ConversationId, string Json, DateTime UpdatedAt, int Version);

/// <summary>
/// Where conversations keep their dialog state between turns, so a conversation resumes after a restart. It lives
/// in the case database (one file, one owner per process). Safe for concurrent use.
/// </summary>
public interface IConversationStateStore
{
    Task<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="json"/> if the stored version still equals <paramref name="expectedVersion"/>
    /// (0: nothing stored yet). Returns the saved state (Version + 1), or null when someone else saved first.</summary>
    Task<ConversationState?> SaveAsync(string conversationId, string json, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Removes the conversation's state; false when there was none.</summary>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Removes every state last saved before <paramref name="cutoff"/> (abandoned conversations);
    /// returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTime cutoff, CancellationToken cancellationToken = default);
}
