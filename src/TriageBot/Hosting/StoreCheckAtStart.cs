using TriageBot.CaseTracking;
using TriageBot.Cases.Storage;

namespace TriageBot.Hosting;

/// <summary>
/// Once the host has started, opens every document of every sealed collection (<see cref="LiteDbCaseStore.CheckAll"/>)
/// in the background, so <c>GET /ready</c> counts what does not open in the whole file, not only what was met since
/// the start. A page at a time under the store's lock: turns, pages and reminders go on meanwhile.
/// </summary>
public sealed class StoreCheckAtStart(CaseServices cases, IHostApplicationLifetime lifetime, ILogger<StoreCheckAtStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        try
        {
            var result = await Task.Run(() => cases.Database.CheckAll(stoppingToken), stoppingToken).ConfigureAwait(false);
            if (result.Unreadable > 0)
                logger.LogWarning("Store check: {Unreadable} of {Documents} stored documents do not open ({ByCollection}); see GET /ready and triagebot store check",
                    result.Unreadable, result.Documents, StoreCheckText.ByCollection(result));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is CaseStoreException or ObjectDisposedException or LiteDB.LiteException)
        {
            logger.LogError("Store check at start did not finish: {Reason}", e.GetType().Name);
        }
    }
}

/// <summary>How a store check reads in one line: "cases 1, audit 2" (collections with unreadable documents only).</summary>
public static class StoreCheckText
{
    public static string ByCollection(StoreCheckResult result) =>
        string.Join(", ", result.Collections.Where(c => c.Unreadable > 0).Select(c => $"{c.Collection} {c.Unreadable}"));
}
