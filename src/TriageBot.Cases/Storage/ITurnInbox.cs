namespace TriageBot.Cases.Storage;

/// <summary>
/// The durable inbox of chat turns: a turn is committed here before the channel acknowledges it, so nothing
/// acknowledged is lost when the process stops; workers take pending turns, mark them done, or record the
/// failure (back-off, then dead-letter). Payloads are encrypted with the store's data key. Safe for concurrent use.
/// </summary>
public interface ITurnInbox
{
    /// <summary>Commits the turn (on disk when this returns) and returns its id; null when its dedupe key was
    /// seen within its remembered period (a retry or redelivery), in which case nothing is stored.</summary>
    Task<long?> AcceptAsync(InboxDraft draft, CancellationToken cancellationToken = default);

    /// <summary>The conversation key as stored and as <see cref="InboxTurn.ConversationKey"/> gives it back (a keyed
    /// hash: chat ids are personal data), for ordering turns of one conversation.</summary>
    string ConversationKeyOf(InboxDraft draft) => draft.ConversationKey;

    /// <summary>Pending turns in arrival order (due or backing off), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<InboxTurn>> PendingAsync(int limit, CancellationToken cancellationToken = default);

    Task CompleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: pending again from <paramref name="retryAt"/>, or dead when null.
    /// Returns the turn as stored.</summary>
    Task<InboxTurn?> FailAsync(long id, string error, DateTime? retryAt, CancellationToken cancellationToken = default);

    /// <summary>A dead turn back to pending with its attempts reset; false when it is not dead.</summary>
    Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default);

    Task<InboxTurn?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Turns in <paramref name="state"/> (all when null), newest first.</summary>
    Task<IReadOnlyList<InboxTurn>> ListAsync(InboxTurnState? state, int limit, CancellationToken cancellationToken = default);

    Task<InboxCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Turns dead-lettered because they do not open whose sender has not been told yet (oldest first),
    /// each with its <see cref="InboxTurn.Route"/> when that opens.</summary>
    Task<IReadOnlyList<InboxTurn>> LostUntoldAsync(CancellationToken cancellationToken = default);

    /// <summary>Records what was done about a lost turn's sender (<paramref name="notice"/>: "sender told …" or why
    /// not), so they are told once; <c>turns dead</c> shows it.</summary>
    Task RecordLostNoticeAsync(long id, string notice, CancellationToken cancellationToken = default);

    /// <summary>Deletes done turns finished before <paramref name="cutoff"/> and dedupe keys past their
    /// period; returns how many turns went.</summary>
    Task<int> SweepAsync(DateTime cutoff, CancellationToken cancellationToken = default);
}
