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
        var activity = ToActivity(renderer, reply, conversation.Bot, conversation.User, conversation.ConversationId, conversation.TenantId);
        if (conversation.ActivityId is { } replyTo)
            await connector.ReplyToActivityAsync(conversation.ServiceUrl, conversation.ConversationId, replyTo, activity, cancellationToken).ConfigureAwait(false);
        else
            await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(ConversationReference conversation, string activityId, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(reply);
        // The card alone: Teams refuses an update that carries text and a card ("multiple skype activities").
        var activity = ToActivity(renderer, reply.Cards.Count > 0 ? reply with { Text = "" } : reply, conversation.Bot, conversation.User, conversation.ConversationId, conversation.TenantId);
        await connector.UpdateActivityAsync(conversation.ServiceUrl, conversation.ConversationId, activityId, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The message activity for a reply; shared with proactive messages.</summary>
    internal static Activity ToActivity(AdaptiveCardRenderer renderer, Reply reply, ChannelAccount bot, ChannelAccount? user, string conversationId, string? tenantId) => new()
    {
        Type = ActivityTypes.Message,
        From = bot,
        Recipient = user,
        Conversation = new ConversationAccount(conversationId) { TenantId = tenantId },
        Text = reply.Text.Length > 0 ? reply.Text : null,
        TextFormat = "markdown",
        Attachments = reply.Cards.Count > 0 ? reply.Cards.Select(renderer.ToAttachment).ToList() : null,
    };
}
