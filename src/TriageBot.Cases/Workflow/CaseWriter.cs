using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Workflow;

/// <summary>A change to one case: the case as it should be stored and the audit entries that explain it.</summary>
internal sealed record CaseEdit(CaseRecord Updated, IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// Reads a case, applies a change and writes it back with the version it read. When someone else wrote first,
/// the change is worked out again on the fresh case (a couple of times); if it no longer applies, the refusal
/// says what changed in between.
/// </summary>
internal sealed class CaseWriter(ICaseStore store, TimeProvider time, TeamClock clock)
{
    private const int Attempts = 3;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public TeamClock Clock => clock;

    /// <summary>The canonical case number (<c>LE-2026-00042</c>) for what a person typed (<c>2026-42</c>).</summary>
    public static string CaseIdOf(string text)
    {
        if (!CaseNumber.TryParse(text, out var number))
            throw new CaseNotFoundException(text ?? "", $"'{text}' is not a case number; expected one like LE-2026-00042.");
        return number.ToString();
    }

    public async Task<CaseRecord> GetAsync(string caseId, CancellationToken cancellationToken)
    {
        var id = CaseIdOf(caseId);
        return await store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new CaseNotFoundException(id);
    }

    /// <summary>Applies <paramref name="edit"/> (null: nothing to do) and returns the case as stored afterwards.
    /// The edit throws <see cref="CaseRuleException"/> to refuse; it must not have side effects, as it may run
    /// more than once.</summary>
    public Task<CaseRecord> ChangeAsync(string caseId, Func<CaseRecord, DateTime, CaseEdit?> edit, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, (c, now, _) => Task.FromResult(edit(c, now)), cancellationToken);

    /// <summary>As above, for an edit that must look something up (the audit trail) for the case it is given.</summary>
    public async Task<CaseRecord> ChangeAsync(string caseId, Func<CaseRecord, DateTime, CancellationToken, Task<CaseEdit?>> edit, CancellationToken cancellationToken)
    {
        var read = await GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        var current = read;
        for (var attempt = 1; ; attempt++)
        {
            CaseEdit? change;
            try
            {
                change = await edit(current, Now, cancellationToken).ConfigureAwait(false);
            }
            catch (CaseRuleException refused) when (!ReferenceEquals(current, read))
            {
                throw new CaseConflictException(current.Id,
                    $"{current.Id} was changed by someone else meanwhile ({CaseChanges.Describe(read, current, clock)}). {refused.Message}", refused);
            }
            if (change is null) return current;

            var outcome = await store.UpdateAsync(change.Updated, current.Version, change.Audit, cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case UpdateOutcome.Updated updated:
                    return updated.Case;
                case UpdateOutcome.NotFound:
                    throw new CaseNotFoundException(current.Id);
                case UpdateOutcome.Conflict conflict when attempt < Attempts:
                    current = conflict.Current;
                    break;
                case UpdateOutcome.Conflict conflict:
                    throw new CaseConflictException(current.Id,
                        $"{current.Id} keeps being changed by someone else ({CaseChanges.Describe(read, conflict.Current, clock)}); nothing was saved, please try again.");
                default:
                    throw new InvalidOperationException($"Unexpected store outcome {outcome.GetType().Name}.");
            }
        }
    }
}
