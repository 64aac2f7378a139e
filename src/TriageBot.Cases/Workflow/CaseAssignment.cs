using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>Open cases held by one person, by priority.</summary>
public sealed record ReviewerWorkload(string MemberId, string Name, int OpenCases, IReadOnlyDictionary<Priority, int> ByPriority)
{
    /// <summary>P0 and P1 cases: the ones that page at night.</summary>
    public int UrgentCases => ByPriority.GetValueOrDefault(Priority.P0) + ByPriority.GetValueOrDefault(Priority.P1);
}

/// <summary>Who should take a case. <see cref="Member"/> is null when nobody on the roster fits.</summary>
/// <param name="SkillNeeded">The skill the case calls for (<c>child_safety</c>, ...), null when any reviewer will do.</param>
public sealed record AssigneeSuggestion(string CaseId, string? SkillNeeded, TeamMember? Member, ReviewerWorkload? Workload, string Message);

/// <summary>The answer to "assign to me".</summary>
public abstract record TakeOutcome
{
    private TakeOutcome()
    {
    }

    public sealed record Taken(CaseRecord Case) : TakeOutcome;

    /// <param name="Message">"LE-2026-00042 was taken by dana at 14:02 UTC."</param>
    public sealed record AlreadyTaken(CaseRecord Case, string Holder, DateTime? Since, string Message) : TakeOutcome;
}

/// <summary>
/// Who works on which case: assign, reassign, unassign and take, each checked against the team roster, plus
/// workload per reviewer and a suggestion of who should take a case next.
/// </summary>
public sealed class CaseAssignment
{
    public const string ReviewerRole = "reviewer";

    private readonly ICaseStore _store;
    private readonly CasesOptions _options;
    private readonly CaseWriter _writer;

    public CaseAssignment(ICaseStore store, CasesOptions options, TimeProvider time)
    {
        _store = store;
        _options = options;
        _writer = new CaseWriter(store, time, TeamClock.For(options));
    }

    /// <summary>Gives an unassigned triaged case to <paramref name="memberId"/> and moves it to assigned.</summary>
    public Task<CaseRecord> AssignAsync(string caseId, string memberId, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var member = RosterMember(caseId, memberId);
        return _writer.ChangeAsync(caseId, (c, now) =>
        {
            if (c.Assignee == member.Id) return null;
            if (c.Assignee is not null)
                throw new CaseRuleException(c.Id, $"{c.Id} is already assigned to {c.Assignee}; reassign it instead.");
            RequireAssignable(c);
            return Assign(c, member, actor, reason, now);
        }, cancellationToken);
    }

    /// <summary>Hands a case someone holds to <paramref name="memberId"/>; its status stays as it is.</summary>
    public Task<CaseRecord> ReassignAsync(string caseId, string memberId, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var member = RosterMember(caseId, memberId);
        return _writer.ChangeAsync(caseId, (c, now) =>
        {
            if (c.Assignee == member.Id) return null;
            if (c.Assignee is null)
                throw new CaseRuleException(c.Id, $"{c.Id} is not assigned to anyone; assign it instead.");
            if (!c.Status.IsOpen())
                throw new CaseRuleException(c.Id, $"{c.Id} is {c.Status.ToWireName()}; a finished case cannot be reassigned.");
            return new CaseEdit(c with { Assignee = member.Id, AssignedAt = now },
                [CaseAudit.Entry(c, actor, now, CaseAudit.Assigned, "assignee", c.Assignee, member.Id, reason)]);
        }, cancellationToken);
    }

    /// <summary>Puts an assigned case back in the queue (assigned → triaged). Cases already in review are
    /// reassigned instead, so someone always holds them.</summary>
    public Task<CaseRecord> UnassignAsync(string caseId, string actor, string? reason = null, CancellationToken cancellationToken = default) =>
        _writer.ChangeAsync(caseId, (c, now) =>
        {
            if (c.Assignee is null && c.Status == CaseStatus.Triaged) return null;
            if (c.Status != CaseStatus.Assigned)
                throw new CaseRuleException(c.Id, $"{c.Id} is {c.Status.ToWireName()}; only an assigned case can be unassigned (reassign it instead).");
            return new CaseEdit(c with { Assignee = null, AssignedAt = null, Status = CaseStatus.Triaged },
            [
                CaseAudit.Entry(c, actor, now, CaseAudit.Unassigned, "assignee", c.Assignee, null, reason),
                CaseAudit.StatusChange(c, actor, now, CaseStatus.Triaged, reason),
            ]);
        }, cancellationToken);

    /// <summary>"Assign to me". Safe when several people take the same case at once: exactly one gets it, the
    /// others are told who has it. Taking a case also acknowledges it.</summary>
    public async Task<TakeOutcome> TakeAsync(string caseId, string memberId, CancellationToken cancellationToken = default)
    {
        var member = RosterMember(caseId, memberId);
        var result = await _writer.ChangeAsync(caseId, (c, now) =>
        {
            if (c.Assignee is not null) return null; // mine already, or someone else's: answered below
            RequireAssignable(c);
            var edit = Assign(c, member, member.Id, "taken", now);
            if (c.AcknowledgedAt is not null) return edit;
            return edit with
            {
                Updated = edit.Updated with { AcknowledgedAt = now },
                Audit = [.. edit.Audit, CaseAudit.Entry(c, member.Id, now, CaseAudit.Acknowledged, "acknowledged_at", null, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture))],
            };
        }, cancellationToken).ConfigureAwait(false);

