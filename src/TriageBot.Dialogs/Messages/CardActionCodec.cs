using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Dialogs.Messages;

/// <summary>
/// The one wire shape of a card button, for every channel that sends one out and gets it back (a Teams card's
/// data, a Slack button's value, a Slack modal's metadata): <c>{"verb":…,"data":{…}}</c> with string values.
/// What comes back is as untrusted as typed text; <see cref="Decode"/> refuses anything not of this shape.
/// </summary>
public static class CardActionCodec
{
    public const string VerbKey = "verb";
    public const string DataKey = "data";

    public static JsonObject Encode(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = new JsonObject();
        foreach (var (key, value) in action.Data) data[key] = value;
        return new JsonObject { [VerbKey] = action.Verb, [DataKey] = data };
    }

    public static string EncodeText(CardAction action) => Encode(action).ToJsonString();

    /// <summary>The press the text describes, or null when it is not JSON of the encoded shape (a verb, and
    /// string values only), or a string is not valid Unicode.</summary>
    public static CardActionInvocation? Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = JsonDocument.Parse(text);
            return Decode(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static CardActionInvocation? Decode(JsonElement root)
    {
        try
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(VerbKey, out var verb)
                || verb.ValueKind != JsonValueKind.String || verb.GetString() is not { Length: > 0 } name)
                return null;
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty(DataKey, out var d))
            {
                if (d.ValueKind != JsonValueKind.Object) return null;
                foreach (var property in d.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String) return null;
                    data[property.Name] = property.Value.GetString() ?? "";
                }
            }
            return new CardActionInvocation(name, data);
        }
        catch (InvalidOperationException)
        {
            return null; // an escaped lone surrogate is not text
        }
    }
}
