using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Reporting;

/// <summary>Figures over cases received in [From, To). Shares are fractions 0..1, null when nothing to divide.</summary>
/// <param name="ByType">Process type wire name → cases.</param>
/// <param name="ByStatus">Status wire name → cases.</param>
/// <param name="ByPriority">"P0".."P3" → cases.</param>
/// <param name="ByCountry">Requester country → cases ("unknown" when the triage found none).</param>
/// <param name="MedianTimeToAssign">Median of AssignedAt − ReceivedAt over cases with an assignee time.</param>
/// <param name="MedianTimeToClose">Median of ClosedAt − ReceivedAt over closed cases.</param>
/// <param name="Answered">Cases responded to or rejected (an answer was sent).</param>
/// <param name="AnsweredOnTime">Of those, answered by the legal deadline, or by the SLA due time when there is none.</param>
/// <param name="Emergency">Emergency requests (type or flag), counted apart as transparency reports do.</param>
/// <param name="Preservation">Preservation requests, counted apart.</param>
/// <param name="UnderNonDisclosure">Cases with a non-disclosure order (flag or end date).</param>
public sealed record CaseStatisticsReport(
    DateTime From,
    DateTime To,
    int Total,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByPriority,
    IReadOnlyDictionary<string, int> ByCountry,
    TimeSpan? MedianTimeToAssign,
    TimeSpan? MedianTimeToClose,
    int Answered,
    int AnsweredOnTime,
    double? AnsweredOnTimeShare,
    int Emergency,
    int Preservation,
    int UnderNonDisclosure,
    double? NonDisclosureShare);

/// <summary>Period statistics for managers: volumes, speed, punctuality.</summary>
public sealed class CaseStatistics(ICaseStore store, CasesOptions options)
{
    public const string UnknownCountry = "unknown";

    public async Task<CaseStatisticsReport> ComputeAsync(DateTime from, DateTime to, CancellationToken cancellationToken = default)
    {
        from = TimeWording.Utc(from);
        to = TimeWording.Utc(to);
        if (to <= from) throw new ArgumentException($"The period must end after it starts ({TeamClock.For(options).At(from)} → {TeamClock.For(options).At(to)}).", nameof(to));
        var cases = await ReceivedInAsync(store, from, to, cancellationToken).ConfigureAwait(false);

        var answered = cases.Where(c => c.RespondedAt is not null).ToList();
        var onTime = answered.Count(c => c.RespondedAt <= (c.LegalDeadline ?? c.DueAt));
        var underOrder = cases.Count(IsUnderNonDisclosure);
        return new CaseStatisticsReport(
            from, to, cases.Count,
            Count(cases, c => c.ProcessType.ToWireName()),
            Count(cases, c => c.Status.ToWireName()),
            Count(cases, c => c.Priority.ToString()),
            Count(cases, CountryOf),
            Median(cases.Where(c => c.AssignedAt is not null).Select(c => c.AssignedAt!.Value - c.ReceivedAt)),
            Median(cases.Where(c => c.Status == CaseStatus.Closed && c.ClosedAt is not null).Select(c => c.ClosedAt!.Value - c.ReceivedAt)),
            answered.Count,
            onTime,
            Share(onTime, answered.Count),
            cases.Count(c => c.ProcessType == LegalProcessType.Emergency || c.Flags.Contains(CaseFlags.Emergency)),
            cases.Count(c => c.ProcessType == LegalProcessType.Preservation),
            underOrder,
            Share(underOrder, cases.Count));
    }

    /// <summary>Cases received in [from, to); filtered again here so the window is half-open whatever the store does.</summary>
    internal static async Task<List<CaseRecord>> ReceivedInAsync(ICaseStore store, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var found = await store.QueryAsync(new CaseQuery { ReceivedFrom = from, ReceivedTo = to, Order = CaseOrder.ReceivedNewestFirst }, cancellationToken).ConfigureAwait(false);
        return [.. found.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to)];
    }

    internal static string CountryOf(CaseRecord c) => string.IsNullOrWhiteSpace(c.Requester.Country) ? UnknownCountry : c.Requester.Country;

    internal static bool IsUnderNonDisclosure(CaseRecord c) => c.NonDisclosureUntil is not null || c.Flags.Contains(CaseFlags.NonDisclosureOrder);

    private static SortedDictionary<string, int> Count(IEnumerable<CaseRecord> cases, Func<CaseRecord, string> key) =>
        new(cases.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static TimeSpan? Median(IEnumerable<TimeSpan> spans)
    {
        var sorted = spans.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : sorted[mid - 1] + (sorted[mid] - sorted[mid - 1]) / 2;
    }
}
