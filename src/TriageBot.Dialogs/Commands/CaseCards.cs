using System.Globalization;
using System.Text.Json;
using TriageBot.Cases.Model;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// The cards the commands answer with. They show what the case services know about a case — never the
/// request's own text, nor the evidence quoted from it, which may name the people it is about.
/// </summary>
public static class CaseCards
{
    public const string Attention = "attention";
    public const int MaxListed = 20;
    private const int MaxButtons = 5;
    private const int AuditShown = 5;

    /// <summary>"LE-2026-00042 · P0 emergency · in_review · dana · due 14:30 UTC OVERDUE".</summary>
    public static string Line(CaseRecord c, DateTime now) => $"{c.Id} · {Summary(c, now)}";

    /// <summary>The line without the case number.</summary>
    public static string Summary(CaseRecord c, DateTime now) =>
        $"{c.Priority} {c.ProcessType.ToWireName()} · {c.Status.ToWireName()} · {c.Assignee ?? "unassigned"} · due {Wording.At(c.DueAt, now)}{(Wording.IsOverdue(c, now) ? " OVERDUE" : "")}";

    public static bool IsUrgent(CaseRecord c) => c.Priority is Priority.P0 or Priority.P1;

    public static CardAction Action(string title, string verb, string caseId, params (string Key, string Value)[] more)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [CaseVerbs.CaseKey] = caseId };
        foreach (var (key, value) in more) data[key] = value;
        return new CardAction(title, verb, data);
    }

    /// <summary>A list of cases, most urgent first as given; one fact per case and a button to open the first few.</summary>
    public static Card List(string title, IReadOnlyList<CaseRecord> cases, DateTime now, string? hint = null)
    {
        var shown = cases.Take(MaxListed).ToList();
        var sections = new List<CardSection>();
        if (cases.Count > shown.Count)
            sections.Add(new CardSection(null, $"…and {cases.Count - shown.Count} more. {hint ?? "Narrow it down, e.g. \"queue P0\" or \"queue overdue\"."}"));
        return new Card(
            title,
            [.. shown.Select(c => new CardFact(c.Id, Summary(c, now)))],
            sections,
            [.. shown.Take(MaxButtons).Select(c => Action($"Open {c.Id}", CaseVerbs.Show, c.Id))])
        {
            Style = shown.Any(IsUrgent) ? Attention : "default",
        };
    }

    /// <summary>One case in full: what it is, who has it, when it is due, what runs out, and the latest activity.</summary>
    public static Card Case(CaseRecord c, IReadOnlyList<AuditEntry> audit, DateTime now)
    {
        var facts = new List<CardFact>
        {
            new("Type", $"{c.ProcessType.Describe()} ({c.ProcessType.ToWireName()})"),
            new("Priority", c.Priority.ToString()),
            new("Status", c.Status.ToWireName()),
            new("Flags", c.Flags.Count == 0 ? "none" : string.Join(", ", c.Flags)),
            new("Agency", Join(c.Requester.Agency ?? "unknown", c.Requester.Country)),
            new("Received", $"{Wording.At(c.ReceivedAt, now)} via {c.SourceChannel}{(string.IsNullOrWhiteSpace(c.SubmittedBy) ? "" : $" from {c.SubmittedBy}")}"),
            new("Assignee", c.Assignee is null ? "unassigned" : c.AssignedAt is { } at ? $"{c.Assignee} since {Wording.At(at, now)}" : c.Assignee),
            new("Due", Wording.At(c.DueAt, now) + (Wording.IsOverdue(c, now) ? " OVERDUE" : "")),
        };
        if (c.LegalDeadline is { } deadline) facts.Add(new("Deadline", Wording.At(deadline, now)));
        if (c.PreservationExpiresAt is { } expires)
            facts.Add(new("Preserve until", Wording.At(expires, now) + (c.PreservationExtendedAt is null ? "" : " (extended)")));
        if (c.NonDisclosureUntil is { } gag) facts.Add(new("Non-disclosure until", Wording.At(gag, now)));
        if (c.AcknowledgedAt is { } ack) facts.Add(new("Acknowledged", Wording.At(ack, now)));
        else if (PagingLine(audit) is { } paging) facts.Add(new("Paging", paging));
        if (c.Outcome is { } outcome) facts.Add(new("Outcome", outcome.ToString()));
        var missing = MissingFields(c);
        if (missing.Count > 0) facts.Add(new("Missing", string.Join(", ", missing.Select(RequestFieldNames.Describe))));
        if (c.LinkedCases.Count > 0) facts.Add(new("Linked", string.Join(", ", c.LinkedCases)));

        var sections = new List<CardSection>();
        var recent = audit.TakeLast(AuditShown).ToList();
        if (recent.Count > 0)
            sections.Add(new CardSection("Recent activity", string.Join("\n", recent.Select(e => AuditLine(e, now)))));

        var actions = new List<CardAction>();
        if (c.Status.IsOpen())
        {
            if (c.Assignee is null && c.Status == CaseStatus.Triaged) actions.Add(Action("Take", CaseVerbs.Take, c.Id));
            actions.Add(Action(c.Assignee is null ? "Assign…" : "Reassign…", CaseVerbs.Assign, c.Id));
            if (missing.Count > 0) actions.Add(Action("Request info", CaseVerbs.RequestInfo, c.Id));
            actions.Add(c.Flags.Contains(CaseFlags.Emergency)
                ? Action("Not an emergency", CaseVerbs.NotEmergency, c.Id)
                : Action("Mark emergency", CaseVerbs.Emergency, c.Id));
        }
        return new Card($"{c.Id} · {c.ProcessType.Describe()}", facts, sections, actions) { Style = IsUrgent(c) ? Attention : "default" };
    }

    /// <summary>Where the page stands, from the audit trail: who was reached last, or that nobody could be.</summary>
    private static string? PagingLine(IReadOnlyList<AuditEntry> audit) =>
        audit.LastOrDefault(e => e.Action is Cases.Paging.PagingAudit.Delivered or Cases.Paging.PagingAudit.NobodyReached
            or Cases.Paging.PagingAudit.Pending or Cases.Paging.PagingAudit.StoodDown) switch
        {
            { Action: Cases.Paging.PagingAudit.NobodyReached } => "NOBODY REACHED: call the on-call reviewer",
            { Action: Cases.Paging.PagingAudit.Pending } => "not paged yet: no pager was running",
            { Action: Cases.Paging.PagingAudit.StoodDown } => "stood down",
            { Action: Cases.Paging.PagingAudit.Delivered } e => $"paged {e.NewValue} on {e.Field}",
            _ => null,
        };

    public static Card Stats(string title, CaseStatisticsReport r, IReadOnlyList<ReviewerWorkload> workload)
    {
        var facts = new List<CardFact>
        {
            new("Period", $"{Wording.At(r.From)} to {Wording.At(r.To)}"),
            new("Received", N(r.Total)),
            new("Emergency", N(r.Emergency)),
            new("Preservation", N(r.Preservation)),
            new("Under non-disclosure order", $"{N(r.UnderNonDisclosure)} ({Wording.Share(r.NonDisclosureShare)})"),
            new("Median time to assign", Span(r.MedianTimeToAssign)),
            new("Median time to close", Span(r.MedianTimeToClose)),
            new("Answered on time", $"{N(r.AnsweredOnTime)} of {N(r.Answered)} ({Wording.Share(r.AnsweredOnTimeShare)})"),
        };
        var sections = new List<CardSection>();
        foreach (var (heading, counts) in new[] { ("By type", r.ByType), ("By status", r.ByStatus), ("By priority", r.ByPriority), ("By country", r.ByCountry) })
        {
            if (counts.Count == 0) continue;
            sections.Add(new CardSection(heading, string.Join(", ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {N(p.Value)}"))));
        }
        if (workload.Count > 0)
            sections.Add(new CardSection("Open cases per reviewer", string.Join("\n", workload.Select(w => $"{w.Name} ({w.MemberId}): {N(w.OpenCases)}, {N(w.UrgentCases)} P0/P1"))));
        return new Card(title, facts, sections, []);
    }

    public static Card OnCall(OnCallShift shift, Func<string?, string> name)
    {
        static string Override(OnCallOverride? o) => o is null ? "" : $" (override until {Wording.At(o.Until)}, set by {o.SetBy})";
        return new Card(
            "On call now",
            [
                new("Primary", name(shift.Primary) + Override(shift.PrimaryOverride)),
                new("Secondary", name(shift.Secondary) + Override(shift.SecondaryOverride)),
                new("Managers", shift.Managers.Count == 0 ? "none" : string.Join(", ", shift.Managers.Select(m => name(m)))),
                new("Next hand-over", Wording.At(shift.NextHandOver)),
            ],
            [],
            []);
    }

    public static Card Reminders(string title, IReadOnlyList<Reminder> reminders)
    {
        var shown = reminders.Take(MaxListed).ToList();
        var sections = reminders.Count > shown.Count ? [new CardSection(null, $"…and {reminders.Count - shown.Count} more.")] : new List<CardSection>();
        return new Card(
            title,
            [.. shown.Select(r => new CardFact(Kind(r.Kind), r.Message))],
            sections,
            [.. shown.Select(r => r.CaseId).Distinct(StringComparer.Ordinal).Take(MaxButtons).Select(id => Action($"Open {id}", CaseVerbs.Show, id))])
        {
            Style = shown.Any(r => r.Kind is ReminderKind.UnacknowledgedP0 or ReminderKind.SlaBreach) ? Attention : "default",
        };
    }

    /// <summary>The fields the triage found missing, from the stored triage JSON (<c>missingFields</c>).</summary>
    public static IReadOnlyList<string> MissingFields(CaseRecord c) => ReadTriage(c, root =>
        root.TryGetProperty("missingFields", out var missing) && missing.ValueKind == JsonValueKind.Array
            ? missing.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : []) ?? [];

    /// <summary>One string field of the stored triage JSON (<c>fields.contactPerson</c>, ...), if present.</summary>
    public static string? TriageField(CaseRecord c, string name) => ReadTriage(c, root =>
        root.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
        && fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null);

    /// <summary>The finding codes of the stored triage JSON (<c>findings[].code</c>).</summary>
    public static IReadOnlyList<string> FindingCodes(CaseRecord c) => ReadTriage(c, root =>
        root.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
            ? findings.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
                .Select(f => f.GetProperty("code").GetString()!).ToList()
            : []) ?? [];

    private static T? ReadTriage<T>(CaseRecord c, Func<JsonElement, T?> read)
    {
        try
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(c.TriageJson) ? "{}" : c.TriageJson);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? read(doc.RootElement) : default;
        }
        catch (JsonException)
        {
            return default; // an old or damaged record: show the case without these details
        }
    }

    private static string AuditLine(AuditEntry e, DateTime now)
    {
        var change = e.Action == "note" ? $": {e.NewValue}"
            : e.OldValue is null && e.NewValue is null ? ""
            : $" {(e.Field is null || e.Field == e.Action ? "" : e.Field + " ")}{e.OldValue ?? "-"} → {e.NewValue ?? "-"}";
        var reason = string.IsNullOrWhiteSpace(e.Reason) ? "" : $" ({e.Reason})";
        return $"{Wording.At(e.At, now)} · {e.Actor} · {e.Action}{change}{reason}";
    }

    private static string Kind(ReminderKind kind) => kind switch
    {
        ReminderKind.SlaBreach => "SLA breach",
        ReminderKind.UnacknowledgedP0 => "Unacknowledged P0",
        ReminderKind.PreservationExpiring => "Preservation ending",
        ReminderKind.NonDisclosureEnding => "Non-disclosure ending",
        ReminderKind.LegalDeadline => "Legal deadline",
        _ => kind.ToString(),
    };

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Span(TimeSpan? span) => span is { } s ? Wording.Duration(s) : "-";
}
