using TriageBot.Cases.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>
/// The one definition of "overdue", used by the chat cards, the queue, the CLI and the reminders: past the SLA
/// due time while the next move is ours (<see cref="CaseStatusNames.AwaitsUs"/>). A case waiting on the agency or
/// already answered is not late, however old its due time. At the due time itself it is due, not yet overdue.
/// </summary>
public static class Overdue
{
    public static bool Is(CaseStatus status, DateTime dueAt, DateTime now) => status.AwaitsUs() && dueAt < now;

    public static bool Is(CaseRecord c, DateTime now) => Is(c.Status, c.DueAt, now);
}
