namespace TriageBot.Cases.Storage;

/// <summary>Where a turn in the inbox stands.</summary>
public enum InboxTurnState
{
    /// <summary>Waiting for a worker (new, interrupted by a stop, or backing off after a failure).</summary>
    Pending,
    /// <summary>Processed; kept a while for the record, then swept.</summary>
    Done,
    /// <summary>Failed every attempt: left for an administrator to look at and retry.</summary>
    Dead,
}

/// <summary>
/// One turn a channel accepted and acknowledged: the channel's own serialised work (opaque to the store),
/// decrypted. <see cref="Id"/> grows with arrival, so ordering by it is arrival order.
/// </summary>
public sealed record InboxTurn(long Id, string Channel, string ConversationKey, string Payload, DateTime ReceivedAt)
{
    public InboxTurnState State { get; init; }

    /// <summary>Attempts that failed so far.</summary>
    public int Attempts { get; init; }

    /// <summary>No worker takes the turn before this (back-off after a failure).</summary>
    public DateTime NextAttemptAt { get; init; }

    /// <summary>The last failure, as an exception type and a short reason: never the turn's contents.</summary>
    public string? LastError { get; init; }

    public DateTime? FinishedAt { get; init; }

    /// <summary>Its sealed payload does not open (<see cref="Payload"/> is empty): it cannot run, so the inbox
    /// dead-letters it as soon as it is met, and counts it in <see cref="LiteDbCaseStore.Unreadable"/>.</summary>
    public bool Unreadable { get; init; }

    /// <summary>Only for a turn that is <see cref="Unreadable"/>: where its channel can still tell the sender that it
    /// was lost (<see cref="InboxDraft.Route"/>, sealed apart from the payload); null when none was stored or it does
    /// not open either.</summary>
    public string? Route { get; init; }

    /// <summary>For a lost (unreadable) turn: whether and when its sender was told, in words; null while nobody has
    /// tried yet.</summary>
    public string? LostNotice { get; init; }
}

/// <summary>What a channel hands the inbox. <see cref="DedupeKey"/> (Slack's event id, Teams' activity id) makes a
/// redelivery of the same turn a duplicate for <see cref="RememberFor"/>.</summary>
public sealed record InboxDraft(string Channel, string ConversationKey, string Payload)
{
    public string? DedupeKey { get; init; }

    /// <summary>The channel's own note of where to answer (its reply target, no message contents), sealed on its own
    /// beside the payload: a payload that no longer opens does not take it along, so the sender can still be told
    /// that the message was lost. Opaque to the store.</summary>
    public string? Route { get; init; }

    public TimeSpan RememberFor { get; init; } = TimeSpan.FromDays(1);
}

/// <summary>How many turns wait and how many are dead-lettered.</summary>
public sealed record InboxCounts(int Pending, int Dead);
