namespace TriageBot.Cases.Storage;

/// <summary>Where a watched mailbox stands: the folder generation (IMAP UIDVALIDITY), the highest message seen,
/// and how the last look at it went. Nothing here is message contents.</summary>
public sealed record MailboxCursor(string Mailbox)
{
    public uint UidValidity { get; init; }
    public uint LastUid { get; init; }
    public DateTime? LastCheckedAt { get; init; }
    public DateTime? LastSucceededAt { get; init; }
    /// <summary>Why the last attempt failed (server unreachable, login refused); null after a success.</summary>
    public string? LastError { get; init; }
    public int Handled { get; init; }
    public int Quarantined { get; init; }
}

/// <summary>What was done with one message of a watched mailbox.</summary>
/// <param name="Outcome"><c>opened</c>, <c>duplicate</c> or <c>quarantined</c>.</param>
/// <param name="MessageId">The Message-ID header without angle brackets, if it had one.</param>
/// <param name="CaseId">The case opened, or the one it was recorded on; null when quarantined.</param>
/// <param name="Reason">Why it was quarantined, or why it counts as a duplicate.</param>
public sealed record MailboxMessageRecord(string Mailbox, uint UidValidity, uint Uid, string? MessageId, string Outcome, string? CaseId, string? Reason, DateTime HandledAt)
{
    public const string Opened = "opened";
    public const string Duplicate = "duplicate";
    public const string Quarantined = "quarantined";

    /// <summary>Set once the message was moved out of the watched folder.</summary>
    public bool Moved { get; init; }
}

/// <summary>
/// The mailbox watcher's memory, in the case database: a message handled but not yet moved (the host stopped in
/// between) is moved on the next start rather than handled again; the same Message-ID arriving again finds its case.
/// </summary>
public interface IMailboxLedger
{
    Task<MailboxCursor?> GetCursorAsync(string mailbox, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MailboxCursor>> CursorsAsync(CancellationToken cancellationToken = default);

    Task SaveCursorAsync(MailboxCursor cursor, CancellationToken cancellationToken = default);

    Task<MailboxMessageRecord?> FindAsync(string mailbox, uint uidValidity, uint uid, CancellationToken cancellationToken = default);

    /// <summary>The earliest message with this Message-ID that is on a case, in any mailbox.</summary>
    Task<MailboxMessageRecord?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the record of that mailbox, folder generation and UID.</summary>
    Task RecordAsync(MailboxMessageRecord message, CancellationToken cancellationToken = default);

    /// <summary>The latest records, newest first.</summary>
    Task<IReadOnlyList<MailboxMessageRecord>> RecentAsync(string mailbox, int limit, CancellationToken cancellationToken = default);
}
