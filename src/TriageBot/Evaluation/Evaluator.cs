using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Intake;
using TriageBot.Triage;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Evaluation;

/// <summary>Runs the engine over a labelled folder and compares, sample by sample, with what a person decided.</summary>
/// <param name="typeModel">The process-type model the engine consults: the shipped one by default, another
/// (e.g. trained without this folder) or none (<see cref="TypeModelChoice.CuesOnly"/>).</param>
/// <param name="forgetSenderDomains">Triage each request with a law-enforcement list that does not know its own
/// sender's domain (From, Reply-To): the suspicious-sender figures a blind set's new agencies will see.</param>
public sealed class Evaluator(TriageBotSettings settings, TypeModelChoice? typeModel = null, bool forgetSenderDomains = false)
{
    public async Task<EvaluationReport> RunAsync(string directory, CancellationToken cancellationToken)
    {
        var labels = await SampleLabels.LoadAsync(directory, cancellationToken);
        var clock = new FixedClock(labels.AsOf);
        var engine = typeModel is null ? new TriageEngine(settings.Policy, clock)
            : typeModel.EmergencyModelGiven || typeModel.ContentModelGiven
                ? TriageEngine.WithModels(settings.Policy, clock, typeModel.Model,
                    typeModel.EmergencyModelGiven ? typeModel.EmergencyModel : typeModel.Model is null ? null : EmergencyReader.Reader.Shipped,
                    typeModel.ContentModelGiven ? typeModel.ContentModel : typeModel.Model is null ? null : ContentReader.Reader.Shipped)
            : TriageEngine.WithTypeModel(settings.Policy, clock, typeModel.Model);
        var reader = new RequestReader(settings.Limits);
        var outcomes = new List<SampleOutcome>();
        var forgotten = 0;

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
                var document = ((IntakeResult.Success)read).Document;
                result = engine.Triage(document);
                if (forgetSenderDomains && WithoutSenderOnList(engine, document, result) is { } unlisted)
                {
                    result = unlisted;
                    forgotten++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One sample that breaks the engine is a finding of the evaluation, not the end of it.
                outcomes.Add(new SampleOutcome(label, null, [$"triage failed: {e.GetType().Name}: {e.Message}"]));
                continue;
            }
            outcomes.Add(LabelComparison.Compare(label, result));
        }
        return new EvaluationReport(outcomes) { ForgottenSenderDomains = forgetSenderDomains ? forgotten : null };
    }

    /// <summary>The result when the list does not know the sender's domains, or null when it knew none of them.
    /// The address the engine takes may change once its domain is unknown, so that one is forgotten too.</summary>
    private static TriageResult? WithoutSenderOnList(TriageEngine engine, RequestDocument document, TriageResult result)
    {
        var domains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        TriageResult? unlisted = null;
        for (var round = 0; round < 3; round++)
        {
            var before = domains.Count;
            foreach (var address in new[] { document.Envelope?.From, document.Envelope?.ReplyTo, result.Fields.Email, result.Fields.ReplyTo })
                if (address?.LastIndexOf('@') is int at and >= 0) domains.Add(address[(at + 1)..].Trim().TrimEnd('.', '>'));
            if (domains.Count == before) break;
            if (engine.ForgettingListedDomains(domains) is not { } forgetting) break;
            result = unlisted = forgetting.Triage(document);
        }
        return unlisted;
    }

    /// <summary>The labels' reference time, so results do not drift as the calendar moves on.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
