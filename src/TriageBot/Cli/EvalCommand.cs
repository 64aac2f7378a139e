using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TriageBot.Configuration;
using TriageBot.Evaluation;

namespace TriageBot.Cli;

/// <summary><c>triagebot eval DIR</c>: precision and recall of the engine against a labelled folder.</summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(Func<TriageBotSettings> settings, TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("dir") { Description = "Folder with the samples and labels.json" };
        var strict = new Option<bool>("--strict") { Description = "Exit with 1 when any sample disagrees with its label" };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON (for tools)" };
        var cuesOnly = new Option<bool>("--cues-only") { Description = "Measure the cues alone, without the learned process-type model" };
        var typeModel = new Option<string?>("--type-model") { Description = "Consult this process-type model file (from train-type-model) instead of the shipped one" };
        var unlisted = new Option<bool>("--unlisted-senders") { Description = "Triage each request with a law-enforcement list that does not know its own sender's domain (the figure that predicts a blind set's new agencies)" };
        var command = new Command("eval", "Measure the triage engine against a labelled folder of requests") { directory, strict, json, cuesOnly, typeModel, unlisted };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var choice = parse.GetValue(cuesOnly) ? TypeModelChoice.CuesOnly : null;
            if (parse.GetValue(typeModel) is { } modelPath)
            {
                if (choice is not null) throw new InvalidDataException("--cues-only and --type-model exclude each other");
                if (!File.Exists(modelPath)) throw new InvalidDataException($"{modelPath}: no such model file");
                await using var file = File.OpenRead(modelPath);
                try
                {
                    choice = new TypeModelChoice(Triage.Learning.TypeModel.Load(file));
                }
                catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException)
                {
                    throw new InvalidDataException($"{modelPath}: not a process-type model ({e.Message})");
                }
            }
            var report = await new Evaluator(settings(), choice, parse.GetValue(unlisted)).RunAsync(parse.GetValue(directory)!, cancellationToken);
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(ToJson(report), JsonOptions));
            else Write(output, report);
            return parse.GetValue(strict) && report.Mismatches.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    public static void Write(TextWriter output, EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Samples: {report.Outcomes.Count}   type accuracy: {report.TypeAccuracy:P1}   priority accuracy: {report.PriorityAccuracy:P1}   disagreements: {report.Mismatches.Count}"));
        output.WriteLine(string.Create(c, $"Emergency recall: {report.EmergencyRecall:P1} (precision {report.FlagScore("emergency").Precision:P1})   NCMEC recall: {report.NcmecRecall:P1}   unreadable or failed: {report.Failures.Count}"));
        if (report.ForgottenSenderDomains is { } forgotten)
            output.WriteLine($"Sender domains the list knew, forgotten for their own request (--unlisted-senders): {forgotten}");
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

        WriteFindings(output, report, c);
        WriteSlices(output, "Language", report.Languages, c);
        if (report.Categories.Any(s => s.Name != "unlabelled")) WriteSlices(output, "Category", report.Categories, c);

        if (report.Mismatches.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Disagreements");
            foreach (var m in report.Mismatches)
                output.WriteLine($"  {m.Label.File}: {string.Join("; ", m.Problems)}");
        }
    }

    private static void WriteFindings(TextWriter output, EvaluationReport report, CultureInfo c)
    {
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Findings: precision {report.FindingPrecision:P1}   required raised {report.RequiredFindingsRaised}/{report.RequiredFindings} (recall {report.FindingRecall:P1})   forbidden raised {report.ForbiddenFindingsRaised}/{report.ForbiddenFindings}   blockers the document contradicts: {report.ContradictedBlockers}"));
        if (report.FindingScores.Count > 0)
        {
            output.WriteLine("  code                        required  raised  forbidden  raised  blocker");
            foreach (var f in report.FindingScores)
                output.WriteLine(string.Create(c, $"  {f.Code,-28}{f.Required,8}{f.RequiredRaised,8}{f.Forbidden,11}{f.ForbiddenRaised,8}{f.ContradictedBlockers,9}"));
        }
        output.WriteLine(string.Create(c, $"Fields and accounts: {report.FieldChecksPassed}/{report.FieldChecks} checks agree"));
    }

    private static void WriteSlices(TextWriter output, string title, IReadOnlyList<EvaluationReport.Slice> slices, CultureInfo c)
    {
        output.WriteLine();
        output.WriteLine($"{title,-20}samples  type acc  flags ok  agree  emergency recall  language read");
        foreach (var s in slices)
        {
            var emergency = s.Emergency.Support == 0 ? "-" : string.Create(c, $"{s.Emergency.Recall:P0} of {s.Emergency.Support}");
            var language = s.LanguageReported == 0 ? "not reported" : string.Create(c, $"{s.LanguageCorrect}/{s.LanguageReported}");
            output.WriteLine(string.Create(c, $"  {s.Name,-18}{s.Samples,7}{s.TypeAccuracy,10:P0}{s.FlagsCorrect,10}{s.Agreeing,7}  {emergency,16}  {language}"));
        }
    }

    /// <summary>The figures for tools: every ratio as a number between 0 and 1, every count as an integer.</summary>
    public static object ToJson(EvaluationReport report) => new
    {
        samples = report.Outcomes.Count,
        failures = report.Failures.Count,
        disagreements = report.Mismatches.Count,
        typeAccuracy = report.TypeAccuracy,
        priorityAccuracy = report.PriorityAccuracy,
        emergencyRecall = report.EmergencyRecall,
        emergencyPrecision = report.FlagScore("emergency").Precision,
        ncmecRecall = report.NcmecRecall,
        forgottenSenderDomains = report.ForgottenSenderDomains,
        types = report.TypeScores.Select(ScoreJson),
        confusion = report.TypeNames.ToDictionary(e => e, e => report.TypeNames.ToDictionary(a => a, a => report.Confusion(e, a))),
        flags = report.FlagScores.Select(ScoreJson),
        findings = new
        {
            precision = report.FindingPrecision,
            recall = report.FindingRecall,
            required = report.RequiredFindings,
            requiredRaised = report.RequiredFindingsRaised,
            forbidden = report.ForbiddenFindings,
            forbiddenRaised = report.ForbiddenFindingsRaised,
            contradictedBlockers = report.ContradictedBlockers,
            byCode = report.FindingScores,
        },
        fields = new { checks = report.FieldChecks, passed = report.FieldChecksPassed },
        languages = report.Languages.Select(SliceJson),
        categories = report.Categories.Select(SliceJson),
        mismatches = report.Mismatches.Select(m => new { file = m.Label.File, problems = m.Problems }),
    };

    private static object ScoreJson(EvaluationReport.Score s) => new
    {
        name = s.Name, precision = s.Precision, recall = s.Recall, support = s.Support,
        truePositives = s.TruePositives, falsePositives = s.FalsePositives, falseNegatives = s.FalseNegatives,
    };

    private static object SliceJson(EvaluationReport.Slice s) => new
    {
        name = s.Name, samples = s.Samples, triaged = s.Triaged, typeAccuracy = s.TypeAccuracy, flagsCorrect = s.FlagsCorrect,
        agreeing = s.Agreeing, emergency = ScoreJson(s.Emergency),
        languageReported = s.LanguageReported, languageCorrect = s.LanguageCorrect,
    };

    private static string Abbreviate(string type) => type switch
    {
        "subpoena" => "subp", "court_order" => "2703d", "search_warrant" => "warr", "pen_register" => "pen",
        "wiretap" => "wire", "emergency" => "emerg", "preservation" => "pres", "international" => "intl",
        "national_security" => "natsec", "civil" => "civil", _ => "other",
    };
}
