using System.Collections.Concurrent;

namespace TriageBot.Mailbox.Watching;

/// <summary>How one watched mailbox is doing right now, for <c>/ready</c> and the logs. No secrets.</summary>
/// <param name="State"><c>starting</c>, <c>watching</c> (connected, IDLE or polling) or <c>retrying</c>.</param>
public sealed record MailboxHealth(string Mailbox, string State, bool Idle, DateTime? LastSucceededAt, string? LastError, int ConsecutiveFailures, DateTime? NextAttemptAt)
{
    public const string Starting = "starting";
    public const string Watching = "watching";
    public const string Retrying = "retrying";

    public bool IsHealthy => State == Watching;
}

/// <summary>The live state of every watched mailbox, written by the watchers and read by <c>/ready</c>.</summary>
public sealed class InboxHealth
{
    private readonly ConcurrentDictionary<string, MailboxHealth> _mailboxes = new(StringComparer.OrdinalIgnoreCase);

    public void Set(MailboxHealth health) => _mailboxes[health.Mailbox] = health;

    public MailboxHealth? Get(string mailbox) => _mailboxes.TryGetValue(mailbox, out var health) ? health : null;

    public IReadOnlyList<MailboxHealth> All => [.. _mailboxes.Values.OrderBy(h => h.Mailbox, StringComparer.OrdinalIgnoreCase)];

    /// <summary>True when every watched mailbox is connected (and true when none is configured).</summary>
    public bool IsReady => _mailboxes.Values.All(h => h.IsHealthy);
}
