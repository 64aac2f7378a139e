using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>"help": what this person can ask, and nothing they cannot.</summary>
internal sealed class HelpCommand : ICommandHandler
{
    // Unless: a line replaced by a wider one for those who hold that permission.
    private static readonly (Permission Needs, Permission? Unless, string Line)[] Lines =
    [
        (Permission.Intake, null, "• Paste or forward a request (text, .eml or PDF): I triage it and open a case."),
        (Permission.OwnCases, null, "• `mine` — your open cases (submitted or held)"),
        (Permission.OwnCases, Permission.AnyCase, "• `case LE-2026-00042` — a case you submitted or hold"),
        (Permission.AnyCase, null, "• `case LE-2026-00042` — any case, with its latest activity"),
        (Permission.OwnCases, null, "• `note LE-2026-00042 your text` — add a note to a case"),
        (Permission.OnCallView, null, "• `oncall` — who is on call now"),
        (Permission.Queue, null, "• `queue [type | P0–P3 | mine | overdue]` — open cases, most urgent first"),
        (Permission.Assign, null, "• `take LE-2026-00042` / `assign LE-2026-00042 member or me` — who works on a case"),
        (Permission.ChangeStatus, null, "• `status LE-2026-00042 status [note]` — e.g. in_review, awaiting_info, responded content|non_content|no_data, rejected reason, closed"),
        (Permission.Overdue, null, "• `overdue` — cases past their due time"),
        (Permission.Remind, null, "• `remind` — what is due now for you"),
        (Permission.Stats, null, "• `stats [7d | 30d | 90d]` — volumes, speed and workload"),
        (Permission.Export, null, "• `export transparency 2026H1` — the transparency-report CSV for a half-year"),
        (Permission.OnCallSet, null, "• `oncall set [primary | secondary] member [until]` — until a time (2026-03-05 09:00 is the team's time zone), 24h or 7d; default the next hand-over"),
    ];

    public bool Matches(CommandRequest request) => request.Name == CommandNames.Help;

    public Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Reply>>([For(actor)]);

    public static Reply For(Actor actor)
    {
        if (!Permissions.Allows(actor, Permission.Help)) return Reply.Say(Permissions.Refusal(Permission.Help));
        var role = Permissions.Highest(actor)!.Value.ToString().ToLowerInvariant();
        var lines = Lines
            .Where(l => Permissions.Allows(actor, l.Needs) && !(l.Unless is { } wider && Permissions.Allows(actor, wider)))
            .Select(l => l.Line);
        return Reply.Say($"Here is what you can ask me ({role}):\n{string.Join("\n", lines)}\nYou can also write `/triage` before any command.");
    }
}
