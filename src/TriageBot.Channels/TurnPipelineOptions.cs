namespace TriageBot.Channels;

/// <summary>The durable turn queue shared by the channels (<c>Turns</c> section of appsettings.json).</summary>
public sealed record TurnPipelineOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns processed at once. Turns of one conversation always run one after another, in order.</summary>
    public int Workers { get; init; } = 4;

    /// <summary>Pending turns beyond which new ones are refused (503, so Slack and Teams retry later) instead of
    /// the backlog growing without limit.</summary>
    public int Capacity { get; init; } = 5000;

    /// <summary>Attempts before a failing turn is dead-lettered and the person gets an apology.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>On shutdown, how long turns already running may take to finish; the rest wait for the next start.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an event or activity id is remembered, so a redelivery is processed once.</summary>
    public TimeSpan RememberIdsFor { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long a finished turn's record (without contents) is kept before it is swept.</summary>
    public TimeSpan KeepDoneFor { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Every problem with the values, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Workers < 1) problems.Add($"{SectionName}:Workers must be at least 1 (is {Workers}).");
        if (Capacity < 1) problems.Add($"{SectionName}:Capacity must be at least 1 (is {Capacity}).");
        if (MaxAttempts < 1) problems.Add($"{SectionName}:MaxAttempts must be at least 1 (is {MaxAttempts}).");
        if (RetryBaseDelay < TimeSpan.Zero) problems.Add($"{SectionName}:RetryBaseDelay must not be negative (is {RetryBaseDelay}).");
        if (ShutdownGrace < TimeSpan.Zero) problems.Add($"{SectionName}:ShutdownGrace must not be negative (is {ShutdownGrace}).");
        if (RememberIdsFor <= TimeSpan.Zero) problems.Add($"{SectionName}:RememberIdsFor must be positive (is {RememberIdsFor}).");
        if (KeepDoneFor < TimeSpan.Zero) problems.Add($"{SectionName}:KeepDoneFor must not be negative (is {KeepDoneFor}).");
        return problems;
    }
}
