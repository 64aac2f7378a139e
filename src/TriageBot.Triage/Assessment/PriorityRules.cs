using TriageBot.Triage.Model;

namespace TriageBot.Triage.Assessment;

/// <summary>P0 a life at risk, P1 a child-safety matter, P2 a deadline inside the window, P3 everything else.</summary>
internal static class PriorityRules
{
    public static (Priority Priority, List<string> Reasons) Decide(TriageFlags flags, RequestFields fields, DateOnly today, int windowDays, string? emergencyNature)
    {
        var reasons = new List<string>();
        if (flags.Emergency)
            reasons.Add($"emergency: {emergencyNature ?? "danger of death or serious physical injury"}");
        if (flags.Ncmec)
            reasons.Add(fields.NcmecReportIds.Count > 0
                ? $"child safety: NCMEC CyberTipline report {string.Join(", ", fields.NcmecReportIds)}"
                : "child safety: child sexual exploitation matter");
        if (fields.ResponseDeadline is { } deadline && deadline.DayNumber - today.DayNumber <= windowDays)
            reasons.Add(deadline < today
                ? $"response deadline {deadline:yyyy-MM-dd} has passed"
                : $"response deadline {deadline:yyyy-MM-dd} is within {windowDays} days");

        var priority = flags.Emergency ? Priority.P0
            : flags.Ncmec ? Priority.P1
            : reasons.Count > 0 ? Priority.P2
            : Priority.P3;
        if (priority == Priority.P3) reasons.Add("routine: no emergency, no child-safety matter, no near deadline");
        return (priority, reasons);
    }
}
