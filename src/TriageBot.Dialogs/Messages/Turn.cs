namespace TriageBot.Dialogs.Messages;

/// <summary>
/// One thing a person did in a conversation, in no channel's wire format: a message (text, files) or a press
/// of a card button (an action). Teams, Slack and the local chat each translate their own events into turns.
/// </summary>
public sealed record Turn
{
    /// <summary>Stable id of the conversation (a channel-prefixed id such as <c>teams:19:abc…</c>).</summary>
    public required string ConversationId { get; init; }
    public required UserIdentity User { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<TurnFile> Files { get; init; } = [];
    /// <summary>Set when a card button was pressed instead of a message typed.</summary>
    public CardActionInvocation? Action { get; init; }
    /// <summary>Whether the conversation is a 1:1 chat with the bot (case data is shown only in private).</summary>
    public bool IsPrivate { get; init; } = true;
}

/// <summary>Who acts, as the channel knows them. Matched against the team roster by channel id, then e-mail.</summary>
/// <param name="Channel"><c>teams</c>, <c>slack</c>, <c>chat</c>.</param>
/// <param name="Id">The channel's user id (Teams AAD object id, Slack user id, or a member id in the local chat).</param>
public sealed record UserIdentity(string Channel, string Id, string? Name = null, string? Email = null);

/// <summary>A file that came with a message (a forwarded .eml, a PDF of the warrant).</summary>
public sealed record TurnFile(string Name, byte[] Content);

/// <summary>A card button pressed: its verb and the data the card put on it.</summary>
public sealed record CardActionInvocation(string Verb, IReadOnlyDictionary<string, string> Data);
