using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.BlockKit;

/// <summary>
/// A button's <c>value</c>: <c>{"verb":…,"data":{…}}</c>, so a press comes back as the card action the dialogs
/// put on the card. Slack caps it at <see cref="MaxLength"/> characters.
/// </summary>
public static class ButtonValue
{
    public const int MaxLength = 2000;

    public static string Format(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = new JsonObject();
        foreach (var (key, value) in action.Data) data[key] = value;
        return new JsonObject { ["verb"] = action.Verb, ["data"] = data }.ToJsonString();
    }

    /// <summary>Reads a value back; anything else is a <see cref="SlackPayloadException"/>.</summary>
    public static CardActionInvocation Parse(string value)
    {
        if (value.Length > MaxLength) throw new SlackPayloadException("action value too long");
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            var verb = SlackPayloads.Required(root, "verb");
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("data", out var d))
            {
                if (d.ValueKind != JsonValueKind.Object) throw new SlackPayloadException("malformed action value");
                foreach (var property in d.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String) throw new SlackPayloadException("malformed action value");
                    data[property.Name] = SlackPayloads.Text(property.Value);
                }
            }
            return new CardActionInvocation(verb, data);
        }
        catch (JsonException)
        {
            throw new SlackPayloadException("malformed action value");
        }
    }
}
