using TriageBot.Dialogs.Paging;

namespace TriageBot.Hosting;

/// <summary>The reminders' timer: a sweep at start-up and every <see cref="ReminderDigests.Interval"/>; what is
/// due, the once-a-day rule and the digests are the case desk's (<see cref="ReminderDigests"/>).</summary>
public sealed class ReminderDelivery(ReminderDigests reminders, TimeProvider time, ILogger<ReminderDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ReminderDigests.Interval, time);
        do
        {
            try
            {
                await reminders.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bad tick must not stop reminders for good; the next tick tries again.
                logger.LogWarning("Reminder sweep failed this round: {Error}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
