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
