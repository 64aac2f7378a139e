using TriageBot.Dialogs.Messages;

namespace TriageBot.Teams.Hosting;

/// <summary>Delivers replies into a Teams conversation (the Bot Connector in production).</summary>
public interface ITeamsReplySender
{
    Task SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken);

    /// <summary>Replaces the message <paramref name="activityId"/> (a card a button was pressed on) with the reply.</summary>
    Task UpdateAsync(ConversationReference conversation, string activityId, Reply reply, CancellationToken cancellationToken);
}
