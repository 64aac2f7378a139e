using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Hosting;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Proactive;

/// <summary>
/// Pages in the member's personal chat with the bot (a proactive message through the stored conversation
/// reference; the card is an Adaptive Card 1.5) and, when <c>Teams:EmergencyChannel</c> names a channel the
/// bot was added to, keeps a notice without personal data there. No Teams id, no stored reference, and Teams
/// answering 403 / 404 are permanent, so the chain moves on at once; 429, 5xx and network trouble are passing.
/// </summary>
public sealed class TeamsPageChannel(
    TeamsNotifier notifier,
    BotConnectorClient connector,
    IConversationReferenceStore references,
    TrustedServiceUrls trusted,
    AdaptiveCardRenderer renderer,
    CasesOptions roster,
    string? emergencyChannel) : IPageChannel
{
    public string Name => TeamMember.TeamsChannel;

    public bool HasNoticeChannel => !string.IsNullOrWhiteSpace(emergencyChannel);

    public async Task<PageDelivery> SendAsync(string memberId, Reply message, CancellationToken cancellationToken)
    {
        var d = await notifier.NotifyMemberAsync(memberId, message, cancellationToken).ConfigureAwait(false);
        return d.Status switch
        {
            TeamsDeliveryStatus.Sent => PageDelivery.Sent(new TeamsMessageHandle(d.ConversationId!, d.ActivityId ?? "").ToHandle()),
            TeamsDeliveryStatus.Failed when d.HttpStatus is 0 or 429 or >= 500 => PageDelivery.Transient(Status(d)),
            _ => PageDelivery.Permanent(Status(d)),
        };
    }

    public async Task<PageDelivery> UpdateAsync(MessageHandle message, Reply replacement, CancellationToken cancellationToken)
    {
        if (TeamsMessageHandle.From(message) is not { } sent) return PageDelivery.Permanent("not a Teams message");
        if (sent.ActivityId.Length == 0) return PageDelivery.Permanent("Teams gave no activity id to update");
        var conversation = sent.ConversationId;
        var reference = await references.FindByConversationAsync(TeamsNotifier.ChannelId, conversation, cancellationToken).ConfigureAwait(false);
        if (reference is null) return PageDelivery.Permanent("the Teams conversation is no longer known");
        return await CallAsync(reference, conversation, () => connector.UpdateActivityAsync(reference.ServiceUrl, conversation, sent.ActivityId,
            Activity(replacement, reference, conversation), cancellationToken), sent.ActivityId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PageDelivery> NoticeAsync(MessageHandle? existing, Reply notice, CancellationToken cancellationToken)
    {
        if (!HasNoticeChannel) return PageDelivery.Permanent("no Teams emergency channel is configured");
        if (existing is not null) return await UpdateAsync(existing, notice, cancellationToken).ConfigureAwait(false);
        var channel = emergencyChannel!.Trim();
        var reference = await references.FindByConversationAsync(TeamsNotifier.ChannelId, channel, cancellationToken).ConfigureAwait(false);
        if (reference is null) return PageDelivery.Permanent("TriageBot has not seen the Teams emergency channel yet: add the app to that channel and mention it once");
        return await CallAsync(reference, channel, () => connector.SendToConversationAsync(reference.ServiceUrl, channel, Activity(notice, reference, channel), cancellationToken),
            null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> UnreachableReasonAsync(string memberId, CancellationToken cancellationToken)
    {
        var member = roster.Team.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase));
        if (member is null) return "not on the roster";
        if (member.AddressOn(TeamMember.TeamsChannel) is not { } teamsId) return "no Teams id on the roster";
        var reference = await references.FindByUserAsync(TeamsNotifier.ChannelId, teamsId, cancellationToken).ConfigureAwait(false);
        if (reference is null) return "has not talked to TriageBot in Teams yet";
        return reference.IsStale && string.IsNullOrEmpty(reference.UserAccountId) ? "Teams refused the last message (app removed?)" : null;
    }

    private Activity Activity(Reply reply, ConversationReferenceRecord reference, string conversationId) =>
        ConnectorReplySender.ToActivity(renderer, reply, new ChannelAccount(reference.BotId), null, conversationId, reference.TenantId);

    private async Task<PageDelivery> CallAsync(ConversationReferenceRecord reference, string conversationId, Func<Task<ResourceResponse>> call, string? activityId, CancellationToken cancellationToken)
    {
        // Stored references come only from authenticated activities, so their service URL is trusted.
        trusted.Add(reference.ServiceUrl);
        try
        {
            var sent = await call().ConfigureAwait(false);
            return PageDelivery.Sent(new TeamsMessageHandle(conversationId, activityId ?? sent.Id ?? "").ToHandle());
        }
        catch (ConnectorException e) when (e.StatusCode is 0 or 429 or >= 500)
        {
            return PageDelivery.Transient($"answered {e.StatusCode}");
        }
        catch (ConnectorException e)
        {
            return PageDelivery.Permanent($"answered {e.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return PageDelivery.Transient($"unreachable ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PageDelivery.Transient("no answer in time");
        }
    }

    private static string Status(TeamsDelivery d) => d.Status switch
    {
        TeamsDeliveryStatus.UnknownMember => "no Teams id on the roster",
        TeamsDeliveryStatus.NoReference => "no conversation reference (never talked to TriageBot in Teams)",
        TeamsDeliveryStatus.Stale => "403/404 (the app was removed?)",
        _ when d.HttpStatus == ConnectorException.ChannelOff => "the Teams channel is off (no Teams:AppId)",
        _ => d.HttpStatus is { } status and > 0 ? $"answered {status}" : "unreachable",
    };
}
