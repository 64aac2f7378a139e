using System.Text.Json;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// What both transports (HTTP endpoints and Socket Mode) do with a parsed payload, so the two cannot drift:
/// duplicate event ids are dropped, and an event refused for a full queue is forgotten so Slack's retry is taken.
/// </summary>
internal sealed class SlackInbound(
    RecentEventIds recent, ISlackEventHandler events, ISlashCommandHandler commands, IBlockActionsHandler actions)
{
    /// <summary>The ephemeral answer to a slash command refused for a full queue (an empty answer would show nothing).</summary>
    public static readonly object BusyCommandAnswer = new { response_type = "ephemeral", text = "TriageBot is busy right now; please try again in a minute." };

    /// <summary>An <c>event_callback</c>; <see cref="SlackAck.Ignored"/> for a repeat of an event already taken.</summary>
    public SlackAck EventCallback(JsonElement root)
    {
        var callback = SlackPayloads.ReadEventCallback(root);
        // Retries carry the same event_id: take an event once, however often it comes. Retries of events
        // not seen before (the first delivery was lost) still go through.
        if (!recent.TryRemember(callback.EventId)) return SlackAck.Ignored;
        var ack = events.Handle(callback);
        if (ack == SlackAck.Busy) recent.Forget(callback.EventId);
        return ack;
    }

    public SlackAck SlashCommand(IReadOnlyDictionary<string, Microsoft.Extensions.Primitives.StringValues> form) =>
        commands.Handle(SlackPayloads.ReadSlashCommand(form));

    /// <summary>An interaction payload (the JSON inside HTTP's <c>payload</c> field, or a Socket Mode envelope's payload).</summary>
    public SlackAck Interaction(JsonElement root) =>
        SlackPayloads.String(root, "type") == "block_actions"
            ? actions.Handle(SlackPayloads.ReadBlockActions(root))
            : SlackAck.Ignored; // view_submission comes with modals
}
