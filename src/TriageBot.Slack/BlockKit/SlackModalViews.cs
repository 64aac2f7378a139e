using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.BlockKit;

/// <summary>
/// Modals (Block Kit views): the one opened at a press while the answer is prepared, the form the answer
/// becomes (a card's pick list or text inputs, with the card's title and facts above them), and a notice when
/// the answer has nothing to fill in. Within Slack's limits: 24 characters of title and button text, 100 blocks,
/// 3000 characters of metadata, 75 of option text, 150 of option value.
/// </summary>
public static class SlackModalViews
{
    public const string CallbackId = "triagebot-form";
    public const string InputActionId = "value";
    public const int MaxTitle = 24;
    public const int MaxBlocks = 100;
    public const int MaxLabel = 2000;
    private const string Title = "TriageBot";

    /// <summary>What a modal says while its form is prepared.</summary>
    public const string LoadingText = "One moment: getting the form ready…";

    /// <summary>Whether a card has something to fill in, so a modal is the place for it.</summary>
    public static bool HasForm(Card card) => card.Form is not null || card.Choice is not null;

    /// <summary>Opened at once (the trigger lives 3 seconds); <paramref name="externalId"/> finds it again. The
    /// pressed button's label is not worked into the sentence: labels are imperatives ("Fill them in…", "Pick
    /// one…") and read as nonsense inside one; the modal's window says what it is for once it is filled.</summary>
    public static JsonObject Loading(string externalId) => new()
    {
        ["type"] = "modal",
        ["external_id"] = externalId,
        ["title"] = Plain(Title),
        ["close"] = Plain("Cancel"),
        ["blocks"] = new JsonArray(Section(LoadingText)),
    };

    /// <summary>The card as a form that submits its button with the values filled in; null when the card has
    /// nothing to fill in or its checks do not fit in the metadata.</summary>
    public static JsonObject? Form(Card card, string channel, bool isPrivate)
    {
        ArgumentNullException.ThrowIfNull(card);
        var blocks = new JsonArray();
        if (card.Title.Length > 0) blocks.Add(Section($"*{BlockKitRenderer.Escape(card.Title)}*"));
        foreach (var facts in card.Facts.Chunk(BlockKitRenderer.MaxFields))
        {
            var fields = new JsonArray();
            foreach (var fact in facts)
                fields.Add(Mrkdwn(BlockKitRenderer.Truncate($"*{BlockKitRenderer.Escape(fact.Label)}*\n{BlockKitRenderer.Escape(fact.Value)}", BlockKitRenderer.MaxFieldText)));
            blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
        }

        CardAction submit;
        var checks = new List<ModalField>();
        if (card.Form is { } form)
        {
            submit = form.Submit;
            foreach (var input in form.Inputs)
            {
                blocks.Add(TextInput(input));
                checks.Add(ModalField.Of(input));
            }
        }
        else if (card.Choice is { } choice && Select(choice) is { } select)
        {
            submit = choice.Submit;
            blocks.Add(select);
            checks.Add(ModalField.Of(choice));
        }
        else
        {
            return null;
        }
        if (blocks.Count > MaxBlocks) return null;

        var metadata = new ModalMetadata(ButtonValue.Format(submit), channel, isPrivate, checks).Write();
        // The menu itself allows only its options: the list of values may be left out to fit.
        if (metadata.Length > ModalMetadata.MaxLength)
            metadata = new ModalMetadata(ButtonValue.Format(submit), channel, isPrivate, [.. checks.Select(c => c with { Options = null })]).Write();
        if (metadata.Length > ModalMetadata.MaxLength) return null;
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = Plain(Title),
            ["submit"] = Plain(BlockKitRenderer.Truncate(submit.Title, MaxTitle)),
            ["close"] = Plain("Cancel"),
            ["private_metadata"] = metadata,
            ["blocks"] = blocks,
        };
    }

    /// <summary>An answer with nothing to fill in (a refusal, an apology), shown where the form would have been.</summary>
    public static JsonObject Notice(BlockKitRenderer renderer, IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(replies);
        // Buttons inside a modal would arrive without a conversation to answer in: the chat has them.
        var blocks = replies.SelectMany(r => renderer.Render(r).Blocks).Where(b => (string?)b!["type"] != "actions").Take(MaxBlocks).Select(b => b!.DeepClone()).ToArray();
        return new JsonObject
        {
            ["type"] = "modal",
            ["title"] = Plain(Title),
            ["close"] = Plain("Close"),
            ["blocks"] = new JsonArray(blocks.Length > 0 ? blocks : [Section("Done.")]),
        };
    }

    /// <summary>The answer to a view_submission that keeps the modal open with a message under each field.</summary>
    public static JsonObject Errors(IReadOnlyDictionary<string, string> problems)
    {
        var errors = new JsonObject();
        foreach (var (key, problem) in problems) errors[key] = problem;
        return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
    }

    private static JsonObject TextInput(CardInput input)
    {
        // An e-mail gets Slack's own e-mail input (its keyboard and check); the bot checks it again on submission.
        var element = input.Kind == CardInputKind.Email
            ? new JsonObject { ["type"] = "email_text_input", ["action_id"] = InputActionId }
            : new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = InputActionId,
                ["multiline"] = input.Multiline,
                ["max_length"] = Math.Clamp(input.MaxLength, 1, 3000),
            };
        if (!string.IsNullOrEmpty(input.Value)) element["initial_value"] = input.Value;
        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = input.Key,
            ["label"] = Plain(BlockKitRenderer.Truncate(input.Label, MaxLabel)),
            ["optional"] = !input.Required,
            ["element"] = element,
        };
        if (!string.IsNullOrWhiteSpace(input.Hint)) block["hint"] = Plain(BlockKitRenderer.Truncate(input.Hint, MaxLabel));
        return block;
    }

    private static JsonObject? Select(CardChoice choice)
    {
        var options = new JsonArray();
        JsonObject? initial = null;
        foreach (var option in choice.Options.Take(BlockKitRenderer.MaxSelectOptions))
        {
            if (option.Value.Length > BlockKitRenderer.MaxOptionValue) continue;
            var item = new JsonObject { ["text"] = Plain(BlockKitRenderer.Truncate(option.Title, BlockKitRenderer.MaxOptionText)), ["value"] = option.Value };
            options.Add(item);
            if (option.Value == choice.Selected) initial = (JsonObject)item.DeepClone();
        }
        if (options.Count == 0) return null;
        var element = new JsonObject { ["type"] = "static_select", ["action_id"] = InputActionId, ["options"] = options };
        if (initial is not null) element["initial_option"] = initial;
        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = choice.Key,
            ["label"] = Plain(BlockKitRenderer.Truncate(choice.Label, MaxLabel)),
            ["element"] = element,
        };
    }

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(BlockKitRenderer.Truncate(mrkdwn, BlockKitRenderer.MaxSectionText)) };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text, ["verbatim"] = true };

    private static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}
