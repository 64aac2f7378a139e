namespace TriageBot.Slack.Inbound;

/// <summary>Buttons pressed on the bot's Block Kit messages.</summary>
public interface IBlockActionsHandler
{
    Task<SlackAck> HandleAsync(BlockActions actions, CancellationToken cancellationToken);
}
