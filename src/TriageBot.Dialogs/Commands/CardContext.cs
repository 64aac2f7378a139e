using TriageBot.Cases.Workflow;
using TriageBot.Cases;
using TriageBot.Triage;

namespace TriageBot.Dialogs.Commands;

/// <summary>What every case card needs besides the case: the team's clock, people's names, and the policy that
/// says which fields a type requires.</summary>
public sealed record CardContext(TeamClock Clock, Func<string?, string> Name, TriagePolicy? Policy)
{
    public static CardContext For(CasesOptions options, TriagePolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = TeamClock.TryCreate(options.TimeZone) ?? TeamClock.Utc;
        return new CardContext(clock, id => NameOf(options, id), policy);
    }

    /// <summary>The member's name from the roster ("Dana Whitfield"), the id when not on it, "nobody" for none.</summary>
    public static string NameOf(CasesOptions options, string? id) =>
        id is null ? "nobody"
        : options.Team.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase)) is { Name.Length: > 0 } m ? m.Name
        : id;
}
