using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;

namespace TriageBot.Cases.Scheduling;

/// <summary>
/// What needs a nudge at a given time (<see cref="ReminderRules"/>), addressed to the assignee or else the
/// on-call primary. Reads only the candidates the store's reminder indexes give, from clear fields: no request
/// text is decrypted and no audit trail read.
/// </summary>
public sealed class ReminderFinder(ICaseStore store, OnCallSchedule onCall, CasesOptions options)
{
    /// <summary>Everything due at <paramref name="at"/>, whether or not it was sent today (the <c>remind</c>
    /// command and <c>triagebot reminders</c>).</summary>
    public Task<IReadOnlyList<Reminder>> DueAtAsync(DateTime at, CancellationToken cancellationToken = default) =>
        FindAsync(at, unsentOnly: false, cancellationToken);

    /// <summary>What is due at <paramref name="at"/> and was not yet sent to its member that team day (the sweep).</summary>
    public Task<IReadOnlyList<Reminder>> UnsentAtAsync(DateTime at, CancellationToken cancellationToken = default) =>
        FindAsync(at, unsentOnly: true, cancellationToken);

    private async Task<IReadOnlyList<Reminder>> FindAsync(DateTime at, bool unsentOnly, CancellationToken cancellationToken)
    {
        at = TimeWording.Utc(at);
        var warning = TimeSpan.FromDays(options.ExpiryWarningDays);
        var clock = TeamClock.For(options);
        var shift = await onCall.WhoIsOnCallAsync(at, cancellationToken).ConfigureAwait(false);
        // Cases reminded today wait in the index until the team's day ends. After a hand-over (the primary now is
        // not the one of a day ago) the unassigned ones among them are due to the new primary: read them too. On
        // other days the sweep reads only what fell due.
        DateTime? deferredUntil = null;
        if (unsentOnly && shift.Primary is { } primary
            && !string.Equals((await onCall.WhoIsOnCallAsync(at.AddDays(-1), cancellationToken).ConfigureAwait(false)).Primary, primary, StringComparison.OrdinalIgnoreCase))
            deferredUntil = clock.DayEnds(at);
        var candidates = await store.FindReminderCandidatesAsync(at, warning, unsentOnly, deferredUntil, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0) return [];
        var reminders = candidates.SelectMany(c => unsentOnly
            ? ReminderRules.UnsentAt(c, at, warning, c.Assignee ?? shift.Primary, clock)
            : ReminderRules.DueAt(c, at, warning, c.Assignee ?? shift.Primary, clock));
        return [.. reminders.OrderBy(r => r.DueAt).ThenBy(r => r.CaseId, StringComparer.Ordinal).ThenBy(r => r.Kind)];
    }
}
