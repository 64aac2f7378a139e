using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace TriageBot.Slack.Tests.SocketMode;

/// <summary>
/// The host's clock in the Socket Mode tests: a <see cref="FakeTimeProvider"/> that also notes the due time of every
/// timer asked of it. A test waits until the client has asked for its back-off (a condition, not a wall-clock
/// guess) and then moves the fake time; no test depends on how fast the machine is.
/// </summary>
public sealed class TimerLog(FakeTimeProvider time) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _asked = new();

    public FakeTimeProvider Fake => time;

    /// <summary>Due times of the one-shot timers asked for so far (a <c>Task.Delay</c> on this clock is one).</summary>
    public IReadOnlyCollection<TimeSpan> Asked => _asked;

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override long TimestampFrequency => time.TimestampFrequency;

    public override long GetTimestamp() => time.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = time.CreateTimer(callback, state, dueTime, period);
        if (period == Timeout.InfiniteTimeSpan) _asked.Enqueue(dueTime); // noted once the timer exists, so an advance reaches it
        return timer;
    }
}
