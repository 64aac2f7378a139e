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

    public static async Task RunAsync(IReadOnlyList<string> folders)
    {
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] });
        // Let tiered compilation reach optimised code first.
        for (var i = 0; i < 1500; i++) engine.Triage(RequestTexts.Typical);

        var typical = RequestDocument.FromText(RequestTexts.Typical);
        Report($"typical request ({RequestTexts.Typical.Length:N0} chars), 500 runs", engine, [typical], 500);

        if (folders.Count == 0)
        {
            folders = Directory.Exists("samples")
                ? ["samples", .. Directory.GetDirectories("samples/realistic").Where(d => !Path.GetFileName(d).StartsWith("heldout14", StringComparison.Ordinal)).Order()]
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

    private static void Report(string title, TriageEngine engine, IReadOnlyList<RequestDocument> documents, int runs)
    {
        var clock = new StageClock();
        // With --substages the accounts and references stages are split into their readings; the stage's own line
        // then holds only what no finer lap took.
        SubStages.Clock = Substages ? clock : null;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < runs; r++)
        {
            foreach (var document in documents)
            {
                clock.Restart();
                engine.Triage(document, clock);
            }
        }
        var total = watch.Elapsed.TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var requests = (double)runs * documents.Count;
        Console.WriteLine(title);
        Console.WriteLine($"  {"whole request",-24} {total / requests,8:F3} ms  {bytes / requests / 1024,8:F0} KB allocated");
        foreach (var (stage, ms, stageBytes) in clock.TotalsWithBytes)
            Console.WriteLine($"  {stage,-24} {ms / requests,8:F3} ms  {100 * ms / total,5:F1} %  {stageBytes / requests / 1024,8:F1} KB");
        Console.WriteLine();
    }
}
