using TriageBot.Cases.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>Says in a few words how a case differs between two reads (for "someone else changed it" replies).</summary>
internal static class CaseChanges
{
    public static string Describe(CaseRecord before, CaseRecord after, TeamClock clock)
    {
        var parts = new List<string>();
        void Compare<T>(string what, T old, T now, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now)) parts.Add($"{what} {show(old)} → {show(now)}");
        }

        Compare("status", before.Status, after.Status, s => s.ToWireName());
        Compare("assignee", before.Assignee, after.Assignee, a => a ?? "nobody");
        Compare("priority", before.Priority, after.Priority, p => p.ToString());
        Compare("process type", before.ProcessType, after.ProcessType, t => Triage.Model.LegalProcessTypeNames.ToWireName(t));
        Compare("flags", string.Join(", ", before.Flags), string.Join(", ", after.Flags), f => f.Length == 0 ? "none" : f);
        Compare("outcome", before.Outcome, after.Outcome, o => o?.ToString() ?? "none");
        Compare("acknowledged", before.AcknowledgedAt, after.AcknowledgedAt, a => a is { } at ? clock.At(at) : "no");
        Compare("preservation extended", before.PreservationExtendedAt, after.PreservationExtendedAt, a => a is { } at ? clock.At(at) : "no");
        return parts.Count == 0 ? "version " + before.Version + " → " + after.Version : string.Join("; ", parts);
    }
}
