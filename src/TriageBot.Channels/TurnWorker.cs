using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;

namespace TriageBot.Channels;

/// <summary>
/// Takes turns from the inbox and runs them through their channel's <see cref="IInboxTurnProcessor"/>: up to
/// <see cref="TurnPipelineOptions.Workers"/> at once, one at a time per conversation and in arrival order (a turn
/// waits while an earlier one of its conversation is running or backing off). A processed turn is marked done; a
/// failure is tried again after a back-off and dead-lettered, with an apology, after the last attempt. At start it
/// resumes whatever a previous run left pending. On shutdown it starts nothing new and gives running turns
/// <see cref="TurnPipelineOptions.ShutdownGrace"/> to finish; a turn cut off stays pending for the next start.
/// </summary>
public sealed class TurnWorker(
    TurnQueue queue, IEnumerable<IInboxTurnProcessor> processors, TurnPipelineOptions options, TimeProvider time,
    IHostApplicationLifetime lifetime, LostTurns lost, ILogger<TurnWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, IInboxTurnProcessor> _processors = processors.ToDictionary(p => p.Channel, StringComparer.Ordinal);
    private readonly Dictionary<long, (string Conversation, Task Run)> _running = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _abort = new();
    private DateTime _lastSweep;
    // Set when turns may have been dead-lettered as unreadable (at start, and when a worker meets one): their
    // senders are told on the dispatcher's next round.
    private int _lostToTell = 1;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Refuse new turns as soon as the host begins to stop, before the server drains its requests.
        lifetime.ApplicationStopping.Register(queue.StopAccepting);
        return StartAfterLoadingAsync(cancellationToken);
    }

    /// <summary>What a previous run left pending is indexed before the host takes new turns.</summary>
    private async Task StartAfterLoadingAsync(CancellationToken cancellationToken)
    {
        await queue.LoadAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                if (Interlocked.Exchange(ref _lostToTell, 0) == 1)
                {
                    try
                    {
                        await lost.TellAsync(_processors, stoppingToken).ConfigureAwait(false);
                    }
                    catch
                    {
                        Interlocked.Exchange(ref _lostToTell, 1); // the inbox did not answer: try again next round
                        throw;
                    }
                }
                wait = Dispatch();
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The turn dispatcher failed; trying again");
                wait = Poll;
            }
            await queue.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.StopAccepting();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Task[] running;
        lock (_gate) running = [.. _running.Values.Select(r => r.Run)];
        if (running.Length == 0) return;
        var all = Task.WhenAll(running);
        // Real time, not the injected clock: a test's frozen clock must not hold a shutdown forever.
        var grace = Task.Delay(options.ShutdownGrace, cancellationToken);
        if (await Task.WhenAny(all, grace).ConfigureAwait(false) != all)
        {
            logger.LogWarning("Shutdown: {Count} turns still running after {Grace}; they stay pending for the next start", running.Count(t => !t.IsCompleted), options.ShutdownGrace);
            await _abort.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    /// <summary>Starts every turn that may run now; returns how long until the next one could.</summary>
    private TimeSpan Dispatch()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var wait = Poll;
        lock (_gate)
        {
            if (_running.Count >= options.Workers) return wait;
            var blocked = new HashSet<string>(_running.Values.Select(r => r.Conversation), StringComparer.Ordinal);
            foreach (var turn in queue.Snapshot())
            {
                var conversation = turn.Conversation;
                // Only the oldest unfinished turn of a conversation may run: the rest keep their order behind it.
                if (!blocked.Add(conversation) || _running.ContainsKey(turn.Id)) continue;
                if (turn.NextAttemptAt > now)
                {
                    if (turn.NextAttemptAt - now < wait) wait = turn.NextAttemptAt - now;
                    continue;
                }
                if (_running.Count >= options.Workers) break;
                _running[turn.Id] = (conversation, Task.Run(() => RunAsync(turn), CancellationToken.None));
            }
        }
        return wait;
    }

    private async Task RunAsync(PendingTurn pending)
    {
        var token = _abort.Token;
        InboxTurn? turn = null;
        try
        {
            turn = await queue.Inbox.GetAsync(pending.Id, CancellationToken.None).ConfigureAwait(false);
            if (turn is not { State: InboxTurnState.Pending })
            {
                // Done or removed meanwhile; or it does not open, and was dead-lettered: its sender is told.
                if (turn is { Unreadable: true }) Interlocked.Exchange(ref _lostToTell, 1);
                queue.Finished(pending.Id);
                return;
            }
            if (!_processors.TryGetValue(turn.Channel, out var processor))
                throw new InvalidOperationException($"no channel \"{turn.Channel}\" is configured in this host");
            await processor.ProcessAsync(turn, token).ConfigureAwait(false);
            await queue.Inbox.CompleteAsync(turn.Id, CancellationToken.None).ConfigureAwait(false);
            queue.Finished(turn.Id);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Cut off by shutdown: still pending, the next start runs it again.
        }
        catch (Exception e) when (turn is not null)
        {
            await FailedAsync(turn, e).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError("Turn {Id} could not be read from the inbox: {Reason}; trying again later", pending.Id, e.GetType().Name);
            queue.BackingOff(pending.Id, time.GetUtcNow().UtcDateTime + options.RetryBaseDelay, pending.Attempts);
        }
        finally
        {
            lock (_gate) _running.Remove(pending.Id);
            queue.Signal();
        }
    }

    private async Task FailedAsync(InboxTurn turn, Exception failure)
    {
        // The reason names the kind of failure, never the turn's contents.
        var reason = failure.GetType().Name;
        try
        {
            var attempts = turn.Attempts + 1;
            if (attempts < options.MaxAttempts)
            {
                var retryAt = time.GetUtcNow().UtcDateTime + options.RetryBaseDelay * Math.Pow(2, attempts - 1);
                logger.LogWarning("Turn {Id} ({Channel}) failed (attempt {Attempt} of {Max}, {Reason}); trying again at {RetryAt:O}",
                    turn.Id, turn.Channel, attempts, options.MaxAttempts, reason, retryAt);
                await queue.Inbox.FailAsync(turn.Id, reason, retryAt, CancellationToken.None).ConfigureAwait(false);
                queue.BackingOff(turn.Id, retryAt, attempts);
                return;
            }
            logger.LogError(failure, "Turn {Id} ({Channel}) failed {Max} times; dead-lettered (triagebot turns dead)", turn.Id, turn.Channel, options.MaxAttempts);
            await queue.Inbox.FailAsync(turn.Id, reason, null, CancellationToken.None).ConfigureAwait(false);
            queue.Finished(turn.Id);
            if (_processors.TryGetValue(turn.Channel, out var processor))
                await processor.ApologiseAsync(turn, _abort.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError("Turn {Id} ({Channel}): recording its failure or apologising failed: {Reason}", turn.Id, turn.Channel, e.GetType().Name);
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now - _lastSweep < TimeSpan.FromMinutes(10)) return;
        _lastSweep = now;
        await queue.Inbox.SweepAsync(now - options.KeepDoneFor, stoppingToken).ConfigureAwait(false);
    }
}
