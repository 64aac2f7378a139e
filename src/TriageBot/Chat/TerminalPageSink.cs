using TriageBot.Dialogs.Messages;

namespace TriageBot.Chat;

/// <summary>Pages in the local chat: shown in the terminal, since there is no Slack to send them to. The Slack
/// channel delivers the same page to the on-call reviewer and escalates.</summary>
public sealed class TerminalPageSink(TextWriter output) : IPageSink
{
    public Task PageAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var missing = page.Missing.Count == 0 ? "" : $"; missing: {string.Join(", ", page.Missing)}";
        return output.WriteLineAsync(
            $"[page] {page.OnCallPrimary ?? "nobody on call"} <- {page.CaseId} {page.Priority} {page.ProcessType}, received {page.ReceivedAt:HH:mm} UTC, due {page.DueAt:HH:mm} UTC{missing}");
    }
}
