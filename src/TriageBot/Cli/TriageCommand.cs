using TriageBot.Triage.Serialization;
using System.CommandLine;
using System.Text.Json;
using TriageBot.Cases.Workflow;
using TriageBot.CaseTracking;
using TriageBot.Configuration;
using TriageBot.Intake;
using TriageBot.Reports;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Cli;

/// <summary><c>triagebot triage FILE... [--json]</c>: a report per input, in order; unreadable inputs get a
/// one-line error on stderr and the others are still triaged.</summary>
public static class TriageCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Request files: .txt, .eml or .pdf" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per input, in order" };
        var save = new Option<bool>("--save") { Description = "Open a tracked case for each request (duplicates are linked, not reopened)" };
        var command = new Command("triage", "Triage law-enforcement requests and report type, priority, flags, missing fields and findings") { files, json, save };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(files) ?? [];
            if (!parse.GetValue(save))
                return await RunAsync(cli.Settings, inputs, parse.GetValue(json), cli.Output, cli.Error, null, cancellationToken);
            var actor = CliContext.Actor(parse);
            return await cli.WithCasesAsync(parse, Dialogs.Access.Permission.Intake, cases => RunAsync(cli.Settings, inputs, parse.GetValue(json), cli.Output, cli.Error,
                (file, document, result) => OpenCaseAsync(cases, file, document, result, actor, parse.GetValue(json) ? cli.Error : cli.Output, cancellationToken), cancellationToken));
        });
        return command;
    }

    /// <summary>What <c>--save</c> does with each triaged request: open a case, or say which case it duplicates.
    /// With --json the standard output is the JSON array alone, so the case numbers go to standard error.</summary>
    private static async Task OpenCaseAsync(CaseServices cases, string file, RequestDocument document, TriageResult result, string actor, TextWriter report, CancellationToken cancellationToken)
    {
        var submission = new CaseSubmission(result, document.Text, file, document.AttachmentNames, "cli", actor);
        var line = await cases.Intake.OpenAsync(submission, cancellationToken) switch
        {
            IntakeOutcome.Opened opened => $"{file}: opened {opened.Case.Id} ({opened.Case.Priority} {opened.Case.ProcessType.ToWireName()}, due {CaseViews.Time(opened.Case.DueAt, TeamClock.For(cases.Options))})"
                + await PageAsync(cases, opened.Case, file, actor, cancellationToken),
            IntakeOutcome.Duplicate duplicate => $"{file}: {duplicate.Message}",
            _ => throw new InvalidOperationException("unknown intake outcome"),
        };
        await report.WriteLineAsync(line);
    }

    /// <summary>A P0 / P1 case is marked for paging; the command line holds the database, so no pager runs now
    /// and the line says so: the host pages it at its first tick.</summary>
    private static async Task<string> PageAsync(CaseServices cases, Cases.Model.CaseRecord opened, string file, string actor, CancellationToken cancellationToken)
    {
        if (!Cases.Paging.PageFacts.IsUrgent(opened)) return "";
        var report = await cases.PendingPaging.PageAsync(new Cases.Paging.PagingCall(opened.Id, file, actor), cancellationToken);
        return " — " + report.Describe(id => id);
    }

    public static async Task<int> RunAsync(TriageBotSettings settings, IReadOnlyList<string> files, bool json, TextWriter output, TextWriter error,
        Func<string, RequestDocument, TriageResult, Task>? afterTriage, CancellationToken cancellationToken)
    {
        var engine = new TriageEngine(settings.Policy);
        var reader = new RequestReader(settings.Limits);
        var results = new List<object>();
        var failures = 0;

        foreach (var file in files)
        {
            var read = await InputFiles.ReadAsync(reader, file, cancellationToken);
            switch (read)
            {
                case IntakeResult.Failure failure:
                    failures++;
                    await error.WriteLineAsync($"triagebot: {file}: {failure.Message}");
                    if (json) results.Add(TriageJson.ErrorJson(file, failure.Message));
                    break;
                case IntakeResult.Success success:
                    var result = engine.Triage(success.Document);
                    if (json) results.Add(TriageJson.ToJson(file, result));
                    else TriageReport.Write(output, file, result);
                    if (afterTriage is not null) await afterTriage(file, success.Document, result);
                    break;
            }
        }

        if (json) await output.WriteLineAsync(JsonSerializer.Serialize(results, TriageJson.Options));
        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
