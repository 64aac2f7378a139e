using TriageBot.Mailbox.Configuration;
using TriageBot.Mailbox.Imap;
using TriageBot.Mailbox.Processing;

namespace TriageBot.Mailbox.Watching;

/// <summary>What one pass over one mailbox did; <see cref="Error"/> set when it could not be reached.</summary>
public sealed record MailboxPollResult(string Mailbox, IReadOnlyList<InboxOutcome> Outcomes, string? Error);

/// <summary>One pass over every mailbox (<c>triagebot inbox poll --once</c>, cron jobs).</summary>
public sealed class InboxPoll(InboxOptions options, MailboxSweep sweep)
{
    public async Task<IReadOnlyList<MailboxPollResult>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var results = new List<MailboxPollResult>();
        foreach (var mailbox in options.Mailboxes)
        {
            try
            {
                await using var session = await ImapSession.OpenAsync(mailbox, options.CommandTimeout, cancellationToken).ConfigureAwait(false);
                results.Add(new MailboxPollResult(mailbox.Name, await sweep.RunAsync(mailbox, session, cancellationToken).ConfigureAwait(false), null));
            }
            catch (MailboxException e)
            {
                await sweep.RecordFailureAsync(mailbox, e.Message, cancellationToken).ConfigureAwait(false);
                results.Add(new MailboxPollResult(mailbox.Name, [], e.Message));
            }
        }
        return results;
    }
}
