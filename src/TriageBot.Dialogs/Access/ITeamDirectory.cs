namespace TriageBot.Dialogs.Access;

/// <summary>Finds the team member behind a channel identity (Teams AAD id, Slack id, or e-mail); null means a
/// stranger, who gets a polite refusal and no case data.</summary>
public interface ITeamDirectory
{
    Actor? Find(Messages.UserIdentity user);
}
