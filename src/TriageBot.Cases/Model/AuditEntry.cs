namespace TriageBot.Cases.Model;

/// <summary>
/// One change to a case: who, when, what, old → new, why. Append-only: the store has no way to update or delete
/// an entry. A purged case leaves a <c>purged</c> tombstone entry behind.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Assigned by the store (ascending).</summary>
    public long Id { get; init; }
    public required string CaseId { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
    /// <summary>What happened: <c>opened</c>, <c>status</c>, <c>assigned</c>, <c>note</c>, <c>corrected</c>,
    /// <c>duplicate_received</c>, <c>acknowledged</c>, <c>purged</c>, ...</summary>
    public required string Action { get; init; }
    public string? Field { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public string? Reason { get; init; }

    /// <summary>The entry is stored but its sealed details do not open (damaged, or sealed under another key): it
    /// stands in its place in the trail with what is kept outside the seal (number, time, actor, action) and no
    /// details, so a reader sees that something is there and cannot be read, never a gap.</summary>
    public bool Unreadable { get; init; }
}
