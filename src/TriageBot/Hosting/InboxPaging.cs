using TriageBot.Cases.Model;
using TriageBot.CaseTracking;
using TriageBot.Dialogs.Messages;
using TriageBot.Mailbox.Processing;
using TriageBot.Triage.Model;

namespace TriageBot.Hosting;

/// <summary>
/// THE PAGING HOOK of the mailbox watcher: a P0 / P1 case opened from e-mail is paged the way the chat intake
/// pages today — to the on-call primary through the host's <see cref="IPageSink"/> (Slack with escalation when
/// its bot token is set, else the log) — and the page is written to the case's audit trail. When paging moves
/// to the case desk's service, this class is the one place to change.
/// </summary>
public sealed class PageSinkInboxPager(CaseServices cases, IPageSink pages, TimeProvider time) : IInboxPager
{
    public const string Actor = "mailbox";

    public async Task<string> PageAsync(CaseRecord opened, IReadOnlyList<string> missingFields, CancellationToken cancellationToken)
    {
        var shift = await cases.OnCall.WhoIsOnCallAsync(time.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        var page = new PageRequest(opened.Id, opened.Priority.ToString(), opened.ProcessType.ToWireName(), opened.ReceivedAt, opened.DueAt,
            [.. missingFields.Select(RequestFieldNames.Describe)], shift.Primary);
        await pages.PageAsync(page, cancellationToken).ConfigureAwait(false);
        await cases.Store.AppendAuditAsync(new AuditEntry
        {
            CaseId = opened.Id,
            Actor = Actor,
            At = time.GetUtcNow().UtcDateTime,
            Action = "paged",
            Field = "on_call_primary",
            NewValue = shift.Primary ?? "(nobody)",
        }, cancellationToken).ConfigureAwait(false);
        return shift.Primary is { } primary
            ? $"{opened.Priority}: paged the on-call primary, {NameOf(primary)}."
            : $"{opened.Priority}: paged, but nobody is on call as primary; call the managers ({string.Join(", ", shift.Managers)}).";
    }

    private string NameOf(string memberId) =>
        cases.Options.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase)) is { Name: { Length: > 0 } name }
            ? $"{name} ({memberId})"
            : memberId;
}
