using TriageBot.Cases.Model;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>One case: "case", "note", "status", the emergency toggle and "request info".</summary>
internal sealed class CaseCommands(CaseDesk desk, Paging.EscalationService? paging = null) : ICommandHandler
{
    public bool Matches(CommandRequest request) =>
        request.Name is CommandNames.Case or CommandNames.Note or CommandNames.Status or CommandNames.Emergency or CommandNames.RequestInfo or CommandNames.InfoRequestLetter;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken) =>
    [
        request.Name switch
        {
            CommandNames.Case => await ShowAsync(request, actor, cancellationToken).ConfigureAwait(false),
            CommandNames.Note => await NoteAsync(request, actor, cancellationToken).ConfigureAwait(false),
            CommandNames.Status when request.Arg("status") is null => await MovesAsync(request, actor, cancellationToken).ConfigureAwait(false),
            CommandNames.Status => await MoveAsync(request, actor, cancellationToken).ConfigureAwait(false),
            CommandNames.Emergency => await EmergencyAsync(request, actor, cancellationToken).ConfigureAwait(false),
            CommandNames.InfoRequestLetter => await LetterAsync(request, actor, cancellationToken).ConfigureAwait(false),
            _ => await RequestInfoAsync(request, actor, cancellationToken).ConfigureAwait(false),
        },
    ];

    private async Task<Reply> ShowAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.AnyCase, ownCasesSuffice: true, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        var audit = await desk.Store.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false);
        var now = desk.Now;
        return Reply.WithCard(CaseCards.Line(c, now, desk.Cards), CaseCards.Case(c, audit, now, desk.Cards));
    }

    private async Task<Reply> NoteAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.AnyCase, ownCasesSuffice: true, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        if (request.Arg("text") is not { } text) return Reply.Say($"What should the note say? e.g. `note {c.Id} called the agency, they will resend`.");
        await desk.Workflow.AddNoteAsync(c.Id, actor.Id, text, cancellationToken).ConfigureAwait(false);
        return Reply.Say($"Noted on {c.Id}.");
    }

    private async Task<Reply> MovesAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.AnyCase, ownCasesSuffice: true, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        var moves = await desk.Workflow.AllowedMovesAsync(c.Id, cancellationToken).ConfigureAwait(false);
        var next = moves.Count == 0 ? "it is finished." : $"it can move to {string.Join(", ", moves.Select(m => m.ToWireName()))}.";
        return Reply.Say($"{c.Id} is {c.Status.ToWireName()}; {next}");
    }

    private async Task<Reply> MoveAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.ChangeStatus, ownCasesSuffice: false, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        var statusText = request.Arg("status")!;
        if (!CaseStatusNames.TryParse(statusText, out var to))
            return Reply.Say($"'{statusText}' is not a status. Statuses: {string.Join(", ", CaseStatusNames.All)}.");

        var note = request.Arg("note");
        ResponseOutcome? outcome = null;
        if (to == CaseStatus.Responded)
        {
            // "status LE-2026-00042 responded non_content sent the logs": the first word says what was produced.
            var words = (note ?? "").Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            outcome = words.Length > 0 ? OutcomeOf(words[0]) : null;
            if (outcome is null)
                return Reply.Say($"Say what was produced: `status {c.Id} responded content|non_content|no_data [note]`.");
            note = words.Length > 1 ? words[1] : null;
        }
        var moved = await desk.Workflow.MoveAsync(c.Id, to, actor.Id, note, outcome, cancellationToken).ConfigureAwait(false);
        return Reply.Say($"{moved.Id} is now {moved.Status.ToWireName()}.");
    }

    private async Task<Reply> EmergencyAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.Correct, ownCasesSuffice: false, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        var emergency = request.Arg("emergency") is not { } word || !(word.StartsWith("not", StringComparison.OrdinalIgnoreCase) || word.StartsWith("non", StringComparison.OrdinalIgnoreCase));
        var before = c.Flags.Contains(Cases.Workflow.CaseFlags.Emergency);
        if (before == emergency)
            return Reply.Say(emergency ? $"{c.Id} is already marked as an emergency." : $"{c.Id} is not marked as an emergency.");
        var updated = await desk.Workflow.MarkEmergencyAsync(c.Id, emergency, actor.Id, $"marked from chat by {actor.Id}", cancellationToken).ConfigureAwait(false);
        var now = desk.Now;
        var what = emergency ? "is now marked as an emergency" : "is no longer marked as an emergency";
        var paged = "";
        if (paging is not null)
        {
            // The pages follow the correction at once: raised to P0 pages now, lowered stands them down.
            var report = Cases.Paging.PageFacts.IsUrgent(updated)
                ? await paging.PageAsync(new Cases.Paging.PagingCall(updated.Id, "correction", actor.Id), cancellationToken).ConfigureAwait(false)
                : await paging.StandDownAsync(updated.Id, actor.Id, "not an emergency", cancellationToken).ConfigureAwait(false);
            if (report is not null) paged = " " + report.Describe(id => Flows.IntakeCards.NameOf(desk.Options, id));
        }
        var text = $"{updated.Id} {what}: {updated.Priority}, due {desk.Cards.Clock.At(updated.DueAt, now)}.{paged}";
        if (!request.FromCard) return Reply.Say(text);
        // Pressed on the case card: the card itself changes (priority, due time, paging, the button's own wording).
        var audit = await desk.Store.GetAuditAsync(updated.Id, cancellationToken).ConfigureAwait(false);
        var card = CaseCards.Case(updated, audit, now, desk.Cards);
        return Reply.Replacing(text, card with { Title = $"{card.Title} — {(emergency ? "marked an emergency" : "not an emergency")} by {actor.Member.Name}" });
    }

    private async Task<Reply> RequestInfoAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.RequestInfo, ownCasesSuffice: false, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        return InfoRequestDraft.Compose(c);
    }

    /// <summary>The letter as the reviewer edited it (a form's submit): kept in the case's notes and given back to send.</summary>
    private async Task<Reply> LetterAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.RequestInfo, ownCasesSuffice: false, cancellationToken).ConfigureAwait(false);
        if (c is null) return refusal!;
        var letter = request.Arg(CaseVerbs.LetterKey);
        if (InfoRequestDraft.Letter.Problem(letter) is { } problem)
            return Reply.Say($"{problem} Nothing was recorded on {c.Id}; press Request missing info to start again.");
        await desk.Workflow.AddNoteAsync(c.Id, actor.Id, "Information request prepared:\n" + letter, cancellationToken).ConfigureAwait(false);
        return InfoRequestDraft.Final(c, letter!);
    }

    /// <summary>What was produced, for <c>responded</c>; rejected/withdrawn are statuses of their own here.</summary>
    private static ResponseOutcome? OutcomeOf(string word) =>
        ResponseOutcomeNames.TryParse(word, out var outcome) && outcome is not (ResponseOutcome.Rejected or ResponseOutcome.Withdrawn) ? outcome : null;
}
