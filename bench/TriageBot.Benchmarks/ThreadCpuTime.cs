using System.Runtime.InteropServices;

namespace TriageBot.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): unlike wall time it does not
/// count the time the thread waits while other processes use the cores, so it stays usable on a busy shared machine.
/// It still moves with cache misses and clock frequency, so compare builds in interleaved runs.
/// </summary>
public static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3; // <linux/time.h>

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether this platform can read it (Linux).</summary>
    public static bool Available => OperatingSystem.IsLinux();

    /// <summary>The thread's CPU time so far, in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }
}
