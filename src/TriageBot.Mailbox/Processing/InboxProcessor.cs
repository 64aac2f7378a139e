using System.Globalization;
using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Messages;
using TriageBot.Intake;
using TriageBot.Mailbox.Configuration;
using TriageBot.Mailbox.Imap;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Mailbox.Processing;

/// <summary>
/// One e-mailed request, from the mailbox to the case desk: read by the intake (body and attachments), triaged,
/// opened as a case (or recorded on the case it repeats: same Message-ID, same text, same agency reference), posted
/// to the team channels and, for P0 / P1, paged. A message that cannot be read is quarantined with the reason.
/// Logs name the mailbox, the UID and the case, never the message's contents, sender or subject.
/// </summary>
public sealed class InboxProcessor(
    RequestReader reader,
    TriageEngine engine,
    CaseIntake intake,
    ICaseStore store,
    IMailboxLedger ledger,
    IInboxPager pager,
    IEnumerable<IInboxAnnouncer> announcers,
    IntakeLimits limits,
    CasesOptions cases,
    TimeProvider time,
    ILogger<InboxProcessor> logger)
{
    public const string SourceChannel = "email";
    public const string EmailReceived = "email_received";
    private const string SameMessageId = "same Message-ID";
    // The case services' word for a request received again (CaseAudit is internal to them).
    private const string DuplicateReceived = "duplicate_received";

    private readonly IReadOnlyList<IInboxAnnouncer> _announcers = [.. announcers];

    /// <summary>Reads and triages a small made-up request once, so the first real one (an emergency at 3 a.m.)
    /// does not wait for the engine's regexes to be built and compiled.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var sample = "From: Officer <officer@police.example.gov>\r\nSubject: Emergency disclosure request\r\nMessage-ID: <warm-up@triagebot>\r\n\r\n" +
            "Emergency disclosure request: imminent danger of death. Subpoena, search warrant, preservation request under 18 U.S.C. 2703(f).\r\n";
        var read = await reader.ReadAsync("warm-up.eml", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sample), writable: false), cancellationToken).ConfigureAwait(false);
        if (read is IntakeResult.Success success) await Task.Run(() => engine.Triage(success.Document), cancellationToken).ConfigureAwait(false);
    }

    /// <param name="download">Fetches the raw message; called only when its size allows.</param>
    public async Task<InboxOutcome> HandleAsync(MailboxOptions mailbox, PendingMessage message, Func<CancellationToken, Task<byte[]>> download, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(download);

        if (message.Size is { } announced && announced > limits.MaxBytes)
            return await QuarantineAsync(mailbox, message, TooLarge(announced), cancellationToken).ConfigureAwait(false);

        if (message.MessageId is { } messageId && await RecordRepeatedMessageIdAsync(mailbox, message, messageId, cancellationToken).ConfigureAwait(false) is { } repeated)
            return repeated;

        var bytes = await download(cancellationToken).ConfigureAwait(false);
        if (bytes.Length > limits.MaxBytes)
            return await QuarantineAsync(mailbox, message, TooLarge(bytes.Length), cancellationToken).ConfigureAwait(false);

        var read = await reader.ReadAsync("message.eml", new MemoryStream(bytes, writable: false), cancellationToken).ConfigureAwait(false);
        if (read is IntakeResult.Failure failure)
            return await QuarantineAsync(mailbox, message, failure.Message, cancellationToken).ConfigureAwait(false);
        var document = ((IntakeResult.Success)read).Document;

        var result = engine.Triage(document);
        var submission = new CaseSubmission(result, document.Text, $"{mailbox.Name}/{message.Uid}.eml", document.AttachmentNames,
            SourceChannel, Submitter(mailbox), message.ArrivedAt?.UtcDateTime);
        var opened = await intake.OpenAsync(submission, cancellationToken).ConfigureAwait(false);
        if (opened is IntakeOutcome.Duplicate duplicate)
        {
            await RecordMessageIdAsync(duplicate.Existing.Id, mailbox, message, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Mailbox {Mailbox} uid {Uid}: recorded on {CaseId} as a repeat", mailbox.Name, message.Uid, duplicate.Existing.Id);
            var why = duplicate.Message.Contains("same request text", StringComparison.Ordinal) ? "same request text" : "same agency reference and requester e-mail";
            await AnnounceAsync(Reply.Say($"An e-mail to the {mailbox.Name} mailbox repeats {duplicate.Existing.Id} ({why}); recorded on that case."), cancellationToken).ConfigureAwait(false);
            return new InboxOutcome(message.Uid, MailboxMessageRecord.Duplicate, duplicate.Existing.Id, why, duplicate.Existing.Priority.ToString());
        }

        var created = ((IntakeOutcome.Opened)opened).Case;
        await RecordMessageIdAsync(created.Id, mailbox, message, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Mailbox {Mailbox} uid {Uid}: opened {CaseId} ({Priority})", mailbox.Name, message.Uid, created.Id, created.Priority);

        string? paged = null;
        if (created.Priority is Priority.P0 or Priority.P1)
        {
            try
            {
                paged = await pager.PageAsync(created, result.MissingFields, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                paged = $"the page could NOT be sent ({e.GetType().Name}): call the on-call reviewer now";
                logger.LogError("Mailbox {Mailbox}: page for {CaseId} failed: {Error}", mailbox.Name, created.Id, e.Message);
            }
        }

        await AnnounceAsync(CaseReply(created, mailbox, paged), cancellationToken).ConfigureAwait(false);
        return new InboxOutcome(message.Uid, MailboxMessageRecord.Opened, created.Id, null, $"{created.Priority} {created.ProcessType.ToWireName()}", paged);
    }

    /// <summary>Tells the channels that a message was quarantined; the move itself is the caller's.</summary>
    public async Task<InboxOutcome> QuarantineAsync(MailboxOptions mailbox, PendingMessage message, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Mailbox {Mailbox} uid {Uid}: quarantined: {Reason}", mailbox.Name, message.Uid, reason);
        await AnnounceAsync(Reply.Say(
            $"An e-mail to the {mailbox.Name} mailbox could not be read and was moved to the {mailbox.QuarantineFolder} folder (UID {message.Uid}" +
            $"{(message.ArrivedAt is { } at ? ", received " + TeamClock.For(cases).At(at.UtcDateTime) : "")}): {reason}. " +
            "Nothing was deleted: open it there, and paste or forward the request to TriageBot."), cancellationToken).ConfigureAwait(false);
        return new InboxOutcome(message.Uid, MailboxMessageRecord.Quarantined, null, reason);
    }

    private async Task<InboxOutcome?> RecordRepeatedMessageIdAsync(MailboxOptions mailbox, PendingMessage message, string messageId, CancellationToken cancellationToken)
    {
        if (await ledger.FindByMessageIdAsync(messageId, cancellationToken).ConfigureAwait(false) is not { CaseId: { } caseId }) return null;
        if (await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } original) return null; // purged: a new case
        await store.AppendAuditAsync(new AuditEntry
        {
            CaseId = original.Id,
            Actor = Submitter(mailbox),
            At = time.GetUtcNow().UtcDateTime,
            Action = DuplicateReceived,
            Field = "source_channel",
            NewValue = SourceChannel,
            Reason = SameMessageId,
        }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Mailbox {Mailbox} uid {Uid}: recorded on {CaseId} (same Message-ID)", mailbox.Name, message.Uid, caseId);
        await AnnounceAsync(Reply.Say($"An e-mail to the {mailbox.Name} mailbox was delivered again ({SameMessageId} as {caseId}); recorded on that case."), cancellationToken).ConfigureAwait(false);
        return new InboxOutcome(message.Uid, MailboxMessageRecord.Duplicate, caseId, SameMessageId, original.Priority.ToString());
    }

    /// <summary>Keeps the mail thread on the case: the Message-ID a reply would refer to.</summary>
    private async Task RecordMessageIdAsync(string caseId, MailboxOptions mailbox, PendingMessage message, CancellationToken cancellationToken)
    {
        await store.AppendAuditAsync(new AuditEntry
        {
            CaseId = caseId,
            Actor = Submitter(mailbox),
            At = time.GetUtcNow().UtcDateTime,
            Action = EmailReceived,
            Field = "message_id",
            NewValue = message.MessageId,
            Reason = $"{mailbox.Name} uid {message.Uid}",
        }, cancellationToken).ConfigureAwait(false);
    }

    private Reply CaseReply(CaseRecord created, MailboxOptions mailbox, string? paged)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var card = CaseCards.Case(created, [], now, CardContext.For(cases, engine.Policy));
        // Open comes first on a channel post: the card is shared, the details are read in private.
        card = card with { Actions = [CaseCards.Action("Open", CaseVerbs.Show, created.Id), .. card.Actions] };
        var text = $"New request by e-mail to the {mailbox.Name} mailbox: {created.Id} · {created.Priority} {created.ProcessType.ToWireName()}." +
            (paged is null ? "" : $" {paged}");
        return Reply.WithCard(text, card);
    }

    private async Task AnnounceAsync(Reply reply, CancellationToken cancellationToken)
    {
        foreach (var announcer in _announcers)
        {
            try
            {
                if (!await announcer.AnnounceAsync(reply, cancellationToken).ConfigureAwait(false))
                    logger.LogWarning("Mailbox post to {Channel} did not go out", announcer.Channel);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Mailbox post to {Channel} failed: {Error}", announcer.Channel, e.GetType().Name);
            }
        }
    }

    private static string Submitter(MailboxOptions mailbox) => $"mailbox:{mailbox.Name}";

    private string TooLarge(long size) =>
        $"the message is {Megabytes(size)}, over the {Megabytes(limits.MaxBytes)} limit (Intake:MaxBytes)";

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");
}
