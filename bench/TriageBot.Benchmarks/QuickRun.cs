using System.Diagnostics;
using TriageBot.Cases.Storage;
using TriageBot.Triage;

namespace TriageBot.Benchmarks;

/// <summary>A quick look (median of a few runs) at every input; BenchmarkDotNet gives the figures for README.</summary>
public static class QuickRun
{
    public static void Run()
    {
        var load = Stopwatch.StartNew();
        var model = TriageBot.Triage.Learning.TypeModel.Shipped;
        Console.WriteLine($"{"type model first load",-32} {load.Elapsed.TotalMilliseconds,10:F2} ms ({model?.Features.Count ?? 0} features)");
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] });
        // Let tiered compilation reach optimised code first (BenchmarkDotNet does this properly; this is a quick look).
        for (var i = 0; i < 1500; i++) engine.Triage(RequestTexts.Typical);
        Report("typical", RequestTexts.Typical, engine, 200);
        // A request with no process cue: the engine asks the learned model (Learning/TypeConsultation).
        for (var i = 0; i < 500; i++) engine.Triage(RequestTexts.NoProcessCue);
        Report("no process cue (model asked)", RequestTexts.NoProcessCue, engine, 200);
        if (model is not null)
        {
            ReportModel("model alone, typical", RequestTexts.Typical, model, 200);
            ReportModel("model alone, 1 MB", RequestTexts.Large(1024 * 1024), model, 5);
            // The content reader is asked where the cues read no content on a request that asks for data; it reads the
            // features the other readers share (one Bag per request), so this is its cost when it is the first reader.
            if (TriageBot.Triage.Learning.ContentReader.Reader.Shipped is { } content)
                ReportModel("content reader alone, typical", RequestTexts.Typical, content, 200);
            foreach (var (name, build) in RequestTexts.Hostile)
                ReportModel($"model alone, {name} 1 MB", build(1_000_000), model, 3);
        }
        Report("1 MB", RequestTexts.Large(1024 * 1024), engine, 5);
        foreach (var (name, build) in RequestTexts.Hostile)
            foreach (var n in new[] { 10_000, 100_000, 1_000_000 })
                Report($"{name} {n:N0}", build(n), engine, 3);
    }

    /// <summary>The case store with 100,000 cases (built once, kept in the temp folder): the same three
    /// operations as <see cref="CaseStoreBenchmarks"/>, and the file size per case.</summary>
    public static void RunCases()
    {
        const int count = CaseStoreBenchmarks.Count;
        var path = CaseCorpus.Ensure(count, Console.WriteLine);
        var ids = CaseCorpus.Ids(count);
        var random = new Random(42);
        var queue = new CaseQuery { OpenOnly = true, Order = CaseOrder.PriorityThenAge, Limit = 50 };
        var window = new CaseQuery { ReceivedFrom = CaseCorpus.Now.AddDays(-30), ReceivedTo = CaseCorpus.Now, Order = CaseOrder.ReceivedNewestFirst };
        using (var store = LiteDbCaseStore.Open(path, null, CaseCorpus.DataKey, TimeProvider.System))
        {
            Time("GetAsync (random case)", 200, () => $"{(store.GetAsync(ids[random.Next(ids.Length)]).Result is null ? 0 : 1)} case",
                warmUp: () => store.GetAsync(ids[0]).Wait());
            Time("queue (open, priority, age, 50)", 200, () => $"{store.QueryAsync(queue).Result.Count} cases",
                warmUp: () => store.QueryAsync(queue).Wait());
            Time("received in the last 30 days", 5, () => $"{store.QueryAsync(window).Result.Count} cases",
                warmUp: () => store.QueryAsync(window).Wait());
        }
        var size = new FileInfo(path).Length;
        Console.WriteLine($"{"file size per case",-32} {size / (double)count,10:N0} B  ({size / 1048576.0:N1} MB for {count:N0} cases, texts AES-GCM encrypted)");
    }

    private static void Time(string name, int runs, Func<string> operation, Action warmUp)
    {
        warmUp();
        var times = new List<double>();
        var what = "";
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            what = operation();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name,-32} {times[times.Count / 2],10:F3} ms (median of {runs}, {what})");
    }

    private static void ReportModel(string name, string text, TriageBot.Triage.Learning.TypeModel model, int runs)
    {
        var document = TriageBot.Triage.Model.RequestDocument.FromText(text);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            model.Predict(document);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name,-32} {times[times.Count / 2],10:F2} ms (median of {runs}, {text.Length:N0} chars)");
    }

    private static void Report(string name, string text, TriageEngine engine, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            engine.Triage(text);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name,-32} {times[times.Count / 2],10:F2} ms (median of {runs}, {text.Length:N0} chars)");
    }
}
