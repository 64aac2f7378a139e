using TriageBot.Cases.Storage;

namespace TriageBot.Slack.Paging;

/// <summary>A message the Slack page channel posted: its conversation and <c>ts</c>, which <c>chat.update</c>
/// needs. Written into the opaque <see cref="MessageHandle"/> as the two joined by a line feed (neither contains
/// one), the form escalations stored before handles were opaque read back as.</summary>
internal sealed record SlackMessageHandle(string Channel, string Ts)
{
    public MessageHandle ToHandle() => MessageHandle.Pair(Channel, Ts);

    /// <summary>Null when the handle is not one this channel wrote.</summary>
    public static SlackMessageHandle? From(MessageHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return handle.TryPair(out var channel, out var ts) && ts.Length > 0 ? new SlackMessageHandle(channel, ts) : null;
    }
}
