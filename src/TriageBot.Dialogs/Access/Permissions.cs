namespace TriageBot.Dialogs.Access;

/// <summary>Something a team member may ask the bot to do.</summary>
public enum Permission
{
    Help,
    Intake,
    /// <summary>See who is on call.</summary>
    OnCallView,
    /// <summary>See and note the cases one submitted or holds.</summary>
    OwnCases,
    Queue,
    /// <summary>See and note any case.</summary>
    AnyCase,
    Assign,
    ChangeStatus,
    /// <summary>Emergency toggle and other corrections of the engine's reading.</summary>
    Correct,
    RequestInfo,
    Overdue,
    Remind,
    Stats,
    Export,
    OnCallSet,
}

/// <summary>
/// Who may do what, in one place. Roles rank staff &lt; reviewer &lt; manager &lt; admin and each includes the
/// ones below it, so the table names only the least role a permission needs.
/// </summary>
public static class Permissions
{
    private static readonly Dictionary<Permission, (Role Least, string Refusal)> Table = new()
    {
        [Permission.Help] = (Role.Staff, "Sorry, only members of the legal team can use TriageBot."),
        [Permission.Intake] = (Role.Staff, "Sorry, only members of the legal team can submit requests."),
        [Permission.OnCallView] = (Role.Staff, "Sorry, only members of the legal team can see who is on call."),
        [Permission.OwnCases] = (Role.Staff, "Sorry, only members of the legal team can see cases."),
        [Permission.Queue] = (Role.Reviewer, "Sorry, only reviewers can see the queue. Ask a reviewer or a manager."),
        [Permission.AnyCase] = (Role.Reviewer, "Sorry, you can see only the cases you submitted or hold. Ask a reviewer or a manager."),
        [Permission.Assign] = (Role.Reviewer, "Sorry, only reviewers can take or assign cases. Ask a reviewer or a manager."),
        [Permission.ChangeStatus] = (Role.Reviewer, "Sorry, only reviewers can change a case's status. Ask a reviewer or a manager."),
        [Permission.Correct] = (Role.Reviewer, "Sorry, only reviewers can correct a case. Ask a reviewer or a manager."),
        [Permission.RequestInfo] = (Role.Reviewer, "Sorry, only reviewers can ask an agency for more information. Ask a reviewer or a manager."),
        [Permission.Overdue] = (Role.Reviewer, "Sorry, only reviewers can see the overdue cases. Ask a reviewer or a manager."),
        [Permission.Remind] = (Role.Reviewer, "Sorry, only reviewers get reminders. Ask a reviewer or a manager."),
        [Permission.Stats] = (Role.Manager, "Sorry, only managers can see the statistics. Ask a manager."),
        [Permission.Export] = (Role.Manager, "Sorry, only managers can export the transparency report. Ask a manager."),
        [Permission.OnCallSet] = (Role.Manager, "Sorry, only managers can change who is on call. Ask a manager."),
    };

    public static bool Allows(Actor actor, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var least = Table[permission].Least;
        return actor.Roles.Any(r => r >= least);
    }

    /// <summary>The polite no for <paramref name="permission"/>; it names who can help and shows no case data.</summary>
    public static string Refusal(Permission permission) => Table[permission].Refusal;

    /// <summary>The highest role the actor holds (null: none the bot knows).</summary>
    public static Role? Highest(Actor actor) => actor.Roles.Count == 0 ? null : actor.Roles.Max();
}
