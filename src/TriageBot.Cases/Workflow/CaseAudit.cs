using TriageBot.Cases.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>The audit entries the case services write, spelled the same way everywhere.</summary>
internal static class CaseAudit
{
    public const string Status = "status";
    public const string Assigned = "assigned";
    public const string Unassigned = "unassigned";
    public const string Corrected = "corrected";
    public const string Outcome = "outcome";
    public const string Note = "note";
    public const string Acknowledged = "acknowledged";
    public const string DuplicateReceived = "duplicate_received";
    public const string FollowUpReceived = "follow_up_received";
    public const string PreservationExtended = "preservation_extended";

    public static AuditEntry Entry(CaseRecord c, string actor, DateTime at, string action,
        string? field = null, string? oldValue = null, string? newValue = null, string? reason = null) => new()
    {
        CaseId = c.Id,
        At = at,
        Actor = actor,
        Action = action,
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
        Reason = reason,
    };

    public static AuditEntry StatusChange(CaseRecord c, string actor, DateTime at, CaseStatus to, string? reason) =>
        Entry(c, actor, at, Status, "status", c.Status.ToWireName(), to.ToWireName(), reason);
}
