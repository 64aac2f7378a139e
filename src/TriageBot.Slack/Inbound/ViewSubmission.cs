namespace TriageBot.Slack.Inbound;

/// <summary>A modal submitted: who, the metadata the bot put on the view, and the inputs' values by block id.</summary>
public sealed record ViewSubmission(string TeamId, string UserId, string? CallbackId, string? Metadata, IReadOnlyDictionary<string, string?> Values);
