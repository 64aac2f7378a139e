namespace TriageBot.Slack.Paging;

/// <summary>The <c>Slack:Paging</c> section: where notices go and how long a page waits for an acknowledgement
/// before the next person in the chain (primary, secondary, the managers, then round again) is paged.</summary>
public sealed record PagingOptions
{
    /// <summary>Channel id (<c>C…</c>) for notices without personal data; empty: no notices. Invite the bot there.</summary>
    public string? EmergencyChannel { get; init; }

    /// <summary>Time a P0 (emergency) page waits for an acknowledgement.</summary>
    public TimeSpan P0AckTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time a P1 (child safety) page, or any other, waits for an acknowledgement.</summary>
    public TimeSpan P1AckTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the escalation clock looks for due steps and retries failed sends.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan AckTimeout(string priority) =>
        string.Equals(priority, "P0", StringComparison.OrdinalIgnoreCase) ? P0AckTimeout : P1AckTimeout;
}
