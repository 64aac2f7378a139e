using BenchmarkDotNet.Attributes;
using TriageBot.Cases;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;

namespace TriageBot.Benchmarks;

/// <summary>What the reminder sweep reads at 100,000 cases: everything due at the corpus's "now".</summary>
[MemoryDiagnoser]
public class ReminderSweepBenchmarks
{
    private LiteDbCaseStore _store = null!;
    private ReminderFinder _finder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = CaseCorpus.Ensure(CaseStoreBenchmarks.Count, Console.WriteLine);
        _store = LiteDbCaseStore.Open(path, null, CaseCorpus.DataKey, TimeProvider.System);
        var options = new CasesOptions();
        _finder = new ReminderFinder(_store, new OnCallSchedule(_store, options, TimeProvider.System), options);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Description = "reminder sweep: what is due")]
    public int Sweep() => _finder.DueAtAsync(CaseCorpus.Now).GetAwaiter().GetResult().Count;
}
