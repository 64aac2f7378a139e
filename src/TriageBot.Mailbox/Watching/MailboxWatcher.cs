using Microsoft.Extensions.Logging;
using TriageBot.Mailbox.Configuration;
using TriageBot.Mailbox.Imap;

namespace TriageBot.Mailbox.Watching;

/// <summary>
/// Watches one mailbox for as long as the host runs: connect, handle what is waiting (mail that came while the
/// host was down included), then wait for new mail — pushed by IMAP IDLE where the server has it, else polled
/// every <see cref="InboxOptions.PollInterval"/> — and handle it. A lost connection or an unreachable server is
/// retried with a doubling back-off, and shown in <see cref="InboxHealth"/> meanwhile.
/// </summary>
public sealed class MailboxWatcher(MailboxOptions mailbox, InboxOptions options, MailboxSweep sweep, InboxHealth health, TimeProvider time, ILogger<MailboxWatcher> logger)
{
    /// <summary>Raised after each sweep that handled something (tests and measurements wait on it).</summary>
    public event Action<IReadOnlyList<Processing.InboxOutcome>>? Swept;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        DateTime? lastSuccess = null;
        health.Set(new MailboxHealth(mailbox.Name, MailboxHealth.Starting, false, null, null, 0, null));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var session = await ImapSession.OpenAsync(mailbox, options.CommandTimeout, cancellationToken).ConfigureAwait(false);
                if (failures > 0) logger.LogWarning("Mailbox {Mailbox} is reachable again after {Failures} failed attempts", mailbox.Name, failures);
                failures = 0;
                while (!cancellationToken.IsCancellationRequested)
                {
                    var outcomes = await sweep.RunAsync(mailbox, session, cancellationToken).ConfigureAwait(false);
                    lastSuccess = time.GetUtcNow().UtcDateTime;
                    health.Set(new MailboxHealth(mailbox.Name, MailboxHealth.Watching, session.SupportsIdle, lastSuccess, null, 0, null));
                    if (outcomes.Count > 0) Swept?.Invoke(outcomes);
                    await session.WaitForMailAsync(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Server and database problems are expected; anything else is a defect, but the watch must go on.
                var error = e is MailboxException or Cases.Storage.CaseStoreException ? e.Message : $"internal error ({e.GetType().Name})";
                failures++;
                var delay = Backoff(failures);
                var next = time.GetUtcNow().UtcDateTime + delay;
                health.Set(new MailboxHealth(mailbox.Name, MailboxHealth.Retrying, false, lastSuccess, error, failures, next));
                logger.LogWarning("Mailbox {Mailbox}: {Error}; retrying in {Delay} (attempt {Failures})", mailbox.Name, error, delay, failures);
                try
                {
                    await sweep.RecordFailureAsync(mailbox, error, cancellationToken).ConfigureAwait(false);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (Cases.Storage.CaseStoreException)
                {
                    // The status line is a courtesy; the retry goes on.
                }
            }
        }
    }

    /// <summary>RetryBaseDelay doubled per failure, capped at RetryMaxDelay.</summary>
    public TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBaseDelay.Ticks * factor, options.RetryMaxDelay.Ticks));
        return delay < options.RetryBaseDelay ? options.RetryBaseDelay : delay;
    }
}
