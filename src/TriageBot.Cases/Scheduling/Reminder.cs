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
