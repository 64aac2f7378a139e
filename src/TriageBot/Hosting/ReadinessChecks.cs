using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriageBot.Channels;

namespace TriageBot.Hosting;

/// <summary>
/// <c>GET /health</c> says the process is alive; <c>GET /ready</c> runs every health check tagged
/// <see cref="ReadyTag"/>: the database answers, the turn inbox (depth, dead letters) and that the host still
/// accepts turns, sealed documents that do not open (storage), and that the on-call chain can be paged. Another part of the host adds its own check (the pager: "is Slack reachable") with
/// <c>services.AddHealthChecks().AddCheck&lt;T&gt;(name, tags: [ReadinessChecks.ReadyTag])</c>.
/// </summary>
public static class ReadinessChecks
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<TurnInboxHealthCheck>("inbox", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<PagingHealthCheck>("paging", tags: [ReadyTag]);
        return services;
    }

    public static void MapHealthEndpoints(this WebApplication app, string databaseName)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok", database = databaseName }));
        app.MapHealthChecks("/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteAsync,
        });
    }

    /// <summary>Status and each check's figures; never an exception's text (it could name a file or a value).</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}

/// <summary>The database answers (reading the inbox needs it open), how many turns wait and how many are
/// dead-lettered, and whether new turns are accepted (not while shutting down).</summary>
internal sealed class TurnInboxHealthCheck(TurnQueue queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Cases.Storage.InboxCounts counts;
        try
        {
            counts = await queue.Inbox.CountAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the case database does not answer ({e.GetType().Name})");
        }
        var data = new Dictionary<string, object> { ["database"] = "open", ["pending"] = counts.Pending, ["dead"] = counts.Dead, ["accepting"] = queue.IsAccepting };
        if (!queue.IsAccepting) return HealthCheckResult.Unhealthy("shutting down: new turns are refused", data: data);
        return counts.Dead > 0
            ? HealthCheckResult.Degraded($"{counts.Dead} dead-lettered turns: see triagebot turns dead", data: data)
            : HealthCheckResult.Healthy("database open, accepting turns", data);
    }
}

/// <summary>Sealed documents the host met that do not open, by collection (<see cref="Cases.Storage.UnreadableDocuments"/>):
/// each costs only itself (left out, or set aside), so the host stays ready, "degraded" while any is known. Counts
/// and collection names only.</summary>
internal sealed class StorageHealthCheck(Cases.Storage.LiteDbCaseStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = store.Unreadable.Counts;
        var total = counts.Values.Sum();
        var checkedAt = store.Unreadable.FullyCheckedAt;
        var data = new Dictionary<string, object> { ["unreadable"] = total, ["fullCheck"] = checkedAt is { } at ? at.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "running" };
        foreach (var (collection, count) in counts) data["unreadable." + collection] = count;
        return Task.FromResult(total > 0
            ? HealthCheckResult.Degraded($"{total} stored documents do not open (damaged, or sealed under another key) and are left out: see triagebot store check; restore them from a backup or let them be written again", data: data)
            : HealthCheckResult.Healthy(checkedAt is null ? "every stored document read so far opens (the full check is running)" : "every stored document opens", data));
    }
}
