using System.Globalization;
using TriageBot.Cases.Model;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// The cards the commands answer with, for a reviewer to read at a glance: one fact per line, one line per item,
/// everything in words (no field names, no raw timestamps), times in the team's time zone. Cases are shown
/// only in private chats; the card quotes the request where a finding rests on it.
/// </summary>
public static class CaseCards
{
    public const string Attention = "attention";
    public const int MaxListed = 20;
    private const int AuditShown = 6;
    private const int EvidenceLength = 160;

    /// <summary>"LE-2026-00042 · P0 Emergency disclosure request · in review · Dana Whitfield · due today 14:30 UTC · OVERDUE".</summary>
    public static string Line(CaseRecord c, DateTime now, CardContext context) => $"{c.Id} · {Summary(c, now, context)}";

    /// <summary>The line without the case number.</summary>
    public static string Summary(CaseRecord c, DateTime now, CardContext context)
    {
        var cx = context;
        return $"{c.Priority} {c.ProcessType.Describe()} · {CardWords.Status(c.Status)} · {(c.Assignee is null ? "unassigned" : cx.Name(c.Assignee))} · due {cx.Clock.At(c.DueAt, now)}{(Overdue.Is(c, now) ? " · OVERDUE" : "")}";
    }

    public static bool IsUrgent(CaseRecord c) => c.Priority is Priority.P0 or Priority.P1;

