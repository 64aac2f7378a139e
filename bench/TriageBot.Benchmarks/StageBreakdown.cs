using System.Diagnostics;
using TriageBot.Cli;
using TriageBot.Intake;
using TriageBot.Triage;
using TriageBot.Triage.Diagnostics;
using TriageBot.Triage.Model;

namespace TriageBot.Benchmarks;

/// <summary>
/// Where the engine's time goes, stage by stage (<c>--stages [folder ...]</c>): over the typical request, and over
/// every request in the labelled folders given (default: samples/ and samples/realistic/*). Run from the
/// repository root. Figures are totals per request, so stages add up to the whole.
/// </summary>
public static class StageBreakdown
{
    /// <summary>Whether the accounts and references stages are timed reading by reading (<c>--substages</c>).</summary>
    public static bool Substages { get; set; }

    /// <summary>Whether stages are timed in the calling thread's CPU time, with medians per stage (<c>--cpu</c>).</summary>
    public static bool Cpu { get; set; }

    /// <summary>How many times the typical request is triaged (<c>--runs N</c>).</summary>
    public static int Runs { get; set; } = 500;

    /// <summary>Whether only the typical request is timed (<c>--cpu</c> without <c>--stages</c>).</summary>
    public static bool TypicalOnly { get; set; }

    public static async Task RunAsync(IReadOnlyList<string> folders)
    {
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] });
        // Let tiered compilation reach optimised code first.
        for (var i = 0; i < 1500; i++) engine.Triage(RequestTexts.Typical);

        var typical = RequestDocument.FromText(RequestTexts.Typical);
        if (Cpu) ReportCpu($"typical request ({RequestTexts.Typical.Length:N0} chars), {Runs} runs, thread CPU time", engine, typical, Runs);
        else Report($"typical request ({RequestTexts.Typical.Length:N0} chars), {Runs} runs", engine, [typical], Runs);
        if (TypicalOnly) return;

        if (folders.Count == 0)
        {
            folders = Directory.Exists("samples")
                ? ["samples", .. Directory.GetDirectories("samples/realistic").Where(d => !Path.GetFileName(d).StartsWith("heldout29", StringComparison.Ordinal)).Order()]
                : [];
        }
        var reader = new RequestReader(new IntakeLimits());
        var documents = new List<RequestDocument>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order())
            {
                if (await InputFiles.ReadAsync(reader, file, CancellationToken.None) is IntakeResult.Success read) documents.Add(read.Document);
            }
        }
        if (documents.Count > 0)
        {
            var chars = documents.Sum(d => (long)(d.Text?.Length ?? 0));
            Report($"{documents.Count} labelled requests ({string.Join(", ", folders)}; {chars / documents.Count:N0} chars on average), 20 runs each", engine, documents, 20);
        }
    }

    /// <summary>
    /// The typical request in the thread's CPU time: the median whole request without the stage clock (the figure to
    /// compare), then with it, each stage's median, and what each stage allocates on average. The stage clock's own
    /// calls (a system call a lap, ~1 µs) are charged to the stages; the first line has none.
    /// </summary>
    private static void ReportCpu(string title, TriageEngine engine, RequestDocument document, int runs)
    {
        if (!ThreadCpuTime.Available) throw new PlatformNotSupportedException("--cpu reads the thread's CPU time, which needs Linux");
        var bare = new List<double>(runs);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < runs; r++)
        {
            var start = ThreadCpuTime.Milliseconds();
            engine.Triage(document);
            bare.Add(ThreadCpuTime.Milliseconds() - start);
        }
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)runs;

        var clock = new StageClock(ThreadCpuTime.Milliseconds, keepPerRequest: true);
        SubStages.Clock = Substages ? clock : null;
        var whole = new List<double>(runs);
        for (var r = 0; r < runs; r++)
        {
            clock.Restart();
            var start = ThreadCpuTime.Milliseconds();
            engine.Triage(document, clock);
            whole.Add(ThreadCpuTime.Milliseconds() - start);
        }
        SubStages.Clock = null;
        var medians = clock.Medians;
        var stageBytes = clock.TotalsWithBytes.ToDictionary(t => t.Stage, t => t.Bytes);
        Console.WriteLine(title);
        Console.WriteLine($"  {"whole request",-24} {StageClock.Median(bare),8:F3} ms median (min {bare.Min():F3})  {bytes / 1024,8:F0} KB allocated");
        Console.WriteLine($"  {"with the stage clock",-24} {StageClock.Median(whole),8:F3} ms median; stage medians sum to {medians.Sum(m => m.Milliseconds):F3}");
        foreach (var (stage, ms) in medians)
            Console.WriteLine($"  {stage,-24} {ms,8:F4} ms  {stageBytes[stage] / (double)runs / 1024,8:F1} KB");
        Console.WriteLine();
    }

    private static void Report(string title, TriageEngine engine, IReadOnlyList<RequestDocument> documents, int runs)
    {
        var clock = Cpu ? new StageClock(ThreadCpuTime.Milliseconds) : new StageClock();
        // With --substages the accounts and references stages are split into their readings; the stage's own line
        // then holds only what no finer lap took.
        SubStages.Clock = Substages ? clock : null;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var cpuStart = Cpu ? ThreadCpuTime.Milliseconds() : 0;
        for (var r = 0; r < runs; r++)
        {
            foreach (var document in documents)
            {
                clock.Restart();
                engine.Triage(document, clock);
            }
        }
        var total = Cpu ? ThreadCpuTime.Milliseconds() - cpuStart : watch.Elapsed.TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var requests = (double)runs * documents.Count;
        Console.WriteLine(title);
        Console.WriteLine($"  {"whole request",-24} {total / requests,8:F3} ms  {bytes / requests / 1024,8:F0} KB allocated");
        foreach (var (stage, ms, stageBytes) in clock.TotalsWithBytes)
            Console.WriteLine($"  {stage,-24} {ms / requests,8:F3} ms  {100 * ms / total,5:F1} %  {stageBytes / requests / 1024,8:F1} KB");
        Console.WriteLine();
    }
}
