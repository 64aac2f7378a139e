using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>Who works on a case: "take", "assign".</summary>
internal sealed class AssignmentCommands(CaseDesk desk, IEnumerable<IMemberNotifier> channels, Paging.EscalationService? paging = null) : ICommandHandler
{
    private readonly IReadOnlyList<IMemberNotifier> notifiers = [.. channels];

    public bool Matches(CommandRequest request) => request.Name is CommandNames.Take or CommandNames.Assign;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (c, refusal) = await desk.FindCaseAsync(request, actor, Permission.Assign, ownCasesSuffice: false, cancellationToken).ConfigureAwait(false);
        if (c is null) return [refusal!];
        if (request.Name == CommandNames.Take)
        {
            return string.Equals(c.Assignee, actor.Id, StringComparison.OrdinalIgnoreCase)
                ? [Reply.Say($"You already hold {c.Id}.")]
                : [await TakeAsync(c.Id, actor, cancellationToken).ConfigureAwait(false)];
        }

        if (request.Arg("member") is not { } name)
        {
            // One pick list of reviewers and an Assign button, however large the team.
            var card = new Card($"Assign {c.Id} to whom?", [], [], [])
            {
                Choice = new CardChoice(CaseVerbs.MemberKey, "Reviewer", [.. desk.Reviewers.Select(r => new CardOption(r.Id, r.Member.Name))],
                    null, CaseCards.Action("Assign", CaseVerbs.Assign, c.Id)),
            };
            return [new Reply("", [card])];
        }
        if (desk.Resolve(name, actor) is not { } member) return [Reply.Say(desk.UnknownMember(name))];
        if (!Permissions.Allows(member, Permission.Assign))
            return [Reply.Say($"{member.Member.Name} ({member.Id}) is not a reviewer; cases go to reviewers.")];

        if (string.Equals(c.Assignee, member.Id, StringComparison.OrdinalIgnoreCase))
            return [Reply.Say($"{c.Id} is already with {Who(member, actor)}.")];
        if (c.Assignee is null && member.Id == actor.Id) return [await TakeAsync(c.Id, actor, cancellationToken).ConfigureAwait(false)];

        var updated = c.Assignee is null
            ? await desk.Assignment.AssignAsync(c.Id, member.Id, actor.Id, "assigned from chat", cancellationToken).ConfigureAwait(false)
            : await desk.Assignment.ReassignAsync(c.Id, member.Id, actor.Id, "reassigned from chat", cancellationToken).ConfigureAwait(false);
        var refreshed = await RefreshedCardAsync(updated, $"assigned to {member.Member.Name} by {actor.Member.Name}", cancellationToken).ConfigureAwait(false);
        var told = member.Id == actor.Id ? "" : await TellAssigneeAsync(member, actor, refreshed, updated.Id, cancellationToken).ConfigureAwait(false);
        if (told.Length > 0) refreshed = refreshed with { Sections = [new CardSection(null, told.Trim()), .. refreshed.Sections] };
        return [Reply.Replacing($"{updated.Id} is now with {Who(member, actor)} ({CardWords.Status(updated.Status)}).{told}", refreshed)];
    }

    /// <summary>"Case assigned to you", by every channel that can reach the new assignee; says how it went.</summary>
    private async Task<string> TellAssigneeAsync(Actor member, Actor actor, Card card, string caseId, CancellationToken cancellationToken)
    {
        if (notifiers.Count == 0) return "";
        var reached = new List<string>();
        foreach (var notifier in notifiers)
            if (await notifier.NotifyAsync(member.Id, Reply.WithCard($"{actor.Member.Name} assigned {caseId} to you.", card), cancellationToken).ConfigureAwait(false))
                reached.Add(notifier.Channel);
        return reached.Count > 0 ? $" I told {member.Member.Name} on {string.Join(" and ", reached)}." : $" I could not reach {member.Member.Name} in Teams or Slack; tell them yourself.";
    }

    /// <summary>The case card as it is now, titled with what just happened ("taken by Dana at 14:02 UTC"): the
    /// channels put it in place of the card whose button was pressed.</summary>
    private async Task<Card> RefreshedCardAsync(CaseRecord c, string what, CancellationToken cancellationToken)
    {
        var audit = await desk.Store.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false);
        var card = CaseCards.Case(c, audit, desk.Now, desk.Cards);
        return card with { Title = $"{card.Title} — {what} {desk.Cards.Clock.At(desk.Now, desk.Now)}" };
    }

    private async Task<Reply> TakeAsync(string caseId, Actor actor, CancellationToken cancellationToken)
    {
        var outcome = await desk.Assignment.TakeAsync(caseId, actor.Id, cancellationToken).ConfigureAwait(false);
        // Taking a paged case answers its page (only reviewers get here: staff may not take cases).
        if (outcome is TakeOutcome.Taken && paging is not null)
            await paging.AcknowledgeAsync(caseId, actor, null, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            TakeOutcome.Taken taken => Reply.Replacing($"You have {taken.Case.Id} now: {CaseCards.Summary(taken.Case, desk.Now, desk.Cards)}.",
                await RefreshedCardAsync(taken.Case, $"taken by {actor.Member.Name}", cancellationToken).ConfigureAwait(false)),
            TakeOutcome.AlreadyTaken held => Reply.Say(held.Message),
            _ => throw new InvalidOperationException($"Unexpected take outcome {outcome.GetType().Name}."),
        };
    }

    private static string Who(Actor member, Actor actor) => member.Id == actor.Id ? "you" : $"{member.Member.Name} ({member.Id})";
}
