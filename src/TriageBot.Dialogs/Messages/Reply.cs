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
public sealed record CardAction(string Title, string Verb, IReadOnlyDictionary<string, string> Data);

/// <summary>A pick list: the chosen option's value arrives in the submit action's data under <see cref="Key"/>.</summary>
public sealed record CardChoice(string Key, string Label, IReadOnlyList<CardOption> Options, string? Selected, CardAction Submit);

public sealed record CardOption(string Value, string Title);
