using TriageBot.Cases.Model;

namespace TriageBot.Mailbox.Processing;

/// <summary>
/// The paging hook: a P0 or P1 case opened from the mailbox must reach the on-call reviewer at once. The host
/// decides how (today its <c>IPageSink</c>; later the case desk's paging service). Returns a short line for the
/// log and the channel post; throws when the page could not be sent.
/// </summary>
public interface IInboxPager
{
    Task<string> PageAsync(CaseRecord opened, IReadOnlyList<string> missingFields, CancellationToken cancellationToken);
}
