using TriageBot.Cases.Model;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;

namespace TriageBot.Dialogs.Commands;

/// <summary>The Acknowledge button of a page, from any channel. Who may acknowledge is the pager's rule.</summary>
internal sealed class PageCommands(EscalationService? paging) : ICommandHandler
{
    public bool Matches(CommandRequest request) => request.Name == CommandNames.PageAck;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        if (paging is null) return [Reply.Say("Paging does not run here; `triagebot serve` acknowledges pages.")];
        if (!CaseNumber.TryParse(request.Arg(CaseVerbs.CaseKey), out var number))
            return [Reply.Say("That button did not carry a valid case number, so nothing was changed.")];
        var result = await paging.AcknowledgeAsync(number.ToString(), actor, request.Arg(PageVerbs.TokenKey), cancellationToken).ConfigureAwait(false);
        return [Reply.Say(result.Message)];
    }
}
