using System.CommandLine;
using TriageBot.Configuration;
using TriageBot.Evaluation;
using TriageBot.Learning;
using TriageBot.Triage.Learning;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot train-emergency-model [DIR…]</c>: trains the learned emergency reader (Learning/EmergencyReader: an
/// emergency or not, over the type model's words) and writes the file the engine ships; <c>--leave-one-out</c>
/// measures it on each folder with a reader trained on the others (<see cref="FlagReaderTraining"/>).
/// </summary>
public static class TrainEmergencyModelCommand
{
    /// <summary>Every labelled set that is not blind, from the repository root. A blind set is never among them.</summary>
    public static readonly IReadOnlyList<string> DefaultSets =
        [.. TrainTypeModelCommand.DefaultSets];

    public const string DefaultOutput = "src/TriageBot.Triage/Learning/emergency-model.tsv.gz";

    /// <summary>Chosen by <c>--leave-one-out</c> (README, "The learned emergency reader").</summary>
    public const double DefaultThreshold = 0.6;

    public static readonly FlagReaderSpec Spec = new(
        "train-emergency-model", "Train the learned emergency reader that may raise a page the cues missed",
        Flag: "emergency", EmergencyReader.EmergencyClass, EmergencyReader.NotEmergencyClass, DefaultOutput, DefaultThreshold,
        Purpose: "learned emergency reader: class 'emergency' is a request labelled with the emergency flag, 'other' is every other request",
        WithReader: model => new TypeModelChoice(TypeModel.Shipped) { EmergencyModel = model, EmergencyModelGiven = true },
        Flagged: r => r.Flags.Emergency,
        RaisedByReader: r => r.EmergencySource == "model");

    public static Command Create(Func<TriageBotSettings> settings, TextWriter output) => FlagReaderTraining.Create(Spec, settings, output);
}
