using TriageBot.Triage.Model;

namespace TriageBot.Evaluation;

/// <summary>Precision and recall per process type and per flag, the confusion matrix, and each disagreement.</summary>
public sealed record EvaluationReport(IReadOnlyList<SampleOutcome> Outcomes)
{
    public sealed record Score(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public int Support => TruePositives + FalseNegatives;
    }

    private IEnumerable<SampleOutcome> Triaged => Outcomes.Where(o => o.Result is not null);

    public IReadOnlyList<SampleOutcome> Mismatches => [.. Outcomes.Where(o => o.Problems.Count > 0)];

    public IReadOnlyList<string> TypeNames =>
        [.. LegalProcessTypeNames.All.Where(t => Triaged.Any(o => Same(o.Label.ProcessType, t) || o.Result!.ProcessType.ToWireName() == t))];

    public IReadOnlyList<Score> TypeScores => [.. TypeNames.Select(type => new Score(type,
        Triaged.Count(o => Same(o.Label.ProcessType, type) && o.Result!.ProcessType.ToWireName() == type),
        Triaged.Count(o => !Same(o.Label.ProcessType, type) && o.Result!.ProcessType.ToWireName() == type),
        Triaged.Count(o => Same(o.Label.ProcessType, type) && o.Result!.ProcessType.ToWireName() != type)))];

    public IReadOnlyList<Score> FlagScores => [.. TriageFlags.Names.Select(flag => new Score(flag,
        Triaged.Count(o => Expected(o, flag) && Raised(o, flag)),
        Triaged.Count(o => !Expected(o, flag) && Raised(o, flag)),
        Triaged.Count(o => Expected(o, flag) && !Raised(o, flag))))];

    /// <summary>Counts [expected, actual] over <see cref="TypeNames"/>.</summary>
    public int Confusion(string expected, string actual) =>
        Triaged.Count(o => Same(o.Label.ProcessType, expected) && o.Result!.ProcessType.ToWireName() == actual);

    public double TypeAccuracy => Ratio(Triaged.Count(o => Same(o.Label.ProcessType, o.Result!.ProcessType.ToWireName())), Triaged.Count());

    public double PriorityAccuracy => Ratio(
        Triaged.Count(o => o.Label.Priority is null || Same(o.Label.Priority, o.Result!.Priority.ToString())),
        Triaged.Count());

    private static bool Expected(SampleOutcome o, string flag) => (o.Label.Flags ?? []).Contains(flag, StringComparer.OrdinalIgnoreCase);
    private static bool Raised(SampleOutcome o, string flag) => o.Result!.Flags.Raised().Contains(flag);
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
