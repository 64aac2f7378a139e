using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using TriageBot.Dialogs.Messages;

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

/// <summary>A file shared in Slack: downloaded later, by the worker, with the bot token.</summary>
public sealed record SlackFileRef(string Id, string Name, Uri UrlPrivate, long Size);

/// <summary>A <c>/triage</c> slash command.</summary>
public sealed record SlashCommand(string TeamId, string ChannelId, string UserId, string Command, string Text)
{
    public string? UserName { get; init; }
    public Uri? ResponseUrl { get; init; }
}

/// <summary>A <c>block_actions</c> interaction: a button pressed on one of the bot's messages.</summary>
public sealed record BlockActions(string TeamId, string UserId, string? ChannelId, CardActionInvocation Action)
{
    public bool IsEphemeral { get; init; }
    public Uri? ResponseUrl { get; init; }
}

/// <summary>A payload that could not be read; the reason is short and safe to send back.</summary>
public sealed class SlackPayloadException(string reason) : Exception(reason);

/// <summary>Reads Slack's wire formats. Every failure is a <see cref="SlackPayloadException"/> with a short reason.</summary>
internal static class SlackPayloads
{
    public static JsonDocument ParseJson(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            throw new SlackPayloadException("malformed JSON");
        }
    }

    public static Dictionary<string, StringValues> ParseForm(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (ArgumentException)
        {
            throw new SlackPayloadException("malformed form");
        }
        return QueryHelpers.ParseQuery(text);
    }

    public static string? Field(IReadOnlyDictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;

    public static string RequiredField(IReadOnlyDictionary<string, StringValues> form, string name) =>
        Field(form, name) is { Length: > 0 } value ? value : throw new SlackPayloadException($"missing {name}");

    public static SlackEventCallback ReadEventCallback(JsonElement root)
    {
        var evt = Object(root, "event") ?? throw new SlackPayloadException("missing event");
        return new SlackEventCallback(Required(root, "team_id"), Required(root, "event_id"), Required(evt, "type"))
        {
            User = String(evt, "user"),
            Text = String(evt, "text"),
            Channel = String(evt, "channel"),
            ChannelType = String(evt, "channel_type"),
            Subtype = String(evt, "subtype"),
            BotId = String(evt, "bot_id"),
            ThreadTs = String(evt, "thread_ts"),
            Files = ReadFiles(evt),
        };
    }

    private static List<SlackFileRef> ReadFiles(JsonElement evt)
    {
        var files = new List<SlackFileRef>();
        if (!evt.TryGetProperty("files", out var array) || array.ValueKind != JsonValueKind.Array) return files;
        foreach (var file in array.EnumerateArray())
        {
            if (file.ValueKind != JsonValueKind.Object || String(file, "url_private") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) continue;
            var size = file.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : 0;
            files.Add(new SlackFileRef(String(file, "id") ?? "", String(file, "name") ?? "file", uri, size));
        }
        return files;
    }

    public static SlashCommand ReadSlashCommand(IReadOnlyDictionary<string, StringValues> form) =>
        new(RequiredField(form, "team_id"), RequiredField(form, "channel_id"), RequiredField(form, "user_id"),
            RequiredField(form, "command"), Field(form, "text") ?? "")
        {
            UserName = Field(form, "user_name"),
            ResponseUrl = AbsoluteUri(Field(form, "response_url")),
        };

    /// <summary>The first button press in a <c>block_actions</c> payload; its value is the JSON the renderer put there.</summary>
    public static BlockActions ReadBlockActions(JsonElement root)
    {
        var team = Object(root, "team") ?? throw new SlackPayloadException("missing team");
        var user = Object(root, "user") ?? throw new SlackPayloadException("missing user");
        var container = Object(root, "container");
        var channel = Object(root, "channel") is { } c ? String(c, "id") : container is { } k ? String(k, "channel_id") : null;
        if (!root.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
            throw new SlackPayloadException("missing actions");
        var value = String(actions[0], "value") ?? throw new SlackPayloadException("missing action value");
        return new BlockActions(Required(team, "id"), Required(user, "id"), channel, BlockKit.ButtonValue.Parse(value))
        {
            IsEphemeral = container is { } box && box.TryGetProperty("is_ephemeral", out var e) && e.ValueKind == JsonValueKind.True,
            ResponseUrl = AbsoluteUri(String(root, "response_url")),
        };
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Text(value)
            : null;

    /// <summary>A JSON string's text; an escaped lone surrogate ("\ud800") is not text and is refused.</summary>
    public static string Text(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new SlackPayloadException("a JSON string is not valid Unicode");
        }
    }

    public static string Required(JsonElement element, string name) =>
        String(element, name) is { Length: > 0 } value ? value : throw new SlackPayloadException($"missing {name}");

    private static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>A response_url the bot may answer through: https, or plain http to this machine (loopback test
    /// fakes). Anything else is treated as absent, and the answer goes to the person privately another way.</summary>
    private static Uri? AbsoluteUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) ? uri : null;
}
