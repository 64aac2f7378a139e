namespace TriageBot.Slack.Inbound;

/// <summary>
/// The last N event ids taken, so Slack's retries (and duplicate deliveries) are processed once. In memory and
/// per process: a restart forgets them, and several instances behind a load balancer would each need the same
/// set — acceptable while the host runs as one process; a shared store comes with scale-out.
/// </summary>
public sealed class RecentEventIds(int capacity)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public bool TryRemember(string eventId)
    {
        lock (_lock)
        {
            if (!_seen.Add(eventId)) return false;
            _order.Enqueue(eventId);
            while (_order.Count > capacity) _seen.Remove(_order.Dequeue());
            return true;
        }
    }

    /// <summary>Lets an id through again: its event was refused (queue full), so Slack's retry must be taken.</summary>
    public void Forget(string eventId)
    {
        lock (_lock) _seen.Remove(eventId);
    }
}
