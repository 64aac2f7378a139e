using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>Lists of cases: "queue [filter]", "mine", "overdue".</summary>
internal sealed class QueueCommands(CaseDesk desk) : ICommandHandler
{
    public bool Matches(CommandRequest request) => request.Name is CommandNames.Queue or CommandNames.Mine or CommandNames.Overdue;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var filter = request.Name == CommandNames.Queue ? request.Arg("filter")?.ToLowerInvariant() : request.Name;
        return filter switch
        {
            CommandNames.Mine => [await MineAsync(actor, cancellationToken).ConfigureAwait(false)],
            CommandNames.Overdue => [await OverdueAsync(actor, cancellationToken).ConfigureAwait(false)],
            _ => [await QueueAsync(actor, filter, cancellationToken).ConfigureAwait(false)],
        };
    }

    private async Task<Reply> QueueAsync(Actor actor, string? filter, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.Queue)) return Reply.Say(Permissions.Refusal(Permission.Queue));
        var query = new CaseQuery { OpenOnly = true, Order = CaseOrder.PriorityThenAge };
        var label = "";
        if (filter is not null)
        {
            if (filter.Length == 2 && filter[0] == 'p' && Enum.TryParse<Priority>(filter, ignoreCase: true, out var priority))
            {
                query = query with { Priority = priority };
                label = $" {priority}";
            }
            else if (TypeOf(filter) is { } type)
            {
                query = query with { ProcessType = type };
                label = $" {type.ToWireName()}";
            }
        }
        var cases = (await desk.Store.QueryAsync(query, cancellationToken).ConfigureAwait(false)).Where(c => desk.MaySee(c, actor)).ToList();
        if (cases.Count == 0) return Reply.Say(label.Length == 0 ? "The queue is empty: no open cases." : $"No open{label} cases.");
        var now = desk.Now;
        var overdue = cases.Count(c => Overdue.Is(c, now));
        return Reply.WithCard(
            $"{Wording.Count(cases.Count, $"open{label} case", $"open{label} cases")}, {overdue} overdue.",
            CaseCards.List($"Queue{label}: {cases.Count}", cases, now, desk.Cards));
    }

    private async Task<Reply> MineAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.OwnCases)) return Reply.Say(Permissions.Refusal(Permission.OwnCases));
        var open = await desk.Store.QueryAsync(new CaseQuery { OpenOnly = true, Order = CaseOrder.PriorityThenAge }, cancellationToken).ConfigureAwait(false);
        var mine = open.Where(c => CaseDesk.IsOwn(c, actor) && desk.MaySee(c, actor)).ToList();
        if (mine.Count == 0) return Reply.Say("You have no open cases.");
        var held = mine.Count(c => string.Equals(c.Assignee, actor.Id, StringComparison.OrdinalIgnoreCase));
        return Reply.WithCard(
            $"{Wording.Count(mine.Count, "open case", "open cases")} of yours ({held} held by you).",
            CaseCards.List($"My cases: {mine.Count}", mine, desk.Now, desk.Cards));
    }

    private async Task<Reply> OverdueAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.Overdue)) return Reply.Say(Permissions.Refusal(Permission.Overdue));
        var now = desk.Now;
        var late = (await desk.Store.QueryAsync(new CaseQuery { OpenOnly = true, DueBefore = now, Order = CaseOrder.DueSoonestFirst }, cancellationToken).ConfigureAwait(false))
            .Where(c => Overdue.Is(c, now) && desk.MaySee(c, actor)).ToList();
        if (late.Count == 0) return Reply.Say("Nothing is overdue.");
        return Reply.WithCard($"{Wording.Count(late.Count, "case is", "cases are")} overdue.", CaseCards.List($"Overdue: {late.Count}", late, now, desk.Cards));
    }

    /// <summary>"warrants", "search warrant", "court_orders", "emergencies" → the process type.</summary>
    private static LegalProcessType? TypeOf(string filter)
    {
        var name = filter.Replace(' ', '_');
        if (name == "emergencies") name = "emergency";
        if (name == "warrant" || name == "warrants") name = "search_warrant";
        if (!LegalProcessTypeNames.TryParse(name, out var type) && !(name.EndsWith('s') && LegalProcessTypeNames.TryParse(name[..^1], out type)))
            return null;
        return type;
    }
}
