using System.Text;
using TriageBot.Cases.Model;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// A draft message asking the agency for what the triage found missing (stored triage JSON,
/// <c>missingFields</c>). It is shown to the reviewer to send; nothing goes to the agency from here.
/// </summary>
// Stand-in until the dialog flows' MissingInfoRequest composer exists; then this should call it.
public static class InfoRequestDraft
{
    public static Reply Compose(CaseRecord c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var missing = CaseCards.MissingFields(c);
        if (missing.Count == 0)
            return Reply.Say($"The triage found nothing missing from {c.Id}; there is nothing to ask the agency for.");

        var contact = CaseCards.TriageField(c, "contactPerson");
        var reference = CaseCards.TriageField(c, "caseReference");
        var draft = new StringBuilder()
            .AppendLine($"Subject: Your request{(reference is null ? "" : $" {reference}")}: information needed (our reference {c.Id})")
            .AppendLine()
            .AppendLine($"Dear {contact ?? "Sir or Madam"},")
            .AppendLine()
            .AppendLine("Thank you for your request. Before we can process it, please send us:");
        foreach (var field in missing) draft.AppendLine($"- {RequestFieldNames.Describe(field)}");
        draft.AppendLine()
            .Append($"Please reply to this message and quote our reference {c.Id}.");

        var card = new Card(
            $"Information request for {c.Id}",
            [new CardFact("To", c.Requester.Email ?? "the requesting agency (no e-mail address found)"), new CardFact("Missing", string.Join(", ", missing))],
            [new CardSection("Draft", draft.ToString())],
            [CaseCards.Action("Mark awaiting info", CaseVerbs.Status, c.Id, (CaseVerbs.StatusKey, CaseStatus.AwaitingInfo.ToWireName()), (CaseVerbs.NoteKey, "information requested from the agency"))]);
        return Reply.WithCard($"Here is a draft asking for {missing.Count} missing item(s) on {c.Id}. Send it from the team mailbox, then mark the case awaiting info.", card);
    }
}
