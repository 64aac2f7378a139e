using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Workflow;

/// <summary>Finished cases are kept <see cref="CasesOptions.RetentionDays"/> after they were closed or withdrawn,
/// then deleted; the store leaves a <c>purged</c> tombstone in each audit trail.</summary>
public sealed class RetentionPolicy(ICaseStore store, CasesOptions options, TimeProvider time)
{
    /// <summary>Cases closed before this moment are due for purging.</summary>
    public DateTime CutOff => time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.RetentionDays);

    /// <summary>Purges what is due and returns how many cases went.</summary>
    public Task<int> PurgeAsync(string actor, CancellationToken cancellationToken = default)
    {
        if (options.RetentionDays < 1)
            throw new InvalidOperationException($"{CasesOptions.SectionName}:RetentionDays must be at least 1 (is {options.RetentionDays}).");
        return store.PurgeAsync(CutOff, actor, cancellationToken);
    }
}
