using TriageBot.Dialogs;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Channels;

/// <summary>The conversation engine as every channel sees it: the host's <see cref="ConversationBot"/>; tests
/// register a recorder instead.</summary>
public interface IConversationTurnHandler
{
    Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken);
}

internal sealed class ConversationBotTurnHandler(ConversationBot bot) : IConversationTurnHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken) => bot.HandleAsync(turn, cancellationToken);
}
