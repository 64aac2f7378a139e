using System.Threading.Channels;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// Bounded hand-off from the HTTP endpoints (which must answer Slack within 3 seconds) to the background
/// workers. Partitioned by conversation so one worker sees all turns of a conversation, in arrival order.
/// </summary>
public sealed class SlackWorkQueue
{
    private readonly Channel<SlackWork>[] _partitions;

    public SlackWorkQueue(SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, options.Workers, nameof(options));
        var capacity = (options.QueueCapacity + options.Workers - 1) / options.Workers;
        _partitions = Enumerable.Range(0, options.Workers)
            .Select(_ => Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.Wait, // with TryWrite: refuse instead of waiting
                SingleReader = true,
            }))
            .ToArray();
    }

    public int Partitions => _partitions.Length;

    /// <summary>False when the queue is full: the caller refuses the request and Slack (or the person) retries.</summary>
    public bool TryEnqueue(SlackWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _partitions[PartitionOf(work.Turn.ConversationId)].Writer.TryWrite(work);
    }

    internal ChannelReader<SlackWork> Reader(int partition) => _partitions[partition].Reader;

    internal void Complete()
    {
        foreach (var partition in _partitions) partition.Writer.TryComplete();
    }

    private int PartitionOf(string conversationId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_partitions.Length);
}
