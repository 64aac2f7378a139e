using TriageBot.Dialogs.Messages;
using TriageBot.Mailbox.Processing;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Hosting;
using TriageBot.Teams.References;

namespace TriageBot.Hosting;

/// <summary>
/// Posts the mailbox watcher's cards to the Teams channel <c>Inbox:TeamsChannel</c>. Its service URL and tenant
/// come from the conversation reference the bot stored when it was last mentioned there (Teams gives no other
/// way to learn them), so the bot must have been added to the team and mentioned in the channel once.
/// </summary>
public sealed class TeamsChannelAnnouncer(string channelId, IConversationReferenceStore references, TrustedServiceUrls trusted, ITeamsReplySender sender, ILogger<TeamsChannelAnnouncer> logger) : IInboxAnnouncer
{
    public string Channel => "teams";

    public async Task<bool> AnnounceAsync(Reply reply, CancellationToken cancellationToken)
    {
        var reference = await references.FindByConversationAsync("msteams", channelId, cancellationToken).ConfigureAwait(false);
        if (reference is null || reference.IsStale)
        {
            logger.LogWarning("Teams post to the inbox channel not sent: {Problem}", reference is null
                ? "the bot has not been mentioned in that channel yet" : "Teams said the bot can no longer post there");
            return false;
        }
        // Stored references come only from authenticated activities, so their service URL is trusted.
        trusted.Add(reference.ServiceUrl);
        try
        {
            await sender.SendAsync(new ConversationReference(reference.ServiceUrl, "msteams", channelId, new ChannelAccount(reference.BotId), null, reference.TenantId, null),
                reply, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            logger.LogWarning("Teams post to the inbox channel failed: {Error}", e.Message);
            return false;
        }
    }
}
