using TriageBot.Dialogs;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Teams.Hosting;

/// <summary>What answers a turn. The host's <see cref="ConversationBot"/> in production; tests put a stub here.</summary>
public interface ITeamsTurnHandler
{
    Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken);
}

public sealed class ConversationBotTurnHandler(ConversationBot bot) : ITeamsTurnHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken) => bot.HandleAsync(turn, cancellationToken);
}

/// <summary>Delivers replies into a Teams conversation (the Bot Connector in production).</summary>
public interface ITeamsReplySender
{
    Task SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken);

    /// <summary>Replaces the message <paramref name="activityId"/> (a card a button was pressed on) with the reply.</summary>
    Task UpdateAsync(ConversationReference conversation, string activityId, Reply reply, CancellationToken cancellationToken);
}
