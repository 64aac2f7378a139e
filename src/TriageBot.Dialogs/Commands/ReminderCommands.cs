using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>"remind": what is due now — the actor's own reminders, or all of them for managers.</summary>
internal sealed class ReminderCommands(CaseDesk desk) : ICommandHandler
{
    public bool Matches(CommandRequest request) => request.Name == CommandNames.Remind;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.Remind)) return [Reply.Say(Permissions.Refusal(Permission.Remind))];
        var all = await desk.Reminders.DueAtAsync(desk.Now, cancellationToken).ConfigureAwait(false);
        // Managers answer for the whole desk; everyone else for what is theirs (held, or theirs while on call).
        var everything = Permissions.Allows(actor, Permission.Stats);
        var due = everything ? all : [.. all.Where(r => string.Equals(r.Notify, actor.Id, StringComparison.OrdinalIgnoreCase))];
        if (due.Count == 0) return [Reply.Say(everything ? "Nothing is due right now." : "Nothing is due for you right now.")];
        var title = everything ? $"Due now: {due.Count}" : $"Due now for you: {due.Count}";
        return [Reply.WithCard($"{Wording.Count(due.Count, "thing needs", "things need")} attention.", CaseCards.Reminders(title, due))];
    }
}
