using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Paging;

public enum PageDeliveryStatus
{
    Delivered,
    /// <summary>Will not work however often it is tried (no address, account disabled, bot removed): the chain moves on at once.</summary>
    Permanent,
    /// <summary>Might work in a moment (429, 5xx, network): retried with back-off within the step.</summary>
    Transient,
}

/// <summary>What one channel did with one message; <see cref="Problem"/> is short, safe to show and to audit.</summary>
public sealed record PageDelivery(PageDeliveryStatus Status, MessageHandle? Message, string? Problem)
{
    public static PageDelivery Sent(MessageHandle message) => new(PageDeliveryStatus.Delivered, message, null);

    public static PageDelivery Permanent(string problem) => new(PageDeliveryStatus.Permanent, null, problem);

    public static PageDelivery Transient(string problem) => new(PageDeliveryStatus.Transient, null, problem);
}

/// <summary>
/// A chat channel that delivers pages: Slack DM, Teams personal chat, the local terminal, and whatever comes
/// next. Adapters translate the neutral <see cref="Reply"/> into their own format and their own errors into
/// permanent or transient failures; they never throw for a failed delivery.
/// </summary>
public interface IPageChannel
{
    /// <summary><c>slack</c>, <c>teams</c>, <c>terminal</c>: the name in audit entries and in what the submitter is told.</summary>
    string Name { get; }

    /// <summary>A page to one roster member in private.</summary>
    Task<PageDelivery> SendAsync(string memberId, Reply message, CancellationToken cancellationToken);

    /// <summary>Replaces a message this channel delivered (a page once acknowledged or stood down).</summary>
    Task<PageDelivery> UpdateAsync(MessageHandle message, Reply replacement, CancellationToken cancellationToken);

    /// <summary>Whether an emergency channel is configured for notices without personal data.</summary>
    bool HasNoticeChannel { get; }

    /// <summary>Posts the notice (<paramref name="existing"/> null) or updates it in place.</summary>
    Task<PageDelivery> NoticeAsync(MessageHandle? existing, Reply notice, CancellationToken cancellationToken);

    /// <summary>Why the member cannot be reached here, found without sending anything (no address, no stored
    /// conversation); null when a page can be tried. For the start-up warning.</summary>
    Task<string?> UnreachableReasonAsync(string memberId, CancellationToken cancellationToken);
}
