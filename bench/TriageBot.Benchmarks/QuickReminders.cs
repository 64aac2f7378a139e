using System.Diagnostics;
using TriageBot.Cases.Storage;

namespace TriageBot.Benchmarks;

/// <summary>
/// <c>--quick-reminders</c>: a one-shot look at the reminders at 100,000 cases without BenchmarkDotNet: the first
/// open of a corpus written before schema 7 (the migration that fills the reminder keys), then the median time and
/// the allocations of "what is due" and of the steady-state sweep (<see cref="ReminderSweepBenchmarks"/>).
/// </summary>
public static class QuickReminders
{
    public static void Run()
    {
        var path = CaseCorpus.Ensure(CaseStoreBenchmarks.Count, Console.WriteLine);
        var watch = Stopwatch.StartNew();
        using (LiteDbCaseStore.Open(path, null, CaseCorpus.DataKey, TimeProvider.System))
            Console.WriteLine($"{"open (migrates once if older)",-42} {watch.Elapsed.TotalMilliseconds,10:F0} ms");

        var benchmarks = new ReminderSweepBenchmarks();
        benchmarks.Setup();
        Time("reminders: what is due (all)", 20, benchmarks.DueNow);
        Time("  of which the store's read", 20, benchmarks.DueCandidates);
        Time("reminder sweep: unsent, due now", 50, benchmarks.Sweep);
        benchmarks.Cleanup();
    }

    private static void Time(string name, int runs, Func<int> operation)
    {
        operation();
        var times = new List<double>();
        long allocated = 0;
        var found = 0;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            found = operation();
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }
        times.Sort();
        Console.WriteLine($"{name,-42} {times[times.Count / 2],10:F2} ms (median of {runs}, min {times[0]:F2}, max {times[^1]:F2}), " +
                          $"{allocated / runs / 1024.0,10:N0} KB allocated, {found:N0} reminders");
    }
}
