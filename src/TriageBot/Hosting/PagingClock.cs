using TriageBot.Dialogs.Paging;

namespace TriageBot.Hosting;

/// <summary>
/// Drives the escalations: at start (so a case saved while the host was down, or a step that fell due, is paged
/// at once) and then every <c>Paging:TickInterval</c>, on a timer from the <see cref="TimeProvider"/> so tests move
/// time by hand. At start it also warns about chain members no channel can reach.
/// </summary>
public sealed class PagingClock(EscalationService pager, TriageBot.Cases.Paging.PagingOptions options, TimeProvider time, ILogger<PagingClock> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host's start-up does not wait for the first tick
        try
        {
            foreach (var warning in await pager.UnreachableMembersAsync(stoppingToken))
                logger.LogWarning("Paging: on-call chain member cannot be reached on any channel: {Member}", warning);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Paging: could not check who can be reached: {Error}", e.GetType().Name);
        }

        using var timer = new PeriodicTimer(options.TickInterval, time);
        try
        {
            do
            {
                try
                {
                    await pager.RunDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Escalation tick failed; trying again at the next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: pending escalations are in the database and continue at the next start.
        }
    }
}
