using System.CommandLine;
using System.Globalization;
using TriageBot.Cases.Storage;
using TriageBot.Reports;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot turns list|dead|retry ID</c>: the durable inbox of chat turns, for administrators. Shows ids,
/// channels, states, attempts and the last failure's kind; never a turn's contents. The host owns the database
/// while it runs, so run these with the host stopped; a retried turn runs at the host's next start.
/// </summary>
public static class TurnsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON" };
    private static readonly Option<int> Limit = new("--limit") { Description = "How many, newest first", DefaultValueFactory = _ => 50 };

    public static Command Create(CliContext cli)
    {
        var command = new Command("turns", "The durable inbox of Slack and Teams turns (administrators)");
        command.Add(List(cli, "list", "Turns in the inbox, newest first, with their state", state: null));
        command.Add(List(cli, "dead", "Turns that failed every attempt (dead letters)", InboxTurnState.Dead));
        command.Add(Retry(cli));
        return command;
    }

    private static Command List(CliContext cli, string name, string description, InboxTurnState? state)
    {
        var command = new Command(name, description) { Limit, Json };
        command.SetAction((parse, ct) => AsAdminAsync(cli, parse, async cases =>
        {
            var turns = await cases.Inbox.ListAsync(state, Math.Max(1, parse.GetValue(Limit)), ct);
            var counts = await cases.Inbox.CountAsync(ct);
            if (parse.GetValue(Json))
            {
                await cli.WriteJsonAsync(new
                {
                    counts.Pending,
                    counts.Dead,
                    turns = turns.Select(t => new { t.Id, t.Channel, State = t.State.ToString().ToLowerInvariant(), t.Attempts, t.ReceivedAt, t.NextAttemptAt, t.FinishedAt, t.LastError, t.Unreadable, t.LostNotice }),
                });
                return ExitCodes.Ok;
            }
            var table = new TextTable("ID", "CHANNEL", "STATE", "ATTEMPTS", "RECEIVED", "LAST ERROR");
            foreach (var t in turns)
                table.Add(t.Id.ToString(CultureInfo.InvariantCulture), t.Channel, t.State.ToString().ToLowerInvariant(),
                    t.Attempts.ToString(CultureInfo.InvariantCulture), CaseViews.Time(t.ReceivedAt, cli.Clock),
                    t.LostNotice is { } notice ? $"{t.LastError}; {notice}" : t.LastError ?? "");
            table.Write(cli.Output);
            cli.Output.WriteLine($"{counts.Pending} pending, {counts.Dead} dead");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Retry(CliContext cli)
    {
        var id = new Argument<long>("ID") { Description = "A dead turn's id (from turns dead)" };
        var command = new Command("retry", "Put a dead turn back in the queue; it runs at the host's next start") { id };
        command.SetAction((parse, ct) => AsAdminAsync(cli, parse, async cases =>
        {
            var turnId = parse.GetValue(id);
            if (await cases.Inbox.RetryAsync(turnId, ct))
            {
                cli.Output.WriteLine($"Turn {turnId} is pending again.");
                return ExitCodes.Ok;
            }
            var turn = await cases.Inbox.GetAsync(turnId, ct);
            await cli.Error.WriteLineAsync(turn switch
            {
                null => $"triagebot: there is no turn {turnId}.",
                { Unreadable: true } => $"triagebot: turn {turnId} does not open (damaged, or sealed under another key): running it again cannot help. Its sender is told to send it again.",
                _ => $"triagebot: turn {turnId} is {turn.State.ToString().ToLowerInvariant()}, not dead; only dead turns are retried.",
            });
            return ExitCodes.SomeInputsFailed;
        }));
        return command;
    }

    /// <summary>Only a roster member with the admin role may look into the inbox.</summary>
    private static Task<int> AsAdminAsync(CliContext cli, ParseResult parse, Func<CaseTracking.CaseServices, Task<int>> work)
    {
        var actor = CliContext.Actor(parse);
        var member = cli.Settings.Cases.Team.FirstOrDefault(m => string.Equals(m.Id, actor, StringComparison.OrdinalIgnoreCase));
        if (member is null || !member.Roles.Contains("admin", StringComparer.OrdinalIgnoreCase))
        {
            cli.Error.WriteLine($"triagebot: turns is for administrators; {actor} is {(member is null ? "not on the roster (Cases:Team)" : "not an admin")}. Use --as with an admin's member id.");
            return Task.FromResult(ExitCodes.UsageOrConfiguration);
        }
        return cli.WithCasesAsync(work);
    }
}
