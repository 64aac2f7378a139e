using TriageBot.Triage.Model;

namespace TriageBot.Cases.Model;

/// <summary>
/// One tracked request: the system of record. Changed only through the case services, which write an audit
/// entry for every change and bump <see cref="Version"/> (optimistic concurrency: a stale writer is refused).
/// All times are UTC.
/// </summary>
public sealed record CaseRecord
{
    /// <summary>The case number as text, <c>LE-2026-00042</c>; the document id.</summary>
    public required string Id { get; init; }
    public int Year { get; init; }
    public int Sequence { get; init; }

    public DateTime ReceivedAt { get; init; }
    /// <summary>Where it came in: <c>teams</c>, <c>slack</c>, <c>cli</c>, <c>chat</c>.</summary>
    public string SourceChannel { get; init; } = "cli";
    public string SubmittedBy { get; init; } = "";

    public Requester Requester { get; init; } = new();

    /// <summary>The triage result as the stable JSON contract (see README), kept as received.</summary>
    public string TriageJson { get; init; } = "{}";
    /// <summary>The request text. Encrypted at rest (AES-GCM) when a data key is configured.</summary>
    public string OriginalText { get; init; } = "";
    public List<string> AttachmentNames { get; init; } = [];

    public LegalProcessType ProcessType { get; init; }
    public Priority Priority { get; init; }
    /// <summary>Raised flags by name (<c>emergency</c>, <c>ncmec</c>, ...).</summary>
    public List<string> Flags { get; init; } = [];

    public CaseStatus Status { get; init; } = CaseStatus.New;
    public string? Assignee { get; init; }
    public DateTime? AssignedAt { get; init; }
    /// <summary>When a human first acknowledged the case (a P0 page acknowledged, or the case taken).</summary>
    public DateTime? AcknowledgedAt { get; init; }
    public DateTime? RespondedAt { get; init; }
    public DateTime? ClosedAt { get; init; }

    /// <summary>The SLA due time for the next human action, from the priority (or the legal deadline if earlier).</summary>
    public DateTime DueAt { get; init; }
    public DateTime? LegalDeadline { get; init; }
    public DateTime? PreservationExpiresAt { get; init; }
    /// <summary>Set when the one 90-day extension was requested; the expiry moves out by the same length.</summary>
    public DateTime? PreservationExtendedAt { get; init; }
    public DateTime? NonDisclosureUntil { get; init; }

    public List<string> Tags { get; init; } = [];
    /// <summary>SHA-256 of the whitespace- and case-normalised text: the same request forwarded twice.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>The agency's own case / reference number, lower-cased for matching.</summary>
    public string? AgencyReference { get; init; }
    /// <summary>Cases this one was recognised as a duplicate of, or that duplicate it.</summary>
    public List<string> LinkedCases { get; init; } = [];

    /// <summary>How many target accounts the request named (transparency reporting counts them).</summary>
    public int AccountsSpecified { get; init; }
    /// <summary>What was produced when it was answered (transparency reporting).</summary>
    public ResponseOutcome? Outcome { get; init; }

    public int Version { get; init; }
}

public sealed record Requester
{
    public string? Agency { get; init; }
    public string? Contact { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Country { get; init; }
}

/// <summary>What the provider did in answer, in the categories transparency reports use.</summary>
public enum ResponseOutcome
{
    ContentProduced,
    NonContentProduced,
    NoDataFound,
    Rejected,
    Withdrawn,
}

public static class ResponseOutcomeNames
{
    /// <summary>The words people type for an outcome: <c>content</c>, <c>non_content</c>, <c>no_data</c>,
    /// <c>rejected</c>, <c>withdrawn</c> (and the long forms, with - or _).</summary>
    public static bool TryParse(string? word, out ResponseOutcome outcome)
    {
        ResponseOutcome? parsed = (word ?? "").Trim().ToLowerInvariant().Replace('-', '_') switch
        {
            "content" or "content_produced" => ResponseOutcome.ContentProduced,
            "non_content" or "noncontent" or "non_content_produced" => ResponseOutcome.NonContentProduced,
            "no_data" or "none" or "no_data_found" => ResponseOutcome.NoDataFound,
            "rejected" => ResponseOutcome.Rejected,
            "withdrawn" => ResponseOutcome.Withdrawn,
            _ => null,
        };
        outcome = parsed ?? default;
        return parsed is not null;
    }
}
