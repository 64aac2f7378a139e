using System.Globalization;
using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Reports;

/// <summary>How cases read in a terminal: a queue table, one case in full with its audit trail.</summary>
public static class CaseViews
{
    /// <summary>A time in the team's zone, as the chat channels word it ("Tue 3 Mar 2026 14:30 UTC+1").</summary>
    public static string Time(DateTime? utc, TeamClock clock) => utc is { } t ? clock.At(t) : "-";

    public static string Age(DateTime from, DateTime now)
    {
        var age = now - from;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays}d {age.Hours}h" : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h {age.Minutes}m" : $"{Math.Max(0, (int)age.TotalMinutes)}m";
    }

    public static void WriteList(TextWriter output, IReadOnlyList<CaseRecord> cases, DateTime now, TeamClock clock)
    {
        if (cases.Count == 0)
        {
            output.WriteLine("No cases.");
            return;
        }
        var table = new TextTable("CASE", "PRI", "TYPE", "STATUS", "ASSIGNEE", "AGENCY", "AGE", "DUE");
        foreach (var c in cases)
        {
            var due = Overdue.Is(c, now) ? Time(c.DueAt, clock) + " OVERDUE" : Time(c.DueAt, clock);
            table.Add(c.Id, c.Priority.ToString(), c.ProcessType.ToWireName(), c.Status.ToWireName(), c.Assignee, c.Requester.Agency, Age(c.ReceivedAt, now), due);
        }
        table.Write(output);
    }

    public static void WriteCase(TextWriter output, CaseRecord c, IReadOnlyList<AuditEntry> audit, DateTime now, TeamClock clock)
    {
        output.WriteLine($"{c.Id}  {c.Priority}  {c.ProcessType.Describe()}  [{c.Status.ToWireName()}]");
        Line(output, "Flags", c.Flags.Count == 0 ? "none" : string.Join(", ", c.Flags));
        Line(output, "Received", $"{Time(c.ReceivedAt, clock)} via {c.SourceChannel} from {c.SubmittedBy} ({Age(c.ReceivedAt, now)} ago)");
        Line(output, "Requester", string.Join(", ", new[] { c.Requester.Agency, c.Requester.Contact, c.Requester.Email, c.Requester.Phone, c.Requester.Country }.Where(v => !string.IsNullOrWhiteSpace(v))));
        Line(output, "Reference", c.AgencyReference);
        Line(output, "Assignee", c.Assignee is null ? "unassigned" : $"{c.Assignee} since {Time(c.AssignedAt, clock)}");
        Line(output, "Due", Time(c.DueAt, clock) + (Overdue.Is(c, now) ? "  OVERDUE" : ""));
        if (c.LegalDeadline is not null) Line(output, "Deadline", Time(c.LegalDeadline, clock));
        if (c.PreservationExpiresAt is not null) Line(output, "Preserve", $"until {Time(c.PreservationExpiresAt, clock)}{(c.PreservationExtendedAt is null ? "" : " (extended)")}");
        if (c.NonDisclosureUntil is not null) Line(output, "Gag until", Time(c.NonDisclosureUntil, clock));
        if (c.AcknowledgedAt is not null) Line(output, "Acked", Time(c.AcknowledgedAt, clock));
        if (c.Outcome is not null) Line(output, "Outcome", c.Outcome.ToString());
        if (c.LinkedCases.Count > 0) Line(output, "Linked", string.Join(", ", c.LinkedCases));
        if (c.AttachmentNames.Count > 0) Line(output, "Documents", string.Join(", ", c.AttachmentNames));
        output.WriteLine();
        output.WriteLine("Audit trail");
        var table = new TextTable("WHEN", "WHO", "WHAT", "CHANGE", "REASON");
        foreach (var e in audit)
        {
            if (e.Unreadable)
            {
                // In its place, with what lies outside the seal: a reader sees an entry is there and cannot be read.
                table.Add(e.At == default ? "time unknown" : Time(e.At, clock), e.Actor, "ENTRY UNREADABLE", $"record {e.Id}" + (e.Action.Length > 0 ? $", {e.Action}" : ""),
                    "its details do not open (damaged in storage, or sealed under another key): restore them from a backup");
                continue;
            }
            var change = e.Field is null && e.OldValue is null && e.NewValue is null ? null
                : $"{(e.Field is null ? "" : e.Field + ": ")}{e.OldValue ?? "-"} -> {e.NewValue ?? "-"}";
            table.Add(Time(e.At, clock), e.Actor, e.Action, change, e.Reason);
        }
        table.Write(output);
    }

    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) output.WriteLine($"  {label,-10} {value}");
    }
}
