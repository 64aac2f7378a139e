using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>One family of commands ("queue", "mine", "overdue"; "take", "assign"; ...). The router asks each in
/// turn whether it <see cref="Matches"/> a request and lets the first one answer.</summary>
public interface ICommandHandler
{
    bool Matches(CommandRequest request);

    /// <summary>Answers the request. Case-service refusals may be thrown as
    /// <see cref="TriageBot.Cases.Workflow.CaseRuleException"/>: the router turns them into a plain reply.</summary>
    Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken);
}
