using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;

namespace TriageBot.Teams.Cards;

/// <summary>
/// Renders the dialogs' neutral cards as Adaptive Cards (schema 1.5). Buttons are <c>Action.Execute</c> so Teams
/// can refresh the card in place; each carries an <c>Action.Submit</c> fallback with the same data for clients
/// without Execute, and the data repeats the verb so both paths reach the dialogs the same way.
/// </summary>
public sealed class AdaptiveCardRenderer
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public JsonObject Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new JsonArray { Title(card) };
        if (card.Facts.Count > 0)
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray(card.Facts.Select(f => (JsonNode?)new JsonObject { ["title"] = f.Label, ["value"] = f.Value }).ToArray()),
            });
        foreach (var section in card.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = section.Heading, ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = section.Text, ["wrap"] = true });
        }
        var result = new JsonObject
        {
            ["$schema"] = Schema,
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["body"] = body,
        };
        if (card.Actions.Count > 0)
            result["actions"] = new JsonArray(card.Actions.Select(a => (JsonNode?)Execute(a)).ToArray());
        return result;
    }

    /// <summary>The attachment a message activity carries for the card.</summary>
    public Attachment ToAttachment(Card card) => new(AdaptiveCardInvokeResponse.CardType) { Content = Render(card) };

    private static JsonObject Title(Card card)
    {
        var title = new JsonObject { ["type"] = "TextBlock", ["text"] = card.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["style"] = "heading" };
        if (string.Equals(card.Style, "attention", StringComparison.OrdinalIgnoreCase)) title["color"] = "Attention";
        return title;
    }

    private static JsonObject Execute(CardAction action) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = action.Title,
        ["verb"] = action.Verb,
        ["data"] = Data(action),
        ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = action.Title, ["data"] = Data(action) },
    };

    private static JsonObject Data(CardAction action)
    {
        var data = new JsonObject();
        foreach (var (key, value) in action.Data) data[key] = value;
        return new JsonObject { ["verb"] = action.Verb, ["data"] = data };
    }
}
