using System.CommandLine;
using System.Globalization;
using TriageBot.Configuration;
using TriageBot.Evaluation;
using TriageBot.Learning;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot train-type-model [DIR…]</c>: trains the process-type model on labelled folders and writes the file
/// the engine ships, with a manifest of what it was trained on. <c>--leave-one-out</c> measures instead: for each
/// folder, a model trained on the others is run inside the whole engine on it, next to the cues alone.
/// </summary>
public static class TrainTypeModelCommand
{
    /// <summary>The labelled sets the shipped model is trained on, from the repository root. A blind set is never
    /// among them: it is evaluated once, by someone else, and must stay unseen.</summary>
    public static readonly IReadOnlyList<string> DefaultSets =
        ["samples", "samples/realistic/tune", "samples/realistic/heldout", "samples/realistic/heldout2", "samples/realistic/heldout3", "samples/realistic/heldout4", "samples/realistic/train5",
         "samples/realistic/heldout5", "samples/realistic/train6", "samples/realistic/heldout6", "samples/realistic/train7", "samples/realistic/heldout7", "samples/realistic/train8",
         "samples/realistic/heldout8", "samples/realistic/train9", "samples/realistic/heldout9", "samples/realistic/train10",
         "samples/realistic/heldout10", "samples/realistic/train11", "samples/realistic/heldout11", "samples/realistic/train12",
         "samples/realistic/stress12", "samples/realistic/heldout12", "samples/realistic/train13", "samples/realistic/stress13",
         "samples/realistic/heldout13", "samples/realistic/train14", "samples/realistic/stress14",
         "samples/realistic/heldout14", "samples/realistic/train15", "samples/realistic/stress15",
         "samples/realistic/heldout15", "samples/realistic/train16", "samples/realistic/stress16",
         "samples/realistic/heldout16", "samples/realistic/train17", "samples/realistic/stress17",
         "samples/realistic/heldout17", "samples/realistic/train18", "samples/realistic/stress18",
         "samples/realistic/heldout18", "samples/realistic/train19", "samples/realistic/stress19",
         "samples/realistic/heldout19", "samples/realistic/train20", "samples/realistic/heldout20", "samples/realistic/train21",
         "samples/realistic/heldout21", "samples/realistic/train22", "samples/realistic/heldout22", "samples/realistic/train23",
         "samples/realistic/heldout23", "samples/realistic/train24", "samples/realistic/heldout24", "samples/realistic/train25",
         "samples/realistic/heldout25", "samples/realistic/train26", "samples/realistic/heldout26"];

    public const string DefaultOutput = "src/TriageBot.Triage/Learning/type-model.tsv.gz";

    /// <summary>Chosen by <c>--leave-one-out</c> (README, "Inside the engine").</summary>
    public const double DefaultThreshold = 0.6;

