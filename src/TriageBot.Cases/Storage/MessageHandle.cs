namespace TriageBot.Cases.Storage;

/// <summary>
/// A message a chat channel delivered, as that channel wrote it down so it can update the message in place later.
/// Opaque here and in the dialogs: they keep it beside the channel's name (<see cref="PageAttempt.Via"/>) and
/// hand it back to that channel; only the channel encodes and reads it.
/// </summary>
/// <remarks>Escalations stored before handles were opaque kept two parts (Slack: channel and ts; Teams:
/// conversation and activity id); they read back as the two parts joined by a line feed, which is how those two
/// channels still write theirs, so pages stored then are updated as before.</remarks>
public sealed record MessageHandle
{
    public MessageHandle(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
    }

    public string Value { get; }

    /// <summary>The two-part form (a conversation and a message id in it) that Slack and Teams both write, and
    /// that handles stored before they were opaque read back as.</summary>
    public static MessageHandle Pair(string conversation, string message) => new(conversation + "\n" + message);

    /// <summary>Splits the two-part form; false when the handle is not one (or its conversation is empty).</summary>
    public bool TryPair(out string conversation, out string message)
    {
        var parts = Value.Split('\n');
        (conversation, message) = parts is [{ Length: > 0 } c, var m] ? (c, m) : ("", "");
        return conversation.Length > 0;
    }

    public override string ToString() => Value;
}
