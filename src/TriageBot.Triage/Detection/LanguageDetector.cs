namespace TriageBot.Triage.Detection;

/// <summary>
/// Tells English from German, French, Spanish, Portuguese, Italian and Dutch by counting each language's commonest
/// short words. Enough to recognise a foreign request written in its own language; not a general language identifier.
/// </summary>
internal static class LanguageDetector
{
    // Words chosen to be distinctive: those two languages share ("de", "que", "la", "en") are left out or listed
    // under the language where they are commonest, and each language keeps a dozen or more of its own.
    private static readonly (string Language, string[] Words)[] StopWords =
    [
        ("en", ["the", "and", "of", "to", "is", "that", "for", "with", "this", "are", "be", "we", "you", "by", "from", "please"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "wir", "sie", "den", "dem", "ein", "eine", "zu", "von", "bitte", "gemäß", "für", "auf", "wird", "werden", "des"]),
        ("nl", ["het", "een", "van", "niet", "wij", "voor", "zijn", "worden", "naar", "ook", "bij", "aan", "uw", "deze", "wordt", "dit", "verzoek", "gegevens", "wet", "zo", "spoed", "politie"]),
        ("fr", ["le", "les", "des", "et", "est", "une", "dans", "pour", "nous", "vous", "qui", "du", "au", "sur", "par", "ce", "cette", "aux"]),
        ("it", ["il", "di", "che", "della", "delle", "degli", "per", "sono", "non", "gli", "nel", "nella", "alla", "dei", "è", "si", "questo", "questa", "ai", "dal", "dati", "utente", "messaggi", "richiesta", "presente", "sensi"]),
        ("pt", ["o", "os", "das", "dos", "não", "em", "um", "uma", "para", "com", "ao", "aos", "pelo", "pela", "são", "seu", "sua", "dados", "este", "esta", "nos", "à", "da", "pelos", "usuário", "conteúdo", "mensagens", "informações", "empresa", "termos"]),
        ("es", ["el", "los", "las", "y", "del", "que", "por", "con", "se", "su", "al", "es", "sobre", "como", "usted", "datos", "solicitud"]),
    ];

    public static readonly IReadOnlyList<string> Languages = [.. StopWords.Select(s => s.Language)];

    private static readonly Dictionary<string, int> LanguageOfWord = BuildIndex();

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var l = 0; l < StopWords.Length; l++)
            foreach (var word in StopWords[l].Words)
                index.TryAdd(word, l); // a word shared by two languages counts for the first listed
        return index;
    }

    /// <summary>"en", "de", "fr", "es", "pt", "it" or "nl" (the most frequent), looking at the first 20,000 characters.</summary>
    public static string Detect(string text)
    {
        var counts = new int[StopWords.Length];
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
                if (word.Length <= 8 && alternate.TryGetValue(word, out var language)) counts[language]++;
                start = -1;
            }
        }
        var best = 0;
        for (var l = 1; l < counts.Length; l++) if (counts[l] > counts[best]) best = l;
        // Foreign only when clearly so: a few French words in an English letter ("la", "de") are not enough.
        return best != 0 && counts[best] >= 5 && counts[best] > counts[0] * 1.5 ? StopWords[best].Language : "en";
    }

    public static string? CountryOf(string language) => language switch
    {
        "de" => "Germany",
        "fr" => "France",
        "es" => "Spain",
        "it" => "Italy",
        "nl" => "Netherlands",
        // Portuguese is read in Brazil far more often than in Portugal; the domain and address decide anyway.
        "pt" => "Brazil",
        _ => null,
    };

    public static string NameOf(string code) => code switch
    {
        "de" => "German", "fr" => "French", "es" => "Spanish", "pt" => "Portuguese", "it" => "Italian", "nl" => "Dutch", _ => "English",
    };
}
