namespace TriageBot.Slack.Inbound;

/// <summary>A payload that could not be read; the reason is short and safe to send back.</summary>
public sealed class SlackPayloadException(string reason) : Exception(reason);
