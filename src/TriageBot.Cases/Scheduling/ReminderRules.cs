using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Scheduling;

/// <summary>
/// What is due about one case at a given time, and when its next unsent reminder falls due. Answered cases
/// (responded, rejected) and cases waiting on the agency (awaiting_info) are not nagged about SLA or deadlines
/// (<see cref="Overdue"/>); preservation holds and non-disclosure orders are reported on every case not
/// withdrawn, as they run on after a case is closed. Each kind of reminder goes out at most once per team day to
/// each member (<see cref="ReminderMark"/>).
/// </summary>
public static class ReminderRules
{
    public static readonly TimeSpan LegalDeadlineWarning = TimeSpan.FromDays(2);

    /// <summary>The reminders due at <paramref name="at"/>, addressed to <paramref name="notify"/>, whether or
    /// not they were sent today.</summary>
    public static IEnumerable<Reminder> DueAt(ReminderFacts c, DateTime at, TimeSpan warning, string? notify, TeamClock clock)
    {
        string When(DateTime t) => clock.At(t, at);
        if (c.Status == CaseStatus.Withdrawn) yield break;
        var label = $"{c.CaseId} ({c.Priority} {c.ProcessType.ToWireName()})";

        if (Overdue.Is(c.Status, c.DueAt, at))
            yield return new(ReminderKind.SlaBreach, c.CaseId, notify, c.DueAt,
                $"{label} is {TimeWording.Duration(at - c.DueAt)} past its SLA due time {When(c.DueAt)}.");
        if (c.Status.AwaitsUs() && c.Priority == Priority.P0 && c.AcknowledgedAt is null && c.ReceivedAt <= at)
            yield return new(ReminderKind.UnacknowledgedP0, c.CaseId, notify, c.DueAt,
                $"{label} has not been acknowledged for {TimeWording.Duration(at - c.ReceivedAt)} (received {When(c.ReceivedAt)}).");
        if (c.Status.AwaitsUs() && c.LegalDeadline is { } deadline && deadline - at <= LegalDeadlineWarning)
            yield return new(ReminderKind.LegalDeadline, c.CaseId, notify, deadline, deadline > at
                ? $"{label}: the agency's response deadline {When(deadline)} is in {TimeWording.Duration(deadline - at)}."
                : $"{label}: the agency's response deadline {When(deadline)} passed {TimeWording.Duration(at - deadline)} ago.");

        if (c.PreservationExpiresAt is { } expires && EndsWithin(expires, at, warning))
            yield return new(ReminderKind.PreservationExpiring, c.CaseId, notify, expires, c.PreservationExtendedAt is { } extended
                ? $"Preservation hold on {c.CaseId} expires {When(expires)} (in {TimeWording.Duration(expires - at)}); it was extended on {clock.Day(extended)} and cannot be extended again."
                : $"Preservation hold on {c.CaseId} expires {When(expires)} (in {TimeWording.Duration(expires - at)}); an extension can be requested once.");
        if (c.NonDisclosureUntil is { } until && EndsWithin(until, at, warning))
            yield return new(ReminderKind.NonDisclosureEnding, c.CaseId, notify, until,
                $"Non-disclosure order on {c.CaseId} ends {When(until)} (in {TimeWording.Duration(until - at)}); user notice may then be due.");
    }

    /// <summary>Due at <paramref name="at"/> and not yet sent on that team day to <paramref name="notify"/>: the
    /// case's assignee, or (nobody's) the on-call primary now, so after a hand-over the new primary gets it too.</summary>
    public static IEnumerable<Reminder> UnsentAt(ReminderFacts c, DateTime at, TimeSpan warning, string? notify, TeamClock clock) =>
        DueAt(c, at, warning, notify, clock).Where(r => !(c.Sent.TryGetValue(r.Kind, out var mark) && (c.Assignee is null ? mark.CoversOnCall(notify, at) : mark.Covers(c.Assignee, at))));

    /// <summary>When the first reminder that needs us to act (SLA, unacknowledged P0, legal deadline) falls due;
    /// null when the next move is not ours. Indexed, so "due at T" is one range.</summary>
    public static DateTime? AwaitsFrom(ReminderFacts c) => AwaitingWindows(c).Select(w => (DateTime?)w.From).Min();

    /// <summary>When the next of those reminders not yet sent to the current assignee falls due: its start, or
    /// the start of the team's next day when the assignee already had it today. Indexed, so a sweep reads only
    /// cases with something to send.</summary>
    public static DateTime? NextUnsent(ReminderFacts c) => AwaitingWindows(c)
        .Select(w => (DateTime?)(c.Sent.TryGetValue(w.Kind, out var mark) && mark.Reaches(c.Assignee) ? Max(w.From, mark.Until) : w.From))
        .Min();

    /// <summary>Holds and orders are reminded about from <paramref name="warning"/> before they end until they end.</summary>
    public static bool EndsWithin(DateTime end, DateTime at, TimeSpan warning) => end > at && end - at <= warning;

    private static IEnumerable<(ReminderKind Kind, DateTime From)> AwaitingWindows(ReminderFacts c)
    {
        if (!c.Status.AwaitsUs()) yield break;
        yield return (ReminderKind.SlaBreach, c.DueAt);
        if (c.Priority == Priority.P0 && c.AcknowledgedAt is null) yield return (ReminderKind.UnacknowledgedP0, c.ReceivedAt);
        if (c.LegalDeadline is { } deadline) yield return (ReminderKind.LegalDeadline, deadline - LegalDeadlineWarning);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
