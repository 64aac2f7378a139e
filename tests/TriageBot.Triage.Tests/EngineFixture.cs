using Microsoft.Extensions.Time.Testing;
using TriageBot.Triage;

namespace TriageBot.Triage.Tests;

/// <summary>An engine with the default policy and a clock fixed at 2026-11-20 09:00 UTC.</summary>
internal static class EngineFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static TriageEngine Create(Action<TriagePolicy>? configure = null)
    {
        var policy = new TriagePolicy { OwnDomains = ["northwind-labs.com"], OwnNames = ["Northwind Labs", "Northwind"] };
        configure?.Invoke(policy);
        return new TriageEngine(policy, new FakeTimeProvider(Now));
    }
}
