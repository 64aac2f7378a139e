namespace TriageBot.Cases.Paging;

/// <summary>The <c>Paging</c> section: how long a page waits for an acknowledgement before the next person in the
/// chain (primary, secondary, the managers, then round again) is paged, how often the clock looks, and how a
/// channel's passing failure (429, 5xx, network) is retried within a step.</summary>
public sealed record PagingOptions
{
    public const string SectionName = "Paging";

    /// <summary>Time a P0 (emergency) page waits for an acknowledgement.</summary>
    public TimeSpan P0AckTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time a P1 (child safety) page, or any other, waits for an acknowledgement.</summary>
    public TimeSpan P1AckTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the escalation clock looks for due steps and retries failed updates.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further tries of one channel after a passing failure, within the same step.</summary>
    public int TransientRetries { get; init; } = 2;

    /// <summary>Wait before the first retry; doubled for each further one.</summary>
    public TimeSpan TransientRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan AckTimeout(string priority) =>
        string.Equals(priority, "P0", StringComparison.OrdinalIgnoreCase) ? P0AckTimeout : P1AckTimeout;

    /// <summary>Start-up checks, worded for whoever edits appsettings.json.</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var (name, value) in new[] { (nameof(P0AckTimeout), P0AckTimeout), (nameof(P1AckTimeout), P1AckTimeout), (nameof(TickInterval), TickInterval) })
            if (value <= TimeSpan.Zero) yield return $"{SectionName}:{name} must be a positive time span such as 00:05:00 (is {value}).";
        if (TickInterval > P0AckTimeout) yield return $"{SectionName}:TickInterval ({TickInterval}) must not be longer than {SectionName}:P0AckTimeout ({P0AckTimeout}), or escalations run late.";
        if (TransientRetries is < 0 or > 10) yield return $"{SectionName}:TransientRetries must be between 0 and 10 (is {TransientRetries}).";
        if (TransientRetryDelay < TimeSpan.Zero || TransientRetryDelay > TimeSpan.FromSeconds(30))
            yield return $"{SectionName}:TransientRetryDelay must be between 00:00:00 and 00:00:30 (is {TransientRetryDelay}).";
    }
}
