namespace TriageBot.Slack.Inbound;

/// <summary>An Events API <c>event_callback</c>, reduced to what the bot reads.</summary>
public sealed record SlackEventCallback(string TeamId, string EventId, string EventType)
{
    public string? User { get; init; }
    public string? Text { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    /// <summary>Set for edits, deletions, joins…: none of them is something a person said to the bot.</summary>
    public string? Subtype { get; init; }
    /// <summary>Set when a bot (this one included) posted the message.</summary>
    public string? BotId { get; init; }
    public string? ThreadTs { get; init; }
    /// <summary>Files shared with the message (subtype <c>file_share</c>).</summary>
    public IReadOnlyList<SlackFileRef> Files { get; init; } = [];
}
