using System.Globalization;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;

namespace TriageBot.Slack.Paging;

/// <summary>
/// What pages and notices say. A page (a DM to one reviewer) names the case, its type, priority, due time and
/// what is missing; the channel notice says only the case number, type, priority, time received and who was
/// paged: no requester, no target, no request text.
/// </summary>
internal sealed class PageMessages(CasesOptions cases, BlockKitRenderer renderer)
{
    public const string AcknowledgeVerb = "page.ack";

    public BlockKitMessage Page(Escalation e, int step, TimeSpan ackTimeout)
    {
        var facts = new List<CardFact>
        {
            new("Type", CardWords.Type(e.ProcessType)),
            new("Priority", e.Priority),
            new("Received", At(e.ReceivedAt)),
            new("Due", At(e.DueAt)),
        };
        if (step > 0) facts.Add(new("Escalated", $"step {step + 1}: nobody acknowledged within {Minutes(ackTimeout)}"));
        var sections = e.Missing.Count == 0 ? new List<CardSection>() : [CardSection.Of("Missing", e.Missing)];
        var card = new Card($"{e.Priority} page: {e.CaseId}", facts, sections,
        [
            Button("Acknowledge", AcknowledgeVerb, e.CaseId),
            Button("Take case", CaseVerbs.Take, e.CaseId),
            Button("Open", CaseVerbs.Show, e.CaseId),
        ]) { Style = "attention" };
        return renderer.Render(Reply.WithCard($"{e.Priority} {e.ProcessType} case {e.CaseId} needs a reviewer now. Acknowledge within {Minutes(ackTimeout)} or it goes to the next person.", card));
    }

    public BlockKitMessage Notice(Escalation e)
    {
        var paged = e.Pages.Where(p => p.Message is not null).Select(p => $"{NameOf(p.Member)} ({Time(p.PagedAt)})").ToList();
        var text = $"🚨 {e.Priority} {e.ProcessType} case {e.CaseId}, received {At(e.ReceivedAt)}. Paged: {(paged.Count == 0 ? "nobody yet" : string.Join(", ", paged))}.";
        if (e.AcknowledgedAt is { } at) text += $" ✅ Acknowledged by {NameOf(e.AcknowledgedBy!)} at {Time(at)}.";
        return renderer.Render(Reply.Say(text));
    }

    /// <summary>The page once someone answered it: the same case line, no buttons.</summary>
    public BlockKitMessage Acknowledged(Escalation e) => renderer.Render(Reply.Say(
        $"✅ {e.Priority} {e.ProcessType} case {e.CaseId}: acknowledged by {NameOf(e.AcknowledgedBy!)} at {Time(e.AcknowledgedAt!.Value)}."));

    public string NameOf(string memberId) =>
        cases.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase)) is { Name.Length: > 0 } m ? m.Name : memberId;

    private static CardAction Button(string title, string verb, string caseId) =>
        new(title, verb, new Dictionary<string, string>(StringComparer.Ordinal) { [CaseVerbs.CaseKey] = caseId });

    private static string At(DateTime t) => t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Time(DateTime t) => t.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"45 seconds", "5 minutes", "1h 30m": never a fraction of a minute.</summary>
    private static string Minutes(TimeSpan t) =>
        t < TimeSpan.FromMinutes(1) ? $"{Math.Max(1, (int)Math.Round(t.TotalSeconds))} seconds"
        : t < TimeSpan.FromHours(1) && t.Seconds == 0 ? $"{(int)t.TotalMinutes} minute{((int)t.TotalMinutes == 1 ? "" : "s")}"
        : Cases.Workflow.TimeWording.Duration(t);
}
