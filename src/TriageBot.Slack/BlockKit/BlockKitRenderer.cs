using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.BlockKit;

/// <summary>A message ready for Slack: the notification/fallback text and its blocks.</summary>
public sealed record BlockKitMessage(string Text, JsonArray Blocks);

/// <summary>
/// Renders the neutral replies and cards as Block Kit within Slack's limits, which otherwise make Slack refuse
/// the whole message (<c>invalid_blocks</c>): 50 blocks per message, 3000 characters of section text, 10 fields
/// of 2000 characters per section, 25 elements per actions block, 75 characters of button text, 2000 of button
/// value, 150 of header text. Long reply text is split over several sections; card texts are cut with "…".
/// Text from cases is escaped, so a request containing <c>&lt;!channel&gt;</c> cannot notify a whole channel.
/// </summary>
public sealed class BlockKitRenderer
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxFields = 10;
    public const int MaxFieldText = 2000;
    public const int MaxActionElements = 25;
    public const int MaxButtonText = 75;
    public const int MaxHeaderText = 150;
    public const int MaxSelectOptions = 100;
    public const int MaxOptionText = 75;
    public const int MaxOptionValue = 150;
    public const int MaxPlaceholderText = 150;
    /// <summary>Slack allows far more top-level text, but it is only the notification and fallback.</summary>
    public const int MaxFallbackText = 3000;

    /// <summary>The <c>action_id</c> prefix of a button whose press opens a modal (<see cref="CardAction.OpensForm"/>).</summary>
    public const string FormActionPrefix = "form-";

    private const string Ellipsis = "…";

    public BlockKitMessage Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<JsonObject>();
        foreach (var chunk in Split(Escape(reply.Text), MaxSectionText))
            blocks.Add(Section(chunk));

        var buttons = 0;
        foreach (var card in reply.Cards)
        {
            var title = card.Style == "attention" ? "🚨 " + card.Title : card.Title;
            if (title.Length > 0) blocks.Add(new JsonObject { ["type"] = "header", ["text"] = PlainText(Truncate(title, MaxHeaderText)) });

            foreach (var facts in card.Facts.Chunk(MaxFields))
            {
                var fields = new JsonArray();
                foreach (var fact in facts)
                    fields.Add(Mrkdwn(Truncate($"*{Escape(fact.Label)}*\n{Escape(fact.Value)}", MaxFieldText)));
                blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
            }

            foreach (var section in card.Sections)
            {
                var lines = string.Join("\n", section.Lines.Select(Escape));
                var text = section.Heading is { Length: > 0 } heading ? $"*{Escape(heading)}*\n{lines}" : lines;
                if (text.Length > 0) blocks.Add(Section(Truncate(text, MaxSectionText)));
            }

            var elements = new List<JsonObject>();
            if (card.Choice is { InForm: false } choice && Select(choice, ref buttons) is { } select) elements.Add(select);
            elements.AddRange(card.Actions.Select(action => Button(action, ref buttons)).OfType<JsonObject>());
            // A pick that cannot be taken back is made in a modal with its own submit button (a menu here would send at once).
            if (card.Choice is { InForm: true } inForm && Button(inForm.Submit with { Title = inForm.Label + "…", OpensForm = true }, ref buttons) is { } opener)
                elements.Add(opener);
            // Inputs meant for the card are filled in a modal here: the button asks for the form, which opens there.
            if (card.Form is { InCard: true } form && Button(form.Submit with { Title = form.OpenTitle, OpensForm = true }, ref buttons) is { } formOpener)
                elements.Add(formOpener);
            foreach (var row in elements.Chunk(MaxActionElements))
                blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(row.Cast<JsonNode>().ToArray()) });
        }

        if (blocks.Count > MaxBlocks)
        {
            blocks.RemoveRange(MaxBlocks - 1, blocks.Count - (MaxBlocks - 1));
            blocks.Add(new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray(Mrkdwn("_This answer was too long for one Slack message and was shortened._")),
            });
        }

        var fallback = reply.Text.Length > 0 ? reply.Text : string.Join(" · ", reply.Cards.Select(c => c.Title));
        return new BlockKitMessage(Truncate(Escape(fallback), MaxFallbackText), new JsonArray(blocks.Cast<JsonNode>().ToArray()));
    }

    /// <summary>A button whose value would exceed Slack's limit is left out: Slack would refuse the whole message.</summary>
    private static JsonObject? Button(CardAction action, ref int counter)
    {
        var value = ButtonValue.Format(action);
        if (value.Length > ButtonValue.MaxLength) return null;
        counter++;
        return new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(Truncate(action.Title, MaxButtonText)),
            // Unique within the message, as Slack requires; the press is routed by value. The prefix says whether
            // the press opens a modal, which must happen before the answer is ready.
            ["action_id"] = $"{(action.OpensForm ? FormActionPrefix : "triage-")}{counter}",
            ["value"] = value,
        };
    }

    /// <summary>A pick list as a select menu: choosing an option is the submit (Slack sends it at once), so each
    /// option's value is the whole submit action with the choice filled in.</summary>
    private static JsonObject? Select(CardChoice choice, ref int counter)
    {
        var options = new JsonArray();
        JsonObject? initial = null;
        foreach (var option in choice.Options.Take(MaxSelectOptions))
        {
            var value = ButtonValue.Format(choice.Submit with { Data = new Dictionary<string, string>(choice.Submit.Data) { [choice.Key] = option.Value } });
            if (value.Length > MaxOptionValue) continue;
            var item = new JsonObject { ["text"] = PlainText(Truncate(option.Title, MaxOptionText)), ["value"] = value };
            options.Add(item);
            if (option.Value == choice.Selected) initial = item.DeepClone().AsObject();
        }
        if (options.Count == 0) return null;
        counter++;
        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = $"triage-{counter}",
            ["placeholder"] = PlainText(Truncate(choice.Label, MaxPlaceholderText)),
            ["options"] = options,
        };
        if (initial is not null) select["initial_option"] = initial;
        return select;
    }

    private static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = Mrkdwn(text) };

    /// <summary>Verbatim: Slack must not turn a requester's address or "#channel" into a link or a mention.</summary>
    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text, ["verbatim"] = true };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    /// <summary>Slack's three control characters in mrkdwn; everything else is shown as written.</summary>
    internal static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>At most <paramref name="max"/> characters, ending in "…" when cut; never inside an escape or a surrogate pair.</summary>
    internal static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = SafeCut(text, max - Ellipsis.Length);
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Chunks of at most <paramref name="max"/> characters, broken at a line end or space where one is near.</summary>
    internal static IEnumerable<string> Split(string text, int max)
    {
        var rest = text.AsMemory();
        while (rest.Length > 0)
        {
            if (rest.Length <= max)
            {
                yield return rest.ToString();
                yield break;
            }
            var cut = SafeCut(rest.Span, max);
            var window = rest.Span[..cut];
            var newline = window.LastIndexOf('\n');
            var space = window.LastIndexOf(' ');
            var breakAt = newline > max / 2 ? newline + 1 : space > max / 2 ? space + 1 : cut;
            var chunk = rest[..breakAt].ToString().TrimEnd();
            if (chunk.Length > 0) yield return chunk;
            rest = rest[breakAt..];
        }
    }

    private static int SafeCut(ReadOnlySpan<char> text, int cut)
    {
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        // An escape is at most 5 characters ("&amp;"): do not leave half of one.
        var amp = text[Math.Max(0, cut - 4)..cut].LastIndexOf('&');
        if (amp >= 0)
        {
            var start = Math.Max(0, cut - 4) + amp;
            if (text[start..cut].IndexOf(';') < 0) cut = start;
        }
        return cut;
    }
}
