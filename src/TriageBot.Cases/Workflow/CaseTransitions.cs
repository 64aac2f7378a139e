using TriageBot.Cases.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>
/// Which status may follow which. <c>awaiting_info</c> lists every state it can return to; the workflow narrows
/// that to the one the case actually came from. Unassigning (assigned → triaged) is the assignment's own move
/// and deliberately not in this table, so a plain status change cannot drop an assignee.
/// </summary>
public static class CaseTransitions
{
    private static readonly CaseStatus[] OpenStates =
        [CaseStatus.New, CaseStatus.Triaged, CaseStatus.Assigned, CaseStatus.InReview, CaseStatus.AwaitingInfo, CaseStatus.Responded, CaseStatus.Rejected];

    /// <summary>States a case can wait for information from, and so return to.</summary>
    public static readonly IReadOnlyList<CaseStatus> AwaitingInfoReturns = [CaseStatus.Triaged, CaseStatus.Assigned, CaseStatus.InReview];

    private static readonly Dictionary<CaseStatus, CaseStatus[]> Table = new()
    {
        [CaseStatus.New] = [CaseStatus.Triaged],
        [CaseStatus.Triaged] = [CaseStatus.Assigned, CaseStatus.AwaitingInfo],
        [CaseStatus.Assigned] = [CaseStatus.InReview, CaseStatus.AwaitingInfo],
        [CaseStatus.InReview] = [CaseStatus.Responded, CaseStatus.Rejected, CaseStatus.AwaitingInfo],
        [CaseStatus.AwaitingInfo] = [.. AwaitingInfoReturns],
        [CaseStatus.Responded] = [CaseStatus.Closed],
        [CaseStatus.Rejected] = [CaseStatus.Closed],
        [CaseStatus.Closed] = [],
        [CaseStatus.Withdrawn] = [],
    };

    /// <summary>Every state the table allows after <paramref name="from"/>, withdrawn last for open states.</summary>
    public static IReadOnlyList<CaseStatus> From(CaseStatus from) =>
        OpenStates.Contains(from) ? [.. Table[from], CaseStatus.Withdrawn] : Table[from];

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => From(from).Contains(to);

    /// <summary>Every (from, to) pair the table allows: the whole table, for documentation and tests.</summary>
    public static IEnumerable<(CaseStatus From, CaseStatus To)> All() =>
        Enum.GetValues<CaseStatus>().SelectMany(from => From(from).Select(to => (from, to)));
}
