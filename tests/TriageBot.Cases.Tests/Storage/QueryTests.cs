using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Storage;

public class QueryTests
{
    private static readonly DateTime T0 = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static async Task<IReadOnlyList<string>> Ids(LiteDbCaseStore store, CaseQuery query) =>
        (await store.QueryAsync(query)).Select(c => c.Id).ToList();

    [Fact]
    public async Task Open_only_leaves_out_closed_and_withdrawn_cases()
    {
        using var temp = new TempCaseStore();
        var open = await temp.Store.CreateAsync(SampleCases.Draft(T0, status: CaseStatus.Responded), "a");
        await temp.Store.CreateAsync(SampleCases.Draft(T0, status: CaseStatus.Closed), "a");
        await temp.Store.CreateAsync(SampleCases.Draft(T0, status: CaseStatus.Withdrawn), "a");

        foreach (var order in Enum.GetValues<CaseOrder>())
            Assert.Equal([open.Id], await Ids(temp.Store, new CaseQuery { OpenOnly = true, Order = order }));
    }

    [Fact]
    public async Task A_case_closed_by_an_update_leaves_the_queue_and_reopening_brings_it_back()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Draft(T0), "a");
        var queue = new CaseQuery { OpenOnly = true };

        var closed = ((UpdateOutcome.Updated)await temp.Store.UpdateAsync(created with { Status = CaseStatus.Closed }, 1, [])).Case;
        Assert.Empty(await Ids(temp.Store, queue));
        await temp.Store.UpdateAsync(closed with { Status = CaseStatus.InReview }, 2, []);
        Assert.Equal([created.Id], await Ids(temp.Store, queue));
    }

    [Fact]
    public async Task Filters_by_statuses_assignee_process_type_and_priority()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var a = await store.CreateAsync(SampleCases.Draft(T0, status: CaseStatus.Assigned, assignee: "alice", processType: LegalProcessType.Subpoena, priority: Priority.P1), "x");
        var b = await store.CreateAsync(SampleCases.Draft(T0.AddHours(1), status: CaseStatus.InReview, assignee: "bob", processType: LegalProcessType.SearchWarrant, priority: Priority.P1), "x");
        var c = await store.CreateAsync(SampleCases.Draft(T0.AddHours(2), status: CaseStatus.Closed, assignee: "alice", processType: LegalProcessType.SearchWarrant, priority: Priority.P3), "x");

        Assert.Equal([a.Id, c.Id], await Ids(store, new CaseQuery { Statuses = [CaseStatus.Assigned, CaseStatus.Closed] }));
        Assert.Empty(await Ids(store, new CaseQuery { Statuses = [] }));
        Assert.Equal([a.Id, c.Id], await Ids(store, new CaseQuery { Assignee = "alice" }));
        Assert.Equal([b.Id, c.Id], await Ids(store, new CaseQuery { ProcessType = LegalProcessType.SearchWarrant }));
        Assert.Equal([a.Id, b.Id], await Ids(store, new CaseQuery { Priority = Priority.P1 }));
        Assert.Equal([b.Id], await Ids(store, new CaseQuery { OpenOnly = true, Priority = Priority.P1, Assignee = "bob" }));
        Assert.Equal([c.Id], await Ids(store, new CaseQuery { Assignee = "alice", ProcessType = LegalProcessType.SearchWarrant }));
    }

    [Fact]
    public async Task Due_before_finds_open_cases_due_strictly_before_the_time()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var overdue = await store.CreateAsync(SampleCases.Draft(T0, due: T0.AddHours(1)), "x");
        await store.CreateAsync(SampleCases.Draft(T0, due: T0.AddHours(2)), "x");
        await store.CreateAsync(SampleCases.Draft(T0, status: CaseStatus.Closed, due: T0.AddMinutes(30)), "x");

        foreach (var order in Enum.GetValues<CaseOrder>())
            Assert.Equal([overdue.Id], await Ids(store, new CaseQuery { DueBefore = T0.AddHours(2), Order = order }));
    }

    [Fact]
    public async Task Received_window_includes_its_start_and_excludes_its_end()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var before = await store.CreateAsync(SampleCases.Draft(T0.AddTicks(-1)), "x");
        var atStart = await store.CreateAsync(SampleCases.Draft(T0), "x");
        var inside = await store.CreateAsync(SampleCases.Draft(T0.AddDays(15)), "x");
        var atEnd = await store.CreateAsync(SampleCases.Draft(T0.AddDays(30)), "x");

        Assert.Equal([atStart.Id, inside.Id], await Ids(store, new CaseQuery { ReceivedFrom = T0, ReceivedTo = T0.AddDays(30) }));
        Assert.Equal([atStart.Id, inside.Id, atEnd.Id], await Ids(store, new CaseQuery { ReceivedFrom = T0 }));
        Assert.Equal([before.Id, atStart.Id, inside.Id], await Ids(store, new CaseQuery { ReceivedTo = T0.AddDays(30) }));
    }

    [Fact]
    public async Task The_queue_puts_higher_priority_first_then_the_oldest_and_stops_at_the_limit()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var p2Old = await store.CreateAsync(SampleCases.Draft(T0, priority: Priority.P2), "x");
        var p0New = await store.CreateAsync(SampleCases.Draft(T0.AddDays(2), priority: Priority.P0), "x");
        var p2New = await store.CreateAsync(SampleCases.Draft(T0.AddDays(1), priority: Priority.P2), "x");
        var p0Old = await store.CreateAsync(SampleCases.Draft(T0.AddDays(1), priority: Priority.P0), "x");
        await store.CreateAsync(SampleCases.Draft(T0.AddDays(-5), priority: Priority.P0, status: CaseStatus.Closed), "x");

        Assert.Equal([p0Old.Id, p0New.Id, p2Old.Id, p2New.Id], await Ids(store, new CaseQuery { OpenOnly = true }));
        Assert.Equal([p0Old.Id, p0New.Id, p2Old.Id], await Ids(store, new CaseQuery { OpenOnly = true, Limit = 3 }));
        Assert.Empty(await Ids(store, new CaseQuery { OpenOnly = true, Limit = 0 }));
    }

    [Fact]
    public async Task Newest_first_and_due_soonest_first_orders()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store;
        var a = await store.CreateAsync(SampleCases.Draft(T0, due: T0.AddDays(3)), "x");
        var b = await store.CreateAsync(SampleCases.Draft(T0.AddDays(1), due: T0.AddDays(2)), "x");
        var c = await store.CreateAsync(SampleCases.Draft(T0.AddDays(2), due: T0.AddDays(4), status: CaseStatus.Closed), "x");

        Assert.Equal([c.Id, b.Id, a.Id], await Ids(store, new CaseQuery { Order = CaseOrder.ReceivedNewestFirst }));
        Assert.Equal([b.Id, a.Id, c.Id], await Ids(store, new CaseQuery { Order = CaseOrder.DueSoonestFirst }));
        Assert.Equal([b.Id, a.Id], await Ids(store, new CaseQuery { Order = CaseOrder.DueSoonestFirst, OpenOnly = true }));
        Assert.Equal([c.Id], await Ids(store, new CaseQuery { Order = CaseOrder.ReceivedNewestFirst, Limit = 1 }));
    }

    [Theory]
    [InlineData("queue", "QueueKey")]
    [InlineData("queue for one priority", "QueueKey")]
    [InlineData("open, due soonest", "OpenDueAt")]
    [InlineData("due before", "OpenDueAt")]
    [InlineData("received window", "ReceivedAt")]
    public void Hot_queries_read_one_index_range_in_order_without_sorting(string name, string index)
    {
        using var temp = new TempCaseStore();
        var query = name switch
        {
            "queue" => new CaseQuery { OpenOnly = true, Order = CaseOrder.PriorityThenAge, Limit = 50 },
            "queue for one priority" => new CaseQuery { OpenOnly = true, Priority = Priority.P0, Limit = 50 },
            "open, due soonest" => new CaseQuery { OpenOnly = true, Order = CaseOrder.DueSoonestFirst, Limit = 20 },
            "due before" => new CaseQuery { DueBefore = T0, Order = CaseOrder.DueSoonestFirst },
            _ => new CaseQuery { ReceivedFrom = T0, ReceivedTo = T0.AddDays(30), Order = CaseOrder.ReceivedNewestFirst },
        };

        var plan = temp.Store.ExplainQuery(query);

        Assert.Equal(index, plan["index"]["name"].AsString);
        Assert.StartsWith("INDEX RANGE SCAN", plan["index"]["mode"].AsString);
        Assert.True(plan["orderBy"].IsNull, $"the plan sorts: {plan}");
        Assert.True(plan["filters"].IsNull, $"the plan filters documents: {plan}");
    }

    [Fact]
    public async Task Every_query_returns_what_filtering_and_sorting_in_memory_returns()
    {
        using var temp = new TempCaseStore();
        var random = new Random(7);
        var statuses = Enum.GetValues<CaseStatus>();
        var drafts = Enumerable.Range(0, 300).Select(i => SampleCases.Draft(
            received: T0.AddMinutes(random.Next(0, 60 * 24 * 60)).AddTicks(random.Next(10_000)),
            priority: (Priority)random.Next(4),
            status: statuses[random.Next(statuses.Length)],
            assignee: random.Next(4) switch { 0 => null, 1 => "alice", 2 => "bob", _ => "carol" },
            processType: (LegalProcessType)random.Next(3),
            due: T0.AddMinutes(random.Next(0, 60 * 24 * 60)).AddTicks(random.Next(10_000))));
        var all = await temp.Store.ImportAsync(drafts, "import");

        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random);
            var expected = Reference(all, query).Select(c => c.Id).ToList();
            Assert.True(expected.SequenceEqual(await Ids(temp.Store, query)), $"differs for {query}");
        }
    }

    private static CaseQuery RandomQuery(Random random)
    {
        DateTime? SomeTime() => random.Next(3) == 0 ? T0.AddMinutes(random.Next(-60, 60 * 24 * 61)) : null;
        return new CaseQuery
        {
            OpenOnly = random.Next(2) == 0,
            Statuses = random.Next(4) == 0 ? Enum.GetValues<CaseStatus>().Where(_ => random.Next(3) == 0).ToList() : null,
            Assignee = random.Next(4) == 0 ? (random.Next(2) == 0 ? "alice" : "bob") : null,
            ProcessType = random.Next(4) == 0 ? (LegalProcessType)random.Next(3) : null,
            Priority = random.Next(4) == 0 ? (Priority)random.Next(4) : null,
            DueBefore = SomeTime(),
            ReceivedFrom = SomeTime(),
            ReceivedTo = SomeTime(),
            Order = (CaseOrder)random.Next(3),
            Limit = random.Next(3) == 0 ? random.Next(0, 40) : int.MaxValue,
        };
    }

    /// <summary>CaseQuery as documented, over a list.</summary>
    private static IEnumerable<CaseRecord> Reference(IEnumerable<CaseRecord> cases, CaseQuery q)
    {
        var matching = cases.Where(c =>
            (!q.OpenOnly || c.Status.IsOpen())
            && (q.Statuses is null || q.Statuses.Contains(c.Status))
            && (q.Assignee is null || c.Assignee == q.Assignee)
            && (q.ProcessType is null || c.ProcessType == q.ProcessType)
            && (q.Priority is null || c.Priority == q.Priority)
            && (q.DueBefore is null || (c.Status.IsOpen() && c.DueAt < q.DueBefore))
            && (q.ReceivedFrom is null || c.ReceivedAt >= q.ReceivedFrom)
            && (q.ReceivedTo is null || c.ReceivedAt < q.ReceivedTo));
        var ordered = q.Order switch
        {
            CaseOrder.PriorityThenAge => matching.OrderBy(c => c.Priority).ThenBy(c => c.ReceivedAt),
            CaseOrder.ReceivedNewestFirst => matching.OrderByDescending(c => c.ReceivedAt),
            _ => matching.OrderBy(c => c.DueAt),
        };
        return ordered.ThenBy(c => c.Sequence).Take(q.Limit);
    }
}
