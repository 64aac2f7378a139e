namespace TriageBot.Slack.Inbound;

/// <summary>Ids for the engine's conversations: one per Slack channel, or per person where Slack answers
/// only that person (slash commands and ephemeral messages), so two people never share a dialog.</summary>
internal static class SlackConversation
{
    public static string Id(string teamId, string channelId) => $"slack:{teamId}:{channelId}";

    public static string PersonalId(string teamId, string channelId, string userId) => $"slack:{teamId}:{channelId}:{userId}";

    /// <summary>Slack's direct-message channel ids start with D.</summary>
    public static bool IsDirectMessage(string channelId) => channelId.StartsWith('D');
}
