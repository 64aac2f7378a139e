using TriageBot.Cases.Storage;

namespace TriageBot.Channels;

/// <summary>What became of a turn offered to the queue; the channel turns it into its acknowledgement.</summary>
public enum TurnAdmission
{
    /// <summary>Committed to the inbox: acknowledge it.</summary>
    Accepted,
    /// <summary>A redelivery of a turn already taken: acknowledge it, nothing else.</summary>
    Duplicate,
    /// <summary>Too many turns waiting: refuse it so it is sent again later.</summary>
    Busy,
    /// <summary>The host is shutting down: refuse it (503) so it is sent again, to this host after its restart
    /// or to another one.</summary>
    Stopping,
}

/// <summary>
/// The one work queue of every channel. A turn is committed to the durable inbox before
/// <see cref="AcceptAsync"/> returns, so a channel that acknowledges after it can lose nothing acknowledged;
/// <see cref="TurnWorker"/> takes the turns from there. The database is the record; an index of the pending
/// turns (ids, conversations, back-off) is kept in memory, loaded from the inbox at start, so dispatching never
/// reads the database under load.
/// </summary>
public sealed class TurnQueue
{
    private readonly ITurnInbox _inbox;
    private readonly TurnPipelineOptions _options;
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly SortedDictionary<long, PendingTurn> _pending = [];
    private readonly Lock _gate = new();
    private volatile bool _accepting = true;

    public TurnQueue(ITurnInbox inbox, TurnPipelineOptions options)
    {
        _inbox = inbox;
        _options = options;
    }

    public ITurnInbox Inbox => _inbox;

    public bool IsAccepting => _accepting;

    public async Task<TurnAdmission> AcceptAsync(InboxDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!_accepting) return TurnAdmission.Stopping;
        lock (_gate)
            if (_pending.Count >= _options.Capacity) return TurnAdmission.Busy;
        // Not cancelled by the caller: once the commit starts it should finish, or the caller's retry would find
        // its dedupe key taken by a turn it was never told about.
        var id = await _inbox.AcceptAsync(draft with { RememberFor = _options.RememberIdsFor }, CancellationToken.None).ConfigureAwait(false);
        if (id is not { } accepted) return TurnAdmission.Duplicate;
        lock (_gate) _pending.TryAdd(accepted, new PendingTurn(accepted, Key(draft.Channel, _inbox.ConversationKeyOf(draft)), DateTime.MinValue, 0));
        Signal();
        return TurnAdmission.Accepted;
    }

    /// <summary>Stops taking turns (the host is stopping); what is committed stays for the workers or the next start.</summary>
    public void StopAccepting() => _accepting = false;

    /// <summary>Turns waiting or running, as this process knows them.</summary>
    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Adds what a previous run left pending (and an administrator retried) to the index.</summary>
    internal async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await _inbox.PendingAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        lock (_gate)
            foreach (var turn in stored)
                _pending.TryAdd(turn.Id, new PendingTurn(turn.Id, Key(turn.Channel, turn.ConversationKey), turn.NextAttemptAt, turn.Attempts));
        Signal();
    }

    /// <summary>The pending turns in arrival order.</summary>
    internal List<PendingTurn> Snapshot()
    {
        lock (_gate) return [.. _pending.Values];
    }

    /// <summary>Done or dead: no longer pending.</summary>
    internal void Finished(long id)
    {
        lock (_gate) _pending.Remove(id);
        Signal();
    }

    internal void BackingOff(long id, DateTime retryAt, int attempts)
    {
        lock (_gate)
            if (_pending.TryGetValue(id, out var turn)) _pending[id] = turn with { NextAttemptAt = retryAt, Attempts = attempts };
    }

    private static string Key(string channel, string conversation) => channel + "|" + conversation;

    internal void Signal()
    {
        // A few releases are enough to wake the dispatcher; never let the count grow without bound.
        if (_arrived.CurrentCount < 4) _arrived.Release();
    }

    internal async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _arrived.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
