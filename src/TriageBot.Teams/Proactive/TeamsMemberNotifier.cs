using TriageBot.Dialogs.Messages;

namespace TriageBot.Teams.Proactive;

/// <summary>Reminders and notices to a team member as a Teams proactive message.</summary>
public sealed class TeamsMemberNotifier(TeamsNotifier notifier) : IMemberNotifier
{
    public string Channel => "teams";

    public async Task<bool> NotifyAsync(string memberId, Reply reply, CancellationToken cancellationToken) =>
        (await notifier.NotifyMemberAsync(memberId, reply, cancellationToken).ConfigureAwait(false)).Status == TeamsDeliveryStatus.Sent;
}
