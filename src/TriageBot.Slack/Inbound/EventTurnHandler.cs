using System.Text.RegularExpressions;
using TriageBot.Channels;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

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
