using TriageBot.Channels;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// A modal submitted: each value is checked as the form asked (a field left blank, too long, a pick not on the
/// list gets its own message under the field, and the modal stays open with what was typed); a good submission
/// is committed to the inbox as the press of the form's button with the values in its data, in the conversation
/// the form was asked for from, so it goes the same way as any button (roles checked by the dialogs).
/// </summary>
internal sealed class ViewSubmissionTurnHandler(TurnQueue queue) : IViewSubmissionHandler
{
    public const string BusyMessage = "TriageBot is busy right now; press the button again in a minute (what you typed is kept).";

    public async Task<SlackInteractionAnswer> HandleAsync(ViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.CallbackId != SlackModalViews.CallbackId) return new(SlackAck.Ignored);
        var metadata = ModalMetadata.Read(submission.Metadata) ?? throw new SlackPayloadException("malformed view metadata");
        var submit = ButtonValue.Parse(metadata.Submit);

        var data = new Dictionary<string, string>(submit.Data, StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in metadata.Fields)
        {
            var value = submission.Values.GetValueOrDefault(field.Key);
            if (field.Problem(value) is { } problem) problems[field.Key] = problem;
            else if (!string.IsNullOrWhiteSpace(value)) data[field.Key] = value.Trim();
        }
        if (problems.Count > 0) return new(SlackAck.Ignored, SlackModalViews.Errors(problems));

        var channel = metadata.Channel;
        var turn = new Turn
        {
            ConversationId = SlackConversation.IsDirectMessage(channel) && metadata.Private
                ? SlackConversation.Id(submission.TeamId, channel)
                : SlackConversation.PersonalId(submission.TeamId, channel, submission.UserId),
            User = new UserIdentity("slack", submission.UserId),
            Action = new CardActionInvocation(submit.Verb, data),
            IsPrivate = metadata.Private,
        };
        var ack = await SlackTurns.AcceptAsync(queue, new SlackWork(turn, new SlackReplyTarget(submission.TeamId, channel, submission.UserId))).ConfigureAwait(false);
        // Busy: the modal stays open with what was typed, and says so on its first field.
        return ack == SlackAck.Busy && metadata.Fields.Count > 0
            ? new(SlackAck.Busy, SlackModalViews.Errors(new Dictionary<string, string> { [metadata.Fields[0].Key] = BusyMessage }))
            : new(ack);
    }
}
