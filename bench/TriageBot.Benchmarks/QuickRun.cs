using System.Diagnostics;
using TriageBot.Triage;

namespace TriageBot.Benchmarks;

/// <summary>A quick look (median of a few runs) at every input; BenchmarkDotNet gives the figures for README.</summary>
public static class QuickRun
{
    public static void Run()
    {
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] });
        engine.Triage(RequestTexts.Typical);
        Report("typical", RequestTexts.Typical, engine, 200);
        Report("1 MB", RequestTexts.Large(1024 * 1024), engine, 5);
        foreach (var (name, build) in RequestTexts.Hostile)
            foreach (var n in new[] { 10_000, 100_000, 1_000_000 })
                Report($"{name} {n:N0}", build(n), engine, 3);
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
