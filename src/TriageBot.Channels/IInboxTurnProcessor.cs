using TriageBot.Cases.Storage;

namespace TriageBot.Channels;

/// <summary>
/// A channel's side of the durable queue: runs one of its turns from the inbox (the payload it wrote when it
/// accepted the turn) and delivers the replies. One per channel, found by <see cref="Channel"/>.
/// </summary>
public interface IInboxTurnProcessor
{
    /// <summary>The channel name the turns were accepted under (<c>slack</c>, <c>teams</c>).</summary>
    string Channel { get; }

    /// <summary>Runs the turn. An exception counts as a failed attempt: the turn is tried again after a
    /// back-off, and dead-lettered after the last attempt.</summary>
    Task ProcessAsync(InboxTurn turn, CancellationToken cancellationToken);

    /// <summary>Tells the person their turn could not be processed (it was dead-lettered).</summary>
    Task ApologiseAsync(InboxTurn turn, CancellationToken cancellationToken);

    /// <summary>Sends <paramref name="notice"/> the way <paramref name="route"/> says (the <see cref="InboxDraft.Route"/>
    /// this channel wrote when it accepted the turn): the turn itself no longer opens. False when the route is not
    /// one this channel can use or the channel refused the message.</summary>
    Task<bool> TellLostAsync(string route, Dialogs.Messages.Reply notice, CancellationToken cancellationToken);
}
