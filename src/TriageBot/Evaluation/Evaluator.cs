using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Intake;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Evaluation;

/// <summary>Runs the engine over a labelled folder and compares, sample by sample, with what a person decided.</summary>
/// <param name="typeModel">The process-type model the engine consults: the shipped one by default, another
/// (e.g. trained without this folder) or none (<see cref="TypeModelChoice.CuesOnly"/>).</param>
public sealed class Evaluator(TriageBotSettings settings, TypeModelChoice? typeModel = null)
{
    public async Task<EvaluationReport> RunAsync(string directory, CancellationToken cancellationToken)
    {
        var labels = await SampleLabels.LoadAsync(directory, cancellationToken);
        var clock = new FixedClock(labels.AsOf);
        var engine = typeModel is null ? new TriageEngine(settings.Policy, clock) : TriageEngine.WithTypeModel(settings.Policy, clock, typeModel.Model);
        var reader = new RequestReader(settings.Limits);
        var outcomes = new List<SampleOutcome>();

        foreach (var label in labels.Samples)
        {
            var read = await InputFiles.ReadAsync(reader, Path.Combine(directory, label.File), cancellationToken);
            if (read is IntakeResult.Failure failure)
            {
                outcomes.Add(new SampleOutcome(label, null, [$"could not be read: {failure.Message}"]));
                continue;
            }
            TriageResult result;
            try
            {
                result = engine.Triage(((IntakeResult.Success)read).Document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One sample that breaks the engine is a finding of the evaluation, not the end of it.
                outcomes.Add(new SampleOutcome(label, null, [$"triage failed: {e.GetType().Name}: {e.Message}"]));
                continue;
            }
            outcomes.Add(LabelComparison.Compare(label, result));
        }
        return new EvaluationReport(outcomes);
    }

    /// <summary>The labels' reference time, so results do not drift as the calendar moves on.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
