using BenchmarkDotNet.Attributes;
using TriageBot.Cases;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;

namespace TriageBot.Benchmarks;

/// <summary>
/// The reminders at 100,000 cases (about 5,700 open cases awaiting us are past their SLA at the corpus's "now").
/// "what is due" is the <c>remind</c> command's and <c>triagebot reminders</c>' read: everything due, sent or not.
/// "sweep" is what the host reads every 5 minutes on a copy of the corpus where everything due up to 5 minutes
/// earlier was already sent that day, as in steady running. Both read the small reminder documents through
/// indexes only, never a case document.
/// </summary>
[MemoryDiagnoser]
public class ReminderSweepBenchmarks
{
    private static readonly CasesOptions Options = new();

    private LiteDbCaseStore _store = null!;
    private LiteDbCaseStore _swept = null!;
    private ReminderFinder _finder = null!;
    private ReminderFinder _sweptFinder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = CaseCorpus.Ensure(CaseStoreBenchmarks.Count, Console.WriteLine);
        var sweptPath = SweptCopy(path);
        _store = LiteDbCaseStore.Open(path, null, CaseCorpus.DataKey, TimeProvider.System);
        _swept = LiteDbCaseStore.Open(sweptPath, null, CaseCorpus.DataKey, TimeProvider.System);
        _finder = new ReminderFinder(_store, new OnCallSchedule(_store, Options, TimeProvider.System), Options);
        _sweptFinder = new ReminderFinder(_swept, new OnCallSchedule(_swept, Options, TimeProvider.System), Options);
        Console.WriteLine($"// due at now: {_finder.DueAtAsync(CaseCorpus.Now).GetAwaiter().GetResult().Count:N0} reminders; " +
                          $"unsent after the earlier sweeps: {_sweptFinder.UnsentAtAsync(CaseCorpus.Now).GetAwaiter().GetResult().Count:N0}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _swept.Dispose();
    }

    [Benchmark(Description = "reminders: what is due (all, sent or not)")]
    public int DueNow() => _finder.DueAtAsync(CaseCorpus.Now).GetAwaiter().GetResult().Count;

    /// <summary>The store's part of <see cref="DueNow"/>: the candidates, before the rules word them.</summary>
    public int DueCandidates() => _store.FindReminderCandidatesAsync(CaseCorpus.Now, TimeSpan.FromDays(Options.ExpiryWarningDays), unsentOnly: false).GetAwaiter().GetResult().Count;

    [Benchmark(Description = "reminder sweep: unsent, due now")]
    public int Sweep() => _sweptFinder.UnsentAtAsync(CaseCorpus.Now).GetAwaiter().GetResult().Count;

    /// <summary>The corpus as the sweeps up to 5 minutes before "now" leave it, built once beside it.</summary>
    private static string SweptCopy(string path)
    {
        var swept = Path.ChangeExtension(path, null) + "-swept.db";
        if (File.Exists(swept + ".complete")) return swept;
        File.Copy(path, swept, overwrite: true);
        using (var store = LiteDbCaseStore.Open(swept, null, CaseCorpus.DataKey, TimeProvider.System))
        {
            var earlier = CaseCorpus.Now.AddMinutes(-5);
            var finder = new ReminderFinder(store, new OnCallSchedule(store, Options, TimeProvider.System), Options);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var due = finder.UnsentAtAsync(earlier).GetAwaiter().GetResult();
            var found = watch.Elapsed;
            store.RecordRemindersSentAsync([.. due.Select(r => new SentReminder(r.CaseId, r.Kind, r.Notify ?? "nobody", earlier, "benchmark", earlier.Date.AddDays(1)))]).GetAwaiter().GetResult();
            Console.WriteLine($"// first sweep after the migration: {due.Count:N0} reminders found in {found.TotalMilliseconds:F0} ms, recorded as sent in {(watch.Elapsed - found).TotalMilliseconds:F0} ms");
        }
        File.WriteAllText(swept + ".complete", "");
        return swept;
    }
}
