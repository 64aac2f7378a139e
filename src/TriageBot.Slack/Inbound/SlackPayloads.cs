using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace TriageBot.Slack.Inbound;

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
        // A button carries its value; a select menu the value of the option chosen.
        var value = String(actions[0], "value")
            ?? (actions[0].TryGetProperty("selected_option", out var option) ? String(option, "value") : null)
            ?? throw new SlackPayloadException("missing action value");
        return new BlockActions(Required(team, "id"), Required(user, "id"), channel, BlockKit.ButtonValue.Parse(value))
        {
            IsEphemeral = container is { } box && box.TryGetProperty("is_ephemeral", out var e) && e.ValueKind == JsonValueKind.True,
            ResponseUrl = AbsoluteUri(String(root, "response_url")),
            TriggerId = String(root, "trigger_id"),
            OpensForm = String(actions[0], "action_id")?.StartsWith(BlockKit.BlockKitRenderer.FormActionPrefix, StringComparison.Ordinal) == true,
            Title = Object(actions[0], "text") is { } text ? String(text, "text") : null,
        };
    }

    /// <summary>A <c>view_submission</c>: the modal's metadata (what the bot put there) and each input's value by block id.</summary>
    public static ViewSubmission ReadViewSubmission(JsonElement root)
    {
        var team = Object(root, "team") ?? throw new SlackPayloadException("missing team");
        var user = Object(root, "user") ?? throw new SlackPayloadException("missing user");
        var view = Object(root, "view") ?? throw new SlackPayloadException("missing view");
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Object(view, "state") is { } state && Object(state, "values") is { } blocks)
        {
            foreach (var block in blocks.EnumerateObject())
            {
                if (block.Value.ValueKind != JsonValueKind.Object) continue;
                foreach (var element in block.Value.EnumerateObject())
                {
                    // A text input carries value (null when left empty); a select its selected_option.
                    values[block.Name] = String(element.Value, "value")
                        ?? (Object(element.Value, "selected_option") is { } option ? String(option, "value") : null);
                }
            }
        }
        return new ViewSubmission(String(team, "id") ?? Required(view, "team_id"), Required(user, "id"), String(view, "callback_id"), String(view, "private_metadata"), values);
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
