using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TriageBot.Slack.Paging;

/// <summary>
/// Drives the escalations: every <see cref="PagingOptions.TickInterval"/> (a timer from the
/// <see cref="TimeProvider"/>, so tests move time by hand) it moves on what is due, and it hands button presses
/// on pages to the pager as they come. It looks at once on start, so escalations due while the host was down
/// continue without waiting a tick.
/// </summary>
public sealed class EscalationClock(EmergencyPager pager, PageAcknowledgements acknowledgements, PagingOptions options, TimeProvider time, ILogger<EscalationClock> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host's start-up does not wait for the first tick
        await Task.WhenAll(TickAsync(stoppingToken), AcknowledgeAsync(stoppingToken)).ConfigureAwait(false);
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.TickInterval, time);
        try
        {
            do
            {
                try
                {
                    await pager.RunDueAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Escalation tick failed; trying again at the next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: pending escalations are in the database and continue at the next start.
        }
    }

    private async Task AcknowledgeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var ack in acknowledgements.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await pager.AcknowledgeAsync(ack.CaseId, ack.SlackUserId, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Acknowledging the page for {CaseId} failed", ack.CaseId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
