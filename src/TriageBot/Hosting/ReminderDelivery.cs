using System.Text.Json;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.CaseTracking;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Hosting;

/// <summary>
/// Delivers what the case store says is due (SLA breaches, unacknowledged P0s, preservation holds and
/// non-disclosure orders ending, deadlines) to the member who should act, by every channel that can reach them,
/// once per reminder per day. What was sent is written to the case's audit trail, which is also how a restart
/// knows not to send it again.
/// </summary>
public sealed class ReminderDelivery(
    CaseServices cases,
    IEnumerable<IMemberNotifier> notifiers,
    TimeProvider time,
    ILogger<ReminderDelivery> logger) : BackgroundService
{
    public const string AuditAction = "reminder_sent";

    /// <summary>How often the store is asked what is due.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bad tick must not stop reminders for good; the next tick tries again.
                logger.LogWarning("Reminder delivery failed this round: {Error}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: returns how many reminders were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var delivered = 0;
        foreach (var reminder in await cases.Reminders.DueAtAsync(now, cancellationToken))
        {
            if (reminder.Notify is not { } member) continue;
            var kind = JsonNamingPolicy.SnakeCaseLower.ConvertName(reminder.Kind.ToString());
            var audit = await cases.Store.GetAuditAsync(reminder.CaseId, cancellationToken);
            if (audit.Any(e => e.Action == AuditAction && e.Field == kind && e.NewValue == member && e.At.Date == now.Date)) continue;

            var reached = new List<string>();
            foreach (var notifier in notifiers)
                if (await notifier.NotifyAsync(member, Reply.Say($"Reminder: {reminder.Message}"), cancellationToken))
                    reached.Add(notifier.Channel);
            if (reached.Count == 0)
            {
                logger.LogWarning("Reminder for {CaseId} could not reach {Member} on any channel", reminder.CaseId, member);
                continue;
            }
            await cases.Store.AppendAuditAsync(new AuditEntry
            {
                CaseId = reminder.CaseId,
                At = now,
                Actor = "triagebot",
                Action = AuditAction,
                Field = kind,
                NewValue = member,
                Reason = $"via {string.Join(", ", reached)}",
            }, cancellationToken);
            delivered++;
        }
        return delivered;
    }
}
