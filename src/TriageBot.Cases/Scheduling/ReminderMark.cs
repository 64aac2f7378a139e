namespace TriageBot.Cases.Scheduling;

/// <summary>
/// Who has been reminded of one kind of thing about one case on the team's current day, and when that day ends
/// (<c>Cases:TimeZone</c>): the once-a-day rule is per case, kind and member, so a case reassigned during the day
/// still reaches its new assignee. A case nobody holds goes to the on-call primary, once a day to each member who is
/// primary that day (after a hand-over, the new primary gets it too; see <see cref="ReminderFinder"/>).
/// </summary>
public sealed record ReminderMark(DateTime Until, IReadOnlyList<string> Members)
{
    /// <summary>Whether <paramref name="assignee"/> (null: the on-call primary) was already reminded that day,
    /// whatever the time now.</summary>
    public bool Reaches(string? assignee) =>
        assignee is null ? Members.Count > 0 : Members.Contains(assignee, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a reminder to <paramref name="assignee"/> at <paramref name="at"/> would repeat one of the same day.</summary>
    public bool Covers(string? assignee, DateTime at) => at < Until && Reaches(assignee);

    /// <summary>Who a schema-7 reminder of an unassigned case went to was not recorded: such a mark counts for
    /// whoever is on call for the rest of that day.</summary>
    public const string AnyOnCall = "(on call)";

    /// <summary>Whether a reminder of an unassigned case to the on-call primary <paramref name="primary"/> (null:
    /// nobody is) at <paramref name="at"/> would repeat one of the same day: per member, so a new primary after a
    /// hand-over is reminded too.</summary>
    public bool CoversOnCall(string? primary, DateTime at) =>
        at < Until && (primary is null ? Members.Count > 0
            : Members.Contains(primary, StringComparer.OrdinalIgnoreCase) || Members.Contains(AnyOnCall, StringComparer.Ordinal));

    /// <summary>The mark after <paramref name="member"/> was reminded at <paramref name="at"/>, in the team's day
    /// ending at <paramref name="until"/>: added to the day's members, or the first of a new day.</summary>
    public static ReminderMark After(ReminderMark? previous, string member, DateTime at, DateTime until) =>
        previous is not null && at < previous.Until
            ? previous with { Members = previous.Reaches(member) ? previous.Members : [.. previous.Members, member] }
            : new ReminderMark(until, [member]);
}
