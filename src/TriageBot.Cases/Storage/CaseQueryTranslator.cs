using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Turns a <see cref="CaseQuery"/> into LiteDB predicates and an order. LiteDB uses one index per query, picked
/// from the predicates (an equality beats a range) or else from the order, so "open" is expressed through the
/// field that also gives the order where there is one: the queue walks <c>QueueKey</c> from its start and stops
/// after <c>Limit</c> entries, without reading or sorting the other open cases.
/// </summary>
internal static class CaseQueryTranslator
{
    public sealed record Plan(IReadOnlyList<BsonExpression> Filters, BsonExpression Order, bool Descending, bool Empty);

    public static Plan Translate(CaseQuery query)
    {
        var filters = new List<BsonExpression>();
        var openExpressed = false;
        BsonExpression order;
        var descending = false;

        switch (query.Order)
        {
            case CaseOrder.PriorityThenAge when query.OpenOnly:
                order = Field(CaseDocuments.QueueKey);
                if (query.Priority is { } priority)
                {
                    // The priority is the key's first part: a range of the same index, read in order.
                    var (first, last) = CaseDocuments.SortKeyRange(priority);
                    filters.Add(BsonExpression.Create($"$.{CaseDocuments.QueueKey} BETWEEN @0 AND @1", first, last));
                }
                else
                {
                    // A range (BETWEEN, which LiteDB seeks; >= it would scan) over every key: closed cases,
                    // whose QueueKey is null, are outside it and never read.
                    filters.Add(BsonExpression.Create($"$.{CaseDocuments.QueueKey} BETWEEN @0 AND @1", CaseDocuments.SortKeyRange(Priority.P0).First, CaseDocuments.SortKeyMax));
                }
                openExpressed = true;
                break;
            case CaseOrder.PriorityThenAge:
                order = Field(CaseDocuments.SortKey);
                break;
            case CaseOrder.ReceivedNewestFirst:
                order = Field(nameof(CaseRecord.ReceivedAt));
                descending = true;
                break;
            case CaseOrder.DueSoonestFirst when query.OpenOnly || query.DueBefore is not null:
                order = Field(CaseDocuments.OpenDueAt);
                if (query.DueBefore is null)
                {
                    // Every open case (closed ones have null here), read in due order from the one index.
                    filters.Add(BsonExpression.Create($"$.{CaseDocuments.OpenDueAt} BETWEEN 0 AND @0", long.MaxValue));
                    openExpressed = true;
                }
                break;
            case CaseOrder.DueSoonestFirst:
                order = Field(nameof(CaseRecord.DueAt));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(query), query.Order, "Unknown case order.");
        }

        if (query.DueBefore is { } dueBefore)
        {
            // OpenDueAt is null for closed cases and null sorts below numbers, so the range starts at 0.
            filters.Add(BsonExpression.Create($"$.{CaseDocuments.OpenDueAt} BETWEEN 0 AND @0", UtcTicks.Of(dueBefore) - 1));
            openExpressed = true;
        }
        if (query.OpenOnly && !openExpressed)
            filters.Add(BsonExpression.Create($"$.{CaseDocuments.IsOpen} = true"));

        if (query.Statuses is { } statuses)
        {
            if (statuses.Count == 0) return new Plan([], order, descending, Empty: true);
            filters.Add(BsonExpression.Create("$.Status IN @0", new BsonArray(statuses.Distinct().Select(s => new BsonValue(s.ToString())))));
        }
        if (query.Assignee is { } assignee) filters.Add(BsonExpression.Create("$.Assignee = @0", assignee));
        if (query.ProcessType is { } processType) filters.Add(BsonExpression.Create("$.ProcessType = @0", processType.ToString()));
        if (query.Priority is { } wanted && !(query.OpenOnly && query.Order == CaseOrder.PriorityThenAge))
            filters.Add(BsonExpression.Create("$.Priority = @0", wanted.ToString()));

        // The received window is half-open, [from, to): consecutive windows neither overlap nor leave gaps.
        switch (query.ReceivedFrom, query.ReceivedTo)
        {
            case ({ } from, { } to):
                filters.Add(BsonExpression.Create("$.ReceivedAt BETWEEN @0 AND @1", UtcTicks.Of(from), UtcTicks.Of(to) - 1));
                break;
            case ({ } from, null):
                filters.Add(BsonExpression.Create("$.ReceivedAt >= @0", UtcTicks.Of(from)));
                break;
            case (null, { } to):
                filters.Add(BsonExpression.Create("$.ReceivedAt < @0", UtcTicks.Of(to)));
                break;
        }

        return new Plan(filters, order, descending, Empty: query.Limit == 0);
    }

    /// <summary>The same order as the plan, completed with the case number, for results whose sort keys tie.</summary>
    public static IEnumerable<CaseRecord> Complete(IEnumerable<CaseRecord> cases, CaseOrder order) => order switch
    {
        CaseOrder.PriorityThenAge => cases.OrderBy(c => c.Priority).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Year).ThenBy(c => c.Sequence),
        CaseOrder.ReceivedNewestFirst => cases.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Year).ThenBy(c => c.Sequence),
        CaseOrder.DueSoonestFirst => cases.OrderBy(c => c.DueAt).ThenBy(c => c.Year).ThenBy(c => c.Sequence),
        _ => cases,
    };

    private static BsonExpression Field(string name) => BsonExpression.Create("$." + name);
}
