namespace TriageBot.Cases.Storage;

/// <summary>One conversation's saved state: an opaque JSON document the dialog layer owns.</summary>
/// <param name="UpdatedAt">When it was last saved (UTC, the store's clock).</param>
/// <param name="Version">Bumped on every save; pass it back to <see cref="IConversationStateStore.SaveAsync"/>.</param>
public sealed record ConversationState(string ConversationId, string Json, DateTime UpdatedAt, int Version)
{
    /// <summary>The stored text could not be decrypted (damaged, or sealed under another key or record):
    /// <see cref="Json"/> is empty. Set it aside with <see cref="IConversationStateStore.SetAsideAsync"/>.</summary>
    public bool Unreadable { get; init; }
}

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

    /// <summary>Moves the conversation's saved state, as stored, out of the way into a collection of its own
    /// (sealed with the store key, like case data), so the conversation can start afresh without losing it.
    /// Returns a short reference to the kept copy, or null when there was nothing to move.</summary>
    Task<string?> SetAsideAsync(string conversationId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Removes the conversation's state; false when there was none.</summary>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Removes every state last saved before <paramref name="cutoff"/> (abandoned conversations), and copies
    /// set aside before it; returns how many states.</summary>
    Task<int> DeleteOlderThanAsync(DateTime cutoff, CancellationToken cancellationToken = default);
}
