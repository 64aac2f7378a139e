namespace TriageBot.Triage.Detection;

/// <summary>
/// Tells English from German, French and Spanish by counting each language's commonest short words. Enough to
/// recognise a foreign request written in its own language; not a general language identifier.
/// </summary>
internal static class LanguageDetector
{
    private static readonly Dictionary<string, string[]> StopWords = new()
    {
        ["en"] = ["the", "and", "of", "to", "is", "that", "for", "with", "this", "are", "be", "we", "you", "by", "from", "please"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "mit", "wir", "sie", "den", "dem", "ein", "eine", "zu", "von", "bitte", "gemäß", "für", "auf", "wird", "werden", "des"],
        ["fr"] = ["le", "la", "les", "des", "et", "est", "une", "dans", "pour", "nous", "vous", "que", "qui", "du", "au", "sur", "par", "ce", "cette", "aux"],
        ["es"] = ["el", "los", "las", "y", "del", "que", "por", "una", "para", "con", "se", "su", "al", "es", "sobre", "como", "este", "esta", "usted"],
    };

    private static readonly Dictionary<string, string> LanguageOfWord = BuildIndex();

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, words) in StopWords)
            foreach (var word in words)
                index.TryAdd(word, language); // a word shared by two languages counts for the first listed
        return index;
    }

    /// <summary>"en", "de", "fr" or "es" (the most frequent), looking at the first 20,000 characters.</summary>
    public static string Detect(string text)
    {
        var counts = new Dictionary<string, int> { ["en"] = 0, ["de"] = 0, ["fr"] = 0, ["es"] = 0 };
        var span = text.AsSpan(0, Math.Min(text.Length, 20_000));
        var alternate = LanguageOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isLetter = i < span.Length && char.IsLetter(span[i]);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                var word = span[start..i];
                if (word.Length <= 6 && alternate.TryGetValue(word, out var language)) counts[language]++;
                start = -1;
            }
        }
        var best = counts.MaxBy(c => c.Value);
        // Foreign only when clearly so: a few French words in an English letter ("la", "de") are not enough.
        return best.Key != "en" && best.Value >= 8 && best.Value > counts["en"] * 1.5 ? best.Key : "en";
    }

    public static string? CountryOf(string language) => language switch
    {
        "de" => "Germany",
        "fr" => "France",
        "es" => "Spain",
        _ => null,
    };
}
