using TriageBot.Triage.Model;

namespace TriageBot.Evaluation;

/// <summary>Precision and recall per process type and per flag, the confusion matrix, finding checks, field
/// checks, per-language and per-category breakdowns, and each disagreement.</summary>
public sealed record EvaluationReport(IReadOnlyList<SampleOutcome> Outcomes)
{
    public sealed record Score(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public int Support => TruePositives + FalseNegatives;
    }

    /// <summary>One finding code: how often the labels required it and it was raised, how often they forbade it
    /// and it was raised anyway (and as a blocker).</summary>
    public sealed record FindingScore(string Code, int Required, int RequiredRaised, int Forbidden, int ForbiddenRaised, int ContradictedBlockers);

    /// <summary>A slice of the samples (one language, one category) and how the engine did on it.</summary>
    public sealed record Slice(string Name, int Samples, int Triaged, double TypeAccuracy, int FlagsCorrect, int Agreeing,
        Score Emergency, int LanguageReported, int LanguageCorrect);

    /// <summary>With eval --unlisted-senders: how many requests came from a domain the list knew and were triaged
    /// again without it; null otherwise.</summary>
    public int? ForgottenSenderDomains { get; init; }

    private IEnumerable<SampleOutcome> Triaged => Outcomes.Where(o => o.Result is not null);

    public IReadOnlyList<SampleOutcome> Mismatches => [.. Outcomes.Where(o => o.Problems.Count > 0)];

    /// <summary>Samples that could not be read or made the engine fail.</summary>
    public IReadOnlyList<SampleOutcome> Failures => [.. Outcomes.Where(o => o.Result is null)];

    public IReadOnlyList<string> TypeNames =>
        [.. LegalProcessTypeNames.All.Where(t => Triaged.Any(o => Same(o.Label.ProcessType, t) || o.Result!.ProcessType.ToWireName() == t))];

    public IReadOnlyList<Score> TypeScores => [.. TypeNames.Select(type => TypeScore(Triaged, type))];

    public IReadOnlyList<Score> FlagScores => [.. TriageFlags.Names.Select(flag => FlagScore(Triaged, flag))];

    public Score FlagScore(string flag) => FlagScore(Triaged, flag);

    /// <summary>Emergencies found among those labelled (the flag: a foreign police emergency counts too).</summary>
    public double EmergencyRecall => FlagScore(Triaged, "emergency").Recall;

    public double NcmecRecall => FlagScore(Triaged, "ncmec").Recall;

    /// <summary>Counts [expected, actual] over <see cref="TypeNames"/>.</summary>
    public int Confusion(string expected, string actual) =>
        Triaged.Count(o => Same(o.Label.ProcessType, expected) && o.Result!.ProcessType.ToWireName() == actual);

    public double TypeAccuracy => TypeAccuracyOf(Triaged);

    public double PriorityAccuracy => Ratio(
        Triaged.Count(o => o.Label.Priority is null || Same(o.Label.Priority, o.Result!.Priority.ToString())),
        Triaged.Count());

    private IEnumerable<FindingCheck> FindingChecks => Triaged.SelectMany(o => o.FindingChecks);

    public int RequiredFindings => FindingChecks.Count(c => c.Required);
    public int RequiredFindingsRaised => FindingChecks.Count(c => c.Required && c.Raised);
    public int ForbiddenFindings => FindingChecks.Count(c => !c.Required);
    public int ForbiddenFindingsRaised => FindingChecks.Count(c => !c.Required && c.Raised);

    /// <summary>Forbidden findings raised with severity blocker: conclusions the document contradicts.</summary>
    public int ContradictedBlockers => FindingChecks.Count(c => c.ContradictedBlocker);

    /// <summary>Of the findings raised where the label has a verdict on that code, the share that were right.</summary>
    public double FindingPrecision => Ratio(RequiredFindingsRaised, RequiredFindingsRaised + ForbiddenFindingsRaised);

    public double FindingRecall => Ratio(RequiredFindingsRaised, RequiredFindings);

    public IReadOnlyList<FindingScore> FindingScores =>
    [
        .. FindingChecks.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FindingScore(g.Key, g.Count(c => c.Required), g.Count(c => c.Required && c.Raised),
                g.Count(c => !c.Required), g.Count(c => !c.Required && c.Raised), g.Count(c => c.ContradictedBlocker))),
    ];

    public int FieldChecks => Triaged.Sum(o => o.FieldChecks.Count);
    public int FieldChecksPassed => Triaged.Sum(o => o.FieldChecks.Count(c => c.Passed));

    /// <summary>By the labelled language; samples without one are "unlabelled".</summary>
    public IReadOnlyList<Slice> Languages => SlicesBy(o => o.Label.Language);

    public IReadOnlyList<Slice> Categories => SlicesBy(o => o.Label.Category);

    private List<Slice> SlicesBy(Func<SampleOutcome, string?> key) =>
    [
        .. Outcomes.GroupBy(o => key(o) ?? "unlabelled", StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var triaged = g.Where(o => o.Result is not null).ToList();
                return new Slice(g.Key, g.Count(), triaged.Count, TypeAccuracyOf(triaged),
                    triaged.Count(o => FlagsAgree(o)), g.Count(o => o.Problems.Count == 0), FlagScore(triaged, "emergency"),
                    triaged.Count(o => o.DetectedLanguage is not null),
                    triaged.Count(o => o.DetectedLanguage is { } l && o.Label.Language is { } w && Same(l, w)));
            }),
    ];

    private static Score TypeScore(IEnumerable<SampleOutcome> triaged, string type) => new(type,
        triaged.Count(o => Same(o.Label.ProcessType, type) && o.Result!.ProcessType.ToWireName() == type),
        triaged.Count(o => !Same(o.Label.ProcessType, type) && o.Result!.ProcessType.ToWireName() == type),
        triaged.Count(o => Same(o.Label.ProcessType, type) && o.Result!.ProcessType.ToWireName() != type));

    private static Score FlagScore(IEnumerable<SampleOutcome> triaged, string flag) => new(flag,
        triaged.Count(o => Expected(o, flag) && Raised(o, flag)),
        triaged.Count(o => !Expected(o, flag) && Raised(o, flag)),
        triaged.Count(o => Expected(o, flag) && !Raised(o, flag)));

    private static double TypeAccuracyOf(IEnumerable<SampleOutcome> triaged)
    {
        var list = triaged.ToList();
        return Ratio(list.Count(o => Same(o.Label.ProcessType, o.Result!.ProcessType.ToWireName())), list.Count);
    }

    private static bool FlagsAgree(SampleOutcome o) => TriageFlags.Names.All(f => Expected(o, f) == Raised(o, f));
    private static bool Expected(SampleOutcome o, string flag) => (o.Label.Flags ?? []).Contains(flag, StringComparer.OrdinalIgnoreCase);
    private static bool Raised(SampleOutcome o, string flag) => o.Result!.Flags.Raised().Contains(flag);
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