    public static CardAction Action(string title, string verb, string caseId, params (string Key, string Value)[] more)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [CaseVerbs.CaseKey] = caseId };
        foreach (var (key, value) in more) data[key] = value;
        return new CardAction(title, verb, data);
    }

    /// <summary>A list of cases, most urgent first as given: one fact per case; a few "Open" buttons, or one
    /// pick list with an Open button when there are more than fit on a card.</summary>
    public static Card List(string title, IReadOnlyList<CaseRecord> cases, DateTime now, CardContext context, string? hint = null)
    {
        var cx = context;
        var shown = cases.Take(MaxListed).ToList();
        var sections = new List<CardSection>();
        if (cases.Count > shown.Count)
            sections.Add(new CardSection(null, $"…and {cases.Count - shown.Count} more. {hint ?? "Narrow it down, e.g. \"queue P0\" or \"queue overdue\"."}"));
        var card = new Card(title, [.. shown.Select(c => new CardFact(c.Id, Summary(c, now, cx)))], sections,
            shown.Count <= Card.MaxActions ? [.. shown.Select(c => Action($"Open {c.Id}", CaseVerbs.Show, c.Id))] : [])
        {
            Style = shown.Any(IsUrgent) ? Attention : "default",
        };
        return shown.Count <= Card.MaxActions ? card : card with
        {
            Choice = new CardChoice(CaseVerbs.CaseKey, "Open a case", [.. shown.Select(c => new CardOption(c.Id, $"{c.Id} · {c.Priority} {c.ProcessType.Describe()}"))],
                shown[0].Id, new CardAction("Open", CaseVerbs.Show, new Dictionary<string, string>())),
        };
    }

    /// <summary>One case in full: what it is and why it is urgent, who asks (and whether that is verified), whom
    /// it is about, what is missing, what the law says, who has it, when it is due, what runs out, and the latest
    /// activity in words.</summary>
    public static Card Case(CaseRecord c, IReadOnlyList<AuditEntry> audit, DateTime now, CardContext context)
    {
        var cx = context;
        var triage = StoredTriage.Read(c);
        var facts = new List<CardFact>
        {
            new("Type", c.ProcessType.Describe()),
            new("Priority", triage.PriorityReasons.Count == 0 ? c.Priority.ToString() : $"{c.Priority}: {string.Join("; ", triage.PriorityReasons)}"),
            new("Status", CardWords.Status(c.Status)),
        };
        if (c.Flags.Count > 0) facts.Add(new("Flags", string.Join(", ", c.Flags.Select(CardWords.Flag))));
        AddRequester(facts, c, triage);
        Add(facts, "Person at risk", triage.Text("personAtRisk"));
        Add(facts, "Emergency", triage.Text("emergencyNature"));
        Add(facts, "Why necessary", triage.Text("necessity"));
        Add(facts, "NCMEC reports", Join(triage.List("ncmecReportIds")));
        Add(facts, "Accounts", Join(triage.Accounts));
        Add(facts, "Data asked for", Join(triage.List("requestedData")));
        Add(facts, "Period", triage.DateRange);
        Add(facts, "Agency reference", triage.Text("caseReference"));
        facts.Add(new("Received", $"{cx.Clock.At(c.ReceivedAt, now)} via {Channel(c.SourceChannel)}{(string.IsNullOrWhiteSpace(c.SubmittedBy) ? "" : $" from {cx.Name(c.SubmittedBy)}")}"));
        facts.Add(new("Assignee", c.Assignee is null ? "nobody yet" : c.AssignedAt is { } at ? $"{cx.Name(c.Assignee)} since {cx.Clock.At(at, now)}" : cx.Name(c.Assignee)));
        facts.Add(new("Due", cx.Clock.At(c.DueAt, now) + (Overdue.Is(c, now) ? " · OVERDUE" : "")));
        if (c.LegalDeadline is { } deadline) facts.Add(new("Agency deadline", cx.Clock.Day(deadline)));
        if (c.PreservationExpiresAt is { } expires)
            facts.Add(new("Preserve until", cx.Clock.Day(expires) + (c.PreservationExtendedAt is null ? "" : " (extended once; no further extension)")));
        if (c.NonDisclosureUntil is { } gag) facts.Add(new("Non-disclosure until", cx.Clock.Day(gag)));
        else if (c.Flags.Contains(CaseFlags.NonDisclosureOrder)) facts.Add(new("Non-disclosure", "ordered, no end date stated"));
        if (c.AcknowledgedAt is { } ack) facts.Add(new("Acknowledged", cx.Clock.At(ack, now)));
        else if (PagingLine(audit) is { } paging) facts.Add(new("Paging", paging));
        if (c.Outcome is { } outcome) facts.Add(new("Outcome", CardWords.Outcome(outcome)));
        if (c.LinkedCases.Count > 0) facts.Add(new("Linked", string.Join(", ", c.LinkedCases)));

        var sections = new List<CardSection>();
        var missing = triage.Missing(c, cx.Policy);
        if (missing.Count > 0) sections.Add(CardSection.Of("Missing", missing.Select(CardWords.Field)));
        if (triage.Findings.Count > 0) sections.Add(CardSection.Of("Findings", triage.Findings.Select(FindingLine)));
        var history = new CaseHistory(cx.Clock, cx.Name);
        var recent = audit.TakeLast(AuditShown).ToList();
        if (recent.Count > 0) sections.Add(CardSection.Of("Recent activity", recent.Select(e => history.Line(e, now))));

        var actions = new List<CardAction>();
        if (c.Status.IsOpen())
        {
            if (c.Assignee is null) actions.Add(Action("Assign to me", CaseVerbs.Take, c.Id));
            actions.Add(Action(c.Assignee is null ? "Assign to…" : "Reassign…", CaseVerbs.Assign, c.Id));
            if (missing.Count > 0) actions.Add(Action("Request missing info", CaseVerbs.RequestInfo, c.Id) with { OpensForm = true });
            actions.Add(c.Flags.Contains(CaseFlags.Emergency)
                ? Action("Not an emergency", CaseVerbs.NotEmergency, c.Id)
                : Action("Mark emergency", CaseVerbs.Emergency, c.Id));
        }
        return new Card($"{c.Id} · {c.ProcessType.Describe()} · {c.Priority}", facts, sections, actions) { Style = IsUrgent(c) ? Attention : "default" };
    }

    /// <summary>"Blocker · Contents need a warrant … (18 U.S.C. 2703(a)-(b)) · “…the content of all messages…”".</summary>
    public static string FindingLine(StoredFinding f)
    {
        var statute = CardWords.Statute(f.Code) is { } s ? $" ({s})" : "";
        var quote = string.IsNullOrWhiteSpace(f.Evidence) ? "" : $" · “{Shorten(f.Evidence.ReplaceLineEndings(" ").Trim(), EvidenceLength)}”";
        var severity = f.Severity.Length == 0 ? "Note" : char.ToUpperInvariant(f.Severity[0]) + f.Severity[1..];
        return $"{severity} · {f.Message}{statute}{quote}";
    }

    /// <summary>Where the page stands, from the audit trail: who was reached last, or that nobody could be.</summary>
    private static string? PagingLine(IReadOnlyList<AuditEntry> audit) =>
        audit.LastOrDefault(e => !e.Unreadable && e.Action is Cases.Paging.PagingAudit.Delivered or Cases.Paging.PagingAudit.NobodyReached
            or Cases.Paging.PagingAudit.Pending or Cases.Paging.PagingAudit.StoodDown) switch
        {
            { Action: Cases.Paging.PagingAudit.NobodyReached } => "NOBODY REACHED: call the on-call reviewer",
            { Action: Cases.Paging.PagingAudit.Pending } => "not paged yet: no pager was running",
            { Action: Cases.Paging.PagingAudit.StoodDown } => "stood down",
            { Action: Cases.Paging.PagingAudit.Delivered } e => $"paged {e.NewValue} on {e.Field}",
            _ => null,
        };

    public static Card Stats(string title, CaseStatisticsReport r, IReadOnlyList<ReviewerWorkload> workload, TeamClock clock)
    {
        var facts = new List<CardFact>
        {
            new("Period", $"{clock.At(r.From)} to {clock.At(r.To)}"),
            new("Received", N(r.Total)),
            new("Emergency", N(r.Emergency)),
            new("Preservation", N(r.Preservation)),
            new("Under non-disclosure order", $"{N(r.UnderNonDisclosure)} ({Wording.Share(r.NonDisclosureShare)})"),
            new("Median time to assign", Span(r.MedianTimeToAssign)),
            new("Median time to close", Span(r.MedianTimeToClose)),
            new("Answered on time", $"{N(r.AnsweredOnTime)} of {N(r.Answered)} ({Wording.Share(r.AnsweredOnTimeShare)})"),
        };
        var sections = new List<CardSection>();
        foreach (var (heading, counts, word) in new (string, IReadOnlyDictionary<string, int>, Func<string, string>)[]
                 { ("By type", r.ByType, CardWords.Type), ("By status", r.ByStatus, CardWords.Status), ("By priority", r.ByPriority, p => p), ("By country", r.ByCountry, p => p) })
        {
            if (counts.Count == 0) continue;
            sections.Add(CardSection.Of(heading, counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{word(p.Key)}: {N(p.Value)}")));
        }
        if (workload.Count > 0)
            sections.Add(CardSection.Of("Open cases per reviewer", workload.Select(w => $"{w.Name}: {N(w.OpenCases)} open, {N(w.UrgentCases)} of them P0/P1")));
        return new Card(title, facts, sections, []);
    }

    public static Card OnCall(OnCallShift shift, Func<string?, string> name, TeamClock clock)
    {
        string Override(OnCallOverride? o) => o is null ? "" : $" (override until {clock.At(o.Until, shift.At)}, set by {o.SetBy})";
        return new Card(
            "On call now",
            [
                new("Primary", name(shift.Primary) + Override(shift.PrimaryOverride)),
                new("Secondary", name(shift.Secondary) + Override(shift.SecondaryOverride)),
                new("Managers", shift.Managers.Count == 0 ? "none" : string.Join(", ", shift.Managers.Select(m => name(m)))),
                new("Next hand-over", clock.At(shift.NextHandOver, shift.At)),
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
            [.. shown.Select(r => r.CaseId).Distinct(StringComparer.Ordinal).Take(Card.MaxActions).Select(id => Action($"Open {id}", CaseVerbs.Show, id))])
        {
            Style = shown.Any(r => r.Kind is ReminderKind.UnacknowledgedP0 or ReminderKind.SlaBreach) ? Attention : "default",
        };
    }

    /// <summary>The fields the triage found missing, from the stored triage JSON (<c>missingFields</c>).</summary>
    public static IReadOnlyList<string> MissingFields(CaseRecord c) => StoredTriage.Read(c).MissingAtTriage;

    /// <summary>One string field of the stored triage JSON (<c>fields.contactPerson</c>, ...), if present.</summary>
    public static string? TriageField(CaseRecord c, string name) => StoredTriage.Read(c).Text(name);

    /// <summary>The finding codes of the stored triage JSON (<c>findings[].code</c>).</summary>
    public static IReadOnlyList<string> FindingCodes(CaseRecord c) => [.. StoredTriage.Read(c).Findings.Select(f => f.Code).Where(code => code.Length > 0)];

    /// <summary>Who asks, and whether their address proves it: a reviewer calls a published number before
    /// trusting a sender the engine could not place.</summary>
    private static void AddRequester(List<CardFact> facts, CaseRecord c, StoredTriage triage)
    {
        Add(facts, "Agency", Join([c.Requester.Agency ?? triage.Text("agencyName"), triage.Text("city"), triage.Text("stateProvince"), c.Requester.Country ?? triage.Text("country")], ", "));
        Add(facts, "Issued by", triage.Text("issuingAuthority"));
        var contact = Join([c.Requester.Contact ?? triage.Text("contactPerson"), c.Requester.Email ?? triage.Text("email"), c.Requester.Phone ?? triage.Text("phone")], ", ");
        Add(facts, "Requester", contact);
        var email = c.Requester.Email ?? triage.Text("email");
        facts.Add(new("Verification", c.Flags.Contains(CaseFlags.SuspiciousSender)
            ? "NOT verified: the sender's address does not prove government authority; call the agency's published number"
            : email is null ? "no sender address to check; verify by the agency's published number"
            : "sender's domain is a known government or law-enforcement domain"));
    }

    private static string Channel(string source) => source switch
    {
        "teams" => "Teams",
        "slack" => "Slack",
        "cli" => "the command line",
        "chat" => "the terminal chat",
        _ => source,
    };

    private static void Add(List<CardFact> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) facts.Add(new(label, value));
    }

    private static string? Join(IEnumerable<string?> parts, string separator = ", ")
    {
        var text = string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : text;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    private static string Kind(ReminderKind kind) => kind switch
    {
        ReminderKind.SlaBreach => "SLA breach",
        ReminderKind.UnacknowledgedP0 => "Unacknowledged P0",
        ReminderKind.PreservationExpiring => "Preservation ending",
        ReminderKind.NonDisclosureEnding => "Non-disclosure ending",
        ReminderKind.LegalDeadline => "Legal deadline",
        _ => kind.ToString(),
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Span(TimeSpan? span) => span is { } s ? Wording.Duration(s) : "-";
}
