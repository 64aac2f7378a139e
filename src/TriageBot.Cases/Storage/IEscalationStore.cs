namespace TriageBot.Cases.Storage;

/// <summary>
/// Pending escalations of pages, in the case database, so a restart of the host neither loses nor repeats a
/// page. Writes are optimistic: a save names the version it read. Safe for concurrent use.
/// </summary>
public interface IEscalationStore
{
    Task<Escalation?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new escalation (Version 1). When the case already has one, that one is returned
    /// unchanged: a page request repeated (a retry, a restart) is not a second escalation.</summary>
    Task<Escalation> StartAsync(Escalation escalation, CancellationToken cancellationToken = default);

    /// <summary>Saves if the stored version still equals <paramref name="expectedVersion"/>; returns the saved
    /// escalation (Version + 1), or null when it changed meanwhile or does not exist.</summary>
    Task<Escalation?> SaveAsync(Escalation updated, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Escalations whose <see cref="Escalation.NextCheckAt"/> is at or before <paramref name="at"/>,
    /// earliest first.</summary>
    Task<IReadOnlyList<Escalation>> DueAsync(DateTime at, CancellationToken cancellationToken = default);
}
