namespace TriageBot.Cases.Storage;

/// <summary>A message sent in a chat channel: where it is and its id there (Slack: channel and <c>ts</c>), so it
/// can be updated in place later.</summary>
public sealed record MessageRef(string Channel, string Ts);

/// <summary>One step of an escalation: who was paged, when, and the message that did it.</summary>
/// <param name="Step">0 for the first page; the chain repeats, so step n pages <c>Chain[n % Chain.Count]</c>.</param>
/// <param name="Message">Null when the member could not be reached (no chat account) and the chain moved on.</param>
public sealed record EscalationPage(int Step, string Member, DateTime PagedAt, MessageRef? Message)
{
    /// <summary>The member's id in the chat channel (Slack user id), to know who presses the page's buttons.</summary>
    public string? ChatUserId { get; init; }

    /// <summary>Why nobody was paged at this step (e.g. no Slack account).</summary>
    public string? Skipped { get; init; }
}

/// <summary>
/// A page that climbs the on-call chain until someone acknowledges it; one per paged case. It holds no request
/// contents: the case number, type, priority, times and the names of missing fields.
/// </summary>
/// <param name="Chain">Member ids in paging order: primary, secondary, then the managers.</param>
public sealed record Escalation(
    string CaseId,
    string Priority,
    string ProcessType,
    DateTime ReceivedAt,
    DateTime DueAt,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Chain,
    DateTime StartedAt)
{
    /// <summary>Pages sent so far, by step; the next step is <c>Pages.Count</c>.</summary>
    public IReadOnlyList<EscalationPage> Pages { get; init; } = [];

    public int NextStep => Pages.Count;

    /// <summary>When the next step is paged unless someone acknowledges first.</summary>
    public DateTime NextPageAt { get; init; }

    /// <summary>When the escalation clock must look at this again (a page due, a notice or an update to retry);
    /// null once acknowledged and every message shows it.</summary>
    public DateTime? NextCheckAt { get; init; }

    /// <summary>The notice in the emergency channel, if one was posted.</summary>
    public MessageRef? Notice { get; init; }

    /// <summary>How many pages the channel notice lists, so it is updated when the escalation climbs.</summary>
    public int NoticeShowsPages { get; init; }

    public string? AcknowledgedBy { get; init; }
    public DateTime? AcknowledgedAt { get; init; }

    /// <summary>Every page and the notice were updated to say who acknowledged.</summary>
    public bool AcknowledgementShown { get; init; }

    /// <summary>Bumped on every save; pass it back to <see cref="IEscalationStore.SaveAsync"/>.</summary>
    public int Version { get; init; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>Every message sent for this escalation (pages and the channel notice).</summary>
    public IEnumerable<MessageRef> Messages =>
        Pages.Select(p => p.Message).OfType<MessageRef>().Concat(Notice is null ? [] : [Notice]);
}
