namespace TriageBot.Dialogs.Messages;

/// <summary>What the bot says back: text and cards. Channels render cards their own way (Adaptive Cards,
/// Block Kit, plain text in the terminal).</summary>
public sealed record Reply(string Text, IReadOnlyList<Card> Cards)
{
    public static Reply Say(string text) => new(text, []);

    public static Reply WithCard(string text, Card card) => new(text, [card]);
}

/// <summary>A card: a title, facts (label: value), free-text sections and buttons.</summary>
public sealed record Card(
    string Title,
    IReadOnlyList<CardFact> Facts,
    IReadOnlyList<CardSection> Sections,
    IReadOnlyList<CardAction> Actions)
{
    /// <summary>Optional emphasis for channels that colour cards: <c>attention</c> for P0/P1, else <c>default</c>.</summary>
    public string Style { get; init; } = "default";
}

public sealed record CardFact(string Label, string Value);

public sealed record CardSection(string? Heading, string Text);

/// <summary>A button: what it says, the verb the dialogs receive back, and the data it carries (case number...).</summary>
public sealed record CardAction(string Title, string Verb, IReadOnlyDictionary<string, string> Data);
