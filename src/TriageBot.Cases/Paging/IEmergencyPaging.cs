namespace TriageBot.Cases.Paging;

/// <summary>
/// The case desk's paging entry point: "this case was opened (or read) at P0 / P1 from this source, page now".
/// Every intake path calls it — chat pastes in Teams, Slack and the terminal, files, <c>triage --save</c>, the
/// mailbox. Where a pager runs it pages the on-call chain at once on every channel; elsewhere the case is marked
/// unpaged and the host pages it at its first tick. Calling it again for the same case does not page again.
/// </summary>
public interface IEmergencyPaging
{
    /// <summary>Starts (or continues) the escalation of a case; says who was reached, on which channel.</summary>
    Task<PagingReport> PageAsync(PagingCall call, CancellationToken cancellationToken);

    /// <summary>The case is not an emergency after all: no one else is paged, every page and notice says so in
    /// place, and the audit trail records it. Null when the case was never paged.</summary>
    Task<PagingReport?> StandDownAsync(string caseId, string actor, string reason, CancellationToken cancellationToken);
}

/// <param name="CaseId">The case, already opened (P0 or P1).</param>
/// <param name="Source">Where it came in: <c>chat paste</c>, a file name, <c>mailbox</c>; for the audit trail.</param>
/// <param name="RequestedBy">A roster member id (the submitter, told who was reached) or a service name such as <c>mailbox</c>.</param>
public sealed record PagingCall(string CaseId, string Source, string RequestedBy);

public enum PagingState
{
    /// <summary>At least one person was reached.</summary>
    Paged,
    /// <summary>Nobody in the chain could be reached on any channel; the submitter and the managers were told.</summary>
    NobodyReached,
    /// <summary>No pager runs here: stored, paged when the host starts.</summary>
    Pending,
    /// <summary>Someone acknowledged already; no page was sent.</summary>
    Acknowledged,
    StoodDown,
    /// <summary>The case is not P0 or P1.</summary>
    NotUrgent,
}

/// <summary>One person reached on one channel.</summary>
public sealed record PageReach(string Member, string Channel);

/// <summary>What a page did, for the submitter's reply.</summary>
/// <param name="Problems">Why members could not be reached ("dana: slack user_disabled"); safe to show.</param>
public sealed record PagingReport(string CaseId, PagingState State, IReadOnlyList<PageReach> Reached, IReadOnlyList<string> Problems)
{
    /// <summary>One sentence for the submitter, with names from <paramref name="nameOf"/>.</summary>
    public string Describe(Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        var why = Problems.Count == 0 ? "" : $" ({string.Join("; ", Problems)})";
        return State switch
        {
            PagingState.Paged => $"Paged {string.Join(", ", Reached.GroupBy(r => r.Member, StringComparer.OrdinalIgnoreCase)
                .Select(g => $"{nameOf(g.Key)} on {string.Join(" and ", g.Select(r => Channel(r.Channel)))}"))}{(Problems.Count == 0 ? "" : $"; not reached: {string.Join("; ", Problems)}")}.",
            PagingState.NobodyReached => $"NOBODY could be reached for {CaseId}{why}: call the on-call reviewer or a manager now. The managers were told.",
            PagingState.Pending => $"{CaseId} is NOT paged yet: no pager runs here. `triagebot serve` pages it within one tick of starting; start it now or call the on-call reviewer.",
            PagingState.Acknowledged => $"{CaseId} was already acknowledged; nobody was paged again.",
            PagingState.StoodDown => $"The pages for {CaseId} were stood down.",
            _ => $"{CaseId} is not P0 or P1; nobody was paged.",
        };
    }

    private static string Channel(string via) => via switch
    {
        "slack" => "Slack",
        "teams" => "Teams",
        _ => via,
    };
}
