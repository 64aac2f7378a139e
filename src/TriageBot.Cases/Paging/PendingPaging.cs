using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Paging;

/// <summary>
/// Paging where no pager runs (the command line, while <c>triagebot serve</c> is down: one process owns the
/// database). The escalation is stored as pending, due at once, and the audit trail says the case is not paged
/// yet; the host's escalation clock pages it at its first tick.
/// </summary>
public sealed class PendingPaging(ICaseStore store, IEscalationStore escalations, OnCallSchedule onCall, TimeProvider time) : IEmergencyPaging
{
    public async Task<PagingReport> PageAsync(PagingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var c = await store.GetAsync(call.CaseId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"No case {call.CaseId}.", nameof(call));
        if (!PageFacts.IsUrgent(c)) return new PagingReport(c.Id, PagingState.NotUrgent, [], []);
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = await PageFacts.NewEscalationAsync(c, call, onCall, now, cancellationToken).ConfigureAwait(false);
        var stored = await escalations.StartAsync(fresh with { Pending = true }, cancellationToken).ConfigureAwait(false);
        if (stored.Version == 1 && stored.Pending && stored.Pages.Count == 0)
        {
            await store.AppendAuditAsync(new AuditEntry
            {
                CaseId = c.Id, At = now, Actor = PagingAudit.Actor, Action = PagingAudit.Pending, Field = call.Source, NewValue = call.RequestedBy,
                Reason = "no pager runs here; paged when the host starts",
            }, cancellationToken).ConfigureAwait(false);
        }
        return new PagingReport(c.Id, stored.IsAcknowledged ? PagingState.Acknowledged : PagingState.Pending, [], []);
    }

    /// <summary>Stands a stored escalation down; the host updates any pages already sent at its next tick.</summary>
    public async Task<PagingReport?> StandDownAsync(string caseId, string actor, string reason, CancellationToken cancellationToken)
    {
        if (await escalations.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } e) return null;
        if (e.IsFinished) return new PagingReport(caseId, e.IsAcknowledged ? PagingState.Acknowledged : PagingState.StoodDown, [], []);
        var now = time.GetUtcNow().UtcDateTime;
        await store.AppendAuditAsync(new AuditEntry { CaseId = caseId, At = now, Actor = actor, Action = PagingAudit.StoodDown, Reason = reason }, cancellationToken).ConfigureAwait(false);
        await escalations.SaveAsync(e with { StoodDownAt = now, StoodDownBy = actor, StoodDownReason = reason, NextCheckAt = now }, e.Version, cancellationToken).ConfigureAwait(false);
        return new PagingReport(caseId, PagingState.StoodDown, [], []);
    }
}
