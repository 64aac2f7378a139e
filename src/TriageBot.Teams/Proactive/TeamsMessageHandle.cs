using TriageBot.Cases.Storage;

namespace TriageBot.Teams.Proactive;

/// <summary>A message the Teams page channel sent: its conversation and activity id (empty when the Bot
/// Connector returned none), which an update needs. Written into the opaque <see cref="MessageHandle"/> as the two
/// joined by a line feed, the form escalations stored before handles were opaque read back as.</summary>
internal sealed record TeamsMessageHandle(string ConversationId, string ActivityId)
{
    public MessageHandle ToHandle() => MessageHandle.Pair(ConversationId, ActivityId);

    /// <summary>Null when the handle is not one this channel wrote.</summary>
    public static TeamsMessageHandle? From(MessageHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return handle.TryPair(out var conversation, out var activity) ? new TeamsMessageHandle(conversation, activity) : null;
    }
}
