using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;

namespace TriageBot.Teams.Hosting;

/// <summary>Sends a reply as a message activity: the text, and each card as an Adaptive Card attachment; threaded
/// under the activity that asked when there is one.</summary>
public sealed class ConnectorReplySender(BotConnectorClient connector, AdaptiveCardRenderer renderer) : ITeamsReplySender
{
    public async Task SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(reply);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = conversation.Bot,
            Recipient = conversation.User,
            Conversation = new ConversationAccount(conversation.ConversationId) { TenantId = conversation.TenantId },
            Text = reply.Text.Length > 0 ? reply.Text : null,
            TextFormat = "markdown",
            Attachments = reply.Cards.Count > 0 ? reply.Cards.Select(renderer.ToAttachment).ToList() : null,
        };
        if (conversation.ActivityId is { } replyTo)
            await connector.ReplyToActivityAsync(conversation.ServiceUrl, conversation.ConversationId, replyTo, activity, cancellationToken).ConfigureAwait(false);
        else
            await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
    }
}
