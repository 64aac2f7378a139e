using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TriageBot.Benchmarks -- --filter '*'
// --quick: a one-shot timing of every input, for a first look without BenchmarkDotNet's statistics.
// --quick-cases: the same for the case store with 100,000 cases (CaseStoreBenchmarks has the full figures).
// --quick-reminders: the same for the reminders (ReminderSweepBenchmarks), with the time of a first open that migrates.
// --stages [folder ...]: time per engine stage over the typical request and the labelled folders (from the repo root).
//   --substages as well: the accounts and references stages split into their readings.
// --cpu [--runs N]: the typical request only, timed in the calling thread's CPU time (clock_gettime
//   CLOCK_THREAD_CPUTIME_ID, Linux), median per stage and whole request; far steadier than wall time on a shared
//   machine. With --stages as well, the labelled folders follow (totals in CPU time). Compare builds interleaved.
// --paging-latency [N]: the real host on loopback; N emergency pastes each in Slack and in Teams, timed from the
// request reaching the host to the page request reaching the fake Slack Web API / Bot Connector.
if (args.Contains("--paging-latency"))
{
    await TriageBot.Benchmarks.PagingLatency.RunAsync(args.SkipWhile(a => a != "--paging-latency").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault());
    return;
}
if (args.Contains("--stages") || args.Contains("--cpu"))
{
    TriageBot.Benchmarks.StageBreakdown.Substages = args.Contains("--substages");
    TriageBot.Benchmarks.StageBreakdown.Cpu = args.Contains("--cpu");
    TriageBot.Benchmarks.StageBreakdown.TypicalOnly = !args.Contains("--stages");
    if (args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() is { } runs && int.TryParse(runs, out var n) && n > 0)
        TriageBot.Benchmarks.StageBreakdown.Runs = n;
    await TriageBot.Benchmarks.StageBreakdown.RunAsync([.. args.SkipWhile(a => a != "--stages").Skip(1).TakeWhile(a => !a.StartsWith('-'))]);
    return;
}
if (args.Contains("--quick-reminders"))
{
    TriageBot.Benchmarks.QuickReminders.Run();
    return;
}
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
