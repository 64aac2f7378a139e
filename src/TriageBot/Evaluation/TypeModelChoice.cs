using TriageBot.Triage.Learning;

namespace TriageBot.Evaluation;

/// <summary>A process-type model chosen for an evaluation; <see cref="Model"/> null means the cues alone.</summary>
public sealed record TypeModelChoice(TypeModel? Model)
{
    public static readonly TypeModelChoice CuesOnly = new((TypeModel?)null);
}
