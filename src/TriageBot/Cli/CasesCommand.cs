using System.CommandLine;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Reports;
using TriageBot.Triage.Model;

namespace TriageBot.Cli;

/// <summary><c>triagebot cases list|show|assign|take|unassign|status|note|correct|suggest|ack|extend|purge</c>.</summary>
public static class CasesCommand
{
    public static Command Create(CliContext cli)
    {
        var cases = new Command("cases", "Work with tracked cases");
        cases.Add(List(cli));
        cases.Add(Show(cli));
        cases.Add(Assign(cli));
        cases.Add(Take(cli));
        cases.Add(Unassign(cli));
        cases.Add(Status(cli));
        cases.Add(Note(cli));
        cases.Add(Correct(cli));
        cases.Add(Suggest(cli));
        cases.Add(Acknowledge(cli));
        cases.Add(Extend(cli));
        cases.Add(Purge(cli));
        return cases;
    }

    private static Argument<string> CaseId() => new("case") { Description = "Case number, e.g. LE-2026-00042" };

    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON" };

    private static Command List(CliContext cli)
    {
        var status = new Option<string?>("--status") { Description = "Only this status" };
        var type = new Option<string?>("--type") { Description = "Only this process type" };
        var priority = new Option<string?>("--priority") { Description = "Only this priority (P0-P3)" };
        var assignee = new Option<string?>("--assignee") { Description = "Only cases assigned to this member" };
        var mine = new Option<bool>("--mine") { Description = "Only my cases" };
        var all = new Option<bool>("--all") { Description = "Include closed and withdrawn cases" };
        var limit = new Option<int>("--limit") { Description = "At most this many", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List cases, most urgent first") { status, type, priority, assignee, mine, all, limit, Json };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, parse.GetValue(mine) ? Permission.OwnCases : Permission.Queue, async cases =>
        {
            var query = new CaseQuery
            {
                OpenOnly = !parse.GetValue(all) && parse.GetValue(status) is null,
                Statuses = parse.GetValue(status) is { } s ? [CliParsing.Status(s)] : null,
                ProcessType = parse.GetValue(type) is { } t ? CliParsing.ProcessType(t) : null,
                Priority = parse.GetValue(priority) is { } p ? CliParsing.Priority(p) : null,
                Assignee = parse.GetValue(mine) ? CliContext.Actor(parse) : parse.GetValue(assignee),
                Limit = Math.Max(1, parse.GetValue(limit)),
            };
            var found = await cases.Store.QueryAsync(query, ct);
            if (parse.GetValue(Json)) await cli.WriteJsonAsync(found.Select(CaseJson.Summary));
            else CaseViews.WriteList(cli.Output, found, cli.Now, cli.Clock);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = CaseId();
        var command = new Command("show", "Show one case with its audit trail") { id, Json };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.OwnCases, async cases =>
        {
            var found = await cases.Workflow.GetAsync(parse.GetValue(id)!, ct);
            cli.RequireCaseAccess(parse, found);
            var audit = await cases.Store.GetAuditAsync(found.Id, ct);
            if (parse.GetValue(Json)) await cli.WriteJsonAsync(CaseJson.Full(found, audit));
            else CaseViews.WriteCase(cli.Output, found, audit, cli.Now, cli.Clock);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static readonly Option<string?> Reason = new("--reason") { Description = "Why (kept in the audit trail)" };

    private static Command Assign(CliContext cli)
    {
        var id = CaseId();
        var member = new Argument<string>("member") { Description = "Team member id, or 'me'" };
        var command = new Command("assign", "Assign (or reassign) a case") { id, member, Reason };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Assign, async cases =>
        {
            var actor = CliContext.Actor(parse);
            var who = parse.GetValue(member)!;
            if (who.Equals("me", StringComparison.OrdinalIgnoreCase)) who = actor;
            var current = await cases.Workflow.GetAsync(parse.GetValue(id)!, ct);
            var updated = current.Assignee is null
                ? await cases.Assignment.AssignAsync(current.Id, who, actor, parse.GetValue(Reason), ct)
                : await cases.Assignment.ReassignAsync(current.Id, who, actor, parse.GetValue(Reason), ct);
            await cli.Output.WriteLineAsync($"{updated.Id} assigned to {updated.Assignee} ({updated.Status.ToWireName()}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Take(CliContext cli)
    {
        var id = CaseId();
        var command = new Command("take", "Assign a case to yourself") { id };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Assign, async cases =>
        {
            switch (await cases.Assignment.TakeAsync(parse.GetValue(id)!, CliContext.Actor(parse), ct))
            {
                case TakeOutcome.Taken taken:
                    await cli.Output.WriteLineAsync($"{taken.Case.Id} is yours.");
                    return ExitCodes.Ok;
                case TakeOutcome.AlreadyTaken taken:
                    await cli.Error.WriteLineAsync($"triagebot: {taken.Message}");
                    return ExitCodes.SomeInputsFailed;
                default:
                    throw new InvalidOperationException("unknown take outcome");
            }
        }));
        return command;
    }

    private static Command Unassign(CliContext cli)
    {
        var id = CaseId();
        var command = new Command("unassign", "Return a case to the queue") { id, Reason };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Assign, async cases =>
        {
            var updated = await cases.Assignment.UnassignAsync(parse.GetValue(id)!, CliContext.Actor(parse), parse.GetValue(Reason), ct);
            await cli.Output.WriteLineAsync($"{updated.Id} is unassigned ({updated.Status.ToWireName()}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Status(CliContext cli)
    {
        var id = CaseId();
        var status = new Argument<string>("status") { Description = "New status: " + string.Join(", ", CaseStatusNames.All) };
        var note = new Argument<string[]>("note") { Arity = ArgumentArity.ZeroOrMore, Description = "Why (kept in the audit trail)" };
        var outcome = new Option<string?>("--outcome") { Description = "With responded: content, non_content or no_data" };
        var command = new Command("status", "Move a case to another status") { id, status, note, outcome };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.ChangeStatus, async cases =>
        {
            var reason = string.Join(' ', parse.GetValue(note) ?? []);
            var updated = await cases.Workflow.MoveAsync(parse.GetValue(id)!, CliParsing.Status(parse.GetValue(status)!), CliContext.Actor(parse),
                reason.Length == 0 ? null : reason, parse.GetValue(outcome) is { } o ? CliParsing.Outcome(o) : null, ct);
            await cli.Output.WriteLineAsync($"{updated.Id} is now {updated.Status.ToWireName()}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Note(CliContext cli)
    {
        var id = CaseId();
        var text = new Argument<string[]>("text") { Arity = ArgumentArity.OneOrMore, Description = "The note" };
        var command = new Command("note", "Add a note to a case") { id, text };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.OwnCases, async cases =>
        {
            cli.RequireCaseAccess(parse, await cases.Workflow.GetAsync(parse.GetValue(id)!, ct));
            var entry = await cases.Workflow.AddNoteAsync(parse.GetValue(id)!, CliContext.Actor(parse), string.Join(' ', parse.GetValue(text)!), ct);
            await cli.Output.WriteLineAsync($"Note added to {entry.CaseId}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Correct(CliContext cli)
    {
        var id = CaseId();
        var type = new Option<string?>("--type") { Description = "The right process type" };
        var priority = new Option<string?>("--priority") { Description = "The right priority" };
        var emergency = new Option<bool>("--emergency") { Description = "It is an emergency" };
        var notEmergency = new Option<bool>("--not-emergency") { Description = "It is not an emergency" };
        var reason = new Option<string>("--reason") { Description = "Why (required)", Required = true };
        var command = new Command("correct", "Correct the triage: type, priority, emergency") { id, type, priority, emergency, notEmergency, reason };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Correct, async cases =>
        {
            var (caseId, actor, why) = (parse.GetValue(id)!, CliContext.Actor(parse), parse.GetValue(reason)!);
            var chosen = new[] { parse.GetValue(type) is not null, parse.GetValue(priority) is not null, parse.GetValue(emergency), parse.GetValue(notEmergency) }.Count(x => x);
            if (chosen != 1) throw new ArgumentException("Give exactly one of --type, --priority, --emergency, --not-emergency.");
            var updated = parse.GetValue(type) is { } t ? await cases.Workflow.CorrectProcessTypeAsync(caseId, CliParsing.ProcessType(t), actor, why, ct)
                : parse.GetValue(priority) is { } p ? await cases.Workflow.CorrectPriorityAsync(caseId, CliParsing.Priority(p), actor, why, ct)
                : await cases.Workflow.MarkEmergencyAsync(caseId, parse.GetValue(emergency), actor, why, ct);
            await cli.Output.WriteLineAsync($"{updated.Id}: {updated.ProcessType.ToWireName()} {updated.Priority}, flags {(updated.Flags.Count == 0 ? "none" : string.Join(", ", updated.Flags))}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Suggest(CliContext cli)
    {
        var id = CaseId();
        var command = new Command("suggest", "Suggest the least-loaded reviewer with the right skill") { id };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Assign, async cases =>
        {
            var suggestion = await cases.Assignment.SuggestAsync(parse.GetValue(id)!, ct);
            await cli.Output.WriteLineAsync(suggestion.Message);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Acknowledge(CliContext cli)
    {
        var id = CaseId();
        var command = new Command("ack", "Acknowledge a case (stops P0 reminders)") { id };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.Assign, async cases =>
        {
            var updated = await cases.Workflow.AcknowledgeAsync(parse.GetValue(id)!, CliContext.Actor(parse), ct);
            await cli.Output.WriteLineAsync($"{updated.Id} acknowledged at {CaseViews.Time(updated.AcknowledgedAt, cli.Clock)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Extend(CliContext cli)
    {
        var id = CaseId();
        var command = new Command("extend", "Record the one 90-day extension of a preservation hold") { id, Reason };
        command.SetAction((parse, ct) => cli.WithCasesAsync(parse, Permission.ChangeStatus, async cases =>
        {
            var updated = await cases.Preservation.RequestAsync(parse.GetValue(id)!, CliContext.Actor(parse), parse.GetValue(Reason), ct);
            await cli.Output.WriteLineAsync($"{updated.Id}: preservation now held until {CaseViews.Time(updated.PreservationExpiresAt, cli.Clock)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Purge(CliContext cli)
    {
        var command = new Command("purge", "Delete closed cases past the retention period (tombstones stay in the audit trail)");
        command.SetAction((parse, ct) => cli.WithCasesAsAdminAsync(parse, "purge cases", async cases =>
        {
            var purged = await cases.Retention.PurgeAsync(CliContext.Actor(parse), ct);
            await cli.Output.WriteLineAsync($"Purged {purged} case(s) closed before {CaseViews.Time(cases.Retention.CutOff, cli.Clock)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
