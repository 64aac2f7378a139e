using System.CommandLine;
using TriageBot.Configuration;
using TriageBot.Evaluation;
using TriageBot.Learning;
using TriageBot.Triage.Learning;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot train-content-model [DIR…]</c>: trains the learned content reader (Learning/ContentReader: contents
/// asked for or not, over the type model's words) and writes the file the engine ships; <c>--leave-one-out</c>
/// measures it on each folder with a reader trained on the others (<see cref="FlagReaderTraining"/>).
/// </summary>
public static class TrainContentModelCommand
{
    public const string DefaultOutput = "src/TriageBot.Triage/Learning/content-model.tsv.gz";

    /// <summary>Chosen by <c>--leave-one-out</c> (docs/eval/content-reader-leave-one-set-out-*.txt).</summary>
    public const double DefaultThreshold = 0.8;

    public static readonly FlagReaderSpec Spec = new(
        "train-content-model", "Train the learned content reader that may raise contentRequested where the cues read no content",
        Flag: "contentRequested", ContentReader.ContentClass, ContentReader.NotContentClass, DefaultOutput, DefaultThreshold,
        Purpose: "learned content reader: class 'content' is a request labelled contentRequested, 'other' is every other request",
        WithReader: model => new TypeModelChoice(TypeModel.Shipped) { ContentModel = model, ContentModelGiven = true },
        Flagged: r => r.Flags.ContentRequested,
        RaisedByReader: r => r.ContentSource == "model");

    public static Command Create(Func<TriageBotSettings> settings, TextWriter output) => FlagReaderTraining.Create(Spec, settings, output);
}
