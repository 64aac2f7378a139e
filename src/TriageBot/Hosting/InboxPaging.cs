using TriageBot.Cases.Model;
using TriageBot.Cases.Paging;
using TriageBot.Mailbox.Processing;

namespace TriageBot.Hosting;

/// <summary>
/// The mailbox watcher's paging hook: a P0 / P1 case opened from e-mail goes to the case desk's paging service,
/// the same chain, channels and audit as a chat paste. Where no pager runs the service stores it unpaged and the
/// host pages it at its first tick.
/// </summary>
public sealed class EmergencyPagingInboxPager(TriageBot.Cases.CasesOptions roster, IEmergencyPaging paging) : IInboxPager
{
    public const string Actor = "mailbox";

    public async Task<string> PageAsync(CaseRecord opened, IReadOnlyList<string> missingFields, CancellationToken cancellationToken)
    {
        var report = await paging.PageAsync(new PagingCall(opened.Id, Actor, Actor), cancellationToken).ConfigureAwait(false);
        return $"{opened.Priority}: {report.Describe(NameOf)}";
    }

    private string NameOf(string memberId) =>
        roster.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase)) is { Name: { Length: > 0 } name }
            ? $"{name} ({memberId})"
            : memberId;
}
