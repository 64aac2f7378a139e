using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Scheduling;

public enum ReminderKind
{
    /// <summary>An open case is past its SLA due time.</summary>
    SlaBreach,
    /// <summary>A P0 case nobody has acknowledged yet.</summary>
    UnacknowledgedP0,
    /// <summary>A preservation hold ends within the warning window.</summary>
    PreservationExpiring,
    /// <summary>A non-disclosure order ends within the warning window: user notice may then be due.</summary>
    NonDisclosureEnding,
    /// <summary>The agency's response deadline is within two days (or has passed) and the case is unanswered.</summary>
    LegalDeadline,
}

/// <summary>Something someone must do about a case.</summary>
/// <param name="Notify">The assignee, or the on-call primary when nobody holds the case (null if neither).</param>
/// <param name="DueAt">When the thing falls due (or fell due).</param>
public sealed record Reminder(ReminderKind Kind, string CaseId, string? Notify, DateTime DueAt, string Message);

/// <summary>
/// What needs a nudge at a given time. Answered cases (responded, rejected) and cases waiting on the agency
/// (awaiting_info) are not nagged about SLA or deadlines; preservation holds and non-disclosure orders are
/// reported on every case not withdrawn, as they run on after a case is closed.
/// </summary>
public sealed class ReminderFinder(ICaseStore store, OnCallSchedule onCall, CasesOptions options)
{
    private static readonly TimeSpan LegalDeadlineWarning = TimeSpan.FromDays(2);

    public async Task<IReadOnlyList<Reminder>> DueAtAsync(DateTime at, CancellationToken cancellationToken = default)
    {
        at = TimeWording.Utc(at);
        var cases = await store.QueryAsync(new CaseQuery { Order = CaseOrder.DueSoonestFirst }, cancellationToken).ConfigureAwait(false);
        var shift = await onCall.WhoIsOnCallAsync(at, cancellationToken).ConfigureAwait(false);
        var warning = TimeSpan.FromDays(options.ExpiryWarningDays);
        var reminders = new List<Reminder>();

        foreach (var c in cases.Where(c => c.Status != CaseStatus.Withdrawn))
        {
            void Add(ReminderKind kind, DateTime due, string message) => reminders.Add(new Reminder(kind, c.Id, c.Assignee ?? shift.Primary, due, message));
            var label = $"{c.Id} ({c.Priority} {c.ProcessType.ToWireName()})";

            if (AwaitsUs(c.Status))
            {
                if (c.DueAt <= at)
                    Add(ReminderKind.SlaBreach, c.DueAt, $"{label} is {TimeWording.Duration(at - c.DueAt)} past its SLA due time {TimeWording.At(c.DueAt)}.");
                if (c.Priority == Priority.P0 && c.AcknowledgedAt is null)
                    Add(ReminderKind.UnacknowledgedP0, c.DueAt, $"{label} has not been acknowledged for {TimeWording.Duration(at - c.ReceivedAt)} (received {TimeWording.At(c.ReceivedAt)}).");
                if (c.LegalDeadline is { } deadline && deadline - at <= LegalDeadlineWarning)
                    Add(ReminderKind.LegalDeadline, deadline, deadline > at
                        ? $"{label}: the agency's response deadline {TimeWording.At(deadline)} is in {TimeWording.Duration(deadline - at)}."
                        : $"{label}: the agency's response deadline {TimeWording.At(deadline)} passed {TimeWording.Duration(at - deadline)} ago.");
            }

            if (c.PreservationExpiresAt is { } expires && expires > at && expires - at <= warning)
                Add(ReminderKind.PreservationExpiring, expires, c.PreservationExtendedAt is { } extended
                    ? $"Preservation hold on {c.Id} expires {TimeWording.At(expires)} (in {TimeWording.Duration(expires - at)}); it was extended on {TimeWording.Date(extended)} and cannot be extended again."
                    : $"Preservation hold on {c.Id} expires {TimeWording.At(expires)} (in {TimeWording.Duration(expires - at)}); an extension can be requested once.");

            if (c.NonDisclosureUntil is { } until && until > at && until - at <= warning)
                Add(ReminderKind.NonDisclosureEnding, until,
                    $"Non-disclosure order on {c.Id} ends {TimeWording.At(until)} (in {TimeWording.Duration(until - at)}); user notice may then be due.");
        }

        return [.. reminders.OrderBy(r => r.DueAt).ThenBy(r => r.CaseId, StringComparer.Ordinal).ThenBy(r => r.Kind)];
    }

    /// <summary>The next move is ours: not answered yet and not waiting on the agency.</summary>
    private static bool AwaitsUs(CaseStatus status) =>
        status is CaseStatus.New or CaseStatus.Triaged or CaseStatus.Assigned or CaseStatus.InReview;
}
