using TriageBot.Triage.Model;

namespace TriageBot.Triage.Assessment;

/// <summary>P0 a life at risk, P1 a child-safety matter, P2 a deadline inside the window, P3 everything else.</summary>
public static class PriorityRules
{
    /// <summary>The rule itself, also applied by the case desk when a person corrects a case's flags.</summary>
    public static Priority Of(bool emergency, bool ncmec, DateOnly? deadline, DateOnly today, int windowDays) =>
        emergency ? Priority.P0
        : ncmec ? Priority.P1
        : deadline is { } d && d.DayNumber - today.DayNumber <= windowDays ? Priority.P2
        : Priority.P3;

    /// <summary>Which deadline may set a priority. Issue 11 round 12: a text that serves no process (a journalist's
    /// questions) may state a date it wants answers by; that is its writer's deadline, not a legal one. Round 23: a
    /// request to extend a preservation must be acted on before the earlier hold lapses ("your 90-day hold expires on
    /// December 21"): that day binds as much as a return date. The engine's first reading and the case desk's
    /// corrections both take the deadline from here.</summary>
    public static DateOnly? LegalDeadline(RequestFields fields, bool servesNoProcess) =>
        servesNoProcess ? null
        : fields.ResponseDeadline is { } due && fields.PreservationHoldEnds is { } lapses ? (lapses < due ? lapses : due)
        : fields.ResponseDeadline ?? fields.PreservationHoldEnds;

    internal static (Priority Priority, List<string> Reasons) Decide(TriageFlags flags, RequestFields fields, bool servesNoProcess, DateOnly today, int windowDays, string? emergencyNature)
    {
        var reasons = new List<string>();
        if (flags.Emergency)
            reasons.Add($"emergency: {emergencyNature ?? "danger of death or serious physical injury"}");
        if (flags.Ncmec)
            reasons.Add(fields.NcmecReportIds.Count > 0
                ? $"child safety: NCMEC CyberTipline report {string.Join(", ", fields.NcmecReportIds)}"
                : "child safety: child sexual exploitation matter");
        var legal = LegalDeadline(fields, servesNoProcess);
        if (legal is { } deadline && deadline.DayNumber - today.DayNumber <= windowDays)
        {
            var what = deadline == fields.ResponseDeadline ? "response deadline" : "the preservation hold to extend ends";
            reasons.Add(deadline < today
                ? $"{what} {deadline:yyyy-MM-dd} has passed"
                : $"{what} {deadline:yyyy-MM-dd} is within {windowDays} days");
        }

        var priority = Of(flags.Emergency, flags.Ncmec, legal, today, windowDays);
        if (priority == Priority.P3) reasons.Add("routine: no emergency, no child-safety matter, no near deadline");
        return (priority, reasons);
    }
}
