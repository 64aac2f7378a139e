using TriageBot.Dialogs.Access;

namespace TriageBot.Cli;

/// <summary>
/// Who may run a command: the actor (<c>--as</c>, else <c>TRIAGEBOT_USER</c>, else the login name) must be on
/// the roster, and hold the role the chat requires for the same thing (<see cref="Permissions"/>), so the audit
/// trail always names a real member. Commands that change no case and read no case data need no actor.
/// </summary>
public sealed class CliAccess(TeamDirectory directory)
{
    /// <summary>The member acting, if allowed; else a <see cref="CliRefusedException"/> saying why.</summary>
    public Actor Require(string actorId, Permission permission)
    {
        var actor = Member(actorId);
        if (!Permissions.Allows(actor, permission)) throw new CliRefusedException($"{actor.Id}: {Permissions.Refusal(permission)}");
        return actor;
    }

    /// <summary>For operations above every chat permission (purge, backup, restore, key rotation).</summary>
    public Actor RequireAdmin(string actorId, string what)
    {
        var actor = Member(actorId);
        if (!actor.Has(Role.Admin)) throw new CliRefusedException($"{actor.Id}: Sorry, only admins can {what}. Ask an admin.");
        return actor;
    }

    private Actor Member(string actorId) =>
        directory.FindById(actorId) ?? throw new CliRefusedException(
            $"'{actorId}' is not on the team roster (Cases:Team), so nothing was done. Act as a member with --as MEMBER (or set TRIAGEBOT_USER); " +
            $"members: {string.Join(", ", directory.Members.Select(m => m.Id))}.");
}

/// <summary>The actor may not run this command; the message says why and who can.</summary>
public sealed class CliRefusedException(string message) : Exception(message);
