using TriageBot.Cases.Model;
using TriageBot.Dialogs.Flows;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// The "Request missing info" answer for a stored case: the intake's letter (<see cref="MissingInfoRequest"/>),
/// built from what the case remembers of its triage, shown to the reviewer to send. Nothing goes to the agency
/// from here.
/// </summary>
public static class InfoRequestDraft
{
    public static Reply Compose(CaseRecord c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var missing = CaseCards.MissingFields(c);
        var facts = new MissingInfoRequest.MissingInfoFacts(c.ProcessType, missing, CaseCards.FindingCodes(c),
            CaseCards.TriageField(c, "contactPerson"), CaseCards.TriageField(c, "caseReference"), c.Flags.Contains("emergency"));
        var letter = MissingInfoRequest.Compose(facts, c.Id);
        if (missing.Count == 0 && !letter.StartsWith("Subject:", StringComparison.Ordinal))
            return Reply.Say($"The triage found nothing missing from {c.Id}; there is nothing to ask the agency for.");

        var card = new Card(
            $"Information request for {c.Id}",
            [new CardFact("To", c.Requester.Email ?? "the requesting agency (no e-mail address found)"), new CardFact("Missing", missing.Count == 0 ? "nothing (see the points raised)" : string.Join(", ", missing.Select(CardWords.Field)))],
            [new CardSection("Draft", letter)],
            [CaseCards.Action("Mark awaiting info", CaseVerbs.Status, c.Id, (CaseVerbs.StatusKey, CaseStatus.AwaitingInfo.ToWireName()), (CaseVerbs.NoteKey, "information requested from the agency"))]);
        return Reply.WithCard($"Here is a draft asking for {missing.Count} missing item(s) on {c.Id}. Send it from the team mailbox, then mark the case awaiting info.", card);
    }
}
