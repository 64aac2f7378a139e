using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>
/// Moves cases through their life (<see cref="CaseTransitions"/>) and records human corrections, notes and
/// acknowledgements. Every change is written with the version read and explained in the audit trail.
/// </summary>
public sealed class CaseWorkflow
{
    private readonly ICaseStore _store;
    private readonly CasesOptions _options;
    private readonly CaseWriter _writer;
    private readonly int _deadlineWindowDays;

    /// <param name="triagePolicy">Supplies the deadline window used when a correction re-derives the priority
    /// (default 7 days, as the engine).</param>
    public CaseWorkflow(ICaseStore store, CasesOptions options, TimeProvider time, TriagePolicy? triagePolicy = null)
    {
        _store = store;
        _options = options;
        _writer = new CaseWriter(store, time, TeamClock.For(options));
        _deadlineWindowDays = (triagePolicy ?? new TriagePolicy()).DeadlineWindowDays;
    }

    public Task<CaseRecord> GetAsync(string caseId, CancellationToken cancellationToken = default) =>
        _writer.GetAsync(caseId, cancellationToken);

    /// <summary>The moves open to the case now: the table, with <c>awaiting_info</c> narrowed to the state it came from.</summary>
    public async Task<IReadOnlyList<CaseStatus>> AllowedMovesAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var current = await _writer.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        var returnTo = await ReturnStateAsync(current, cancellationToken).ConfigureAwait(false);
        return Allowed(current.Status, returnTo);
    }

    /// <summary>
    /// Changes the status. Responded needs the <paramref name="outcome"/> (what was produced); rejected records
    /// <see cref="ResponseOutcome.Rejected"/> and withdrawn <see cref="ResponseOutcome.Withdrawn"/>. Assigned needs
    /// an assignee: use <see cref="CaseAssignment"/> to assign.
    /// </summary>
    public Task<CaseRecord> MoveAsync(string caseId, CaseStatus to, string actor, string? reason = null,
        ResponseOutcome? outcome = null, CancellationToken cancellationToken = default) =>
        _writer.ChangeAsync(caseId, async (c, now, ct) =>
        {
            if (c.Status == to) return null;
            var allowed = Allowed(c.Status, await ReturnStateAsync(c, ct).ConfigureAwait(false));
            if (!allowed.Contains(to))
                throw new CaseRuleException(c.Id, $"Cannot move {c.Id} from {c.Status.ToWireName()} to {to.ToWireName()}; allowed: {Describe(allowed)}.");
            if (to == CaseStatus.Assigned && c.Assignee is null)
                throw new CaseRuleException(c.Id, $"{c.Id} has no assignee; assign it to a reviewer to move it to assigned.");

            var recorded = outcome;
            switch (to)
            {
                case CaseStatus.Responded when outcome is not (ResponseOutcome.ContentProduced or ResponseOutcome.NonContentProduced or ResponseOutcome.NoDataFound):
                    throw new CaseRuleException(c.Id, $"Say what was produced to mark {c.Id} responded: ContentProduced, NonContentProduced or NoDataFound.");
                case CaseStatus.Rejected:
                    recorded = ResponseOutcome.Rejected;
                    break;
                case CaseStatus.Withdrawn:
                    recorded = ResponseOutcome.Withdrawn;
                    break;
                case not CaseStatus.Responded when outcome is not null:
                    throw new CaseRuleException(c.Id, $"An outcome is recorded only when {c.Id} is marked responded.");
            }
            if (to is CaseStatus.Rejected or CaseStatus.Withdrawn && string.IsNullOrWhiteSpace(reason))
                throw new CaseRuleException(c.Id, $"Give a reason to mark {c.Id} {to.ToWireName()}.");

            var updated = c with
            {
                Status = to,
                Outcome = recorded ?? c.Outcome,
                RespondedAt = to is CaseStatus.Responded or CaseStatus.Rejected ? now : c.RespondedAt,
                // Withdrawn cases end here too: ClosedAt is what retention counts from.
                ClosedAt = to is CaseStatus.Closed or CaseStatus.Withdrawn ? now : c.ClosedAt,
            };
            var audit = new List<AuditEntry> { CaseAudit.StatusChange(c, actor, now, to, reason) };
            if (recorded != c.Outcome && recorded is not null)
                audit.Add(CaseAudit.Entry(c, actor, now, CaseAudit.Outcome, "outcome", c.Outcome?.ToString(), recorded.ToString(), reason));
            return new CaseEdit(updated, audit);
        }, cancellationToken);

    /// <summary>A reviewer says the engine got the process type wrong. A case that becomes a preservation
    /// request holds from the request's date as the triage read it (else from when it was received).</summary>
    public Task<CaseRecord> CorrectProcessTypeAsync(string caseId, LegalProcessType type, string actor, string reason, CancellationToken cancellationToken = default) =>
        CorrectAsync(caseId, actor, reason, (c, now) =>
        {
            if (c.ProcessType == type) return null;
            var audit = new List<AuditEntry> { CaseAudit.Entry(c, actor, now, CaseAudit.Corrected, "process_type", c.ProcessType.ToWireName(), type.ToWireName(), reason) };
            var expires = c.PreservationExpiresAt;
            if (type == LegalProcessType.Preservation && expires is null)
                expires = CaseClock.PreservationEndsAt(_options, StoredRequestDate(c.TriageJson), c.ReceivedAt, c.Flags.Contains(CaseFlags.Ncmec));
            else if (c.ProcessType == LegalProcessType.Preservation && c.PreservationExtendedAt is null)
                expires = null; // not a hold after all; an extended hold was asked for and stays
            if (expires != c.PreservationExpiresAt)
                audit.Add(CaseAudit.Entry(c, actor, now, CaseAudit.Corrected, "preservation_expires_at", Show(c.PreservationExpiresAt), Show(expires), reason));
            return new CaseEdit(c with { ProcessType = type, PreservationExpiresAt = expires }, audit);
        }, cancellationToken);

    /// <summary>A reviewer sets the priority by hand; the SLA due time is counted again from now.</summary>
    public Task<CaseRecord> CorrectPriorityAsync(string caseId, Priority priority, string actor, string reason, CancellationToken cancellationToken = default) =>
        CorrectAsync(caseId, actor, reason, (c, now) =>
            c.Priority == priority ? null : Reprioritise(c, c.Flags, priority, actor, reason, now, []), cancellationToken);

    /// <summary>A reviewer says the case is (or is not) an emergency: the flag is added or removed and the
    /// priority and due time are derived again.</summary>
    public Task<CaseRecord> MarkEmergencyAsync(string caseId, bool emergency, string actor, string reason, CancellationToken cancellationToken = default) =>
        CorrectAsync(caseId, actor, reason, (c, now) =>
        {
            if (c.Flags.Contains(CaseFlags.Emergency) == emergency) return null;
            List<string> flags = emergency ? [.. c.Flags, CaseFlags.Emergency] : [.. c.Flags.Where(f => f != CaseFlags.Emergency)];
            var flagEntry = CaseAudit.Entry(c, actor, now, CaseAudit.Corrected, CaseFlags.Emergency,
                emergency ? "false" : "true", emergency ? "true" : "false", reason);
            var priority = CasePriority.Derive(flags, c.LegalDeadline, now, _deadlineWindowDays);
            return Reprioritise(c, flags, priority, actor, reason, now, [flagEntry]);
        }, cancellationToken);

    /// <summary>An urgent case is opened (and paged) at the first reading; the intake's answers complete that
    /// reading afterwards, so the stored reading (fields, missing fields) becomes the completed one. Type, flags
    /// and priority are corrected by their own audited calls; the answers themselves are audited as the intake's note.</summary>
    public Task<CaseRecord> CompleteReadingAsync(string caseId, string source, TriageResult completed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var json = System.Text.Json.JsonSerializer.Serialize(Triage.Serialization.TriageJson.ToJson(source, completed), Triage.Serialization.TriageJson.Options);
        return _writer.ChangeAsync(caseId, (c, _) => c.TriageJson == json ? null : new CaseEdit(c with { TriageJson = json }, []), cancellationToken);
    }

    /// <summary>Adds a note to the audit trail; the case itself does not change.</summary>
    public async Task<AuditEntry> AddNoteAsync(string caseId, string actor, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new CaseRuleException(caseId, "A note needs some text.");
        var current = await _writer.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        return await _store.AppendAuditAsync(CaseAudit.Entry(current, actor, _writer.Now, CaseAudit.Note, newValue: text.Trim()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A human has seen the case (a P0 page answered). Only the first acknowledgement counts.</summary>
    public Task<CaseRecord> AcknowledgeAsync(string caseId, string actor, CancellationToken cancellationToken = default) =>
        _writer.ChangeAsync(caseId, (c, now) => c.AcknowledgedAt is not null
            ? null
            : new CaseEdit(c with { AcknowledgedAt = now }, [CaseAudit.Entry(c, actor, now, CaseAudit.Acknowledged, "acknowledged_at", null, Show(now))]),
            cancellationToken);

    private Task<CaseRecord> CorrectAsync(string caseId, string actor, string reason, Func<CaseRecord, DateTime, CaseEdit?> edit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new CaseRuleException(caseId, "A correction needs a reason: say why the engine's conclusion was wrong.");
        return _writer.ChangeAsync(caseId, (c, now) =>
        {
            if (!c.Status.IsOpen())
                throw new CaseRuleException(c.Id, $"{c.Id} is {c.Status.ToWireName()}; a finished case cannot be corrected.");
            return edit(c, now);
        }, cancellationToken);
    }

    private CaseEdit Reprioritise(CaseRecord c, List<string> flags, Priority priority, string actor, string reason, DateTime now, List<AuditEntry> audit)
    {
        var due = CaseClock.DueAt(_options, priority, now, c.LegalDeadline);
        if (priority != c.Priority)
            audit.Add(CaseAudit.Entry(c, actor, now, CaseAudit.Corrected, "priority", c.Priority.ToString(), priority.ToString(), reason));
        if (due != c.DueAt)
            audit.Add(CaseAudit.Entry(c, actor, now, CaseAudit.Corrected, "due_at", Show(c.DueAt), Show(due), reason));
        return new CaseEdit(c with { Flags = flags, Priority = priority, DueAt = due }, audit);
    }

    /// <summary>The state the case entered awaiting_info from: the old value of the last status entry into it.</summary>
    private async Task<CaseStatus?> ReturnStateAsync(CaseRecord c, CancellationToken cancellationToken)
    {
        if (c.Status != CaseStatus.AwaitingInfo) return null;
        var trail = await _store.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false);
        var entry = trail.LastOrDefault(e => e.Action == CaseAudit.Status && e.NewValue == CaseStatus.AwaitingInfo.ToWireName());
        return CaseStatusNames.TryParse(entry?.OldValue, out var from) && CaseTransitions.AwaitingInfoReturns.Contains(from) ? from : null;
    }

    private static IReadOnlyList<CaseStatus> Allowed(CaseStatus status, CaseStatus? returnTo) =>
        status == CaseStatus.AwaitingInfo
            ? [.. CaseTransitions.From(status).Where(s => s == CaseStatus.Withdrawn || s == returnTo)]
            : CaseTransitions.From(status);

    private static string Describe(IReadOnlyList<CaseStatus> allowed) =>
        allowed.Count == 0 ? "none (the case is finished)" : string.Join(", ", allowed.Select(s => s.ToWireName()));

    /// <summary>The request's date as the triage read it (<c>requestDate</c> in the stored triage JSON), if any.</summary>
    private static DateOnly? StoredRequestDate(string triageJson)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(triageJson);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("requestDate", out var date) && date.ValueKind == System.Text.Json.JsonValueKind.String
                && DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                ? day : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // stored before the triage kept the date, or not a triage result at all
        }
    }

    private static string? Show(DateTime? at) => at is { } t ? t.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : null;
}
