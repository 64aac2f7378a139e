using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;
using TriageContract = TriageBot.Triage.Serialization.TriageJson;

namespace TriageBot.Cases.Workflow;

/// <summary>A triaged request as it arrived, ready to become a case.</summary>
/// <param name="Source">The file name or source label written into the stored triage JSON (<c>file</c>).</param>
/// <param name="SourceChannel"><c>teams</c>, <c>slack</c>, <c>cli</c>, <c>chat</c>.</param>
/// <param name="SubmittedBy">Who pasted or forwarded it (a team member id or a chat identity).</param>
/// <param name="ReceivedAt">When it arrived; null means now.</param>
public sealed record CaseSubmission(
    TriageResult Result,
    string OriginalText,
    string Source,
    IReadOnlyList<string> AttachmentNames,
    string SourceChannel,
    string SubmittedBy,
    DateTime? ReceivedAt = null);

/// <summary>What happened to a submission: a new case, or recognised as one already open.</summary>
public abstract record IntakeOutcome
{
    private IntakeOutcome()
    {
    }

    public sealed record Opened(CaseRecord Case) : IntakeOutcome;

    /// <param name="Existing">The case it duplicates; a <c>duplicate_received</c> entry was added to its audit.</param>
    /// <param name="Message">"Duplicate of LE-2026-00042 (same request text); no new case opened."</param>
    public sealed record Duplicate(CaseRecord Existing, string Message) : IntakeOutcome;
}

/// <summary>
/// Opens a case for each new request. The same request forwarded twice (same text, or the same agency reference
/// from the same requester) is recorded on the case already open instead of opening a second one.
/// </summary>
public sealed partial class CaseIntake(ICaseStore store, CasesOptions options, TimeProvider time)
{
    public async Task<IntakeOutcome> OpenAsync(CaseSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (await RecordIfDuplicateAsync(submission, cancellationToken).ConfigureAwait(false) is { } duplicate) return duplicate;

        var now = time.GetUtcNow().UtcDateTime;
        var receivedAt = submission.ReceivedAt is { } at ? TimeWording.Utc(at) : now;
        var result = submission.Result;
        var fields = result.Fields;
        var hash = ContentHashOf(submission.OriginalText);
        var reference = AgencyReferenceOf(result);
        var email = fields.Email?.Trim().ToLowerInvariant();

        var flags = result.Flags.Raised().ToList();
        // The engine's one rule says which deadline binds (none for a text that serves no process); the case keeps only
        // that one, so its due time, its reminders and a later correction's priority all follow the engine's reading.
        var legalDeadline = result.LegalDeadline is { } deadline ? CaseClock.EndOfDay(options, deadline) : (DateTime?)null;
        var draft = new CaseRecord
        {
            Id = "",
            ReceivedAt = receivedAt,
            SourceChannel = submission.SourceChannel,
            SubmittedBy = submission.SubmittedBy,
            Requester = new Requester
            {
                Agency = fields.AgencyName,
                Contact = fields.ContactPerson,
                Email = email,
                Phone = fields.Phone,
                Country = fields.Country,
            },
            TriageJson = JsonSerializer.Serialize(TriageContract.ToJson(submission.Source, result), TriageContract.Options),
            OriginalText = submission.OriginalText,
            AttachmentNames = [.. submission.AttachmentNames],
            ProcessType = result.ProcessType,
            Priority = result.Priority,
            Flags = flags,
            Status = CaseStatus.Triaged,
            DueAt = CaseClock.DueAt(options, result.Priority, receivedAt, legalDeadline),
            LegalDeadline = legalDeadline,
            PreservationExpiresAt = result.ProcessType == LegalProcessType.Preservation
                ? CaseClock.PreservationEndsAt(options, result.RequestDate, receivedAt, result.Flags.Ncmec)
                : null,
            NonDisclosureUntil = fields.NonDisclosureUntil is { } until ? CaseClock.EndOfDay(options, until) : null,
            ContentHash = hash,
            AgencyReference = reference,
            AccountsSpecified = fields.Accounts.Count,
        };
        var opened = await store.CreateAsync(draft, submission.SubmittedBy, cancellationToken).ConfigureAwait(false);
        return new IntakeOutcome.Opened(opened);
    }

