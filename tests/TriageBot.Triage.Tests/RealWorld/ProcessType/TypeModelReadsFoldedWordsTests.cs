using TriageBot.Triage.Learning;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>The type model folds accents by the engine's own table (Text/Accents), so an accented word and its
/// unaccented OCR or keyboard spelling are one feature also under invariant globalization, where
/// string.Normalize leaves "ç" and "é" as they are.</summary>
public class TypeModelReadsFoldedWordsTests
{
    [Theory]
    [InlineData("Requisição", "requisicao")]
    [InlineData("RÉQUISITION", "requisition")]
    [InlineData("Straße", "strasse")]
    [InlineData("Überwachung", "uberwachung")]
    [InlineData("12345678", "#8")]
    [InlineData("Az.2291", "az.2291")]
    public void Accented_and_plain_spellings_fold_to_one_feature(string word, string folded)
    {
        Assert.Equal(folded, TypeFeatures.Fold(word));
    }
}
