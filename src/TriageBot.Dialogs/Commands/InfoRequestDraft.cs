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
            [To(c), new CardFact("Missing", missing.Count == 0 ? "nothing (see the points raised)" : string.Join(", ", missing.Select(CardWords.Field)))],
            [new CardSection("Draft", letter)],
            [MarkAwaitingInfo(c)])
        {
            // Editable where the channel has forms (a Slack modal); a draft too long for one input stays read-only.
            Form = letter.Length > Letter.MaxLength ? null
                : new CardForm([Letter with { Value = letter }], CaseCards.Action("Use this letter", CaseVerbs.InfoRequestLetter, c.Id)),
        };
        return Reply.WithCard($"Here is a draft asking for {missing.Count} missing item(s) on {c.Id}. Send it from the team mailbox, then mark the case awaiting info.", card);
    }

    /// <summary>The letter's input: what comes back from a form is checked against it.</summary>
    public static readonly CardInput Letter = new(CaseVerbs.LetterKey, "Letter to the agency")
    {
        Multiline = true,
        MaxLength = 3000,
        Hint = "Edit it as you need; the letter you submit is kept on the case and given back to you to send.",
    };

    /// <summary>The letter as the reviewer finished it, to copy into the team mailbox.</summary>
    public static Reply Final(CaseRecord c, string letter)
    {
        ArgumentNullException.ThrowIfNull(c);
        var card = new Card($"Letter for {c.Id}", [To(c)], [new CardSection("Letter", letter)], [MarkAwaitingInfo(c)]);
        return Reply.WithCard($"Here is the letter for {c.Id} as you wrote it; it is kept in the case's notes. Copy it into the team mailbox, send it, then mark the case awaiting info.", card);
    }

    private static CardFact To(CaseRecord c) => new("To", c.Requester.Email ?? "the requesting agency (no e-mail address found)");

    private static CardAction MarkAwaitingInfo(CaseRecord c) =>
        CaseCards.Action("Mark awaiting info", CaseVerbs.Status, c.Id, (CaseVerbs.StatusKey, CaseStatus.AwaitingInfo.ToWireName()), (CaseVerbs.NoteKey, "information requested from the agency"));
}
