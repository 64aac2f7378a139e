namespace TriageBot.Dialogs.Messages;

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

public sealed record CardOption(string Value, string Title);
