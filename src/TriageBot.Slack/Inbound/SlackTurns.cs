using TriageBot.Channels;

namespace TriageBot.Slack.Inbound;

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
