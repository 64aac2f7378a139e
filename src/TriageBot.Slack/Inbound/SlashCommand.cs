namespace TriageBot.Slack.Inbound;

/// <summary>A <c>/triage</c> slash command.</summary>
public sealed record SlashCommand(string TeamId, string ChannelId, string UserId, string Command, string Text)
{
    public string? UserName { get; init; }
    public Uri? ResponseUrl { get; init; }
}
