using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TriageBot.Channels;

/// <summary>
/// How the channels' HTTP clients (Slack's Web API, the Bot Connector) survive a bad moment, with
/// Microsoft.Extensions.Http.Resilience: a timeout for the whole call, retries of 408/429/5xx and network failures
/// with exponential back-off that honour <c>Retry-After</c>, a circuit breaker that stops hammering a service
/// that keeps failing, and a timeout per attempt. A <c>Retry-After</c> longer than <c>maxRetryAfter</c> is not
/// waited for: the 429 goes back to the caller, which reports it.
/// </summary>
public static class OutboundResilience
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, int maxAttempts, TimeSpan baseDelay, TimeSpan maxRetryAfter, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TimeProvider = time;
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(0, maxAttempts - 1),
            Delay = baseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            ShouldRetryAfterHeader = true,
        };
        var retryable = retry.ShouldHandle;
        retry.ShouldHandle = args =>
            args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response && RetryAfter(response, time) > maxRetryAfter
                ? PredicateResult.False()
                : retryable(args);
        pipeline.AddTimeout(AttemptTimeout * Math.Max(1, maxAttempts) + maxRetryAfter * Math.Max(0, maxAttempts - 1));
        if (maxAttempts > 1) pipeline.AddRetry(retry);
        pipeline
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions())
            .AddTimeout(AttemptTimeout);
    }

    /// <summary>A handler with the pipeline around <paramref name="inner"/>, for clients built without the
    /// HTTP client factory (tests).</summary>
    public static DelegatingHandler Handler(int maxAttempts, TimeSpan baseDelay, TimeSpan maxRetryAfter, TimeProvider time, HttpMessageHandler? inner = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        Configure(builder, maxAttempts, baseDelay, maxRetryAfter, time);
        return new ResilienceHandler(builder.Build()) { InnerHandler = inner ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } };
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => TimeSpan.Zero,
    };
}
