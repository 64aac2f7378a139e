namespace TriageBot.Mailbox.Processing;

/// <summary>What became of one message.</summary>
/// <param name="Kind"><c>opened</c>, <c>duplicate</c> or <c>quarantined</c> (the ledger's outcome words).</param>
/// <param name="CaseId">The case opened, or the one the message was recorded on.</param>
/// <param name="Reason">Why it was quarantined or counted as a duplicate.</param>
/// <param name="Paged">The paging line for P0 / P1, null otherwise.</param>
public sealed record InboxOutcome(uint Uid, string Kind, string? CaseId, string? Reason, string? Priority = null, string? Paged = null)
{
    public bool IsQuarantined => Kind == Cases.Storage.MailboxMessageRecord.Quarantined;

    /// <summary>"uid 7: opened LE-2026-00012 (P0 emergency); paged …" — no contents, safe to print and log.</summary>
    public string Describe() => Kind switch
    {
        Cases.Storage.MailboxMessageRecord.Opened => $"uid {Uid}: opened {CaseId} ({Priority}){(Paged is null ? "" : "; " + Paged)}",
        Cases.Storage.MailboxMessageRecord.Duplicate => $"uid {Uid}: recorded on {CaseId} ({Reason})",
        _ => $"uid {Uid}: quarantined ({Reason})",
    };
}
