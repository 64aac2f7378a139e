using System.Globalization;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Learning;

/// <summary>The evidence for a type the model chose: why it was asked, how sure it was, and the words of the text
/// that pushed it most toward that type.</summary>
internal static class TypeModelEvidence
{
    public static IEnumerable<Evidence> Of(TypeConsultation.Outcome outcome)
    {
        var p = outcome.Prediction;
        var c = CultureInfo.InvariantCulture;
        foreach (var push in p.Evidence)
            yield return new Evidence("processType",
                string.Create(c, $"learned model ({outcome.Weakness}): {p.Type} with probability {p.Probability:0.00}; these words pushed most toward it"),
                push.Text, push.Offset, push.Length);
    }
}
