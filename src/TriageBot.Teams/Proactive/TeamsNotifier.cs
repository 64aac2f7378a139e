using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Hosting;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Proactive;

public enum TeamsDeliveryStatus
{
    Sent,
    /// <summary>The member id is not on the roster, or has no Teams id there.</summary>
    UnknownMember,
    /// <summary>The person never wrote to the bot (or its app was never installed for them).</summary>
    NoReference,
    /// <summary>Teams said the bot is no longer in the conversation (403 / 404); the reference is now stale.</summary>
    Stale,
    Failed,
}

/// <summary>What became of a proactive message; <see cref="Problem"/> is short and safe to show or log.</summary>
public sealed record TeamsDelivery(TeamsDeliveryStatus Status, string? ConversationId = null, string? ActivityId = null, string? Problem = null)
{
    public bool Delivered => Status == TeamsDeliveryStatus.Sent;

    /// <summary>The connector's HTTP status on a failure (0: the network), so callers can tell passing trouble
    /// (429, 5xx, network) from a refusal.</summary>
    public int? HttpStatus { get; init; }
}

/// <summary>
/// Proactive messages (reminders, escalations, "case assigned to you") to a team member in their personal chat
/// with the bot, from the references stored in LiteDB, so they work after a restart. When only the user is
/// known (they wrote in a channel), a 1:1 conversation is opened first. Failures are returned and logged,
/// never thrown: a reminder run must go on to the next person.
/// </summary>
public sealed class TeamsNotifier(
    BotConnectorClient connector,
    IConversationReferenceStore references,
    TrustedServiceUrls trusted,
    AdaptiveCardRenderer renderer,
    CasesOptions roster,
    ILogger<TeamsNotifier> logger)
{
    public const string ChannelId = "msteams";

    /// <summary>To the roster member <paramref name="memberId"/> (their <c>teams</c> address is the Entra object id).</summary>
    public Task<TeamsDelivery> NotifyMemberAsync(string memberId, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        var member = roster.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase));
        if (member?.AddressOn(TeamMember.TeamsChannel) is not { Length: > 0 } teamsId)
            return Task.FromResult(Report(new TeamsDelivery(TeamsDeliveryStatus.UnknownMember, Problem: $"{memberId} has no Teams id on the roster"), memberId));
        return NotifyUserAsync(teamsId, reply, cancellationToken, memberId);
    }

    /// <summary>To a Teams user by Entra object id.</summary>
    public async Task<TeamsDelivery> NotifyUserAsync(string teamsUserId, Reply reply, CancellationToken cancellationToken, string? memberId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamsUserId);
        ArgumentNullException.ThrowIfNull(reply);
        var who = memberId ?? teamsUserId;
        var reference = await references.FindByUserAsync(ChannelId, teamsUserId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
            return Report(new TeamsDelivery(TeamsDeliveryStatus.NoReference, Problem: $"{who} has not talked to TriageBot in Teams yet"), who);

        // Stored references come only from authenticated activities, so their service URL is trusted.
        trusted.Add(reference.ServiceUrl);
        string? conversationId = null;
        try
        {
            conversationId = reference.IsStale ? null : reference.ConversationId;
            conversationId ??= await OpenPersonalChatAsync(reference, cancellationToken).ConfigureAwait(false);
            if (conversationId is null)
                return Report(new TeamsDelivery(TeamsDeliveryStatus.NoReference, Problem: $"no personal chat with {who} is known"), who);
            var activity = ConnectorReplySender.ToActivity(renderer, reply, new ChannelAccount(reference.BotId),
                new ChannelAccount(reference.UserAccountId) { AadObjectId = reference.UserId }, conversationId, reference.TenantId);
            var sent = await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
            return new TeamsDelivery(TeamsDeliveryStatus.Sent, conversationId, sent.Id);
        }
        catch (ConnectorException exception) when (exception.StatusCode is 403 or 404)
        {
            if (conversationId is not null)
                await references.MarkStaleAsync(ChannelId, conversationId, exception.Message, cancellationToken).ConfigureAwait(false);
            return Report(new TeamsDelivery(TeamsDeliveryStatus.Stale, conversationId,
                Problem: $"Teams no longer lets TriageBot write to {who} ({exception.StatusCode}); the app may have been removed"), who);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Report(new TeamsDelivery(TeamsDeliveryStatus.Failed, conversationId, Problem: $"sending to {who} failed: {exception.Message}")
            {
                HttpStatus = exception is ConnectorException connectorError ? connectorError.StatusCode : 0,
            }, who);
        }
    }

    /// <summary>Opens (or gets back) the 1:1 chat and remembers it for next time.</summary>
    private async Task<string?> OpenPersonalChatAsync(ConversationReferenceRecord reference, CancellationToken cancellationToken)
    {
        if (reference.UserAccountId is not { Length: > 0 } account) return null;
        var created = await connector.CreateConversationAsync(reference.ServiceUrl,
            new ConversationParameters(new ChannelAccount(reference.BotId), [new ChannelAccount(account)])
            {
                TenantId = reference.TenantId,
                ChannelData = reference.TenantId is null ? null : new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = reference.TenantId } },
            }, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(created.Id)) return null;
        await references.RefreshAsync(reference with { ConversationId = created.Id, ConversationType = "personal" }, cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    private TeamsDelivery Report(TeamsDelivery delivery, string who)
    {
        logger.LogWarning("Proactive Teams message to {Member} not delivered: {Status} {Problem}", who, delivery.Status, delivery.Problem);
        return delivery;
    }
}