        if (result.Assignee == member.Id) return new TakeOutcome.Taken(result);
        var holder = result.Assignee!;
        var since = result.AssignedAt is { } at ? $" ({_writer.Clock.At(at, _writer.Now)})" : "";
        return new TakeOutcome.AlreadyTaken(result, holder, result.AssignedAt, $"{result.Id} was taken by {holder}{since}.");
    }

    /// <summary>Open cases per person: every reviewer on the roster (also with none), and anyone else holding some.</summary>
    public async Task<IReadOnlyList<ReviewerWorkload>> WorkloadAsync(CancellationToken cancellationToken = default)
    {
        var open = await _store.QueryAsync(new CaseQuery { OpenOnly = true }, cancellationToken).ConfigureAwait(false);
        return Workload(open);
    }

    /// <summary>The least-loaded reviewer with the skill the case needs; ties go to fewer P0/P1 cases, then by name.</summary>
    public async Task<AssigneeSuggestion> SuggestAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var c = await _writer.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        var skill = SkillFor(c);
        var loads = Workload(await _store.QueryAsync(new CaseQuery { OpenOnly = true }, cancellationToken).ConfigureAwait(false))
            .ToDictionary(w => w.MemberId, StringComparer.OrdinalIgnoreCase);
        var best = _options.Team
            .Where(m => HasRole(m, ReviewerRole) && (skill is null || m.Skills.Contains(skill, StringComparer.OrdinalIgnoreCase)))
            .Select(m => (Member: m, Load: loads[m.Id]))
            .OrderBy(x => x.Load.OpenCases).ThenBy(x => x.Load.UrgentCases)
            .ThenBy(x => x.Member.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Member.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var need = skill is null ? "a reviewer" : $"a reviewer with the {skill} skill";
        if (best.Member is null)
            return new AssigneeSuggestion(c.Id, skill, null, null, $"{c.Id} needs {need}, and nobody on the team roster has it.");
        return new AssigneeSuggestion(c.Id, skill, best.Member, best.Load,
            $"{best.Member.Name} ({best.Member.Id}) for {c.Id}: {need}, {best.Load.OpenCases} open case(s), {best.Load.UrgentCases} of them P0/P1.");
    }

    /// <summary>The skill a case calls for: national-security process goes to its restricted group first, then
    /// child safety, emergencies, foreign requests; null when any reviewer will do.</summary>
    public static string? SkillFor(CaseRecord c) =>
        c.ProcessType == LegalProcessType.NationalSecurity ? "national_security"
        : c.Flags.Contains(CaseFlags.Ncmec) ? "child_safety"
        : c.Flags.Contains(CaseFlags.Emergency) || c.ProcessType == LegalProcessType.Emergency ? "emergency"
        : c.Flags.Contains(CaseFlags.NonUs) || c.ProcessType == LegalProcessType.International ? "international"
        : null;

    private List<ReviewerWorkload> Workload(IReadOnlyList<CaseRecord> open)
    {
        var held = open.Where(c => c.Assignee is not null).GroupBy(c => c.Assignee!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var people = _options.Team.Where(m => HasRole(m, ReviewerRole) || held.ContainsKey(m.Id))
            .Select(m => (m.Id, m.Name))
            .Concat(held.Keys.Where(id => !_options.Team.Any(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase))).Select(id => (Id: id, Name: id)));
        return people
            .Select(p =>
            {
                var cases = held.GetValueOrDefault(p.Id) ?? [];
                var byPriority = Enum.GetValues<Priority>().ToDictionary(pr => pr, pr => cases.Count(c => c.Priority == pr));
                return new ReviewerWorkload(p.Id, p.Name, cases.Count, byPriority);
            })
            .OrderBy(w => w.Name, StringComparer.OrdinalIgnoreCase).ThenBy(w => w.MemberId, StringComparer.Ordinal)
            .ToList();
    }

    private TeamMember RosterMember(string caseId, string memberId) =>
        _options.Team.FirstOrDefault(m => string.Equals(m.Id, memberId?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new CaseRuleException(caseId, $"'{memberId}' is not on the team roster; known members: {string.Join(", ", _options.Team.Select(m => m.Id))}.");

    private static void RequireAssignable(CaseRecord c)
    {
        if (c.Status != CaseStatus.Triaged)
            throw new CaseRuleException(c.Id, $"{c.Id} is {c.Status.ToWireName()}; only a triaged case can be assigned.");
    }

    private static CaseEdit Assign(CaseRecord c, TeamMember member, string actor, string? reason, DateTime now) =>
        new(c with { Assignee = member.Id, AssignedAt = now, Status = CaseStatus.Assigned },
        [
            CaseAudit.Entry(c, actor, now, CaseAudit.Assigned, "assignee", null, member.Id, reason),
            CaseAudit.StatusChange(c, actor, now, CaseStatus.Assigned, reason),
        ]);

    private static bool HasRole(TeamMember m, string role) => m.Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
