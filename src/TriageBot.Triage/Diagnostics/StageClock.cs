using System.Diagnostics;

namespace TriageBot.Triage.Diagnostics;

/// <summary>
/// Where one triage spends its time, stage by stage: the benchmark's <c>--stages</c> mode passes one in, the product
/// never does (a null clock costs one null check per stage).
/// </summary>
internal sealed class StageClock
{
    private readonly Dictionary<string, (double Milliseconds, long Bytes)> _totals = [];
    private readonly List<string> _order = [];
    private long _last = Stopwatch.GetTimestamp();
    // What the stage allocated on this thread: garbage collection is a large share of a request's time.
    private long _lastBytes = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Starts the next request's first stage now.</summary>
    public void Restart()
    {
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Charges the time since the previous lap to <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        if (_totals.TryGetValue(stage, out var total)) _totals[stage] = (total.Milliseconds + ms, total.Bytes + bytes - _lastBytes);
        else
        {
            _totals[stage] = (ms, bytes - _lastBytes);
            _order.Add(stage);
        }
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Each stage's total, in the order the stages first ran.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds)> Totals => [.. _order.Select(s => (s, _totals[s].Milliseconds))];

    /// <summary>Each stage's total time and bytes allocated, in the order the stages first ran.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds, long Bytes)> TotalsWithBytes => [.. _order.Select(s => (s, _totals[s].Milliseconds, _totals[s].Bytes))];
}
