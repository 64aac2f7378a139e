using TriageBot.Channels;

namespace TriageBot.Teams.Hosting;

/// <summary>The HTTP client for the Bot Connector and its token endpoint, behind the channels' resilience
/// pipeline (retries of 429/5xx honouring Retry-After, timeouts, circuit breaker).</summary>
public sealed class ConnectorHttp(TimeProvider time) : IDisposable
{
    public HttpClient Client { get; } = new(OutboundResilience.Handler(maxAttempts: 4, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), time))
    {
        // The pipeline's own timeouts bound each call.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}
