using System.Collections.Concurrent;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;

namespace TriageBot.Dialogs.Tests;

/// <summary>
/// A paging channel for tests: records what it was asked to deliver and answers from a script per member
/// (delivered unless told otherwise), so the pager's rules can be checked without a chat service.
/// </summary>
public sealed class FakePageChannel(string name = "test") : IPageChannel
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PageDelivery>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private int _sent;

    public string Name => name;

    public bool HasNoticeChannel { get; set; }

    public ConcurrentQueue<(string Member, Reply Message, PageDelivery Result)> Sent { get; } = new();

    public ConcurrentQueue<(MessageHandle Message, Reply Replacement)> Updates { get; } = new();

    public ConcurrentQueue<(MessageHandle? Existing, Reply Notice)> Notices { get; } = new();

    /// <summary>Members this channel cannot reach at all (permanent failure every time).</summary>
    public HashSet<string> Unreachable { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The next sends to <paramref name="member"/> answer these, in order.</summary>
    public void Script(string member, params PageDelivery[] answers)
    {
        var queue = _scripts.GetOrAdd(member, _ => new());
        foreach (var answer in answers) queue.Enqueue(answer);
    }

    /// <summary>Who was paged (delivered), in order.</summary>
    public IReadOnlyList<string> Paged() => [.. Sent.Where(s => s.Result.Status == PageDeliveryStatus.Delivered && s.Message.Cards.Count > 0).Select(s => s.Member)];

    public Task<PageDelivery> SendAsync(string memberId, Reply message, CancellationToken cancellationToken)
    {
        var result = Unreachable.Contains(memberId) ? PageDelivery.Permanent("no address here")
            : _scripts.TryGetValue(memberId, out var queue) && queue.TryDequeue(out var scripted) ? scripted
            : PageDelivery.Sent(new MessageHandle("dm-" + memberId + "/" + Interlocked.Increment(ref _sent).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Sent.Enqueue((memberId, message, result));
        return Task.FromResult(result);
    }

    public Task<PageDelivery> UpdateAsync(MessageHandle message, Reply replacement, CancellationToken cancellationToken)
    {
        Updates.Enqueue((message, replacement));
        return Task.FromResult(PageDelivery.Sent(message));
    }

    public Task<PageDelivery> NoticeAsync(MessageHandle? existing, Reply notice, CancellationToken cancellationToken)
    {
        Notices.Enqueue((existing, notice));
        return Task.FromResult(PageDelivery.Sent(existing ?? new MessageHandle("alerts/n" + Interlocked.Increment(ref _sent))));
    }

    public Task<string?> UnreachableReasonAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(Unreachable.Contains(memberId) ? "no address here" : null);
}
