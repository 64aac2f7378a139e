using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>The case services the command handlers share, and the checks they all make before touching a case.</summary>
internal sealed class CaseDesk(
    ICaseStore store,
    CaseWorkflow workflow,
    CaseAssignment assignment,
    OnCallSchedule onCall,
    ReminderFinder reminders,
    CaseStatistics statistics,
    TransparencyReport transparency,
    CasesOptions options,
    TimeProvider time,
    TriagePolicy? policy = null)
{
    public ICaseStore Store => store;
    public CaseWorkflow Workflow => workflow;
    public CaseAssignment Assignment => assignment;
    public OnCallSchedule OnCall => onCall;
    public ReminderFinder Reminders => reminders;
    public CaseStatistics Statistics => statistics;
    public TransparencyReport Transparency => transparency;
    public CasesOptions Options => options;
    public TeamDirectory Directory { get; } = new(options);
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The team's clock, names and the policy, for the cards.</summary>
    public CardContext Cards { get; } = CardContext.For(options, policy);

    /// <summary>
    /// Whether the actor may see this case at all. A case of national-security process (and, when configured,
    /// a child-safety case) is for members with that skill only: to anyone else it does not exist, in lists,
    /// lookups and statistics rows alike.
    /// </summary>
    public bool MaySee(CaseRecord c, Actor actor) => RequiredSkills(c).All(skill => actor.Member.Skills.Contains(skill, StringComparer.OrdinalIgnoreCase));

    /// <summary>The restricted process types the actor lacks the skill for (their statistics rows are left out).</summary>
    public IEnumerable<LegalProcessType> HiddenTypes(Actor actor) =>
        Restricts("national_security") && !actor.Member.Skills.Contains("national_security", StringComparer.OrdinalIgnoreCase) ? [LegalProcessType.NationalSecurity] : [];

    private IEnumerable<string> RequiredSkills(CaseRecord c)
    {
        if (c.ProcessType == LegalProcessType.NationalSecurity && Restricts("national_security")) yield return "national_security";
        if (c.Flags.Contains(CaseFlags.Ncmec) && Restricts("child_safety")) yield return "child_safety";
    }

    private bool Restricts(string skill) => options.RestrictedSkills.Contains(skill, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The case a request names, if the actor may do <paramref name="permission"/> on it. With
    /// <paramref name="ownCasesSuffice"/>, staff get the cases they submitted or hold; any other case, and a case
    /// that does not exist, gets the same refusal, so staff learn nothing about cases that are not theirs.
    /// A refusal is decided before anything is changed.
    /// </summary>
    public async Task<CaseLookup> FindCaseAsync(CommandRequest request, Actor actor, Permission permission, bool ownCasesSuffice, CancellationToken cancellationToken)
    {
        var text = request.Arg("case");
        var mayAny = Permissions.Allows(actor, permission);
        var mayOwn = ownCasesSuffice && Permissions.Allows(actor, Permission.OwnCases);
        if (!mayAny && !mayOwn) return CaseLookup.Refuse(Permissions.Refusal(permission));
        if (!CaseNumber.TryParse(text, out var number))
        {
            return CaseLookup.Refuse(request.FromCard
                ? "That button did not carry a valid case number, so nothing was changed."
                : $"'{text}' is not a case number; write it like LE-2026-00042.");
        }

        var id = number.ToString();
        var found = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        // A case the actor may not see answers exactly like one that does not exist.
        if (found is not null && !MaySee(found, actor)) found = null;
        if (mayAny) return found is null ? CaseLookup.Refuse($"No case {id}.") : new CaseLookup(found, null);
        return found is not null && IsOwn(found, actor) ? new CaseLookup(found, null) : CaseLookup.Refuse(Permissions.Refusal(Permission.AnyCase));
    }

    public static bool IsOwn(CaseRecord c, Actor actor) =>
        string.Equals(c.SubmittedBy, actor.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Assignee, actor.Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>A team member named as people write them: "me", or as <see cref="TeamDirectory.Match"/> reads a name.</summary>
    public Actor? Resolve(string? text, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().TrimStart('@');
        if (t.StartsWith("to ", StringComparison.OrdinalIgnoreCase)) t = t[3..].Trim(); // "assign X to dana", however the pattern split it
        if (t.Equals("me", StringComparison.OrdinalIgnoreCase) || t.Equals("myself", StringComparison.OrdinalIgnoreCase)) return actor;
        return Directory.FindByName(t);
    }

    public string UnknownMember(string? text) =>
        $"I don't know '{text}'. Team members: {string.Join(", ", options.Team.Select(m => m.Id))}.";

    /// <summary>Members who take cases: those with the reviewer role (managers and admins may, but are not offered).</summary>
    public IEnumerable<Actor> Reviewers => Directory.Members.Where(a => a.Roles.Contains(Role.Reviewer));
}

/// <summary>A case found for a command, or the reply that says why not.</summary>
internal sealed record CaseLookup(CaseRecord? Case, Reply? Refusal)
{
    public static CaseLookup Refuse(string message) => new(null, Reply.Say(message));
}
