using TriageBot.Channels;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// <c>/triage queue</c> becomes the turn "queue". Slack answers a slash command only to the person who typed it
/// (through its response_url, ephemerally), so the turn is private and the conversation is that person's own.
/// </summary>
internal sealed class SlashCommandTurnHandler(TurnQueue queue) : ISlashCommandHandler
{
    public Task<SlackAck> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var turn = new Turn
        {
            ConversationId = SlackConversation.PersonalId(command.TeamId, command.ChannelId, command.UserId),
            User = new UserIdentity("slack", command.UserId, command.UserName),
            Text = command.Text.Trim(),
            IsPrivate = true,
        };
        // Without a usable response_url the answer still goes to this person only (ephemeral, or a DM).
        var target = new SlackReplyTarget(command.TeamId, command.ChannelId, command.UserId) { ResponseUrl = command.ResponseUrl };
        return SlackTurns.AcceptAsync(queue, new SlackWork(turn, target));
    }
}