    /// <summary>
    /// If the submission repeats a case already on file (same text, or the same agency reference from the same
    /// requester e-mail), records a <c>duplicate_received</c> entry on that case and says which it is; else null.
    /// The intake dialog asks this before its questions, so nobody answers them for a case that exists.
    /// </summary>
    public async Task<IntakeOutcome.Duplicate?> RecordIfDuplicateAsync(CaseSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var hash = ContentHashOf(submission.OriginalText);
        var email = submission.Result.Fields.Email?.Trim().ToLowerInvariant();
        var duplicates = await store.FindDuplicatesAsync(hash, AgencyReferenceOf(submission.Result), email, cancellationToken).ConfigureAwait(false);
        if (duplicates.Count == 0) return await RecordIfFollowUpAsync(submission, cancellationToken).ConfigureAwait(false);

        // The oldest match is the original; later ones would themselves have been recorded as duplicates.
        var original = duplicates.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Year).ThenBy(c => c.Sequence).First();
        var why = original.ContentHash == hash ? "same request text" : "same agency reference and requester e-mail";
        await store.AppendAuditAsync(CaseAudit.Entry(original, submission.SubmittedBy, time.GetUtcNow().UtcDateTime, CaseAudit.DuplicateReceived,
            field: "source_channel", newValue: submission.SourceChannel, reason: why), cancellationToken).ConfigureAwait(false);
        return new IntakeOutcome.Duplicate(original, $"Duplicate of {original.Id} ({why}); recorded on that case, no new case opened.");
    }

    /// <summary>
    /// A follow-up ("further to our request", "second request", a reply) that names one of our case numbers belongs
    /// to that case: its text is kept there as a note and a <c>follow_up_received</c> entry, and no case is opened.
    /// Only the writer's own words count (the engine reads the follow-up outside quoted mail), so a new request
    /// that merely quotes an old thread still opens its own case.
    /// </summary>
    private async Task<IntakeOutcome.Duplicate?> RecordIfFollowUpAsync(CaseSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.Result.FollowUpOf is null) return null;
        foreach (Match m in OurCaseNumber().Matches(submission.OriginalText))
        {
            if (!CaseNumber.TryParse(m.Value, out var number)) continue;
            if (await store.GetAsync(number.ToString(), cancellationToken).ConfigureAwait(false) is not { } earlier) continue;
            var now = time.GetUtcNow().UtcDateTime;
            await store.AppendAuditAsync(CaseAudit.Entry(earlier, submission.SubmittedBy, now, CaseAudit.FollowUpReceived,
                field: "source_channel", newValue: submission.SourceChannel, reason: $"names {earlier.Id}"), cancellationToken).ConfigureAwait(false);
            await store.AppendAuditAsync(CaseAudit.Entry(earlier, submission.SubmittedBy, now, CaseAudit.Note,
                newValue: "Follow-up received:\n" + submission.OriginalText), cancellationToken).ConfigureAwait(false);
            return new IntakeOutcome.Duplicate(earlier, $"A follow-up on {earlier.Id} (it names that case); its text was added to the case as a note, no new case opened.");
        }
        return null;
    }

    [GeneratedRegex(@"\bLE-\d{4}-\d{1,9}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OurCaseNumber();

    private static string? AgencyReferenceOf(TriageResult result) =>
        string.IsNullOrWhiteSpace(result.Fields.CaseReference) ? null : result.Fields.CaseReference.Trim().ToLowerInvariant();

    /// <summary>SHA-256 (lower-case hex) of the text lower-cased, whitespace runs collapsed to one space, trimmed:
    /// a re-wrapped or re-forwarded copy of the same request hashes the same.</summary>
    public static string ContentHashOf(string text)
    {
        var normalised = Whitespace().Replace((text ?? "").ToLowerInvariant(), " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
