using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;

namespace TriageBot.Cases.Scheduling;

/// <summary>Who is on call at one moment, and why.</summary>
/// <param name="Primary">Member id paged first; null when the rotation is empty and nothing overrides it.</param>
/// <param name="PrimaryOverride">The override that put <paramref name="Primary"/> there, if any.</param>
/// <param name="Managers">The manager chain, paged last, in order.</param>
/// <param name="NextHandOver">When the weekly rotation next hands over.</param>
public sealed record OnCallShift(
    DateTime At,
    string? Primary,
    string? Secondary,
    IReadOnlyList<string> Managers,
    OnCallOverride? PrimaryOverride,
    OnCallOverride? SecondaryOverride,
    DateTime NextHandOver);

/// <summary>
/// The weekly on-call rotation (<see cref="OnCallOptions"/>): the primary and secondary lists take turns, one
/// member each per period from <see cref="OnCallOptions.RotationStart"/>. A manager's override in the store
/// replaces the rotation for its [From, Until) window; where overrides overlap, the one set last wins.
/// </summary>
public sealed class OnCallSchedule(ICaseStore store, CasesOptions options, TimeProvider time)
{
    public async Task<OnCallShift> WhoIsOnCallAsync(DateTime at, CancellationToken cancellationToken = default)
    {
        at = TimeWording.Utc(at);
        var rotation = options.OnCall;
        var period = TimeSpan.FromDays(Math.Max(1, rotation.RotationDays));
        // Floor division, so times before the first hand-over still map onto the rotation.
        var turn = (long)Math.Floor((at - TimeWording.Utc(rotation.RotationStart)) / period);
        var nextHandOver = TimeWording.Utc(rotation.RotationStart) + period * (turn + 1);

        var overrides = await store.GetOnCallOverridesAsync(cancellationToken).ConfigureAwait(false);
        OnCallOverride? Current(OnCallRole role) => overrides
            .Where(o => o.Role == role && TimeWording.Utc(o.From) <= at && at < TimeWording.Utc(o.Until))
            .MaxBy(o => o.SetAt);

        var primaryOverride = Current(OnCallRole.Primary);
        var secondaryOverride = Current(OnCallRole.Secondary);
        return new OnCallShift(
            at,
            primaryOverride?.Member ?? Turn(rotation.Primary, turn),
            secondaryOverride?.Member ?? Turn(rotation.Secondary, turn),
            rotation.Managers,
            primaryOverride,
            secondaryOverride,
            nextHandOver);
    }

    /// <summary>Puts <paramref name="member"/> on call for <paramref name="role"/> in [from, until), over the rotation.</summary>
    public async Task<OnCallOverride> SetOverrideAsync(OnCallRole role, string member, DateTime from, DateTime until, string setBy, CancellationToken cancellationToken = default)
    {
        from = TimeWording.Utc(from);
        until = TimeWording.Utc(until);
        var now = time.GetUtcNow().UtcDateTime;
        var known = options.Team.FirstOrDefault(m => string.Equals(m.Id, member?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{member}' is not on the team roster; known members: {string.Join(", ", options.Team.Select(m => m.Id))}.", nameof(member));
        if (until <= from)
            throw new ArgumentException($"An on-call override must end after it starts ({TeamClock.For(options).At(from)} → {TeamClock.For(options).At(until)}).", nameof(until));
        if (until <= now)
            throw new ArgumentException($"That override would already be over ({TeamClock.For(options).At(until)} is in the past).", nameof(until));

        var entry = new OnCallOverride(Guid.NewGuid().ToString("N"), role, known.Id, from, until, setBy, now);
        await store.SaveOnCallOverrideAsync(entry, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    private static string? Turn(List<string> members, long turn) =>
        members.Count == 0 ? null : members[(int)(((turn % members.Count) + members.Count) % members.Count)];
}
