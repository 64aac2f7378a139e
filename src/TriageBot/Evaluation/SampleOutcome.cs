using TriageBot.Triage.Model;

namespace TriageBot.Evaluation;

/// <summary>One sample's result against its label; <see cref="Problems"/> lists every disagreement in words.</summary>
public sealed record SampleOutcome(SampleLabel Label, TriageResult? Result, IReadOnlyList<string> Problems)
{
    /// <summary>The language the engine reported reading, or null when its result does not say.</summary>
    public string? DetectedLanguage { get; init; }
    public IReadOnlyList<FieldCheck> FieldChecks { get; init; } = [];
    public IReadOnlyList<FindingCheck> FindingChecks { get; init; } = [];
}

/// <summary>A labelled field, target account or non-target value, and whether the result agreed.</summary>
public sealed record FieldCheck(string Name, string Expected, string? Actual, bool Passed, string Problem);

/// <summary>A finding the label requires (<see cref="Required"/>) or forbids, and whether the engine raised it.</summary>
public sealed record FindingCheck(string Code, bool Required, bool Raised, bool RaisedAsBlocker)
{
    public bool Passed => Required == Raised;

    /// <summary>A forbidden finding raised with severity blocker: a conclusion the document itself contradicts.</summary>
    public bool ContradictedBlocker => !Required && RaisedAsBlocker;

    public string Problem => Required
        ? $"finding {Code}: expected, not raised"
        : $"finding {Code}{(RaisedAsBlocker ? " (blocker)" : "")}: raised, but the document contradicts it";
}
