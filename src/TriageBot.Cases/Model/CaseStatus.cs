namespace TriageBot.Cases.Model;

/// <summary>Where a case is in its life. Wire names are snake_case (<c>in_review</c>).</summary>
public enum CaseStatus
{
    New,
    Triaged,
    Assigned,
    InReview,
    AwaitingInfo,
    Responded,
    Rejected,
    Closed,
    Withdrawn,
}

public static class CaseStatusNames
{
    private static readonly Dictionary<CaseStatus, string> Names = new()
    {
        [CaseStatus.New] = "new",
        [CaseStatus.Triaged] = "triaged",
        [CaseStatus.Assigned] = "assigned",
        [CaseStatus.InReview] = "in_review",
        [CaseStatus.AwaitingInfo] = "awaiting_info",
        [CaseStatus.Responded] = "responded",
        [CaseStatus.Rejected] = "rejected",
        [CaseStatus.Closed] = "closed",
        [CaseStatus.Withdrawn] = "withdrawn",
    };

    private static readonly Dictionary<string, CaseStatus> ByName =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string ToWireName(this CaseStatus status) => Names[status];

    public static bool TryParse(string? name, out CaseStatus status) =>
        ByName.TryGetValue((name ?? "").Trim().Replace('-', '_').Replace(' ', '_'), out status);

    public static IEnumerable<string> All => Names.Values;

    /// <summary>Open cases still need work; closed and withdrawn ones are done (responded/rejected await closing).</summary>
    public static bool IsOpen(this CaseStatus status) => status is not (CaseStatus.Closed or CaseStatus.Withdrawn);

    /// <summary>The next move is ours: not answered yet and not waiting on the agency (awaiting_info waits on
    /// them; responded and rejected are answered). Only such a case can be overdue.</summary>
    public static bool AwaitsUs(this CaseStatus status) =>
        status is CaseStatus.New or CaseStatus.Triaged or CaseStatus.Assigned or CaseStatus.InReview;
}
