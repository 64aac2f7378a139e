using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriageBot.Dialogs.Paging;

namespace TriageBot.Hosting;

/// <summary>
/// Can an emergency reach a person? Degraded when some or all members of the on-call chain cannot be reached on
/// any channel (the chain skips them; with none, every page fails and the submitter is told to phone), healthy
/// otherwise. Never unhealthy: the host must keep taking turns (and requests) even when pages cannot go out. Only
/// counts are reported; the reasons are in the start-up warning.
/// </summary>
internal sealed class PagingHealthCheck(EscalationService pager) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var chain = pager.ChainMembers.Count;
        var unreachable = (await pager.UnreachableMembersAsync(cancellationToken).ConfigureAwait(false)).Count;
        var data = new Dictionary<string, object> { ["chainMembers"] = chain, ["unreachable"] = unreachable };
        if (chain == 0 || unreachable >= chain)
            return HealthCheckResult.Degraded("No member of the on-call chain can be reached on any channel: emergencies cannot be paged.", data: data);
        return unreachable > 0
            ? HealthCheckResult.Degraded($"{unreachable} of {chain} on-call chain members cannot be reached on any channel.", data: data)
            : HealthCheckResult.Healthy($"All {chain} on-call chain members can be reached.", data: data);
    }
}
