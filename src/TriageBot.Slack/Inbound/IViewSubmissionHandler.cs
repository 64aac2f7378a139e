namespace TriageBot.Slack.Inbound;

/// <summary>Modals submitted (<c>view_submission</c>): checked, then queued as the press of the form's button.</summary>
public interface IViewSubmissionHandler
{
    Task<SlackInteractionAnswer> HandleAsync(ViewSubmission submission, CancellationToken cancellationToken);
}
