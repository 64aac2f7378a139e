using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TriageBot.Benchmarks -- --filter '*'
// --quick: a one-shot timing of every input, for a first look without BenchmarkDotNet's statistics.
if (args.Contains("--dump")) { File.WriteAllText("/tmp/typical.txt", TriageBot.Benchmarks.RequestTexts.Typical); return; }
if (args.Contains("--quick"))
{
    TriageBot.Benchmarks.QuickRun.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TriageBot.Benchmarks.TriageBenchmarks).Assembly).Run(args);
