using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TriageBot.Benchmarks -- --filter '*'
// --quick: a one-shot timing of every input, for a first look without BenchmarkDotNet's statistics.
// --quick-cases: the same for the case store with 100,000 cases (CaseStoreBenchmarks has the full figures).
if (args.Contains("--quick-cases"))
{
    TriageBot.Benchmarks.QuickRun.RunCases();
    return;
}
if (args.Contains("--quick"))
{
    TriageBot.Benchmarks.QuickRun.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TriageBot.Benchmarks.TriageBenchmarks).Assembly).Run(args);
