using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;

namespace TriageBot.Cases.Scheduling;

/// <summary>
/// The one extension a 2703(f) preservation hold allows: the expiry moves out by another
/// <see cref="CasesOptions.PreservationDays"/>. A second request is refused.
/// </summary>
public sealed class PreservationExtension
{
    private readonly CasesOptions _options;
    private readonly CaseWriter _writer;

    public PreservationExtension(ICaseStore store, CasesOptions options, TimeProvider time)
    {
        _options = options;
        _writer = new CaseWriter(store, time, TeamClock.For(options));
    }

    public Task<CaseRecord> RequestAsync(string caseId, string actor, string? reason = null, CancellationToken cancellationToken = default) =>
        _writer.ChangeAsync(caseId, (c, now) =>
        {
            if (c.PreservationExpiresAt is not { } expires)
                throw new CaseRuleException(c.Id, $"{c.Id} has no preservation hold to extend.");
            if (c.PreservationExtendedAt is { } extended)
                throw new CaseRuleException(c.Id, $"The preservation hold on {c.Id} was already extended on {_writer.Clock.Day(extended)} (to {_writer.Clock.Day(expires)}); it can be extended only once.");
            if (expires <= now)
                throw new CaseRuleException(c.Id, $"The preservation hold on {c.Id} expired on {_writer.Clock.Day(expires)}; an expired hold cannot be extended.");
            if (c.Status == CaseStatus.Withdrawn)
                throw new CaseRuleException(c.Id, $"{c.Id} was withdrawn; its hold cannot be extended.");

            var extendedTo = expires + TimeSpan.FromDays(_options.PreservationDays);
            return new CaseEdit(c with { PreservationExtendedAt = now, PreservationExpiresAt = extendedTo },
            [
                CaseAudit.Entry(c, actor, now, CaseAudit.PreservationExtended, "preservation_expires_at",
                    expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    extendedTo.ToString("O", System.Globalization.CultureInfo.InvariantCulture), reason),
            ]);
        }, cancellationToken);
}
