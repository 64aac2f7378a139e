using BenchmarkDotNet.Attributes;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;

namespace TriageBot.Benchmarks;

/// <summary>The case store with 100,000 cases: a case by number, the queue, a 30-day window.</summary>
[MemoryDiagnoser]
public class CaseStoreBenchmarks
{
    public const int Count = 100_000;

    private static readonly CaseQuery Queue = new() { OpenOnly = true, Order = CaseOrder.PriorityThenAge, Limit = 50 };
    private static readonly CaseQuery LastThirtyDays = new()
    {
        ReceivedFrom = CaseCorpus.Now.AddDays(-30),
        ReceivedTo = CaseCorpus.Now,
        Order = CaseOrder.ReceivedNewestFirst,
    };

    private LiteDbCaseStore _store = null!;
    private string[] _ids = [];
    private readonly Random _random = new(42);

    [GlobalSetup]
    public void Setup()
    {
        var path = CaseCorpus.Ensure(Count, Console.WriteLine);
        _ids = CaseCorpus.Ids(Count);
        _store = LiteDbCaseStore.Open(path, null, CaseCorpus.DataKey, TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        var path = CaseCorpus.PathFor(Count);
        Console.WriteLine($"// file size: {new FileInfo(path).Length / (double)Count:N0} bytes per case ({new FileInfo(path).Length / 1048576.0:N1} MB, {Count:N0} cases)");
    }

    [Benchmark(Description = "GetAsync (random case)")]
    public CaseRecord? Get() => _store.GetAsync(_ids[_random.Next(_ids.Length)]).GetAwaiter().GetResult();

    [Benchmark(Description = "queue: open, P0 first, oldest first, 50")]
    public IReadOnlyList<CaseRecord> QueueQuery() => _store.QueryAsync(Queue).GetAwaiter().GetResult();

    [Benchmark(Description = "received in the last 30 days")]
    public IReadOnlyList<CaseRecord> ThirtyDays() => _store.QueryAsync(LastThirtyDays).GetAwaiter().GetResult();
}
