using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;
using TriageBot.Mailbox.Configuration;
using TriageBot.Mailbox.Imap;
using TriageBot.Mailbox.Processing;

namespace TriageBot.Mailbox.Watching;

/// <summary>
/// Handles every message waiting in a mailbox's watched folder, oldest first, and moves each out (Processed or
/// Quarantine). What was done is written to the ledger before the move, so a host stopped in between moves the
/// message on its next start instead of handling it twice.
/// </summary>
public sealed class MailboxSweep(InboxProcessor processor, IMailboxLedger ledger, TimeProvider time, ILogger<MailboxSweep> logger)
{
    /// <summary>Sweeps until the folder is empty (mail arriving meanwhile is handled too).</summary>
    public async Task<IReadOnlyList<InboxOutcome>> RunAsync(MailboxOptions mailbox, ImapSession session, CancellationToken cancellationToken)
    {
        var outcomes = new List<InboxOutcome>();
        var skipped = new HashSet<uint>();
        while (true)
        {
            var pending = (await session.ListAsync(cancellationToken).ConfigureAwait(false)).Where(m => !skipped.Contains(m.Uid)).ToList();
            if (pending.Count == 0) break;
            foreach (var message in pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(await HandleOneAsync(mailbox, session, message, cancellationToken).ConfigureAwait(false));
                skipped.Add(message.Uid); // a message the server would not let go of is not handled twice in one sweep
            }
        }
        await SaveCursorAsync(mailbox, session, outcomes, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<InboxOutcome> HandleOneAsync(MailboxOptions mailbox, ImapSession session, PendingMessage message, CancellationToken cancellationToken)
    {
        var uidValidity = session.UidValidity;
        if (await ledger.FindAsync(mailbox.Name, uidValidity, message.Uid, cancellationToken).ConfigureAwait(false) is { } done)
        {
            // Handled before the host stopped, not yet moved: finish the move only.
            logger.LogInformation("Mailbox {Mailbox} uid {Uid}: already handled ({Outcome}), moving it", mailbox.Name, message.Uid, done.Outcome);
            await session.MoveAsync(message.Uid, done.Outcome == MailboxMessageRecord.Quarantined, cancellationToken).ConfigureAwait(false);
            await ledger.RecordAsync(done with { Moved = true }, cancellationToken).ConfigureAwait(false);
            return new InboxOutcome(message.Uid, done.Outcome, done.CaseId, done.Reason);
        }

        InboxOutcome outcome;
        try
        {
            outcome = await processor.HandleAsync(mailbox, message, ct => session.DownloadAsync(message.Uid, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (MailboxException or CaseStoreException or OperationCanceledException))
        {
            // A defect met on this one message must not hold up the ones behind it: it is set aside, not lost.
            logger.LogError("Mailbox {Mailbox} uid {Uid}: processing failed ({Error})", mailbox.Name, message.Uid, e.GetType().Name);
            outcome = await processor.QuarantineAsync(mailbox, message, $"TriageBot failed on this message ({e.GetType().Name}); it was set aside", cancellationToken).ConfigureAwait(false);
        }
        var record = new MailboxMessageRecord(mailbox.Name, uidValidity, message.Uid, message.MessageId, outcome.Kind, outcome.CaseId, outcome.Reason, time.GetUtcNow().UtcDateTime);
        await ledger.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        await session.MoveAsync(message.Uid, outcome.IsQuarantined, cancellationToken).ConfigureAwait(false);
        await ledger.RecordAsync(record with { Moved = true }, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task SaveCursorAsync(MailboxOptions mailbox, ImapSession session, IReadOnlyList<InboxOutcome> outcomes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cursor = await ledger.GetCursorAsync(mailbox.Name, cancellationToken).ConfigureAwait(false) ?? new MailboxCursor(mailbox.Name);
        var sameGeneration = cursor.UidValidity == session.UidValidity;
        await ledger.SaveCursorAsync(cursor with
        {
            UidValidity = session.UidValidity,
            LastUid = Math.Max(sameGeneration ? cursor.LastUid : 0, outcomes.Count == 0 ? 0 : outcomes.Max(o => o.Uid)),
            LastCheckedAt = now,
            LastSucceededAt = now,
            LastError = null,
            Handled = cursor.Handled + outcomes.Count(o => !o.IsQuarantined),
            Quarantined = cursor.Quarantined + outcomes.Count(o => o.IsQuarantined),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Remembers that the mailbox could not be reached, for <c>inbox status</c>.</summary>
    public async Task RecordFailureAsync(MailboxOptions mailbox, string error, CancellationToken cancellationToken)
    {
        var cursor = await ledger.GetCursorAsync(mailbox.Name, cancellationToken).ConfigureAwait(false) ?? new MailboxCursor(mailbox.Name);
        await ledger.SaveCursorAsync(cursor with { LastCheckedAt = time.GetUtcNow().UtcDateTime, LastError = error }, cancellationToken).ConfigureAwait(false);
    }
}
