using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Mailbox.Configuration;

namespace TriageBot.Mailbox.Watching;

/// <summary>The host's background service: one <see cref="MailboxWatcher"/> per configured mailbox.</summary>
public sealed class InboxService(InboxOptions options, Processing.InboxProcessor processor, MailboxSweep sweep, InboxHealth health, TimeProvider time, ILoggerFactory loggers) : BackgroundService
{
    private readonly List<MailboxWatcher> _watchers = [.. options.Mailboxes.Select(m =>
        new MailboxWatcher(m, options, sweep, health, time, loggers.CreateLogger<MailboxWatcher>()))];

    public IReadOnlyList<MailboxWatcher> Watchers => _watchers;

    /// <summary>Warms the engine up first (the mailboxes show <c>starting</c> in <c>/ready</c> meanwhile), so
    /// mail waiting since the host was down and the next emergency are handled at full speed.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var mailbox in options.Mailboxes)
            health.Set(new MailboxHealth(mailbox.Name, MailboxHealth.Starting, false, null, null, 0, null));
        await processor.WarmUpAsync(stoppingToken).ConfigureAwait(false);
        await Task.WhenAll(_watchers.Select(w => Task.Run(() => w.RunAsync(stoppingToken), stoppingToken))).ConfigureAwait(false);
    }
}
