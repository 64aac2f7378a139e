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

    /// <summary>The member a person means by what they wrote: a roster id, a full name or e-mail address, or a
    /// first name no one else on the team has ("@dana", "Dana Diaz", "dana@…", "Dana"). The one rule for naming
    /// people, for commands ("assign … to dana") and for questions that ask for a member alike.</summary>
    public static TeamMember? Match(IEnumerable<TeamMember> roster, string? text)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var t = text?.Trim().TrimStart('@').Trim();
        if (string.IsNullOrEmpty(t)) return null;
        var members = roster.ToList();
        var byId = members.FirstOrDefault(m => Same(m.Id, t, StringComparison.OrdinalIgnoreCase));
        if (byId is not null) return byId;
        var byName = members.Where(m => Same(m.Name, t, StringComparison.OrdinalIgnoreCase) || Same(m.Email, t, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1) return byName[0];
        var byFirst = members.Where(m => Same(m.Name.Trim().Split(' ', 2)[0], t, StringComparison.OrdinalIgnoreCase)).ToList();
        return byFirst.Count == 1 ? byFirst[0] : null;
    }

    /// <summary>The member <paramref name="text"/> names (<see cref="Match"/>), with their roles.</summary>
    public Actor? FindByName(string? text) => Match(_actors.Select(a => a.Member), text) is { } member ? FindById(member.Id) : null;

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
