namespace TriageBot.Cases.Storage;

/// <summary>One try to reach a member (or the notice channel) on one chat channel: the message when it arrived,
/// else why not. <paramref name="Via"/> is the channel's name (<c>slack</c>, <c>teams</c>, <c>terminal</c>).</summary>
public sealed record PageAttempt(string Via, DateTime At, MessageHandle? Message, string? Failure)
{
    public bool Delivered => Message is not null;
}

/// <summary>One step of an escalation: who was paged, when, and on which channels it arrived.</summary>
/// <param name="Step">0 for the first page; the chain repeats, so step n pages <c>Chain[n % Chain.Count]</c>.</param>
/// <param name="Message">The first message that reached the member (null when nothing did); kept for
/// escalations stored before pages went to several channels.</param>
public sealed record EscalationPage(int Step, string Member, DateTime PagedAt, MessageHandle? Message)
{
    /// <summary>The member's id in the chat channel (Slack user id) on escalations stored before attempts were kept.</summary>
    public string? ChatUserId { get; init; }

    /// <summary>Why nobody was reached at this step (e.g. no channel can reach the member).</summary>
    public string? Skipped { get; init; }

    /// <summary>Every channel tried for this step, delivered or not.</summary>
    public IReadOnlyList<PageAttempt> Attempts { get; init; } = [];

    /// <summary>The messages that reached the member, by channel (older escalations: the one Slack message).</summary>
    public IEnumerable<PageAttempt> Delivered => Attempts.Count > 0
        ? Attempts.Where(a => a.Delivered)
        : Message is null ? [] : [new PageAttempt("slack", PagedAt, Message, null)];

    public bool Reached => Delivered.Any();
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

    /// <summary>Where the request came in (<c>chat paste</c>, a file name, <c>mailbox</c>) and who brought it: the
    /// submitter is told who was reached.</summary>
    public string? Source { get; init; }
    public string? RequestedBy { get; init; }

    /// <summary>Random, per escalation; page buttons carry it, so a button from another case's page is refused.</summary>
    public string? Token { get; init; }

    /// <summary>Stored where no pager runs (the command line): the host pages it at its first tick.</summary>
    public bool Pending { get; init; }

    /// <summary>When the next step is paged unless someone acknowledges first.</summary>
    public DateTime NextPageAt { get; init; }

    /// <summary>When the escalation clock must look at this again (a page due, a notice or an update to retry);
    /// null once finished and every message shows it.</summary>
    public DateTime? NextCheckAt { get; init; }

    /// <summary>The notices (without personal data) in the emergency channels, one per chat channel.</summary>
    public IReadOnlyList<PageAttempt> Notices { get; init; } = [];

    /// <summary>How many pages the channel notices list, so they are updated when the escalation climbs.</summary>
    public int NoticeShowsPages { get; init; }

    public string? AcknowledgedBy { get; init; }
    public DateTime? AcknowledgedAt { get; init; }

    /// <summary>The pages were stood down (the case is not an emergency after all).</summary>
    public string? StoodDownBy { get; init; }
    public DateTime? StoodDownAt { get; init; }
    public string? StoodDownReason { get; init; }

    /// <summary>Set when a whole round of the chain could not be reached; cleared when someone is.</summary>
    public DateTime? NobodyReachedAt { get; init; }

    /// <summary>Every page and notice was updated to say who acknowledged (or that the pages stood down).</summary>
    public bool AcknowledgementShown { get; init; }

    /// <summary>Bumped on every save; pass it back to <see cref="IEscalationStore.SaveAsync"/>.</summary>
    public int Version { get; init; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    public bool IsStoodDown => StoodDownAt is not null;

    /// <summary>Acknowledged or stood down: nobody else is paged.</summary>
    public bool IsFinished => IsAcknowledged || IsStoodDown;

    /// <summary>Every message sent for this escalation (pages and the channel notices), with its channel.</summary>
    public IEnumerable<PageAttempt> Messages => Pages.SelectMany(p => p.Delivered).Concat(Notices.Where(n => n.Delivered));
}
