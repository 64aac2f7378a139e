using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Storage of cases, their audit trail and on-call overrides. Everything else uses this interface, so a server
/// database can replace LiteDB when a deployment needs several replicas; <see cref="LiteDbCaseStore"/> is the
/// only implementation today. Implementations must be safe for concurrent use by many request handlers.
/// </summary>
public interface ICaseStore
{
    /// <summary>Allocates the next case number for <c>draft.ReceivedAt.Year</c> (never reused, also across
    /// restarts and purges), inserts the case with Version 1 and its <c>opened</c> audit entry, atomically.
    /// The draft's Id, Year, Sequence and Version are ignored.</summary>
    Task<CaseRecord> CreateAsync(CaseRecord draft, string actor, CancellationToken cancellationToken = default);

    Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the case if its stored Version still equals <paramref name="expectedVersion"/>, storing it
    /// with Version + 1 and appending the audit entries, atomically. Otherwise nothing is written.</summary>
    Task<UpdateOutcome> UpdateAsync(CaseRecord updated, int expectedVersion, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default);

    /// <summary>Appends an entry that changes nothing on the case itself (a note, a page sent).</summary>
    Task<AuditEntry> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The case's audit trail, oldest first (tombstones included after a purge).</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string caseId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseRecord>> QueryAsync(CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>Cases with the same content hash, or the same agency reference from the same requester e-mail.</summary>
    Task<IReadOnlyList<CaseRecord>> FindDuplicatesAsync(string contentHash, string? agencyReference, string? requesterEmail, CancellationToken cancellationToken = default);

    /// <summary>What reminders need of every case that may have one due at <paramref name="at"/>: cases awaiting
    /// us whose first reminder is due by then (with <paramref name="unsentOnly"/>: whose next reminder not yet sent
    /// that day is), and preservation holds and non-disclosure orders ending within <paramref name="warning"/>.
    /// Read through indexes from clear fields only; <see cref="ReminderRules"/> decides what is actually due.
    /// With <paramref name="deferredUntil"/>, also the cases whose next unsent reminder was put off until then
    /// (sent today already): after an on-call hand-over, an unassigned case is due to the new primary.</summary>
    Task<IReadOnlyList<ReminderFacts>> FindReminderCandidatesAsync(DateTime at, TimeSpan warning, bool unsentOnly, DateTime? deferredUntil = null, CancellationToken cancellationToken = default);

    /// <summary>Notes reminders as sent: each case's audit entry and who was reminded until the team's day ends
    /// (<see cref="SentReminder.Until"/>), in one transaction, so a restart does not send them again that day.</summary>
    Task RecordRemindersSentAsync(IReadOnlyList<SentReminder> sent, CancellationToken cancellationToken = default);

    /// <summary>Deletes closed/withdrawn cases closed before the cut-off, leaving a <c>purged</c> audit tombstone
    /// for each (the rest of its audit trail stays). Returns how many were purged.</summary>
    Task<int> PurgeAsync(DateTime closedBefore, string actor, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OnCallOverride>> GetOnCallOverridesAsync(CancellationToken cancellationToken = default);

    Task SaveOnCallOverrideAsync(OnCallOverride entry, CancellationToken cancellationToken = default);
}

public abstract record UpdateOutcome
{
    private UpdateOutcome()
    {
    }

    public sealed record Updated(CaseRecord Case) : UpdateOutcome;

    /// <summary>Someone else changed the case first; this is what it is now.</summary>
    public sealed record Conflict(CaseRecord Current) : UpdateOutcome;

    public sealed record NotFound(string CaseId) : UpdateOutcome;
}

/// <summary>A filter over cases. Null members do not filter.</summary>
public sealed record CaseQuery
{
    public bool OpenOnly { get; init; }
    public IReadOnlyList<CaseStatus>? Statuses { get; init; }
    public string? Assignee { get; init; }
    public Triage.Model.LegalProcessType? ProcessType { get; init; }
    public Triage.Model.Priority? Priority { get; init; }
    /// <summary>Open cases whose DueAt is before this time.</summary>
    public DateTime? DueBefore { get; init; }
    public DateTime? ReceivedFrom { get; init; }
    public DateTime? ReceivedTo { get; init; }
    public CaseOrder Order { get; init; } = CaseOrder.PriorityThenAge;
    public int Limit { get; init; } = int.MaxValue;
}

public enum CaseOrder
{
    /// <summary>The queue: P0 first, then oldest received first.</summary>
    PriorityThenAge,
    ReceivedNewestFirst,
    DueSoonestFirst,
}
