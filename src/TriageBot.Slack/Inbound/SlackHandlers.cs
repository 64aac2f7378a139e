using System.Text.RegularExpressions;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>What an inbound handler did with a request; the endpoint turns it into Slack's acknowledgement.</summary>
public enum SlackAck
{
    /// <summary>Queued for the conversation engine.</summary>
    Accepted,
    /// <summary>Nothing for the bot (an edit, another bot's message…): acknowledged so Slack does not retry.</summary>
    Ignored,
    /// <summary>The queue is full: refused so Slack, or the person, tries again.</summary>
    Busy,
}

/// <summary>Events API callbacks (<c>app_mention</c>, <c>message.im</c>). Must not block: Slack waits 3 seconds at most.</summary>
public interface ISlackEventHandler
{
    SlackAck Handle(SlackEventCallback callback);
}

/// <summary>The <c>/triage</c> slash command.</summary>
public interface ISlashCommandHandler
{
    SlackAck Handle(SlashCommand command);
}

/// <summary>Buttons pressed on the bot's Block Kit messages.</summary>
public interface IBlockActionsHandler
{
    SlackAck Handle(BlockActions actions);
}

/// <summary>Messages to the bot become turns: direct messages as private turns, mentions in channels as public ones
/// (which the engine answers without case data).</summary>
internal sealed partial class EventTurnHandler(SlackWorkQueue queue) : ISlackEventHandler
{
    public SlackAck Handle(SlackEventCallback callback)
    {
        var isDirectMessage = callback is { EventType: "message", ChannelType: "im" };
        if (!isDirectMessage && callback.EventType != "app_mention") return SlackAck.Ignored;
        // Edits, joins and bot posts are not someone talking to the bot; a file shared in a DM is.
        var sharedFile = isDirectMessage && callback.Subtype == "file_share" && callback.Files.Count > 0;
        if ((callback.Subtype is not null && !sharedFile) || callback.BotId is not null) return SlackAck.Ignored;
        if (callback is not { User: { Length: > 0 } user, Channel: { Length: > 0 } channel }) return SlackAck.Ignored;

        var turn = new Turn
        {
            ConversationId = SlackConversation.Id(callback.TeamId, channel),
            User = new UserIdentity("slack", user),
            Text = StripMentions(callback.Text ?? ""),
            IsPrivate = isDirectMessage,
        };
        var target = new SlackReplyTarget(callback.TeamId, channel, user) { ThreadTs = callback.ThreadTs };
        return queue.TryEnqueue(new SlackWork(turn, target) { Files = sharedFile ? callback.Files : [] }) ? SlackAck.Accepted : SlackAck.Busy;
    }

    /// <summary>"&lt;@U0BOT&gt; queue" is the command "queue"; the bot's own name is not part of what was asked.</summary>
    internal static string StripMentions(string text) => LeadingMention().Replace(text, "").Trim();

    [GeneratedRegex(@"^(\s*<@[A-Z0-9]+(\|[^>]*)?>[\s,:]*)+")]
    private static partial Regex LeadingMention();
}

/// <summary>
/// <c>/triage queue</c> becomes the turn "queue". Slack answers a slash command only to the person who typed it
/// (through its response_url, ephemerally), so the turn is private and the conversation is that person's own.
/// </summary>
internal sealed class SlashCommandTurnHandler(SlackWorkQueue queue) : ISlashCommandHandler
{
    public SlackAck Handle(SlashCommand command)
    {
        var turn = new Turn
        {
            ConversationId = SlackConversation.PersonalId(command.TeamId, command.ChannelId, command.UserId),
            User = new UserIdentity("slack", command.UserId, command.UserName),
            Text = command.Text.Trim(),
            IsPrivate = true,
        };
        var target = new SlackReplyTarget(command.TeamId, command.ChannelId, command.UserId) { ResponseUrl = command.ResponseUrl };
        return queue.TryEnqueue(new SlackWork(turn, target)) ? SlackAck.Accepted : SlackAck.Busy;
    }
}

/// <summary>A button press becomes a turn carrying the card action, in the conversation the card was shown in.</summary>
internal sealed class BlockActionsTurnHandler(SlackWorkQueue queue) : IBlockActionsHandler
{
    public SlackAck Handle(BlockActions actions)
    {
        if (actions.ChannelId is not { Length: > 0 } channel) return SlackAck.Ignored; // App Home and modals come later
        var directMessage = SlackConversation.IsDirectMessage(channel) && !actions.IsEphemeral;
        var turn = new Turn
        {
            ConversationId = directMessage
                ? SlackConversation.Id(actions.TeamId, channel)
                : SlackConversation.PersonalId(actions.TeamId, channel, actions.UserId),
            User = new UserIdentity("slack", actions.UserId),
            Action = actions.Action,
            // An ephemeral card was seen by this person only; a card posted in a channel was not.
            IsPrivate = directMessage || actions.IsEphemeral,
        };
        var target = new SlackReplyTarget(actions.TeamId, channel, actions.UserId)
        {
            ResponseUrl = actions.IsEphemeral ? actions.ResponseUrl : null,
        };
        return queue.TryEnqueue(new SlackWork(turn, target)) ? SlackAck.Accepted : SlackAck.Busy;
    }
}