    private static readonly double[] Thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public static Command Create(Func<TriageBotSettings> settings, TextWriter output)
    {
        var sets = new Argument<string[]>("dir") { Description = "Labelled folders to train on (default: samples/ and every labelled set under samples/realistic/ the model has been trained on, listed in TrainTypeModelCommand.DefaultSets; the blind set of the round is never among them)", Arity = ArgumentArity.ZeroOrMore };
        var outFile = new Option<string>("--out") { Description = $"Where to write the model (default {DefaultOutput}; the manifest goes beside it)", DefaultValueFactory = _ => DefaultOutput };
        var threshold = new Option<double>("--threshold") { Description = "Probability at which the model's type wins over weak cues", DefaultValueFactory = _ => DefaultThreshold };
        var leaveOneOut = new Option<bool>("--leave-one-out") { Description = "Measure instead of writing: train without each folder in turn and evaluate the engine on it" };
        var thresholds = new Option<double[]>("--thresholds") { Description = "With --leave-one-out: the thresholds to try (default 0.3 to 0.9 by 0.1); fewer run faster", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-type-model", "Train the process-type model the engine consults when its cues are weak") { sets, outFile, threshold, leaveOneOut, thresholds };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directories = parse.GetValue(sets) is { Length: > 0 } given ? given : [.. DefaultSets];
            var p = parse.GetValue(threshold);
            if (p is <= 0 or > 1) throw new InvalidDataException("--threshold must be a probability above 0, at most 1");
            var trainer = new TypeModelTrainer(settings());
            var examples = await trainer.ReadAsync(directories, cancellationToken);
            if (parse.GetValue(leaveOneOut))
                await LeaveOneOutAsync(settings(), trainer, examples, directories, parse.GetValue(thresholds) is { Length: > 0 } tried ? tried : Thresholds, output, cancellationToken);
            else await WriteAsync(trainer, examples, directories, p, parse.GetValue(outFile)!, output, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(TypeModelTrainer trainer, List<TrainingExample> examples, string[] directories, double threshold,
        string path, TextWriter output, CancellationToken cancellationToken)
    {
        var model = trainer.Train(examples, threshold);
        var manifestPath = await ModelManifest.WriteAsync(model, path, examples, directories, purpose: null, countsName: "perType", cancellationToken);
        output.WriteLine($"Trained on {examples.Count} requests from {directories.Length} folders: {model.Features.Count} features, {model.Classes.Count} types.");
        output.WriteLine($"Wrote {path} and {manifestPath}.");
    }

    public static string ManifestPathFor(string modelPath) => ModelManifest.PathFor(modelPath);

    private static async Task LeaveOneOutAsync(TriageBotSettings settings, TypeModelTrainer trainer, List<TrainingExample> examples,
        string[] directories, double[] thresholds, TextWriter output, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("Left out                     engine             type acc  emergency recall/precision  model decided (right)");
        foreach (var left in directories)
        {
            var model = trainer.Train([.. examples.Where(e => e.Set != left)], DefaultThreshold);
            var cuesOnly = await new Evaluator(settings, TypeModelChoice.CuesOnly).RunAsync(left, cancellationToken);
            output.WriteLine(Line(c, left, "cues alone", cuesOnly));
            foreach (var t in thresholds)
            {
                var report = await new Evaluator(settings, new TypeModelChoice(model.WithThreshold(t))).RunAsync(left, cancellationToken);
                output.WriteLine(Line(c, "", string.Create(c, $"+ model ≥ {t:0.0}"), report));
            }
            // The model on its own, on every request of the folder (not only where the engine would ask it).
            var alone = examples.Where(e => e.Set == left).Count(e => model.Predict(e.Document).Type == e.Label);
            output.WriteLine(string.Create(c, $"  {"",-26} model alone on all: {alone}/{examples.Count(e => e.Set == left)}"));
            // Where the model alone and the cues alone disagree (or the cues are wrong): what a wider rule would buy.
            foreach (var o in cuesOnly.Outcomes)
                {
                    var e = examples.First(x => x.Set == left && x.File == o.Label.File);
                    var m = model.Predict(e.Document);
                    var cue = o.Result?.ProcessType.ToWireName();
                    if (m.Type != cue || cue != o.Label.ProcessType)
                        output.WriteLine(string.Create(c, $"    differ: {o.Label.File}: labelled {o.Label.ProcessType}, cues {cue}, model alone {m.Type} ({m.Probability:0.00})"));
                }
            // Every request where the engine asked the model, whatever its probability: who would have been right.
            foreach (var o in (await new Evaluator(settings, new TypeModelChoice(model.WithThreshold(0.01))).RunAsync(left, cancellationToken)).Outcomes
                         .Where(o => o.Result?.TypeSource == "model"))
            {
                var p = model.Predict(examples.First(x => x.Set == left && x.File == o.Label.File).Document).Probability;
                var cue = cuesOnly.Outcomes.First(x => x.Label.File == o.Label.File).Result?.ProcessType.ToWireName();
                output.WriteLine(string.Create(c, $"    asked: {o.Label.File}: labelled {o.Label.ProcessType}, cues {cue}, model {o.Result!.ProcessType.ToWireName()} ({p:0.00})"));
            }
        }
    }

    private static string Line(CultureInfo c, string set, string engine, EvaluationReport report)
    {
        var decided = report.Outcomes.Where(o => o.Result?.TypeSource == "model").ToList();
        var right = decided.Count(o => o.Result!.ProcessType.ToWireName() == o.Label.ProcessType);
        var emergency = report.FlagScore("emergency");
        return string.Create(c, $"{set,-28} {engine,-18}{report.TypeAccuracy,8:P1}  {emergency.Recall,8:P1} / {emergency.Precision,-8:P1}          {decided.Count} ({right})");
    }
}
