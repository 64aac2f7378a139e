using System.Threading.Channels;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Hosting;

/// <summary>Work accepted from Teams and finished after the HTTP request was acknowledged: a turn to run, or
/// replies to deliver.</summary>
public sealed record TeamsWork(ConversationReference Conversation, Turn? Turn, IReadOnlyList<Reply> Replies)
{
    /// <summary>Files shared with the message, downloaded by the worker (slow) before the turn runs.</summary>
    public IReadOnlyList<TeamsFileLink> Files { get; init; } = [];

    /// <summary>The card activity a card action came from: the first card reply replaces it in place.</summary>
    public string? RefreshActivityId { get; init; }
}

/// <summary>A bounded hand-off from the endpoint to <see cref="TeamsWorker"/>. Full means "busy": the endpoint
/// answers 503 and the Bot Connector retries, instead of the process growing without limit.</summary>
public sealed class TeamsWorkQueue
{
    private readonly Channel<TeamsWork> _channel = Channel.CreateBounded<TeamsWork>(new BoundedChannelOptions(1024) { SingleReader = true });

    public bool TryEnqueue(TeamsWork work) => _channel.Writer.TryWrite(work);

    internal ChannelReader<TeamsWork> Reader => _channel.Reader;
}
