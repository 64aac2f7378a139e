using System.Text.RegularExpressions;
using TriageBot.Channels;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>What an inbound handler did with a request; the endpoint turns it into Slack's acknowledgement.</summary>
public enum SlackAck
{
    /// <summary>Queued for the conversation engine.</summary>
    Accepted,
    /// <summary>Nothing for the bot (an edit, another bot's message…): acknowledged so Slack does not retry.</summary>
    Ignored,
    /// <summary>The queue is full, or the host is stopping: refused so Slack, or the person, tries again.</summary>
    Busy,
}

/// <summary>Events API callbacks (<c>app_mention</c>, <c>message.im</c>). Slack waits 3 seconds at most: a handler
/// only commits the turn to the inbox (about a millisecond).</summary>
public interface ISlackEventHandler
{
    Task<SlackAck> HandleAsync(SlackEventCallback callback, CancellationToken cancellationToken);
}

/// <summary>The <c>/triage</c> slash command.</summary>
public interface ISlashCommandHandler
{
    Task<SlackAck> HandleAsync(SlashCommand command, CancellationToken cancellationToken);
}

/// <summary>Buttons pressed on the bot's Block Kit messages.</summary>
public interface IBlockActionsHandler
{
    Task<SlackAck> HandleAsync(BlockActions actions, CancellationToken cancellationToken);
}

/// <summary>Messages to the bot become turns: direct messages as private turns, mentions in channels as public ones
/// (which the engine answers without case data).</summary>
internal sealed partial class EventTurnHandler(TurnQueue queue) : ISlackEventHandler
{
    public Task<SlackAck> HandleAsync(SlackEventCallback callback, CancellationToken cancellationToken)
    {
        var isDirectMessage = callback is { EventType: "message", ChannelType: "im" };
        if (!isDirectMessage && callback.EventType != "app_mention") return Task.FromResult(SlackAck.Ignored);
        // Edits, joins and bot posts are not someone talking to the bot; a file shared in a DM is.
        var sharedFile = isDirectMessage && callback.Subtype == "file_share" && callback.Files.Count > 0;
        if ((callback.Subtype is not null && !sharedFile) || callback.BotId is not null) return Task.FromResult(SlackAck.Ignored);
        if (callback is not { User: { Length: > 0 } user, Channel: { Length: > 0 } channel }) return Task.FromResult(SlackAck.Ignored);

        var turn = new Turn
        {
            ConversationId = SlackConversation.Id(callback.TeamId, channel),
            User = new UserIdentity("slack", user),
            Text = StripMentions(callback.Text ?? ""),
            IsPrivate = isDirectMessage,
        };
        var target = new SlackReplyTarget(callback.TeamId, channel, user) { ThreadTs = callback.ThreadTs };
        // Retries carry the same event_id: the inbox takes an event once, however often (and to whichever process) it comes.
        return SlackTurns.AcceptAsync(queue, new SlackWork(turn, target) { Files = sharedFile ? callback.Files : [] }, callback.EventId);
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

/// <summary>A button press becomes a turn carrying the card action, in the conversation the card was shown in.</summary>
internal sealed class BlockActionsTurnHandler(TurnQueue queue) : IBlockActionsHandler
{
    public Task<SlackAck> HandleAsync(BlockActions actions, CancellationToken cancellationToken)
    {
        if (actions.ChannelId is not { Length: > 0 } channel) return Task.FromResult(SlackAck.Ignored); // App Home and modals come later
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
        return SlackTurns.AcceptAsync(queue, new SlackWork(turn, target));
    }
}

internal static class SlackTurns
{
    /// <summary>Commits the work to the inbox; a redelivered event is acknowledged without running again.</summary>
    public static async Task<SlackAck> AcceptAsync(TurnQueue queue, SlackWork work, string? eventId = null) =>
        await queue.AcceptAsync(work.ToDraft(eventId), CancellationToken.None).ConfigureAwait(false) switch
        {
            TurnAdmission.Accepted => SlackAck.Accepted,
            TurnAdmission.Duplicate => SlackAck.Ignored,
            _ => SlackAck.Busy,
        };
}
