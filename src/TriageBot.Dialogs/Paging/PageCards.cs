using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Paging;

/// <summary>The verbs and data keys of page buttons.</summary>
public static class PageVerbs
{
    public const string Acknowledge = "page.ack";

    /// <summary>The escalation's token: a button from another case's page does not acknowledge this one.</summary>
    public const string TokenKey = "page";
}

/// <summary>
/// What pages and notices say, in the neutral card model every channel renders. A page (to one person, in
/// private) names the case, type, priority, why it is urgent (the evidence), the due time, and offers
/// Acknowledge / Take case / Open. A notice (an emergency channel) says only the case number, type, priority,
/// time received and who was paged: no requester, no target, no request text.
/// </summary>
public sealed class PageCards(CasesOptions roster)
{
    /// <summary>The team's clock: every time on a page or notice is in <c>Cases:TimeZone</c>.</summary>
    public TeamClock Clock { get; } = TeamClock.For(roster);

    public Reply Page(Escalation e, CaseRecord c, int step, TimeSpan ackTimeout)
    {
        var facts = new List<CardFact>
        {
            new("Case", e.CaseId),
            new("Type", CardWords.Type(e.ProcessType)),
            new("Priority", e.Priority),
            new("Received", Clock.At(e.ReceivedAt)),
            new("Due", Clock.At(e.DueAt)),
        };
        if (step > 0) facts.Add(new("Escalated", $"step {step + 1}: nobody acknowledged within {Minutes(ackTimeout)}"));
        var sections = new List<CardSection>();
        var why = PageFacts.Why(c);
        if (why.Count > 0) sections.Add(new("Why", string.Join("\n", why)));
        if (e.Missing.Count > 0) sections.Add(CardSection.Of("Missing", e.Missing));
        var acknowledge = new Dictionary<string, string>(StringComparer.Ordinal) { [CaseVerbs.CaseKey] = e.CaseId };
        if (e.Token is { } token) acknowledge[PageVerbs.TokenKey] = token;
        var card = new Card($"{e.Priority} page: {e.CaseId}", facts, sections,
        [
            new CardAction("Acknowledge", PageVerbs.Acknowledge, acknowledge),
            CaseCards.Action("Take case", CaseVerbs.Take, e.CaseId),
            CaseCards.Action("Open", CaseVerbs.Show, e.CaseId),
        ]) { Style = CaseCards.Attention };
        return Reply.WithCard($"{e.Priority} {e.ProcessType} case {e.CaseId} needs a reviewer now. Acknowledge within {Minutes(ackTimeout)} or it goes to the next person.", card);
    }

    public Reply Notice(Escalation e)
    {
        var paged = e.Pages.Where(p => p.Reached)
            .Select(p => $"{NameOf(p.Member)} ({Time(p.PagedAt)}, {string.Join("+", p.Delivered.Select(d => d.Via).Distinct())})").ToList();
        var text = $"🚨 {e.Priority} {e.ProcessType} case {e.CaseId}, received {Clock.At(e.ReceivedAt)}. Paged: {(paged.Count == 0 ? "nobody yet" : string.Join(", ", paged))}.";
        if (e.NobodyReachedAt is not null && !e.IsFinished) text += " ⚠️ Nobody in the chain could be reached.";
        if (e.AcknowledgedAt is { } at) text += $" ✅ Acknowledged by {NameOf(e.AcknowledgedBy!)} at {Time(at)}.";
        if (e.StoodDownAt is { } down) text += $" ⏹ Stood down by {NameOf(e.StoodDownBy!)} at {Time(down)}: not an emergency.";
        return Reply.Say(text);
    }

    /// <summary>The page once it is over: the same case line, who ended it and how, no buttons.</summary>
    public Reply Closed(Escalation e) => Reply.Say(e.AcknowledgedAt is { } at
        ? $"✅ {e.Priority} {e.ProcessType} case {e.CaseId}: acknowledged by {NameOf(e.AcknowledgedBy!)} at {Time(at)}."
        : $"⏹ {e.Priority} {e.ProcessType} case {e.CaseId}: page stood down by {NameOf(e.StoodDownBy ?? PagingAudit.Actor)} at {Time(e.StoodDownAt ?? e.StartedAt)} ({e.StoodDownReason ?? "not an emergency"}). No action needed.");

    /// <summary>To the submitter and the managers when a whole round of the chain could not be reached.</summary>
    public Reply NobodyReached(Escalation e, IEnumerable<string> problems, TimeSpan retryIn) => Reply.Say(
        $"🚨 NOBODY could be reached for {e.Priority} {e.ProcessType} case {e.CaseId} ({string.Join("; ", problems)}). Call the on-call reviewer now; TriageBot tries the chain again in {Minutes(retryIn)}.");

    public string NameOf(string memberId) =>
        roster.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase)) is { Name.Length: > 0 } m ? m.Name : memberId;

    private string Time(DateTime t) => Clock.TimeOfDay(t);

    /// <summary>"45 seconds", "5 minutes", "1h 30m": never a fraction of a minute.</summary>
    private static string Minutes(TimeSpan t) =>
        t < TimeSpan.FromMinutes(1) ? $"{Math.Max(1, (int)Math.Round(t.TotalSeconds))} seconds"
        : t < TimeSpan.FromHours(1) && t.Seconds == 0 ? $"{(int)t.TotalMinutes} minute{((int)t.TotalMinutes == 1 ? "" : "s")}"
        : Cases.Workflow.TimeWording.Duration(t);
}
