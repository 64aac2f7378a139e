using TriageBot.Cases;

namespace TriageBot.Dialogs.Access;

/// <summary>What a team member may do, from the roles in the roster (appsettings.json, Cases:Team).</summary>
public enum Role { Staff, Reviewer, Manager, Admin }

/// <summary>One member as the dialogs see them: who, and with which roles.</summary>
public sealed record Actor(TeamMember Member, IReadOnlySet<Role> Roles)
{
    public string Id => Member.Id;

    public bool Has(Role role) => Roles.Contains(role) || Roles.Contains(Role.Admin);
}
