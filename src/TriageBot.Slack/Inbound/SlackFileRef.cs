namespace TriageBot.Slack.Inbound;

/// <summary>A file shared in Slack: downloaded later, by the worker, with the bot token.</summary>
public sealed record SlackFileRef(string Id, string Name, Uri UrlPrivate, long Size);
