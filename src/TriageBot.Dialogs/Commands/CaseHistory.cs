using TriageBot.Cases.Workflow;
using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>Audit entries as sentences ("today 14:02 UTC+1 · Dana Whitfield took the case"): no field names,
/// no raw timestamps.</summary>
public sealed class CaseHistory(TeamClock clock, Func<string?, string> name)
{
    public string Line(AuditEntry e, DateTime now)
    {
        if (e.Unreadable) return UnreadableLine(e, now);
        var reason = string.IsNullOrWhiteSpace(e.Reason) ? "" : $" ({e.Reason.Trim()})";
        return $"{clock.At(e.At, now)} · {name(e.Actor)} {What(e)}{reason}";
    }

    /// <summary>An entry whose details do not open, in its place: when, and what the record says outside the seal,
    /// then that it cannot be read and what can be done; never an exception's text.</summary>
    private string UnreadableLine(AuditEntry e, DateTime now)
    {
        var when = e.At == default ? "time unknown" : clock.At(e.At, now);
        var by = string.IsNullOrWhiteSpace(e.Actor) ? "" : $" by {name(e.Actor)}";
        var what = string.IsNullOrWhiteSpace(e.Action) ? "an entry" : $"“{CardWords.Spaced(e.Action)}”";
        return $"{when} · entry unreadable: {what}{by} (record {e.Id}) does not open — damaged in storage, or sealed under another key. Its details cannot be shown; an administrator can restore them from a backup";
    }

    private string What(AuditEntry e) => e.Action switch
    {
        "opened" => "opened the case",
        "status" => $"moved it to {CardWords.Status(e.NewValue)}",
        "assigned" when e.OldValue is null && string.Equals(e.Actor, e.NewValue, StringComparison.OrdinalIgnoreCase) => "took the case",
        "assigned" when e.OldValue is null => $"assigned it to {name(e.NewValue)}",
        "assigned" => $"reassigned it from {name(e.OldValue)} to {name(e.NewValue)}",
        "unassigned" => $"took it off {name(e.OldValue)}",
        "acknowledged" => "acknowledged it",
        "note" => $"noted: {FirstLine(e.NewValue)}",
        "paged" => e.NewValue is null or "(nobody)" ? "paged, but nobody was on call" : $"paged {name(e.NewValue)} (on call)",
        "duplicate_received" => "received the same request again",
        "follow_up_received" => "received a follow-up on this case",
        "preservation_extended" => "extended the preservation hold",
        "reminder_sent" => "was reminded",
        "outcome" => $"recorded the outcome: {Outcome(e.NewValue)}",
        "purged" => "purged the case",
        "corrected" => Corrected(e),
        _ => CardWords.Spaced(e.Action),
    };

    private static string Corrected(AuditEntry e) => e.Field switch
    {
        "process_type" => $"changed the type from {CardWords.Type(e.OldValue)} to {CardWords.Type(e.NewValue)}",
        "priority" => $"changed the priority from {e.OldValue} to {e.NewValue}",
        "emergency" => e.NewValue is "true" or "yes" or "emergency" ? "marked it an emergency" : "marked it not an emergency",
        "due_at" => "moved the due time",
        "preservation_expires_at" => "moved the end of the preservation hold",
        _ => $"corrected the {CardWords.Spaced(e.Field ?? "case")}",
    };

    private static string Outcome(string? value) =>
        Enum.TryParse<ResponseOutcome>(value, out var outcome) ? CardWords.Outcome(outcome) : CardWords.Spaced(value ?? "");

    private static string FirstLine(string? text)
    {
        var line = (text ?? "").ReplaceLineEndings("\n").Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        return line.Length <= 140 ? line : line[..140] + "…";
    }
}
