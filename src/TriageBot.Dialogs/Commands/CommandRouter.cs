using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// Reads a turn as a command (typed, or a card button) and lets the handler for that family answer. Every
/// handler checks the actor's permission before it reads or changes a case. Refusals from the case services
/// become plain replies: the caller never sees an exception for a case that does not exist or a move not allowed.
/// </summary>
public sealed class CommandRouter : ICommandRouter
{
    /// <summary>Commands whose answers show case details; in a group conversation they are declined.</summary>
    private static readonly HashSet<string> PrivateOnly =
        [CommandNames.Queue, CommandNames.Mine, CommandNames.Overdue, CommandNames.Case, CommandNames.Remind, CommandNames.Export, CommandNames.RequestInfo, CommandNames.InfoRequestLetter];

    private readonly IReadOnlyList<ICommandHandler> _handlers;

    /// <param name="handlers">The command families, asked in order (registered by <c>AddTriageBotCore</c>).</param>
    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
        _handlers = [.. handlers ?? throw new ArgumentNullException(nameof(handlers))];
    }

    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(Turn turn, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(actor);
        var request = turn.Action is { } action
            ? CommandGrammar.FromAction(action)
            : turn.Files.Count > 0 ? null : CommandGrammar.Parse(turn.Text); // files are a request to triage
        if (request is null) return null;
        var handler = _handlers.FirstOrDefault(h => h.Matches(request));
        if (handler is null) return null;

        if (!turn.IsPrivate && PrivateOnly.Contains(request.Name))
            return [Reply.Say("I show case details only in a private chat: message me directly.")];

        try
        {
            return await handler.HandleAsync(request, actor, cancellationToken).ConfigureAwait(false);
        }
        catch (CaseRuleException refused)
        {
            // Not found, a move the workflow does not allow, a change that lost a race: the message says it.
            return [Reply.Say(refused.Message)];
        }
        catch (CaseStoreException unavailable)
        {
            return [Reply.Say(unavailable.Message)];
        }
        catch (ArgumentException invalid) when (invalid is not ArgumentNullException)
        {
            // The services' argument checks are worded for people ("'x' is not on the team roster; ...").
            return [Reply.Say(Plain(invalid))];
        }
    }

    /// <summary>The message without the " (Parameter 'x')" the runtime appends, which means nothing to people.</summary>
    private static string Plain(ArgumentException e)
    {
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        return suffix is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    public Reply Help(Actor actor) => HelpCommand.For(actor);
}
