using System.Text.Json;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Intake;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Evaluation;

/// <summary>Runs the engine over a labelled folder and compares, sample by sample, with what a person decided.</summary>
public sealed class Evaluator(TriageBotSettings settings)
{
    public async Task<EvaluationReport> RunAsync(string directory, CancellationToken cancellationToken)
    {
        var labels = await LabelSet.LoadAsync(directory, cancellationToken);
        var engine = new TriageEngine(settings.Policy, new FixedClock(labels.AsOf));
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
            var result = engine.Triage(((IntakeResult.Success)read).Document);
            outcomes.Add(new SampleOutcome(label, result, Compare(label, result)));
        }
        return new EvaluationReport(outcomes);
    }

    private static List<string> Compare(SampleLabel label, TriageResult result)
    {
        var problems = new List<string>();
        var actualType = result.ProcessType.ToWireName();
        if (!string.Equals(actualType, label.ProcessType, StringComparison.OrdinalIgnoreCase))
            problems.Add($"processType: expected {label.ProcessType}, got {actualType}");
        if (label.Priority is not null && !string.Equals(label.Priority, result.Priority.ToString(), StringComparison.OrdinalIgnoreCase))
            problems.Add($"priority: expected {label.Priority}, got {result.Priority}");

        var expectedFlags = new HashSet<string>(label.Flags ?? [], StringComparer.OrdinalIgnoreCase);
        var actualFlags = new HashSet<string>(result.Flags.Raised(), StringComparer.OrdinalIgnoreCase);
        foreach (var missing in expectedFlags.Except(actualFlags)) problems.Add($"flag {missing}: expected, not raised");
        foreach (var extra in actualFlags.Except(expectedFlags)) problems.Add($"flag {extra}: raised, not expected");

        foreach (var (name, expected) in label.Fields ?? [])
        {
            var actual = FieldValue(result.Fields, name);
            var wanted = expected.ValueKind == JsonValueKind.Array
                ? string.Join(",", expected.EnumerateArray().Select(e => e.ToString()).Order())
                : expected.ToString();
            if (!string.Equals(Normalise(wanted), Normalise(actual), StringComparison.OrdinalIgnoreCase))
                problems.Add($"field {name}: expected \"{wanted}\", got \"{actual}\"");
        }
        return problems;
    }

    private static string? FieldValue(RequestFields f, string name) => name switch
    {
        "email" => f.Email,
        "country" => f.Country,
        "caseReference" => f.CaseReference,
        "ncmecReportIds" => string.Join(",", f.NcmecReportIds.Order()),
        "agencyName" => f.AgencyName,
        "phone" => f.Phone,
        "city" => f.City,
        "stateProvince" => f.StateProvince,
        "postalCode" => f.PostalCode,
        "contactPerson" => f.ContactPerson,
        "responseDeadline" => f.ResponseDeadline?.ToString("yyyy-MM-dd"),
        _ => $"(no such field: {name})",
    };

    private static string Normalise(string? value) => (value ?? "").Trim();

    /// <summary>The labels' reference time, so results do not drift as the calendar moves on.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed record SampleOutcome(SampleLabel Label, TriageResult? Result, IReadOnlyList<string> Problems);
