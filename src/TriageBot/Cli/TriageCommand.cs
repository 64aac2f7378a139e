using TriageBot.Triage.Serialization;
using System.CommandLine;
using System.Text.Json;
using TriageBot.Configuration;
using TriageBot.Intake;
using TriageBot.Reports;
using TriageBot.Triage;

namespace TriageBot.Cli;

/// <summary><c>triagebot triage FILE... [--json]</c>: a report per input, in order; unreadable inputs get a
/// one-line error on stderr and the others are still triaged.</summary>
public static class TriageCommand
{
    public static Command Create(Func<TriageBotSettings> settings, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Request files: .txt, .eml or .pdf" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per input, in order" };
        var command = new Command("triage", "Triage law-enforcement requests and report type, priority, flags, missing fields and findings") { files, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loaded = settings();
            return await RunAsync(loaded, parse.GetValue(files) ?? [], parse.GetValue(json), output, error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(TriageBotSettings settings, IReadOnlyList<string> files, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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
                    break;
            }
        }

        if (json) await output.WriteLineAsync(JsonSerializer.Serialize(results, TriageJson.Options));
        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
