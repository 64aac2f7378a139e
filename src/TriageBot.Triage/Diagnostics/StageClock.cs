using System.Diagnostics;

namespace TriageBot.Triage.Diagnostics;

/// <summary>
/// Where one triage spends its time, stage by stage: the benchmark's <c>--stages</c> mode passes one in, the product
/// never does (a null clock costs one null check per stage). By default it reads wall time; the benchmark's
/// <c>--cpu</c> hands it the calling thread's CPU time instead, which other processes on a shared machine disturb far
/// less. It keeps each request's figures as well as the totals, so a report can give medians.
/// </summary>
internal sealed class StageClock
{
    private readonly Dictionary<string, (double Milliseconds, long Bytes)> _totals = [];
    private readonly List<string> _order = [];
    // Each request's time per stage, kept when the clock was asked to (medians): one list per stage, one entry per request.
    private readonly Dictionary<string, List<double>>? _perRequest;
    private readonly Dictionary<string, double> _current = [];
    private int _requests;
    private readonly Func<double>? _now;
    private double _last;
    // What the stage allocated on this thread: garbage collection is a large share of a request's time.
    private long _lastBytes = GC.GetAllocatedBytesForCurrentThread();

    /// <param name="now">The time source in milliseconds (e.g. the thread's CPU time); wall time when null.</param>
    /// <param name="keepPerRequest">Keep each request's figure per stage, for <see cref="Medians"/>.</param>
    public StageClock(Func<double>? now = null, bool keepPerRequest = false)
    {
        _now = now;
        _perRequest = keepPerRequest ? [] : null;
        _last = Now();
    }

    private double Now() => _now is null ? Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency : _now();

    /// <summary>Starts the next request's first stage now.</summary>
    public void Restart()
    {
        Flush();
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = Now();
    }

    /// <summary>Charges the time since the previous lap to <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        var now = Now();
        var ms = now - _last;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        if (_totals.TryGetValue(stage, out var total)) _totals[stage] = (total.Milliseconds + ms, total.Bytes + bytes - _lastBytes);
        else
        {
            _totals[stage] = (ms, bytes - _lastBytes);
            _order.Add(stage);
        }
        if (_perRequest is not null) _current[stage] = _current.GetValueOrDefault(stage) + ms;
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = Now();
    }

    // Closes the request in progress: a stage it never reached counts 0 for it.
    private void Flush()
    {
        if (_perRequest is null || _current.Count == 0) return;
        foreach (var stage in _order)
        {
            if (!_perRequest.TryGetValue(stage, out var list)) _perRequest[stage] = list = [.. Enumerable.Repeat(0.0, _requests)];
            list.Add(_current.GetValueOrDefault(stage));
        }
        _requests++;
        _current.Clear();
    }

    /// <summary>Each stage's total, in the order the stages first ran.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds)> Totals => [.. _order.Select(s => (s, _totals[s].Milliseconds))];

    /// <summary>Each stage's total time and bytes allocated, in the order the stages first ran.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds, long Bytes)> TotalsWithBytes => [.. _order.Select(s => (s, _totals[s].Milliseconds, _totals[s].Bytes))];

    /// <summary>Each stage's median time per request (needs <c>keepPerRequest</c>), in the order the stages first ran.</summary>
    public IReadOnlyList<(string Stage, double Milliseconds)> Medians
    {
        get
        {
            Flush();
            return _perRequest is null ? [] : [.. _order.Select(s => (s, Median(_perRequest[s])))];
        }
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return 0;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
