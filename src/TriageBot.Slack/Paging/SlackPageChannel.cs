using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Paging;

/// <summary>
/// Pages by Slack DM (the member's <c>slack</c> address, else the Slack user with their e-mail) and keeps a
/// notice without personal data in <see cref="SlackOptions.EmergencyChannel"/>. Slack's refusals that no retry
/// can fix (a disabled or deleted account, no such channel, no Slack account) are permanent, so the chain moves
/// on at once; throttling and server or network trouble are passing.
/// </summary>
public sealed class SlackPageChannel(Func<SlackWebApi> api, SlackOptions options, BlockKitRenderer renderer, CasesOptions roster) : IPageChannel
{
    /// <summary>Slack error codes that may go away by themselves; every other refusal is permanent.</summary>
    private static readonly HashSet<string> Passing = new(StringComparer.Ordinal)
    {
        "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "invalid_response",
    };

    private readonly PageRecipients _recipients = new(roster);

    public string Name => TeamMember.SlackChannel;

    public bool HasNoticeChannel => !string.IsNullOrWhiteSpace(options.EmergencyChannel);

    public Task<PageDelivery> SendAsync(string memberId, Reply message, CancellationToken cancellationToken) => GuardAsync(async client =>
    {
        var user = await _recipients.SlackUserOfAsync(client, memberId, cancellationToken).ConfigureAwait(false);
        if (user is null) return PageDelivery.Permanent("no Slack account");
        var channel = await client.OpenConversationAsync(user, cancellationToken).ConfigureAwait(false);
        var posted = await client.PostMessageAsync(channel, renderer.Render(message), null, cancellationToken).ConfigureAwait(false);
        return PageDelivery.Sent(new SlackMessageHandle(posted.Channel, posted.Ts).ToHandle());
    });

    public Task<PageDelivery> UpdateAsync(MessageHandle message, Reply replacement, CancellationToken cancellationToken)
    {
        if (SlackMessageHandle.From(message) is not { } posted) return Task.FromResult(PageDelivery.Permanent("not a Slack message"));
        return GuardAsync(async client =>
        {
            await client.UpdateMessageAsync(posted.Channel, posted.Ts, renderer.Render(replacement), cancellationToken).ConfigureAwait(false);
            return PageDelivery.Sent(message);
        });
    }

    public Task<PageDelivery> NoticeAsync(MessageHandle? existing, Reply notice, CancellationToken cancellationToken)
    {
        if (!HasNoticeChannel) return Task.FromResult(PageDelivery.Permanent("no Slack emergency channel is configured"));
        if (existing is not null) return UpdateAsync(existing, notice, cancellationToken);
        return GuardAsync(async client =>
        {
            var posted = await client.PostMessageAsync(options.EmergencyChannel!.Trim(), renderer.Render(notice), null, cancellationToken).ConfigureAwait(false);
            return PageDelivery.Sent(new SlackMessageHandle(posted.Channel, posted.Ts).ToHandle());
        });
    }

    public Task<string?> UnreachableReasonAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_recipients.UnreachableReason(memberId));

    private async Task<PageDelivery> GuardAsync(Func<SlackWebApi, Task<PageDelivery>> call)
    {
        try
        {
            return await call(api()).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            var passing = Passing.Contains(e.Error) || e.Error.StartsWith("http_5", StringComparison.Ordinal);
            return passing ? PageDelivery.Transient(e.Error) : PageDelivery.Permanent(e.Error);
        }
        catch (HttpRequestException e)
        {
            return PageDelivery.Transient($"unreachable ({e.HttpRequestError})");
        }
    }
}
