using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Scheduling;

/// <summary>
/// The few clear, non-personal fields of a case that decide its reminders, read from the stored document
/// without opening its sealed part, with the UTC day each kind of reminder was last sent (the once-a-day rule).
/// </summary>
public sealed record ReminderFacts(
    string CaseId,
    CaseStatus Status,
    Priority Priority,
    LegalProcessType ProcessType,
    DateTime ReceivedAt,
    DateTime DueAt,
    DateTime? AcknowledgedAt,
    DateTime? LegalDeadline,
    DateTime? PreservationExpiresAt,
    DateTime? PreservationExtendedAt,
    DateTime? NonDisclosureUntil,
    string? Assignee)
{
    public IReadOnlyDictionary<ReminderKind, DateOnly> SentOn { get; init; } = new Dictionary<ReminderKind, DateOnly>();

    public static ReminderFacts Of(CaseRecord c) => new(c.Id, c.Status, c.Priority, c.ProcessType, c.ReceivedAt, c.DueAt, c.AcknowledgedAt,
        c.LegalDeadline, c.PreservationExpiresAt, c.PreservationExtendedAt, c.NonDisclosureUntil, c.Assignee);
}
