using BenchmarkDotNet.Attributes;
using TriageBot.Triage;

namespace TriageBot.Benchmarks;

/// <summary>Triage of a typical 5-10 KB request and of a 1 MB text.</summary>
[MemoryDiagnoser]
public class TriageBenchmarks
{
    private readonly TriageEngine _engine = new(new TriagePolicy { OwnDomains = ["northwind-labs.com"] });
    private readonly string _large = RequestTexts.Large(1024 * 1024);

    [GlobalSetup]
    public void WarmUp() => _engine.Triage(RequestTexts.Typical);

    [Benchmark(Description = "typical request (~7 KB)")]
    public object Typical() => _engine.Triage(RequestTexts.Typical);

    [Benchmark(Description = "1 MB text")]
    public object OneMegabyte() => _engine.Triage(_large);
}

/// <summary>Hostile inputs at three sizes: time must grow in proportion to size (x10 input, about x10 time).</summary>
public class HostileInputBenchmarks
{
    private readonly TriageEngine _engine = new(new TriagePolicy());
    private string _text = "";

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "";

    [Params(10_000, 100_000, 1_000_000)]
    public int Length { get; set; }

    public static IEnumerable<string> Shapes => RequestTexts.Hostile.Keys;

    [GlobalSetup]
    public void Build() => _text = RequestTexts.Hostile[Shape](Length);

    [Benchmark]
    public object Triage() => _engine.Triage(_text);
}
