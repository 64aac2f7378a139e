namespace TriageBot.Dialogs.Messages;

/// <summary>
/// Reaches one team member outside any conversation they started: a reminder, a "case assigned to you". Each
/// channel that can do so (Slack DM, Teams proactive message) implements it; false means "not reached here".
/// </summary>
public interface IMemberNotifier
{
    string Channel { get; }

    Task<bool> NotifyAsync(string memberId, Reply reply, CancellationToken cancellationToken);
}
