using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Learning;

/// <summary>
/// When the engine asks the learned model about the process type, and when the model's answer wins. The cues decide
/// when they are sure; the model is read only when they are weak (nothing operative named a type and the engine
/// fell back to "other", or the two best types are close) and its type replaces theirs only at or above its
/// threshold. It never takes a request away from "emergency" (a life at risk is the cues' to lower, not a
/// statistic's) and never makes one: an emergency raises pages, so it comes only from the words that say so.
/// </summary>
internal static class TypeConsultation
{
    /// <summary>The second-best type within this share of the best counts as "close".</summary>
    private const double CloseRatio = 0.75;

    /// <summary>The weight of "not process" cues at which the cues' "other" is sure (NonProcess uses the same).</summary>
    private const double HardNegativeSure = 2.5;

    internal sealed record Outcome(LegalProcessType Type, string Weakness, TypePrediction Prediction);

    public static Outcome? Consult(TypeModel? model, TypeFeatures.Lazy features, List<CueHit> typeHits, LegalProcessType cueType, double typeThreshold)
    {
        if (model is null || cueType == LegalProcessType.Emergency) return null;
        var weakness = Weakness(typeHits, cueType, typeThreshold);
        if (weakness is null) return null;
        var prediction = model.Predict(features.Bag, features.Text);
        if (prediction.Probability < model.Threshold) return null;
        if (!LegalProcessTypeNames.TryParse(prediction.Type, out var learned) || learned == cueType || learned == LegalProcessType.Emergency) return null;
        return new Outcome(learned, weakness, prediction);
    }

    /// <summary>Why the cues are weak, in words, or null when they are sure.</summary>
    internal static string? Weakness(List<CueHit> typeHits, LegalProcessType cueType, double typeThreshold)
    {
        var ranked = typeHits.Where(h => h.Weight > 0 && h.Cue.Target != "international")
            .GroupBy(h => h.Cue.Target).Select(g => g.Sum(h => h.Weight)).OrderByDescending(s => s).ToList();
        var top = ranked.Count > 0 ? ranked[0] : 0;
        // A hard negative the cues read positively (a litigation hold, a takedown notice, "no process yet") is a
        // sure "other": a statistic over words like "subpoena" and "preserve" must not turn it back into process.
        var hardNegative = typeHits.Where(h => h.Weight > 0 && h.Cue.Target == "other").Sum(h => h.Weight);
        if (cueType == LegalProcessType.Other && hardNegative >= HardNegativeSure) return null;
        if (cueType == LegalProcessType.Other && top < typeThreshold) return "no operative process cue";
        if (ranked.Count > 1 && ranked[1] >= CloseRatio * top) return "two types close in the cues";
        return null;
    }
}
