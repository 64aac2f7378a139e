using System.Globalization;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;

namespace TriageBot.Chat;

/// <summary>Pages in the local chat: printed in the terminal as <c>[page] …</c>, the one screen there is. The
/// escalation is stored like any other, so <c>triagebot serve</c> carries it on if nobody acknowledges here.</summary>
public sealed class TerminalPageChannel(TextWriter output) : IPageChannel
{
    private int _printed;

    public string Name => "terminal";

    public bool HasNoticeChannel => false;

    public async Task<PageDelivery> SendAsync(string memberId, Reply message, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"[page] {memberId} <- {message.Text}").ConfigureAwait(false);
        foreach (var card in message.Cards)
            await output.WriteLineAsync("[page]   " + string.Join(" · ", card.Facts.Select(f => $"{f.Label}: {f.Value}"))).ConfigureAwait(false);
        // The handle is only the print counter: a printed line cannot be changed, an update prints anew.
        return PageDelivery.Sent(new MessageHandle(Interlocked.Increment(ref _printed).ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<PageDelivery> UpdateAsync(MessageHandle message, Reply replacement, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"[page] {replacement.Text}").ConfigureAwait(false);
        return PageDelivery.Sent(message);
    }

    public Task<PageDelivery> NoticeAsync(MessageHandle? existing, Reply notice, CancellationToken cancellationToken) =>
        Task.FromResult(PageDelivery.Permanent("the terminal has no emergency channel"));

    public Task<string?> UnreachableReasonAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
