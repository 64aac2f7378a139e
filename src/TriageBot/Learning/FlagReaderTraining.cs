using System.CommandLine;
using System.Globalization;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Evaluation;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Learning;

/// <summary>
/// What sets one learned flag reader apart (the emergency, content and NCMEC readers share everything else): the
/// flag of the label it learns, its two class names, where it ships, and how the engine is given it and says it
/// raised the flag. <see cref="WithReader"/> null: no engine reads it yet, and <c>--leave-one-out</c> counts what it
/// WOULD raise (the reader alone, on the requests the cues did not flag), so the figures decide whether to ship it.
/// </summary>
public sealed record FlagReaderSpec(
    string CommandName,
    string Description,
    string Flag,
    string PositiveClass,
    string NegativeClass,
    string DefaultOutput,
    double DefaultThreshold,
    string Purpose,
    Func<TypeModel?, TypeModelChoice>? WithReader,
    Func<TriageResult, bool> Flagged,
    Func<TriageResult, bool> RaisedByReader);

/// <summary>
/// <c>triagebot train-…-model [DIR…]</c> for a learned flag reader: trains it on labelled folders and writes the file
/// the engine ships, with a manifest (<see cref="ModelManifest"/>). <c>--leave-one-out</c> measures instead: for
/// each folder, a reader trained on the OTHER folders is run inside the engine on it, and on its own, so the
/// figures say what it would do on text it has never seen.
/// </summary>
public static class FlagReaderTraining
{
    private static readonly double[] Thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];

    public static Command Create(FlagReaderSpec spec, Func<TriageBotSettings> settings, TextWriter output)
    {
        var sets = new Argument<string[]>("dir") { Description = "Labelled folders to train on (default: every non-blind set)", Arity = ArgumentArity.ZeroOrMore };
        var outFile = new Option<string>("--out") { Description = $"Where to write the model (default {spec.DefaultOutput}; the manifest goes beside it)", DefaultValueFactory = _ => spec.DefaultOutput };
        var threshold = new Option<double>("--threshold") { Description = $"Probability of '{spec.PositiveClass}' at which the reader raises the flag the cues did not", DefaultValueFactory = _ => spec.DefaultThreshold };
        var leaveOneOut = new Option<bool>("--leave-one-out") { Description = "Measure instead of writing: train without each folder in turn and read that folder" };
        var thresholds = new Option<double[]>("--thresholds") { Description = "With --leave-one-out: the thresholds to try (default 0.5 to 0.9 by 0.1)", AllowMultipleArgumentsPerToken = true };
        var only = new Option<string[]>("--leave-out") { Description = "With --leave-one-out: leave out only these folders in turn (default: each folder trained on); to split a long run", AllowMultipleArgumentsPerToken = true };
        var command = new Command(spec.CommandName, spec.Description) { sets, outFile, threshold, leaveOneOut, thresholds, only };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directories = parse.GetValue(sets) is { Length: > 0 } given ? given : [.. TrainTypeModelCommand.DefaultSets];
            var p = parse.GetValue(threshold);
            if (p is < 0.5 or > 1) throw new InvalidDataException("--threshold must be a probability from 0.5 to 1");
            var trainer = new TypeModelTrainer(settings());
            var examples = (await trainer.ReadAsync(directories, cancellationToken)).Select(e => Relabel(spec, e)).ToList();
            if (parse.GetValue(leaveOneOut))
                await LeaveOneOutAsync(spec, settings(), trainer, examples, parse.GetValue(only) is { Length: > 0 } some ? some : directories,
                    parse.GetValue(thresholds) is { Length: > 0 } tried ? tried : Thresholds, output, cancellationToken);
            else
            {
                if (spec.WithReader is null) throw new InvalidDataException($"no engine reads a {spec.Flag} model yet: measure it with --leave-one-out");
                var model = trainer.Train(examples, p);
                var path = parse.GetValue(outFile)!;
                var manifestPath = await ModelManifest.WriteAsync(model, path, examples, directories, spec.Purpose, countsName: "perClass", cancellationToken);
                output.WriteLine($"Trained on {examples.Count} requests ({examples.Count(e => e.Label == spec.PositiveClass)} labelled {spec.Flag}) from {directories.Length} folders: {model.Features.Count} features.");
                output.WriteLine($"Wrote {path} and {manifestPath}.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The reader's two classes: whether the label raises its flag.</summary>
    private static TrainingExample Relabel(FlagReaderSpec spec, TrainingExample e) =>
        e with { Label = e.Flags.Contains(spec.Flag, StringComparer.OrdinalIgnoreCase) ? spec.PositiveClass : spec.NegativeClass };

    private sealed class Tally
    {
        public int Labelled, CuesFound, CuesFalse, Caught, FalseRaised, AloneRight, AloneWrong;
    }

    private static async Task LeaveOneOutAsync(FlagReaderSpec spec, TriageBotSettings settings, TypeModelTrainer trainer, List<TrainingExample> examples,
        string[] directories, double[] thresholds, TextWriter output, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var pooled = thresholds.ToDictionary(t => t, _ => new Tally());
        // By the language of the request (its label's), at the reader's default threshold: where it reads worse.
        var byLanguage = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        output.WriteLine($"{spec.Flag}: for each folder, a reader trained on all the other folders. Cues: what the engine's cues flag (they were");
        output.WriteLine("tuned on every folder, so they are better here than on unseen text). Raised: flags");
        output.WriteLine(spec.WithReader is null
            ? "the reader WOULD add (no engine reads it: the reader alone on the requests the cues did not flag; right = labelled)."
            : "the reader adds inside the engine (right = labelled with the flag).");
        output.WriteLine("Alone: the reader on every request of the folder.");
        output.WriteLine();
        foreach (var left in directories)
        {
            var model = trainer.Train([.. examples.Where(e => e.Set != left)], spec.DefaultThreshold);
            var mine = examples.Where(e => e.Set == left).ToList();
            var probability = mine.ToDictionary(e => e.File, e => model.Predict(e.Document).Probabilities[spec.PositiveClass]);
            bool Labelled(string file) => mine.First(e => e.File == file).Label == spec.PositiveClass;
            // One engine run with the reader at the lowest threshold: the cues' flags are the same with or without it
            // (it is asked only where they did not flag), and a raise at a higher threshold is a raise at the lowest
            // whose probability reaches it.
            var lowest = thresholds.Min();
            var cuesChoice = spec.WithReader?.Invoke(model.WithThreshold(lowest)) ?? new TypeModelChoice(TypeModel.Shipped);
            var run = await new Evaluator(settings, cuesChoice).RunAsync(left, cancellationToken);
            bool ByCues(TriageResult r) => spec.Flagged(r) && !(spec.WithReader is not null && spec.RaisedByReader(r));
            var labelled = mine.Count(e => e.Label == spec.PositiveClass);
            var cueFound = run.Outcomes.Count(o => o.Result is { } r && ByCues(r) && Labelled(o.Label.File));
            var cueFalse = run.Outcomes.Count(o => o.Result is { } r && ByCues(r) && !Labelled(o.Label.File));
            output.WriteLine(string.Create(c, $"{left}: {mine.Count} requests, {labelled} labelled {spec.Flag}; cues find {cueFound}, false {cueFalse}"));
            foreach (var t in thresholds)
            {
                List<(string File, bool Right, string Type)> raised = spec.WithReader is not null
                    ? [.. run.Outcomes.Where(o => o.Result is { } r && spec.RaisedByReader(r) && probability[o.Label.File] >= t).Select(o => (o.Label.File, Labelled(o.Label.File), o.Result!.ProcessType.ToWireName()))]
                    : [.. run.Outcomes.Where(o => o.Result is { } r && !spec.Flagged(r) && probability[o.Label.File] >= t).Select(o => (o.Label.File, Labelled(o.Label.File), o.Result!.ProcessType.ToWireName()))];
                var caught = raised.Count(r => r.Right);
                var wrong = raised.Count(r => !r.Right);
                var engineFigures = string.Create(c, $"; engine {spec.Flag} {Ratio(cueFound + caught, labelled):P1} / {Ratio(cueFound + caught, cueFound + caught + cueFalse + wrong):P1}");
                var aloneRight = mine.Count(e => probability[e.File] >= t && e.Label == spec.PositiveClass);
                var aloneWrong = mine.Count(e => probability[e.File] >= t && e.Label != spec.PositiveClass);
                output.WriteLine(string.Create(c,
                    $"  >= {t:0.00}: raised {raised.Count} (right {caught}, false {wrong}){engineFigures}; alone recall {Ratio(aloneRight, labelled):P1} precision {Ratio(aloneRight, aloneRight + aloneWrong):P1}"));
                foreach (var (file, right, type) in raised)
                    output.WriteLine(string.Create(c, $"      raised {(right ? "RIGHT" : "FALSE")}: {file} ({probability[file]:0.00}), engine type {type}"));
                var tally = pooled[t];
                tally.Labelled += labelled; tally.CuesFound += cueFound; tally.CuesFalse += cueFalse;
                tally.Caught += caught; tally.FalseRaised += wrong; tally.AloneRight += aloneRight; tally.AloneWrong += aloneWrong;
            }
            foreach (var o in run.Outcomes.Where(o => o.Result is not null))
            {
                var tally = byLanguage.TryGetValue(o.Label.Language ?? "?", out var known) ? known : byLanguage[o.Label.Language ?? "?"] = new Tally();
                var right = Labelled(o.Label.File);
                var reads = probability[o.Label.File] >= spec.DefaultThreshold;
                if (right) tally.Labelled++;
                if (right && ByCues(o.Result!)) tally.CuesFound++;
                if (reads && right) tally.AloneRight++;
                if (reads && !right) tally.AloneWrong++;
                if (right && !ByCues(o.Result!) && reads) tally.Caught++;
            }
            // What the cues missed, and how the reader trained without this folder read it.
            foreach (var o in run.Outcomes.Where(o => o.Result is { } r && !ByCues(r) && Labelled(o.Label.File)))
                output.WriteLine(string.Create(c, $"    cues miss: {o.Label.File}: engine type {o.Result?.ProcessType.ToWireName()}, reader alone {probability[o.Label.File]:0.00}"));
            output.WriteLine();
        }
        output.WriteLine("Pooled over every folder left out:");
        foreach (var (t, k) in pooled)
        {
            var found = k.CuesFound + k.Caught;
            output.WriteLine(string.Create(c,
                $"  >= {t:0.00}: cues {k.CuesFound}/{k.Labelled} (false {k.CuesFalse}); reader raises {k.Caught} right, {k.FalseRaised} false (raise precision {Ratio(k.Caught, k.Caught + k.FalseRaised):P1}); cues + reader recall {Ratio(found, k.Labelled):P1} precision {Ratio(found, found + k.CuesFalse + k.FalseRaised):P1}; reader alone recall {Ratio(k.AloneRight, k.Labelled):P1} precision {Ratio(k.AloneRight, k.AloneRight + k.AloneWrong):P1}"));
        }
        WriteByLanguage(spec, byLanguage, output);
    }

    private static void WriteByLanguage(FlagReaderSpec spec, SortedDictionary<string, Tally> byLanguage, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"By language (label), reader alone at {spec.DefaultThreshold:0.00}:"));
        foreach (var (language, k) in byLanguage)
            output.WriteLine(string.Create(c,
                $"  {language}: {k.Labelled} labelled; cues {k.CuesFound}; reader alone recall {Ratio(k.AloneRight, k.Labelled):P1} precision {Ratio(k.AloneRight, k.AloneRight + k.AloneWrong):P1}; of the cues' misses it reads {k.Caught}"));
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
