using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// One-shot commands ("queue", "case LE-2026-00042", "/triage stats 30d", "who is on call"), and card actions
/// that are not part of a running dialog. Returns null when the turn is not a command, so the conversation
/// engine can treat it as something else (a pasted request, an answer to a prompt, or unknown input).
/// </summary>
public interface ICommandRouter
{
    Task<IReadOnlyList<Reply>?> TryHandleAsync(Turn turn, Actor actor, CancellationToken cancellationToken);

    /// <summary>The short help shown for "help" and for input nobody understood, tailored to the actor's roles.</summary>
    Reply Help(Actor actor);
}
