using TriageBot.Triage.Assessment;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>The engine's priority rule, applied to a case after a human changed its flags: P0 a life at risk,
/// P1 a child-safety matter, P2 a legal deadline within the window, P3 everything else.</summary>
public static class CasePriority
{
    public static Priority Derive(IReadOnlyCollection<string> flags, DateTime? legalDeadline, DateTime now, int deadlineWindowDays) =>
        PriorityRules.Of(
            flags.Contains(CaseFlags.Emergency),
            flags.Contains(CaseFlags.Ncmec),
            legalDeadline is { } deadline ? DateOnly.FromDateTime(deadline) : null,
            DateOnly.FromDateTime(now),
            deadlineWindowDays);
}
