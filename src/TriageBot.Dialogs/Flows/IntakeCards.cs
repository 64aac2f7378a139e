using System.Globalization;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>The cards of the intake: what the engine read, and the case that was opened.</summary>
internal static class IntakeCards
{
    private const int EvidenceLength = 120;

    public static Card Summary(TriageResult result)
    {
        var f = result.Fields;
        var facts = new List<CardFact>
        {
            new("Type", result.ProcessType.Describe()),
            new("Priority", result.PriorityReasons.Count == 0 ? result.Priority.ToString() : $"{result.Priority} — {string.Join("; ", result.PriorityReasons)}"),
        };
        var requester = string.Join(", ", new[] { f.AgencyName, f.ContactPerson, f.Email }.Where(v => !string.IsNullOrWhiteSpace(v)));
        if (requester.Length > 0) facts.Add(new("Requester", requester));
        if (f.Accounts.Count > 0) facts.Add(new("Accounts", string.Join(", ", f.Accounts.Select(a => a.Value))));
        if (f.ResponseDeadline is { } deadline) facts.Add(new("Deadline", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var sections = new List<CardSection>();
        var flags = result.Flags.Raised().ToList();
        if (flags.Count > 0)
            sections.Add(new("Flags", string.Join("\n", flags.Select(flag => Evidence(result, flag) is { } text ? $"{flag}: “{text}”" : flag))));
        if (result.MissingFields.Count > 0)
            sections.Add(new("Missing", string.Join("\n", result.MissingFields.Select(RequestFieldNames.Describe))));
        if (result.Findings.Count > 0)
            sections.Add(new("Findings", string.Join("\n", result.Findings.Select(x => $"[{x.Severity.ToString().ToLowerInvariant()}] {x.Message}"))));
        return new Card($"Triaged: {result.ProcessType.Describe()} ({result.Priority})", facts, sections, []) { Style = Style(result.Priority) };
    }

    /// <param name="paging">Who was paged (or that nobody could be reached), when the case was paged.</param>
    public static Card Case(CaseRecord c, IReadOnlyList<string> missing, CasesOptions options, string? paging = null)
    {
        var facts = new List<CardFact>
        {
            new("Type", c.ProcessType.Describe()),
            new("Priority", c.Priority.ToString()),
            new("Status", c.Status.ToWireName()),
            new("Due", c.DueAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrWhiteSpace(c.Requester.Agency ?? c.Requester.Email))
            facts.Add(new("Requester", string.Join(", ", new[] { c.Requester.Agency, c.Requester.Email }.Where(v => !string.IsNullOrWhiteSpace(v)))));
        facts.Add(new("Assignee", c.Assignee is null ? "nobody yet" : NameOf(options, c.Assignee)));
        if (c.Flags.Count > 0) facts.Add(new("Flags", string.Join(", ", c.Flags)));
        if (!string.IsNullOrWhiteSpace(paging)) facts.Add(new("Paging", paging));
        var sections = missing.Count == 0 ? new List<CardSection>() : [new("Missing", string.Join("\n", missing.Select(RequestFieldNames.Describe)))];
        var emergency = c.Flags.Contains(Cases.Workflow.CaseFlags.Emergency);
        return new Card($"{c.Id} — {c.ProcessType.Describe()}", facts, sections,
        [
            Action("Assign to me", "case.take", c.Id),
            Action("Assign to…", "case.assign", c.Id),
            Action("Request missing info", "case.request_info", c.Id),
            emergency ? Action("Not an emergency", "case.not_emergency", c.Id) : Action("Mark emergency", "case.emergency", c.Id),
            Action("Open case", "case.show", c.Id),
        ]) { Style = Style(c.Priority) };
    }

    public static Card Duplicate(CaseRecord existing, string message) =>
        new($"Already a case: {existing.Id}", [new("Type", existing.ProcessType.Describe()), new("Status", existing.Status.ToWireName()), new("Received", existing.ReceivedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))],
            [new(null, message)], [Action("Open case", "case.show", existing.Id)]);

    public static string NameOf(CasesOptions options, string memberId) =>
        options.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase)) is { } m && !string.IsNullOrWhiteSpace(m.Name)
            ? $"{m.Name} ({m.Id})"
            : memberId;

    private static string? Evidence(TriageResult result, string about)
    {
        var text = result.Evidence.FirstOrDefault(e => e.About == about && !string.IsNullOrWhiteSpace(e.Text))?.Text.ReplaceLineEndings(" ").Trim();
        return text is null ? null : text.Length <= EvidenceLength ? text : text[..EvidenceLength] + "…";
    }

    private static string Style(Priority p) => p is Priority.P0 or Priority.P1 ? "attention" : "default";

    private static CardAction Action(string title, string verb, string caseId) =>
        new(title, verb, new Dictionary<string, string> { ["case"] = caseId });
}
