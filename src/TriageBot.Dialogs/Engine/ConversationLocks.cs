namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Turns of one conversation run one at a time, in the order they arrived (a user double-sending, Teams
/// retrying); different conversations run in parallel. A queue per conversation rather than a semaphore,
/// because SemaphoreSlim does not promise first-come, first-served.
/// </summary>
internal sealed class ConversationLocks
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Waits for the turns queued before this one; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_gate)
        {
            previous = _tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;
            _tails[conversationId] = mine.Task;
        }
        var release = new Release(this, conversationId, mine);
        try
        {
            await previous.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Keep the queue intact: whoever waits behind this turn waits for the one before it.
            _ = previous.ContinueWith(_ => release.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
        return release;
    }

    private sealed class Release(ConversationLocks owner, string conversationId, TaskCompletionSource mine) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1) return;
            lock (owner._gate)
            {
                // The last one out removes the entry, so idle conversations cost nothing.
                if (owner._tails.TryGetValue(conversationId, out var tail) && tail == mine.Task)
                    owner._tails.Remove(conversationId);
            }
            mine.SetResult();
        }
    }
}
