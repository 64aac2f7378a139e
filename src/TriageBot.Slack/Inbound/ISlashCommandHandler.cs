namespace TriageBot.Slack.Inbound;

/// <summary>The <c>/triage</c> slash command.</summary>
public interface ISlashCommandHandler
{
    Task<SlackAck> HandleAsync(SlashCommand command, CancellationToken cancellationToken);
}
