using TriageBot.Triage.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>The engine's priority rule, applied to a case after a human changed its flags: P0 a life at risk,
/// P1 a child-safety matter, P2 a legal deadline within the window, P3 everything else.</summary>
public static class CasePriority
{
    public static Priority Derive(IReadOnlyCollection<string> flags, DateTime? legalDeadline, DateTime now, int deadlineWindowDays)
    {
        if (flags.Contains(CaseFlags.Emergency)) return Priority.P0;
        if (flags.Contains(CaseFlags.Ncmec)) return Priority.P1;
        if (legalDeadline is { } deadline && deadline.Date <= now.Date.AddDays(deadlineWindowDays)) return Priority.P2;
        return Priority.P3;
    }
}
