using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Services;

/// <summary>
/// The real store, with another writer slipped in between a service's read and its first write: the only way to
/// make "someone else changed it meanwhile" happen every time rather than by luck. Everything else passes through.
/// </summary>
internal sealed class MeanwhileStore(ICaseStore inner, Func<ICaseStore, Task> meanwhile) : ICaseStore
{
    private int _fired;

    public async Task<UpdateOutcome> UpdateAsync(CaseRecord updated, int expectedVersion, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _fired, 1) == 0) await meanwhile(inner);
        return await inner.UpdateAsync(updated, expectedVersion, audit, cancellationToken);
    }

    public Task<CaseRecord> CreateAsync(CaseRecord draft, string actor, CancellationToken cancellationToken = default) => inner.CreateAsync(draft, actor, cancellationToken);
    public Task<CaseRecord?> GetAsync(string caseId, CancellationToken cancellationToken = default) => inner.GetAsync(caseId, cancellationToken);
    public Task<AuditEntry> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default) => inner.AppendAuditAsync(entry, cancellationToken);
    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string caseId, CancellationToken cancellationToken = default) => inner.GetAuditAsync(caseId, cancellationToken);
    public Task<IReadOnlyList<CaseRecord>> QueryAsync(CaseQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);
    public Task<IReadOnlyList<CaseRecord>> FindDuplicatesAsync(string contentHash, string? agencyReference, string? requesterEmail, CancellationToken cancellationToken = default) =>
        inner.FindDuplicatesAsync(contentHash, agencyReference, requesterEmail, cancellationToken);
    public Task<int> PurgeAsync(DateTime closedBefore, string actor, CancellationToken cancellationToken = default) => inner.PurgeAsync(closedBefore, actor, cancellationToken);
    public Task<IReadOnlyList<ReminderFacts>> FindReminderCandidatesAsync(DateTime at, TimeSpan warning, bool unsentOnly, DateTime? deferredUntil = null, CancellationToken cancellationToken = default) =>
        inner.FindReminderCandidatesAsync(at, warning, unsentOnly, deferredUntil, cancellationToken);
    public Task RecordRemindersSentAsync(IReadOnlyList<SentReminder> sent, CancellationToken cancellationToken = default) => inner.RecordRemindersSentAsync(sent, cancellationToken);
    public Task<IReadOnlyList<OnCallOverride>> GetOnCallOverridesAsync(CancellationToken cancellationToken = default) => inner.GetOnCallOverridesAsync(cancellationToken);
    public Task SaveOnCallOverrideAsync(OnCallOverride entry, CancellationToken cancellationToken = default) => inner.SaveOnCallOverrideAsync(entry, cancellationToken);
}
