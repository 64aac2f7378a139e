using TriageBot.Cases;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Access;

/// <summary>
/// The team roster (<see cref="CasesOptions.Team"/>) as the dialogs see it: a chat user is found by the id their
/// channel gives them (Teams AAD id, Slack id, or a member id in the local chat), then by e-mail address.
/// </summary>
public sealed class TeamDirectory : ITeamDirectory
{
    private readonly IReadOnlyList<Actor> _actors;

    public TeamDirectory(CasesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _actors = [.. options.Team.Select(m => new Actor(m, RolesOf(m)))];
    }

    public IReadOnlyList<Actor> Members => _actors;

    public Actor? Find(UserIdentity user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var byChannel = string.IsNullOrWhiteSpace(user.Id) ? null : user.Channel.ToLowerInvariant() switch
        {
            // AAD object ids are GUIDs (case varies between APIs); Slack ids are upper-case and exact.
            "teams" => _actors.FirstOrDefault(a => Same(a.Member.AddressOn(TeamMember.TeamsChannel), user.Id, StringComparison.OrdinalIgnoreCase)),
            "slack" => _actors.FirstOrDefault(a => Same(a.Member.AddressOn(TeamMember.SlackChannel), user.Id, StringComparison.Ordinal)),
            "chat" => _actors.FirstOrDefault(a => Same(a.Member.Id, user.Id, StringComparison.OrdinalIgnoreCase)),
            _ => null,
        };
        return byChannel ?? (string.IsNullOrWhiteSpace(user.Email)
            ? null
            : _actors.FirstOrDefault(a => Same(a.Member.Email, user.Email, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The member with this roster id, if any.</summary>
    public Actor? FindById(string memberId) =>
        _actors.FirstOrDefault(a => Same(a.Member.Id, memberId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Roles named in the roster; unknown names are ignored (configuration validation reports them).</summary>
    public static IReadOnlySet<Role> RolesOf(TeamMember member)
    {
        var roles = new HashSet<Role>();
        foreach (var name in member.Roles)
        {
            if (Enum.TryParse<Role>(name?.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(name, out _))
                roles.Add(role);
        }
        return roles;
    }

    private static bool Same(string? a, string? b, StringComparison comparison) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), comparison);
}
