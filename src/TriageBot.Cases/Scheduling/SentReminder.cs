using System.Text.Json;
using TriageBot.Cases.Model;

namespace TriageBot.Cases.Scheduling;

/// <summary>A reminder that reached <paramref name="Member"/> at <paramref name="At"/> through the channels named in
/// <paramref name="Via"/> (<c>slack, teams</c>); <paramref name="Until"/> is when the team's day it was sent on
/// ends (the once-a-day rule, in <c>Cases:TimeZone</c>).</summary>
public sealed record SentReminder(string CaseId, ReminderKind Kind, string Member, DateTime At, string Via, DateTime Until)
{
    /// <summary>The audit action of a reminder sent.</summary>
    public const string AuditAction = "reminder_sent";

    /// <summary>The kind as written in the audit trail: <c>sla_breach</c>, <c>preservation_expiring</c>.</summary>
    public static string WireName(ReminderKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public AuditEntry ToAudit(string caseId) => new()
    {
        CaseId = caseId,
        At = At,
        Actor = "triagebot",
        Action = AuditAction,
        Field = WireName(Kind),
        NewValue = Member,
        Reason = $"via {Via}",
    };
}
