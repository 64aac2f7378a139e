using TriageBot.Triage.Learning;

namespace TriageBot.Evaluation;

/// <summary>A process-type model chosen for an evaluation; <see cref="Model"/> null means the cues alone.</summary>
public sealed record TypeModelChoice(TypeModel? Model)
{
    public static readonly TypeModelChoice CuesOnly = new((TypeModel?)null);

    /// <summary>The learned emergency reader to use with <see cref="Model"/>: by default the shipped one when a type
    /// model is used, none with the cues alone; set (or set to null with <see cref="EmergencyModelGiven"/>) to
    /// measure another.</summary>
    public TypeModel? EmergencyModel { get; init; }

    public bool EmergencyModelGiven { get; init; }

    /// <summary>The learned content reader to use with <see cref="Model"/>, as <see cref="EmergencyModel"/>: the
    /// shipped one unless <see cref="ContentModelGiven"/>.</summary>
    public TypeModel? ContentModel { get; init; }

    public bool ContentModelGiven { get; init; }
}
