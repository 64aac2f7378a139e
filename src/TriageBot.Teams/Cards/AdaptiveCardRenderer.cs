using System.Text;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;

namespace TriageBot.Teams.Cards;

/// <summary>
/// Renders the dialogs' neutral cards as Adaptive Cards (schema 1.5): facts as a FactSet, every line of a
/// section as a TextBlock of its own (Teams collapses single line breaks), a pick list as one compact
/// <c>Input.ChoiceSet</c> with its submit button, a form meant for the card as one <c>Input.Text</c> per field
/// with one submit button, at most <see cref="Card.MaxActions"/> buttons on a level (the
/// rest behind "More…"). All card text is escaped: a request's <c>[Click here](https://…)</c> stays text.
/// Buttons are <c>Action.Execute</c> so Teams can refresh the card in place; each carries an
/// <c>Action.Submit</c> fallback with the same data, and the data repeats the verb so both paths reach the
/// dialogs the same way.
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
                ["facts"] = new JsonArray([.. card.Facts.Select(f => (JsonNode?)new JsonObject { ["title"] = Escape(f.Label), ["value"] = Escape(f.Value) })]),
            });
        foreach (var section in card.Sections)
        {
            var lines = section.Lines;
            if (!string.IsNullOrWhiteSpace(section.Heading))
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Escape(section.Heading), ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
            for (var i = 0; i < lines.Count; i++)
            {
                var block = new JsonObject { ["type"] = "TextBlock", ["text"] = Escape(lines[i]), ["wrap"] = true };
                if (i > 0 || !string.IsNullOrWhiteSpace(section.Heading)) block["spacing"] = "Small";
                body.Add(block);
            }
        }
        var actions = new List<JsonObject>();
        if (card.Choice is { } choice)
        {
            body.Add(ChoiceSet(choice));
            actions.Add(Execute(choice.Submit));
        }
        if (card.Form is { InCard: true } form)
        {
            foreach (var node in form.Inputs.SelectMany(TextInput)) body.Add(node);
            actions.Add(Execute(form.Submit));
        }
        actions.AddRange(card.Actions.Select(Execute));

        var result = new JsonObject
        {
            ["$schema"] = Schema,
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0) result["actions"] = Level(actions);
        return result;
    }

    /// <summary>The attachment a message activity carries for the card.</summary>
    public Attachment ToAttachment(Card card) => new(AdaptiveCardInvokeResponse.CardType) { Content = Render(card) };

    /// <summary>
    /// Plain text made safe for the Markdown subset of Adaptive Cards: CommonMark backslash escapes for the
    /// characters that start emphasis, links, code, headings and lists, and for the "://" of a bare address, so
    /// nothing a requester wrote turns into a link or formatting.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '\\' or '*' or '_' or '[' or ']' or '`' or '~' or '<' or '>':
                    sb.Append('\\').Append(ch);
                    break;
                case ':' when i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/':
                    sb.Append("\\:");
                    break;
                case '-' or '+' or '=' or '#' when lineStart:
                    sb.Append('\\').Append(ch);
                    break;
                case '.' when IsOrderedListMarker(sb):
                    sb.Append("\\.");
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
            lineStart = ch == '\n' || (lineStart && ch == ' ');
        }
        return sb.ToString();
    }

    /// <summary>"1." at the start of a line would become a numbered list.</summary>
    private static bool IsOrderedListMarker(StringBuilder sb)
    {
        var i = sb.Length - 1;
        while (i >= 0 && char.IsAsciiDigit(sb[i])) i--;
        return i < sb.Length - 1 && (i < 0 || sb[i] == '\n');
    }

    /// <summary>At most <see cref="Card.MaxActions"/> buttons; more go behind a "More…" button.</summary>
    private static JsonArray Level(List<JsonObject> actions)
    {
        if (actions.Count <= Card.MaxActions) return new JsonArray([.. actions]);
        var shown = actions.Take(Card.MaxActions - 1).ToList();
        var more = new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = "More…",
            ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(), ["actions"] = Level([.. actions.Skip(Card.MaxActions - 1)]) },
        };
        return new JsonArray([.. shown, more]);
    }

    private static JsonObject Title(Card card)
    {
        var title = new JsonObject { ["type"] = "TextBlock", ["text"] = Escape(card.Title), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["style"] = "heading" };
        if (string.Equals(card.Style, "attention", StringComparison.OrdinalIgnoreCase)) title["color"] = "Attention";
        return title;
    }

    private static JsonObject ChoiceSet(CardChoice choice)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = choice.Key,
            ["label"] = choice.Label,
            ["style"] = "compact",
            ["isRequired"] = true,
            ["errorMessage"] = "Pick one first.",
            ["choices"] = new JsonArray([.. choice.Options.Select(o => (JsonNode?)new JsonObject { ["title"] = o.Title, ["value"] = o.Value })]),
        };
        if (choice.Selected is { } selected) input["value"] = selected;
        return input;
    }

    /// <summary>One <c>Input.Text</c>, its id the form's key (Teams sends the value beside the button's data);
    /// the keyboard for an e-mail or phone; a required one says so. Why a value was refused before is shown
    /// under it (Adaptive Cards inputs have no hint of their own).</summary>
    private static IEnumerable<JsonObject> TextInput(CardInput input)
    {
        var text = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = input.Key,
            ["label"] = input.Label,
            ["maxLength"] = input.MaxLength,
        };
        if (input.Multiline) text["isMultiline"] = true;
        if (input.Kind is CardInputKind.Email) text["style"] = "Email";
        if (input.Kind is CardInputKind.Phone) text["style"] = "Tel";
        if (input.Required)
        {
            text["isRequired"] = true;
            text["errorMessage"] = $"{input.Label} is needed.";
        }
        if (!string.IsNullOrEmpty(input.Value)) text["value"] = input.Value;
        yield return text;
        if (!string.IsNullOrWhiteSpace(input.Hint))
            yield return new JsonObject { ["type"] = "TextBlock", ["text"] = Escape(input.Hint), ["color"] = "Attention", ["size"] = "Small", ["wrap"] = true, ["spacing"] = "Small" };
    }

    private static JsonObject Execute(CardAction action) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = action.Title,
        ["verb"] = action.Verb,
        ["data"] = Data(action),
        ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = action.Title, ["data"] = Data(action) },
    };

    private static JsonObject Data(CardAction action) => CardActionCodec.Encode(action);
}
