using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Channels;

/// <summary>
/// Turns that were acknowledged but whose stored payload no longer opens (damaged on disk, or sealed under another
/// key) cannot run; the inbox dead-letters them as "unreadable". Nobody must be left waiting for an answer that
/// never comes: the sender is told, through the way back the channel stored beside the payload
/// (<see cref="InboxDraft.Route"/>), that the message was lost and must be sent again; the operator sees it in
/// the log (turn id, channel, time: never a conversation), in <c>triagebot turns dead</c> (with whether the sender
/// was told) and in <c>GET /ready</c>. Each lost turn is dealt with once.
/// </summary>
public sealed class LostTurns(ITurnInbox inbox, TeamClock clock, TimeProvider time, ILogger<LostTurns> logger)
{
    /// <summary>What the sender reads: the one wording, for every channel.</summary>
    public static string Notice(DateTime receivedAt, DateTime now, long turnId, TeamClock clock) =>
        $"I lost a message you sent me {clock.At(receivedAt, now)}: it could not be read back from storage, so I did not act on it. " +
        $"Please send it again (paste the request again, or press the button again). Your TriageBot administrator can see it as turn {turnId}.";

    /// <summary>Tells the sender of every lost turn not dealt with yet; returns how many were told.</summary>
    public async Task<int> TellAsync(IReadOnlyDictionary<string, IInboxTurnProcessor> processors, CancellationToken cancellationToken)
    {
        var told = 0;
        foreach (var turn in await inbox.LostUntoldAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = time.GetUtcNow().UtcDateTime;
            string outcome;
            if (turn.Route is not { } route)
                outcome = "sender not told: where it came from does not open either (or was not stored by the version that took it)";
            else if (!processors.TryGetValue(turn.Channel, out var processor))
                outcome = $"sender not told: no \"{turn.Channel}\" channel is configured in this host";
            else if (await TryTellAsync(processor, route, Reply.Say(Notice(turn.ReceivedAt, now, turn.Id, clock)), cancellationToken).ConfigureAwait(false) is { } failure)
                outcome = "sender not told: " + failure;
            else
            {
                outcome = $"sender told at {clock.At(now)} to send it again";
                told++;
            }

            // An operator's line: which turn, which channel, when, what became of it; no conversation, no contents.
            logger.LogError("Turn {Id} ({Channel}, received {ReceivedAt:O}) does not open and was dead-lettered as unreadable; {Outcome}. See triagebot turns dead",
                turn.Id, turn.Channel, turn.ReceivedAt, outcome);
            await inbox.RecordLostNoticeAsync(turn.Id, outcome, cancellationToken).ConfigureAwait(false);
        }
        return told;
    }

    /// <summary>Null when the channel took the notice, else why not (a kind of failure, never its text): one turn's
    /// channel failing must not keep the others' senders from being told.</summary>
    private static async Task<string?> TryTellAsync(IInboxTurnProcessor processor, string route, Reply notice, CancellationToken cancellationToken)
    {
        try
        {
            return await processor.TellLostAsync(route, notice, cancellationToken).ConfigureAwait(false)
                ? null
                : "the channel refused the message (see the log)";
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"sending failed ({e.GetType().Name})";
        }
    }
}
