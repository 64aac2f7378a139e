using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Scheduling;

/// <summary>
/// The few clear, non-personal fields of a case that decide its reminders, read from the stored document
/// without opening its sealed part, with who was reminded of each kind on the team's current day (the once-a-day rule).
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
    public IReadOnlyDictionary<ReminderKind, ReminderMark> Sent { get; init; } = new Dictionary<ReminderKind, ReminderMark>();

    /// <summary>These facts after <paramref name="sent"/> reached its member.</summary>
    public ReminderFacts After(SentReminder sent)
    {
        var marks = new Dictionary<ReminderKind, ReminderMark>(Sent)
        {
            [sent.Kind] = ReminderMark.After(Sent.GetValueOrDefault(sent.Kind), sent.Member, sent.At, sent.Until),
        };
        return this with { Sent = marks };
    }

    public static ReminderFacts Of(CaseRecord c) => new(c.Id, c.Status, c.Priority, c.ProcessType, c.ReceivedAt, c.DueAt, c.AcknowledgedAt,
        c.LegalDeadline, c.PreservationExpiresAt, c.PreservationExtendedAt, c.NonDisclosureUntil, c.Assignee);
}
