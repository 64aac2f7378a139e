using TriageBot.Cases.Workflow;
using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Paging;

/// <summary>What one sweep did: digests delivered, the reminders in them, and members no channel reached.</summary>
public sealed record ReminderSweepReport(int Digests, int Reminders, IReadOnlyList<string> Unreached);

/// <summary>
/// The case desk's reminders (SLA breaches, unacknowledged P0s, holds and orders ending, deadlines): each sweep
/// finds what is due and not yet sent to its member on the team's day (<c>Cases:TimeZone</c>, the cards' clock),
/// and sends everyone concerned one digest of all of theirs, through every page channel that reaches them (the
/// same adapters as pages). What reached someone is recorded per case (an audit entry and who was reminded until
/// the team's day ends, together) right after their digest, so a restart, even mid-sweep, does not send it again
/// that day. A member no channel reached is tried again at the next sweep.
/// </summary>
public sealed class ReminderDigests(ReminderFinder finder, ICaseStore store, IEnumerable<IPageChannel> channels, CasesOptions options, TimeProvider time, ILogger<ReminderDigests> logger)
{
    /// <summary>How often the host runs a sweep.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private readonly IReadOnlyList<IPageChannel> _channels = [.. channels];
    private readonly TeamClock _clock = TeamClock.TryCreate(options.TimeZone) ?? TeamClock.Utc;

    public async Task<ReminderSweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var dayEnds = _clock.DayEnds(now);
        var due = await finder.UnsentAtAsync(now, cancellationToken).ConfigureAwait(false);
        var digests = 0;
        var reminders = 0;
        var unreached = new List<string>();
        foreach (var mine in due.Where(r => r.Notify is not null).GroupBy(r => r.Notify!, StringComparer.OrdinalIgnoreCase))
        {
            var list = mine.ToList();
            var reached = await SendAsync(mine.Key, Digest(list), cancellationToken).ConfigureAwait(false);
            if (reached.Count == 0)
            {
                unreached.Add(mine.Key);
                logger.LogWarning("Reminders for {Member} ({Count}) reached no channel; trying again at the next sweep", mine.Key, list.Count);
                continue;
            }
            var via = string.Join(", ", reached);
            await store.RecordRemindersSentAsync([.. list.Select(r => new SentReminder(r.CaseId, r.Kind, mine.Key, now, via, dayEnds))], cancellationToken).ConfigureAwait(false);
            digests++;
            reminders += list.Count;
        }
        return new ReminderSweepReport(digests, reminders, unreached);
    }

    /// <summary>All of one person's reminders as one message, most pressing first.</summary>
    public static Reply Digest(IReadOnlyList<Reminder> reminders) => reminders.Count == 1
        ? Reply.WithCard($"Reminder: {reminders[0].Message}", CaseCards.Reminders("Reminder", reminders))
        : Reply.WithCard($"Reminders: {reminders.Count} things need your attention.", CaseCards.Reminders($"Reminders: {reminders.Count}", reminders));

    private async Task<List<string>> SendAsync(string member, Reply digest, CancellationToken cancellationToken)
    {
        var reached = new List<string>();
        foreach (var channel in _channels)
        {
            PageDelivery delivery;
            try
            {
                delivery = await channel.SendAsync(member, digest, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Adapters report failures rather than throw; one that throws must not cost the other channels.
                logger.LogWarning("Reminder digest via {Channel} failed: {Error}", channel.Name, e.GetType().Name);
                continue;
            }
            if (delivery.Status == PageDeliveryStatus.Delivered) reached.Add(channel.Name);
            else logger.LogInformation("Reminder digest for {Member} not delivered via {Channel}: {Problem}", member, channel.Name, delivery.Problem);
        }
        return reached;
    }
}
