using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TriageBot.Configuration;
using TriageBot.Evaluation;
using TriageBot.Learning;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot train-emergency-model [DIR…]</c>: trains the learned emergency reader (Learning/EmergencyReader: an
/// emergency or not, over the type model's words) on labelled folders and writes the file the engine ships, with a
/// manifest. <c>--leave-one-out</c> measures instead: for each folder, a reader trained on the OTHER folders is run
/// inside the engine on it, and on its own, so the figures say what it would do on text it has never seen.
/// </summary>
public static class TrainEmergencyModelCommand
{
    /// <summary>Every labelled set that is not blind, from the repository root. A blind set is never among them.</summary>
    public static readonly IReadOnlyList<string> DefaultSets =
        [.. TrainTypeModelCommand.DefaultSets];

    public const string DefaultOutput = "src/TriageBot.Triage/Learning/emergency-model.tsv.gz";

    /// <summary>Chosen by <c>--leave-one-out</c> (README, "The learned emergency reader").</summary>
    public const double DefaultThreshold = 0.6;

    private static readonly double[] Thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static Command Create(Func<TriageBotSettings> settings, TextWriter output)
    {
        var sets = new Argument<string[]>("dir") { Description = "Labelled folders to train on (default: every non-blind set)", Arity = ArgumentArity.ZeroOrMore };
        var outFile = new Option<string>("--out") { Description = $"Where to write the model (default {DefaultOutput}; the manifest goes beside it)", DefaultValueFactory = _ => DefaultOutput };
        var threshold = new Option<double>("--threshold") { Description = "Probability of an emergency at which the reader raises a page the cues did not", DefaultValueFactory = _ => DefaultThreshold };
        var leaveOneOut = new Option<bool>("--leave-one-out") { Description = "Measure instead of writing: train without each folder in turn and read that folder" };
        var thresholds = new Option<double[]>("--thresholds") { Description = "With --leave-one-out: the thresholds to try (default 0.5 to 0.9 by 0.1)", AllowMultipleArgumentsPerToken = true };
        var only = new Option<string[]>("--leave-out") { Description = "With --leave-one-out: leave out only these folders in turn (default: each folder trained on); to split a long run", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-emergency-model", "Train the learned emergency reader that may raise a page the cues missed") { sets, outFile, threshold, leaveOneOut, thresholds, only };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directories = parse.GetValue(sets) is { Length: > 0 } given ? given : [.. DefaultSets];
            var p = parse.GetValue(threshold);
            if (p is < 0.5 or > 1) throw new InvalidDataException("--threshold must be a probability from 0.5 to 1");
            var trainer = new TypeModelTrainer(settings());
            var examples = (await trainer.ReadAsync(directories, cancellationToken)).Select(Relabel).ToList();
            if (parse.GetValue(leaveOneOut))
                await LeaveOneOutAsync(settings(), trainer, examples, parse.GetValue(only) is { Length: > 0 } some ? some : directories, parse.GetValue(thresholds) is { Length: > 0 } tried ? tried : Thresholds, output, cancellationToken);
            else await WriteAsync(trainer, examples, directories, p, parse.GetValue(outFile)!, output, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The reader's two classes: the emergency flag of the label (a foreign police emergency counts).</summary>
    private static TrainingExample Relabel(TrainingExample e) =>
        e with { Label = e.Flags.Contains("emergency", StringComparer.OrdinalIgnoreCase) ? EmergencyReader.EmergencyClass : EmergencyReader.NotEmergencyClass };

    private static async Task WriteAsync(TypeModelTrainer trainer, List<TrainingExample> examples, string[] directories, double threshold,
        string path, TextWriter output, CancellationToken cancellationToken)
    {
        var model = trainer.Train(examples, threshold);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using (var file = File.Create(path)) model.Save(file);
        var manifestPath = TrainTypeModelCommand.ManifestPathFor(path);
        var manifest = new
        {
            format = TypeModel.Header,
            purpose = "learned emergency reader: class 'emergency' is a request labelled with the emergency flag, 'other' is every other request",
            sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken))),
            trainer = "ML.NET SdcaMaximumEntropy (L2 1e-6, 200 iterations, 1 thread)",
            seed = TypeModelTrainer.Seed,
            features = "word unigrams and bigrams, character 4-grams of words; operative text only; log term count, L2-normalised",
            minDocumentFrequency = TypeModelTrainer.MinDocumentFrequency,
            threshold,
            classes = model.Classes,
            featureCount = model.Features.Count,
            requests = examples.Count,
            perClass = examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            sets = directories.Select(d => new
            {
                path = d.Replace('\\', '/'),
                requests = examples.Count(e => e.Set == d),
                labelsSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(d, SampleLabels.FileName)))),
            }),
        };
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, JsonOptions) + "\n", cancellationToken);
        output.WriteLine($"Trained on {examples.Count} requests ({examples.Count(e => e.Label == EmergencyReader.EmergencyClass)} emergencies) from {directories.Length} folders: {model.Features.Count} features.");
        output.WriteLine($"Wrote {path} and {manifestPath}.");
    }

    private sealed class Tally
    {
        public int Labelled, CuesFound, CuesFalse, Caught, FalseRaised, AloneRight, AloneWrong;
    }

    private static async Task LeaveOneOutAsync(TriageBotSettings settings, TypeModelTrainer trainer, List<TrainingExample> examples,
        string[] directories, double[] thresholds, TextWriter output, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var pooled = thresholds.ToDictionary(t => t, _ => new Tally());
        output.WriteLine("For each folder, a reader trained on all the other folders. Cues: the engine with the shipped type model and no");
        output.WriteLine("emergency reader (its cues were tuned on every folder, so they are better here than on unseen text). Raised: pages the");
        output.WriteLine("reader adds inside the engine (right = labelled emergency). Alone: the reader on every request of the folder.");
        output.WriteLine();
        foreach (var left in directories)
        {
            var model = trainer.Train([.. examples.Where(e => e.Set != left)], DefaultThreshold);
            var cues = await new Evaluator(settings, new TypeModelChoice(TypeModel.Shipped) { EmergencyModelGiven = true }).RunAsync(left, cancellationToken);
            var mine = examples.Where(e => e.Set == left).ToList();
            var probability = mine.ToDictionary(e => e.File, e => model.Predict(e.Document).Probabilities[EmergencyReader.EmergencyClass]);
            bool Labelled(string file) => mine.First(e => e.File == file).Label == EmergencyReader.EmergencyClass;
            var labelled = mine.Count(e => e.Label == EmergencyReader.EmergencyClass);
            var cueFound = cues.Outcomes.Count(o => o.Result?.Flags.Emergency == true && Labelled(o.Label.File));
            var cueFalse = cues.Outcomes.Count(o => o.Result?.Flags.Emergency == true && !Labelled(o.Label.File));
            output.WriteLine(string.Create(c, $"{left}: {mine.Count} requests, {labelled} emergencies; cues find {cueFound}, false pages {cueFalse}"));
            foreach (var t in thresholds)
            {
                var report = await new Evaluator(settings, new TypeModelChoice(TypeModel.Shipped) { EmergencyModel = model.WithThreshold(t), EmergencyModelGiven = true }).RunAsync(left, cancellationToken);
                var raised = report.Outcomes.Where(o => o.Result?.EmergencySource == "model").ToList();
                var caught = raised.Where(o => Labelled(o.Label.File)).ToList();
                var wrong = raised.Where(o => !Labelled(o.Label.File)).ToList();
                var aloneRight = mine.Count(e => probability[e.File] >= t && e.Label == EmergencyReader.EmergencyClass);
                var aloneWrong = mine.Count(e => probability[e.File] >= t && e.Label != EmergencyReader.EmergencyClass);
                var score = report.FlagScore("emergency");
                output.WriteLine(string.Create(c,
                    $"  >= {t:0.00}: raised {raised.Count} (right {caught.Count}, false {wrong.Count}); engine emergency {score.Recall:P1} / {score.Precision:P1}; alone recall {Ratio(aloneRight, labelled):P1} precision {Ratio(aloneRight, aloneRight + aloneWrong):P1}"));
                foreach (var o in raised)
                    output.WriteLine(string.Create(c, $"      raised {(Labelled(o.Label.File) ? "RIGHT" : "FALSE")}: {o.Label.File} ({probability[o.Label.File]:0.00}) labelled {o.Label.ProcessType}"));
                var tally = pooled[t];
                tally.Labelled += labelled; tally.CuesFound += cueFound; tally.CuesFalse += cueFalse;
                tally.Caught += caught.Count; tally.FalseRaised += wrong.Count; tally.AloneRight += aloneRight; tally.AloneWrong += aloneWrong;
            }
            // What the cues missed, and how the reader trained without this folder read it.
            foreach (var o in cues.Outcomes.Where(o => o.Result?.Flags.Emergency != true && Labelled(o.Label.File)))
                output.WriteLine(string.Create(c, $"    cues miss: {o.Label.File}: engine type {o.Result?.ProcessType.ToWireName()}, reader alone {probability[o.Label.File]:0.00}"));
            foreach (var e in mine.Where(e => e.Label == EmergencyReader.EmergencyClass && probability[e.File] < 0.5))
                output.WriteLine(string.Create(c, $"    reader alone misses: {e.File} ({probability[e.File]:0.00})"));
            output.WriteLine();
        }
        output.WriteLine("Pooled over every folder left out:");
        foreach (var (t, k) in pooled)
        {
            var found = k.CuesFound + k.Caught;
            output.WriteLine(string.Create(c,
                $"  >= {t:0.00}: cues {k.CuesFound}/{k.Labelled} (false {k.CuesFalse}); reader raises {k.Caught} right, {k.FalseRaised} false; cues + reader recall {Ratio(found, k.Labelled):P1} precision {Ratio(found, found + k.CuesFalse + k.FalseRaised):P1}; reader alone recall {Ratio(k.AloneRight, k.Labelled):P1} precision {Ratio(k.AloneRight, k.AloneRight + k.AloneWrong):P1}"));
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
