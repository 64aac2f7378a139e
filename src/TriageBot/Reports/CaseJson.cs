using System.Text.Json;
using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Reports;

/// <summary>The JSON shapes of <c>--json</c> case output. The request text itself is never printed here.</summary>
public static class CaseJson
{
    public static object Summary(CaseRecord c) => new
    {
        id = c.Id,
        priority = c.Priority.ToString(),
        processType = c.ProcessType.ToWireName(),
        status = c.Status.ToWireName(),
        assignee = c.Assignee,
        agency = c.Requester.Agency,
        country = c.Requester.Country,
        flags = c.Flags,
        receivedAt = c.ReceivedAt,
        dueAt = c.DueAt,
        legalDeadline = c.LegalDeadline,
    };

    public static object Full(CaseRecord c, IReadOnlyList<AuditEntry> audit) => new
    {
        id = c.Id,
        priority = c.Priority.ToString(),
        processType = c.ProcessType.ToWireName(),
        status = c.Status.ToWireName(),
        flags = c.Flags,
        assignee = c.Assignee,
        assignedAt = c.AssignedAt,
        acknowledgedAt = c.AcknowledgedAt,
        receivedAt = c.ReceivedAt,
        sourceChannel = c.SourceChannel,
        submittedBy = c.SubmittedBy,
        requester = c.Requester,
        agencyReference = c.AgencyReference,
        dueAt = c.DueAt,
        legalDeadline = c.LegalDeadline,
        preservationExpiresAt = c.PreservationExpiresAt,
        preservationExtendedAt = c.PreservationExtendedAt,
        nonDisclosureUntil = c.NonDisclosureUntil,
        outcome = c.Outcome,
        tags = c.Tags,
        linkedCases = c.LinkedCases,
        attachmentNames = c.AttachmentNames,
        accountsSpecified = c.AccountsSpecified,
        triage = JsonDocument.Parse(c.TriageJson).RootElement,
        audit = audit.Select(e => new { at = e.At, actor = e.Actor, action = e.Action, field = e.Field, oldValue = e.OldValue, newValue = e.NewValue, reason = e.Reason, unreadable = e.Unreadable }),
    };
}
