using TriageBot.Cases.Workflow;
using System.CommandLine;
using System.Globalization;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Access;
using TriageBot.Reports;

namespace TriageBot.Cli;

/// <summary>The manager's view: <c>queue</c>, <c>stats</c>, <c>export transparency</c>, <c>oncall</c>, <c>reminders</c>.</summary>
public static class ManagerCommands
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON" };

    public static IEnumerable<Command> Create(CliContext cli) => [Queue(cli), Stats(cli), Export(cli), OnCall(cli), Reminders(cli)];

    private static Command Queue(CliContext cli)
    {
        var limit = new Option<int>("--limit") { Description = "How many", DefaultValueFactory = _ => 50 };
        var command = new Command("queue", "Open cases, most urgent first (priority, then oldest)") { limit, Json };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Queue, async cases =>
        {
            var open = await cases.Store.QueryAsync(new CaseQuery { OpenOnly = true, Order = CaseOrder.PriorityThenAge, Limit = Math.Max(1, parse.GetValue(limit)) }, ct);
            if (parse.GetValue(Json)) await cli.WriteJsonAsync(open.Select(CaseJson.Summary));
            else CaseViews.WriteList(cli.Output, open, cli.Now, cli.Clock);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Stats(CliContext cli)
    {
        var since = new Option<string>("--since") { Description = "Period back from now: 7d, 30d, 90d", DefaultValueFactory = _ => "30d" };
        var command = new Command("stats", "Statistics and workload over a period") { since, Json };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Stats, async cases =>
        {
            var to = cli.Now;
            var report = await cases.Statistics.ComputeAsync(to - CliParsing.Span(parse.GetValue(since)!), to, ct);
            var workload = await cases.Assignment.WorkloadAsync(ct);
            if (parse.GetValue(Json))
            {
                await cli.WriteJsonAsync(new { statistics = report, workload });
                return ExitCodes.Ok;
            }
            WriteStats(cli.Output, report, cli.Clock);
            cli.Output.WriteLine();
            var table = new TextTable("REVIEWER", "OPEN", "P0", "P1", "P2", "P3");
            foreach (var w in workload)
                table.Add(w.MemberId, N(w.OpenCases), N(w.ByPriority.GetValueOrDefault(Triage.Model.Priority.P0)), N(w.ByPriority.GetValueOrDefault(Triage.Model.Priority.P1)),
                    N(w.ByPriority.GetValueOrDefault(Triage.Model.Priority.P2)), N(w.ByPriority.GetValueOrDefault(Triage.Model.Priority.P3)));
            table.Write(cli.Output);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-";

    private static string Span(TimeSpan? span) => span is { } s ? (s.TotalDays >= 1 ? $"{s.TotalDays:F1} days" : $"{s.TotalHours:F1} hours") : "-";

    public static void WriteStats(TextWriter output, CaseStatisticsReport r, TeamClock clock)
    {
        output.WriteLine($"Cases received {CaseViews.Time(r.From, clock)} to {CaseViews.Time(r.To, clock)}: {r.Total}");
        output.WriteLine($"  emergency {r.Emergency}, preservation {r.Preservation}, under non-disclosure order {r.UnderNonDisclosure} ({Share(r.NonDisclosureShare)})");
        output.WriteLine($"  median time to assign {Span(r.MedianTimeToAssign)}, to close {Span(r.MedianTimeToClose)}");
        output.WriteLine($"  answered {r.Answered}, on time {r.AnsweredOnTime} ({Share(r.AnsweredOnTimeShare)})");
        foreach (var (title, counts) in new[] { ("By type", r.ByType), ("By status", r.ByStatus), ("By priority", r.ByPriority), ("By country", r.ByCountry) })
        {
            if (counts.Count == 0) continue;
            output.WriteLine($"{title}: " + string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
        }
    }

    private static Command Export(CliContext cli)
    {
        var half = new Option<string>("--half") { Description = "Half-year, e.g. 2026H1", Required = true };
        var file = new Option<string?>("--out") { Description = "Write the CSV to this file instead of standard output" };
        var transparency = new Command("transparency", "Transparency report CSV for a half-year: requests by type and country") { half, file };
        transparency.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Export, async cases =>
        {
            var period = HalfYear.TryParse(parse.GetValue(half), out var p) ? p
                : throw new ArgumentException($"'{parse.GetValue(half)}' is not a half-year; use e.g. 2026H1 or 2026H2.");
            if (parse.GetValue(file) is { } path)
            {
                // 0600 like every file TriageBot writes from case data.
                await using var writer = new StreamWriter(Cases.Storage.Files.PrivateFile.Open(path, FileMode.Create, FileAccess.Write, FileShare.None));
                await cases.Transparency.WriteCsvAsync(period, writer, ct);
                await cli.Output.WriteLineAsync($"Wrote {path}.");
            }
            else
            {
                await cases.Transparency.WriteCsvAsync(period, cli.Output, ct);
            }
            return ExitCodes.Ok;
        }));
        return new Command("export", "Exports for reporting") { transparency };
    }

    private static Command OnCall(CliContext cli)
    {
        Command ShowCommand(string name, string description)
        {
            var at = new Option<string?>("--at") { Description = "When (ISO 8601; without an offset, the team's time zone; default now)" };
            var command = new Command(name, description) { at, Json };
            command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.OnCallView, async cases =>
            {
                var when = parse.GetValue(at) is { } t ? CliParsing.Time(t, cli.Clock).Utc : cli.Now;
                var shift = await cases.OnCall.WhoIsOnCallAsync(when, ct);
                if (parse.GetValue(Json)) await cli.WriteJsonAsync(shift);
                else WriteShift(cli.Output, shift, cli.Clock);
                return ExitCodes.Ok;
            }));
            return command;
        }

        var role = new Argument<string>("role") { Description = "primary or secondary" };
        var member = new Argument<string>("member") { Description = "Team member id" };
        var from = new Option<string?>("--from") { Description = "Start (ISO 8601; without an offset, the team's time zone; default now)" };
        var until = new Option<string>("--until") { Description = "End (ISO 8601; without an offset, the team's time zone)", Required = true };
        var set = new Command("set", "Override the rotation for a while") { role, member, from, until };
        set.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.OnCallSet, async cases =>
        {
            var which = parse.GetValue(role)!.Trim().ToLowerInvariant() switch
            {
                "primary" => OnCallRole.Primary,
                "secondary" => OnCallRole.Secondary,
                var other => throw new ArgumentException($"Unknown on-call role '{other}'; use primary or secondary."),
            };
            var start = parse.GetValue(from) is { } f ? CliParsing.Time(f, cli.Clock) : new TeamTime(cli.Now, InTeamZone: false);
            var end = CliParsing.Time(parse.GetValue(until)!, cli.Clock);
            var entry = await cases.OnCall.SetOverrideAsync(which, parse.GetValue(member)!, start.Utc, end.Utc, CliContext.Actor(parse), ct);
            var note = start.InTeamZone || end.InTeamZone ? cli.Clock.ReadNote(end with { InTeamZone = true }) : "";
            await cli.Output.WriteLineAsync($"{entry.Member} is {which.ToString().ToLowerInvariant()} on call from {CaseViews.Time(entry.From, cli.Clock)} until {CaseViews.Time(entry.Until, cli.Clock)}{note}.");
            return ExitCodes.Ok;
        }));

        // "triagebot oncall" alone shows who is on call, as "oncall show" does.
        var oncall = ShowCommand("oncall", "Who is on call (show), and overrides (set)");
        oncall.Add(ShowCommand("show", "Who is on call"));
        oncall.Add(set);
        return oncall;
    }

    private static void WriteShift(TextWriter output, OnCallShift shift, TeamClock clock)
    {
        output.WriteLine($"On call at {CaseViews.Time(shift.At, clock)}:");
        output.WriteLine($"  primary    {shift.Primary ?? "(nobody)"}{(shift.PrimaryOverride is { } p ? $" (override by {p.SetBy} until {CaseViews.Time(p.Until, clock)})" : "")}");
        output.WriteLine($"  secondary  {shift.Secondary ?? "(nobody)"}{(shift.SecondaryOverride is { } s ? $" (override by {s.SetBy} until {CaseViews.Time(s.Until, clock)})" : "")}");
        output.WriteLine($"  managers   {(shift.Managers.Count == 0 ? "(none)" : string.Join(" -> ", shift.Managers))}");
        output.WriteLine($"  next hand-over {CaseViews.Time(shift.NextHandOver, clock)}");
    }

    private static Command Reminders(CliContext cli)
    {
        var at = new Option<string?>("--at") { Description = "When (ISO 8601; without an offset, the team's time zone; default now)" };
        var command = new Command("reminders", "What is due: SLA breaches, unacknowledged P0s, expiring holds and orders") { at, Json };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Remind, async cases =>
        {
            var when = parse.GetValue(at) is { } t ? CliParsing.Time(t, cli.Clock).Utc : cli.Now;
            var due = await cases.Reminders.DueAtAsync(when, ct);
            if (parse.GetValue(Json))
            {
                await cli.WriteJsonAsync(due);
                return ExitCodes.Ok;
            }
            if (due.Count == 0)
            {
                await cli.Output.WriteLineAsync("Nothing is due.");
                return ExitCodes.Ok;
            }
            var table = new TextTable("CASE", "KIND", "NOTIFY", "DUE", "WHAT");
            foreach (var r in due) table.Add(r.CaseId, r.Kind.ToString(), r.Notify, CaseViews.Time(r.DueAt, cli.Clock), r.Message);
            table.Write(cli.Output);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
