using TriageBot.Evaluation;
using TriageBot.Learning;
using TriageBot.Triage.Learning;

namespace TriageBot.Cli;

/// <summary>
/// The <c>triagebot train-…-model [DIR…]</c> commands of the learned flag readers, all one training path
/// (<see cref="FlagReaderTraining"/>): each trains its reader and writes the file the engine ships, or with
/// <c>--leave-one-out</c> measures it on each folder with a reader trained on the others. What a command knows of its
/// reader (model file, flag, classes) comes from the engine's <see cref="LearnedFlagReader"/>; here stand only its
/// threshold and how the evaluator is given a trained model and tells a raise of it.
/// </summary>
public static class TrainFlagReaderCommands
{
    /// <summary>An emergency or not (Learning/EmergencyReader). Threshold chosen by <c>--leave-one-out</c> (README, "The
    /// learned emergency reader").</summary>
    public static readonly FlagReaderSpec Emergency = Shipped(EmergencyReader.Reader, "emergency", defaultThreshold: 0.6,
        "Train the learned emergency reader that may raise a page the cues missed", "labelled with the emergency flag",
        model => new TypeModelChoice(TypeModel.Shipped) { EmergencyModel = model, EmergencyModelGiven = true },
        r => r.Flags.Emergency, r => r.EmergencySource == "model");

    /// <summary>Contents asked for or not (Learning/ContentReader). Threshold chosen by <c>--leave-one-out</c>
    /// (docs/eval/content-reader-leave-one-set-out-*.txt).</summary>
    public static readonly FlagReaderSpec Content = Shipped(ContentReader.Reader, "content", defaultThreshold: 0.8,
        "Train the learned content reader that may raise contentRequested where the cues read no content", "labelled contentRequested",
        model => new TypeModelChoice(TypeModel.Shipped) { ContentModel = model, ContentModelGiven = true },
        r => r.Flags.ContentRequested, r => r.ContentSource == "model");

    /// <summary>A child-safety matter or not, measured only: no engine reads one, the leave-one-set-out figures decided
    /// against shipping it (docs/eval/ncmec-reader-leave-one-set-out-*.txt).</summary>
    public static readonly FlagReaderSpec Ncmec = new(
        "train-ncmec-model", "Measure (--leave-one-out) a learned NCMEC reader beside the cues; none is shipped",
        Flag: "ncmec", "ncmec", LearnedFlagReader.NegativeClass, DefaultOutput: "ncmec-model.tsv.gz", DefaultThreshold: 0.8,
        Purpose: "learned NCMEC reader (measured only)",
        WithReader: null,
        Flagged: r => r.Flags.Ncmec,
        RaisedByReader: _ => false);

    /// <summary>A reader the engine ships: trained into the engine's Learning/ folder, under its own model file.</summary>
    private static FlagReaderSpec Shipped(LearnedFlagReader reader, string name, double defaultThreshold, string description, string positiveIs,
        Func<TypeModel?, TypeModelChoice> withReader, Func<Triage.Model.TriageResult, bool> flagged, Func<Triage.Model.TriageResult, bool> raisedByReader) =>
        new($"train-{name}-model", description, reader.Flag, reader.PositiveClass, LearnedFlagReader.NegativeClass,
            "src/TriageBot.Triage/Learning/" + reader.ModelFile, defaultThreshold,
            $"learned {name} reader: class '{reader.PositiveClass}' is a request {positiveIs}, '{LearnedFlagReader.NegativeClass}' is every other request",
            withReader, flagged, raisedByReader);
}
