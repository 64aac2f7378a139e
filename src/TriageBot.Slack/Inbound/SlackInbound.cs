using System.Text.Json;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// What both transports (HTTP endpoints and Socket Mode) do with a parsed payload, so the two cannot drift.
/// Duplicate event ids are dropped by the durable inbox (remembered in the database, across restarts).
/// </summary>
internal sealed class SlackInbound(ISlackEventHandler events, ISlashCommandHandler commands, IBlockActionsHandler actions, IViewSubmissionHandler views)
{
    /// <summary>The ephemeral answer to a slash command refused for a full queue (an empty answer would show nothing).</summary>
    public static readonly object BusyCommandAnswer = new { response_type = "ephemeral", text = "TriageBot is busy right now; please try again in a minute." };

    /// <summary>An <c>event_callback</c>; <see cref="SlackAck.Ignored"/> for a repeat of an event already taken.</summary>
    public Task<SlackAck> EventCallbackAsync(JsonElement root, CancellationToken cancellationToken) =>
        events.HandleAsync(SlackPayloads.ReadEventCallback(root), cancellationToken);

    public Task<SlackAck> SlashCommandAsync(IReadOnlyDictionary<string, Microsoft.Extensions.Primitives.StringValues> form, CancellationToken cancellationToken) =>
        commands.HandleAsync(SlackPayloads.ReadSlashCommand(form), cancellationToken);

    /// <summary>An interaction payload (the JSON inside HTTP's <c>payload</c> field, or a Socket Mode envelope's
    /// payload): a button press, or a modal submitted. Closing a modal needs nothing (none asks to be told).</summary>
    public async Task<SlackInteractionAnswer> InteractionAsync(JsonElement root, CancellationToken cancellationToken) =>
        SlackPayloads.String(root, "type") switch
        {
            "block_actions" => new(await actions.HandleAsync(SlackPayloads.ReadBlockActions(root), cancellationToken).ConfigureAwait(false)),
            "view_submission" => await views.HandleAsync(SlackPayloads.ReadViewSubmission(root), cancellationToken).ConfigureAwait(false),
            _ => new(SlackAck.Ignored),
        };
}
