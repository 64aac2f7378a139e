using TriageBot.Dialogs.Messages;

namespace TriageBot.Mailbox.Processing;

/// <summary>Posts what the mailbox watcher did (a case card, a quarantined message) to a team channel. Returns
/// false when the post did not go out; it never throws for a channel problem, the next message must still be handled.</summary>
public interface IInboxAnnouncer
{
    string Channel { get; }

    Task<bool> AnnounceAsync(Reply reply, CancellationToken cancellationToken);
}
