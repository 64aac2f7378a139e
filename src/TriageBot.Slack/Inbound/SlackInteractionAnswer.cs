using System.Text.Json.Nodes;

namespace TriageBot.Slack.Inbound;

/// <summary>What an interaction gets back: the acknowledgement, and for a modal submission the JSON Slack reads
/// in the same response (<c>response_action: errors</c> keeps the modal open with a message on each field).</summary>
public sealed record SlackInteractionAnswer(SlackAck Ack, JsonObject? Body = null);
