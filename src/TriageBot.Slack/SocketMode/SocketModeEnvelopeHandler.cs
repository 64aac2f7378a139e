using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.SocketMode;

/// <summary>What the connection does after one Socket Mode message.</summary>
internal enum SocketModeSignal
{
    Continue,
    /// <summary>Slack's greeting: the connection is ready.</summary>
    Hello,
    /// <summary>Slack asks the client to reconnect (refresh_requested, warning, link_disabled…).</summary>
    Disconnect,
}

/// <summary>The outcome of one message: the signal, and the acknowledgement to send back (null: none).</summary>
internal readonly record struct SocketModeStep(SocketModeSignal Signal, string? Ack = null, string? Reason = null);

/// <summary>
/// Turns one Socket Mode message into the same handler calls the HTTP endpoints make. The handlers only queue
/// work, so the acknowledgement still goes back at once; dispatching first lets the outcome shape it: an event
/// refused for a full queue is left unacknowledged so Slack redelivers it (as a refused HTTP delivery is retried),
/// and a refused slash command is answered with the busy text. Unreadable payloads are acknowledged anyway —
/// redelivering them would fail the same way.
/// </summary>
internal sealed class SocketModeEnvelopeHandler(SlackInbound inbound, ILogger<SocketModeEnvelopeHandler> logger)
{
    public async Task<SocketModeStep> HandleAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            logger.LogWarning("Socket Mode message ignored: malformed JSON");
            return new(SocketModeSignal.Continue);
        }
        using (document)
        {
            var root = document.RootElement;
            var type = SlackPayloads.String(root, "type");
            if (type == "hello") return new(SocketModeSignal.Hello);
            if (type == "disconnect") return new(SocketModeSignal.Disconnect, Reason: SlackPayloads.String(root, "reason") ?? "unknown");
            if (SlackPayloads.String(root, "envelope_id") is not { Length: > 0 } envelopeId)
            {
                logger.LogWarning("Socket Mode message of type {Type} ignored: no envelope_id", type ?? "(none)");
                return new(SocketModeSignal.Continue);
            }
            return new(SocketModeSignal.Continue, await DispatchAsync(envelopeId, type, root, cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task<string?> DispatchAsync(string envelopeId, string? type, JsonElement envelope, CancellationToken cancellationToken)
    {
        var payload = envelope.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var acceptsPayload = envelope.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
        try
        {
            switch (type)
            {
                case "events_api":
                    if (SlackPayloads.String(payload, "type") != "event_callback") return Ack(envelopeId);
                    return await inbound.EventCallbackAsync(payload, cancellationToken).ConfigureAwait(false) == SlackAck.Busy ? null : Ack(envelopeId);
                case "slash_commands":
                    var busy = await inbound.SlashCommandAsync(Form(payload), cancellationToken).ConfigureAwait(false) == SlackAck.Busy;
                    return Ack(envelopeId, busy && acceptsPayload ? JsonSerializer.SerializeToNode(SlackInbound.BusyCommandAnswer) : null);
                case "interactive":
                    var answer = await inbound.InteractionAsync(payload, cancellationToken).ConfigureAwait(false);
                    return answer.Body is { } body ? Ack(envelopeId, body) : answer.Ack == SlackAck.Busy ? null : Ack(envelopeId);
                default:
                    return Ack(envelopeId);
            }
        }
        catch (SlackPayloadException e)
        {
            logger.LogWarning("Socket Mode {Type} envelope acknowledged but not processed: {Reason}", type, e.Message);
            return Ack(envelopeId);
        }
    }

    /// <summary>A slash command arrives as a JSON object with the same fields the HTTP form carries.</summary>
    private static Dictionary<string, StringValues> Form(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object) throw new SlackPayloadException("missing payload");
        var form = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.String) form[property.Name] = SlackPayloads.Text(property.Value);
        return form;
    }

    private static string Ack(string envelopeId, JsonNode? payload = null)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null) ack["payload"] = payload;
        return ack.ToJsonString();
    }
}
