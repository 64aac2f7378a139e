using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Inbound;

/// <summary>A <c>block_actions</c> interaction: a button pressed on one of the bot's messages.</summary>
public sealed record BlockActions(string TeamId, string UserId, string? ChannelId, CardActionInvocation Action)
{
    public bool IsEphemeral { get; init; }
    public Uri? ResponseUrl { get; init; }

    /// <summary>Lets the bot open a modal for this press, within 3 seconds.</summary>
    public string? TriggerId { get; init; }

    /// <summary>The button asks for a form (<see cref="CardAction.OpensForm"/>): a modal opens at the press.</summary>
    public bool OpensForm { get; init; }

    /// <summary>The words on the button, for the modal opened while the answer is prepared.</summary>
    public string? Title { get; init; }
}
