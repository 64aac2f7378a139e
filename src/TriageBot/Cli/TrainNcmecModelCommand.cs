using System.CommandLine;
using TriageBot.Configuration;
using TriageBot.Learning;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot train-ncmec-model --leave-one-out</c>: measures whether a learned NCMEC reader (a child-safety matter
/// or not, over the type model's words) would add right raises to the cues without false ones. No engine reads one:
/// the leave-one-set-out figures decided against shipping it (docs/eval/ncmec-reader-leave-one-set-out-*.txt).
/// </summary>
public static class TrainNcmecModelCommand
{
    public static readonly FlagReaderSpec Spec = new(
        "train-ncmec-model", "Measure (--leave-one-out) a learned NCMEC reader beside the cues; none is shipped",
        Flag: "ncmec", "ncmec", "other", DefaultOutput: "ncmec-model.tsv.gz", DefaultThreshold: 0.8,
        Purpose: "learned NCMEC reader (measured only)",
        WithReader: null,
        Flagged: r => r.Flags.Ncmec,
        RaisedByReader: _ => false);

    public static Command Create(Func<TriageBotSettings> settings, TextWriter output) => FlagReaderTraining.Create(Spec, settings, output);
}
