namespace TriageBot.Dialogs.Messages;

/// <summary>What the bot says back: text and cards. Channels render cards their own way (Adaptive Cards,
/// Block Kit, plain text in the terminal).</summary>
public sealed record Reply(string Text, IReadOnlyList<Card> Cards)
{
    /// <summary>Where a channel puts the reply when it answers a card button: a new message (default), or in
    /// place of the message that holds the pressed button (the refreshed case card after "Assign to me").</summary>
    public ReplyPlacement Placement { get; init; } = ReplyPlacement.NewMessage;

    public static Reply Say(string text) => new(text, []);

    public static Reply WithCard(string text, Card card) => new(text, [card]);

    /// <summary>A card that replaces the pressed one; the card carries everything (channels that update a
    /// message in place send the card alone), the text is for channels without cards.</summary>
    public static Reply Replacing(string text, Card card) => new(text, [card]) { Placement = ReplyPlacement.ReplacePressedCard };
}

public enum ReplyPlacement { NewMessage, ReplacePressedCard }

/// <summary>
/// A card: a title, facts (label: value), sections of lines and buttons. All texts are plain: they may come from
/// a request (an agency name, a contact line), so every channel escapes them for its own markup.
/// </summary>
public sealed record Card(
    string Title,
    IReadOnlyList<CardFact> Facts,
    IReadOnlyList<CardSection> Sections,
    IReadOnlyList<CardAction> Actions)
{
    /// <summary>Optional emphasis for channels that colour cards: <c>attention</c> for P0/P1, else <c>default</c>.</summary>
    public string Style { get; init; } = "default";

    /// <summary>One pick from a list (a type, a reviewer), sent with its own submit button, so a long list is
    /// one compact input instead of a row of buttons.</summary>
    public CardChoice? Choice { get; init; }

    /// <summary>Inputs to fill in and the button that sends them. Channels with dialog windows (Slack modals)
    /// show it as one; the others show the card as it is, whose sections carry the same text to read.</summary>
    public CardForm? Form { get; init; }

    /// <summary>Channels show at most this many buttons on one card level (Adaptive Cards warns above it).</summary>
    public const int MaxActions = 5;
}

public sealed record CardFact(string Label, string Value);

/// <summary>A heading and its lines; each line is one item (a missing field, a finding, an audit entry) and is
/// shown on a line of its own.</summary>
public sealed record CardSection(string? Heading, string Text)
{
    public IReadOnlyList<string> Lines => [.. Text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0)];

    public static CardSection Of(string? heading, IEnumerable<string> lines) => new(heading, string.Join("\n", lines));
}

/// <summary>A button: what it says, the verb the dialogs receive back, and the data it carries (case number...).</summary>
public sealed record CardAction(string Title, string Verb, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>The answer to this button is a form (a card with <see cref="Card.Form"/> or a pick list): channels
    /// with dialog windows open one at the press (Slack must, within 3 seconds) and fill it with the answer.</summary>
    public bool OpensForm { get; init; }
}

/// <summary>A pick list: the chosen option's value arrives in the submit action's data under <see cref="Key"/>.</summary>
public sealed record CardChoice(string Key, string Label, IReadOnlyList<CardOption> Options, string? Selected, CardAction Submit)
{
    /// <summary>A pick that cannot be taken back (an intake answer): channels whose menus send a pick at once
    /// (Slack) ask for it in a form with its own submit button instead, opened by pressing
    /// <see cref="Submit"/> without a pick, which the dialogs answer with this question again.</summary>
    public bool InForm { get; init; }
}

/// <summary>A form: its inputs, whose values join <paramref name="Submit"/>'s data under their keys.</summary>
public sealed record CardForm(IReadOnlyList<CardInput> Inputs, CardAction Submit)
{
    /// <summary>The form belongs on the card itself (answers asked for in the chat): channels whose cards hold
    /// inputs (Teams) show them there; the others (Slack) show a button, <see cref="OpenTitle"/>, that opens it
    /// as a dialog window by pressing <see cref="Submit"/> with nothing filled in, which the dialogs answer with
    /// the form again.</summary>
    public bool InCard { get; init; }

    public string OpenTitle { get; init; } = "Fill in…";
}

/// <summary>What an input holds, and so how its value is checked (and which keyboard a channel offers).</summary>
public enum CardInputKind { Text, Email, Phone }

/// <summary>One text input of a form, with the checks every channel applies to what comes back.</summary>
public sealed record CardInput(string Key, string Label)
{
    public CardInputKind Kind { get; init; } = CardInputKind.Text;

    /// <summary>Phone inputs: the region a number without a country code is read in (ISO 3166, "US").</summary>
    public string Region { get; init; } = "US";

    /// <summary>The text it starts with (a draft to edit).</summary>
    public string? Value { get; init; }
    public bool Multiline { get; init; }
    public bool Required { get; init; } = true;
    public int MaxLength { get; init; } = 3000;
    public string? Hint { get; init; }

    /// <summary>Why a value cannot be used, in words for the person who typed it, or null.</summary>
    public string? Problem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? (Required ? $"{Label} cannot be empty." : null)
        : value.Length > MaxLength ? $"{Label} is {value.Length} characters long; at most {MaxLength} fit."
        : InputChecks.Problem(Kind, value.Trim(), Region);
}

public sealed record CardOption(string Value, string Title);
