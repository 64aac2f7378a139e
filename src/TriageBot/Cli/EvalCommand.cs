using System.CommandLine;
using System.Globalization;
using TriageBot.Configuration;
using TriageBot.Evaluation;

namespace TriageBot.Cli;

/// <summary><c>triagebot eval DIR</c>: precision and recall of the engine against a labelled folder.</summary>
public static class EvalCommand
{
    public static Command Create(Func<TriageBotSettings> settings, TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("dir") { Description = "Folder with the samples and labels.json" };
        var strict = new Option<bool>("--strict") { Description = "Exit with 1 when any sample disagrees with its label" };
        var command = new Command("eval", "Measure the triage engine against a labelled folder of requests") { directory, strict };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await new Evaluator(settings()).RunAsync(parse.GetValue(directory)!, cancellationToken);
            Write(output, report);
            return parse.GetValue(strict) && report.Mismatches.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    public static void Write(TextWriter output, EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Samples: {report.Outcomes.Count}   type accuracy: {report.TypeAccuracy:P1}   priority accuracy: {report.PriorityAccuracy:P1}   disagreements: {report.Mismatches.Count}"));
        output.WriteLine();
        output.WriteLine("Process type          precision  recall  support");
        foreach (var s in report.TypeScores)
            output.WriteLine(string.Create(c, $"  {s.Name,-20}{s.Precision,9:P0}{s.Recall,8:P0}{s.Support,9}"));

        output.WriteLine();
        output.WriteLine("Confusion matrix (rows: labelled, columns: predicted)");
        var names = report.TypeNames;
        var abbreviations = names.Select(Abbreviate).ToList();
        output.WriteLine("  " + new string(' ', 18) + string.Concat(abbreviations.Select(a => a.PadLeft(6))));
        foreach (var expected in names)
            output.WriteLine($"  {expected,-18}" + string.Concat(names.Select(actual => report.Confusion(expected, actual) is var n && n > 0 ? n.ToString(c).PadLeft(6) : "     .")));

        output.WriteLine();
        output.WriteLine("Flag                  precision  recall  support");
        foreach (var s in report.FlagScores)
            output.WriteLine(string.Create(c, $"  {s.Name,-20}{s.Precision,9:P0}{s.Recall,8:P0}{s.Support,9}"));

        if (report.Mismatches.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Disagreements");
            foreach (var m in report.Mismatches)
                output.WriteLine($"  {m.Label.File}: {string.Join("; ", m.Problems)}");
        }
    }

    private static string Abbreviate(string type) => type switch
    {
        "subpoena" => "subp", "court_order" => "2703d", "search_warrant" => "warr", "pen_register" => "pen",
        "wiretap" => "wire", "emergency" => "emerg", "preservation" => "pres", "international" => "intl",
        "national_security" => "natsec", "civil" => "civil", _ => "other",
    };
}
