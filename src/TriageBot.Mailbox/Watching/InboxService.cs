using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Mailbox.Configuration;

namespace TriageBot.Mailbox.Watching;

/// <summary>The host's background service: one <see cref="MailboxWatcher"/> per configured mailbox.</summary>
public sealed class InboxService(InboxOptions options, MailboxSweep sweep, InboxHealth health, TimeProvider time, ILoggerFactory loggers) : BackgroundService
{
    private readonly List<MailboxWatcher> _watchers = [.. options.Mailboxes.Select(m =>
        new MailboxWatcher(m, options, sweep, health, time, loggers.CreateLogger<MailboxWatcher>()))];

    public IReadOnlyList<MailboxWatcher> Watchers => _watchers;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_watchers.Select(w => Task.Run(() => w.RunAsync(stoppingToken), stoppingToken)));
}
