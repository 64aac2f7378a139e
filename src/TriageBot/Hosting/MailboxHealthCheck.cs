using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriageBot.Mailbox.Watching;

namespace TriageBot.Hosting;

/// <summary>Part of <c>GET /ready</c>: every watched mailbox is connected; otherwise each one's state, last error
/// (never a credential) and next attempt.</summary>
internal sealed class MailboxHealthCheck(InboxHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        foreach (var h in health.All)
            data[h.Mailbox] = new { state = h.State, idle = h.Idle, lastSucceededAt = h.LastSucceededAt, lastError = h.LastError,
                consecutiveFailures = h.ConsecutiveFailures, nextAttemptAt = h.NextAttemptAt };
        return Task.FromResult(health.IsReady
            ? HealthCheckResult.Healthy("every mailbox is watched", data)
            : HealthCheckResult.Unhealthy("a mailbox is not watched", data: data));
    }
}
