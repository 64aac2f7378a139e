using TriageBot.Cases.Workflow;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;
using TriageBot.Triage.Serialization;

namespace TriageBot.Dialogs.Flows;

/// <summary>The cards of the intake: what the engine read, and the case that was opened — worded like the case
/// card (<see cref="CaseCards"/>), one item per line.</summary>
internal static class IntakeCards
{
    private const int EvidenceLength = 120;

    public static Card Summary(TriageResult result)
    {
        var f = result.Fields;
        var facts = new List<CardFact>
        {
            new("Type", result.ProcessType.Describe()),
            new("Priority", result.PriorityReasons.Count == 0 ? result.Priority.ToString() : $"{result.Priority}: {string.Join("; ", result.PriorityReasons)}"),
        };
        Add(facts, "Agency", Join(f.AgencyName, f.City, f.StateProvince, f.Country));
        Add(facts, "Requester", Join(f.ContactPerson, f.Email, f.Phone));
        facts.Add(new("Verification", result.Flags.SuspiciousSender
            ? "NOT verified: the sender's address does not prove government authority; call the agency's published number"
            : string.IsNullOrWhiteSpace(f.Email) ? "no sender address to check" : "sender's domain is a known government or law-enforcement domain"));
        Add(facts, "Person at risk", f.PersonAtRisk);
        Add(facts, "Emergency", f.EmergencyNature);
        Add(facts, "NCMEC reports", f.NcmecReportIds.Count == 0 ? null : string.Join(", ", f.NcmecReportIds));
        Add(facts, "Accounts", f.Accounts.Count == 0 ? null : string.Join(", ", f.Accounts.Select(a => a.Value)));
        if (f.ResponseDeadline is { } deadline) facts.Add(new("Agency deadline", deadline.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));

        var sections = new List<CardSection>();
        var flags = result.Flags.Raised().ToList();
        if (flags.Count > 0)
            sections.Add(CardSection.Of("Flags", flags.Select(flag => Evidence(result, flag) is { } text ? $"{CardWords.Flag(flag)} · “{text}”" : CardWords.Flag(flag))));
        if (result.MissingFields.Count > 0)
            sections.Add(CardSection.Of("Missing", result.MissingFields.Select(CardWords.Field)));
        if (result.Findings.Count > 0)
            sections.Add(CardSection.Of("Findings", result.Findings.Select(x => CaseCards.FindingLine(new StoredFinding(x.Code, TriageJson.SeverityName(x.Severity), x.Message, x.Evidence)))));
        return new Card($"Triaged: {result.ProcessType.Describe()} ({result.Priority})", facts, sections, []) { Style = Style(result.Priority) };
    }

    /// <summary>The case just opened, as the case card shows it (missing fields for the type as confirmed).</summary>
    /// <param name="paging">Who was paged (or that nobody could be reached), when the case was paged.</param>
    public static Card Case(CaseRecord c, IntakeServices services, DateTime now, string? paging = null)
    {
        var card = CaseCards.Case(c, [], now, CardContext.For(services.Options, services.Engine.Policy));
        return string.IsNullOrWhiteSpace(paging) ? card : card with { Facts = [.. card.Facts, new CardFact("Paging", paging)] };
    }

    public static Card Duplicate(CaseRecord existing, string message, TeamClock clock) =>
        new($"Already a case: {existing.Id}", [new("Type", existing.ProcessType.Describe()), new("Status", CardWords.Status(existing.Status)), new("Received", clock.At(existing.ReceivedAt))],
            [new(null, message)], [CaseCards.Action("Open case", CaseVerbs.Show, existing.Id)]);

    public static string NameOf(CasesOptions options, string memberId) =>
        options.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase)) is { } m && !string.IsNullOrWhiteSpace(m.Name)
            ? $"{m.Name} ({m.Id})"
            : memberId;

    private static string? Evidence(TriageResult result, string about)
    {
        var text = result.Evidence.FirstOrDefault(e => e.About == about && !string.IsNullOrWhiteSpace(e.Text))?.Text.ReplaceLineEndings(" ").Trim();
        return text is null ? null : text.Length <= EvidenceLength ? text : text[..EvidenceLength] + "…";
    }

    private static void Add(List<CardFact> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) facts.Add(new(label, value));
    }

    private static string? Join(params string?[] parts)
    {
        var text = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : text;
    }

    private static string Style(Priority p) => p is Priority.P0 or Priority.P1 ? "attention" : "default";
}
