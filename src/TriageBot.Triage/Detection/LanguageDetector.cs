namespace TriageBot.Triage.Detection;

/// <summary>
/// Tells English from German, French, Spanish, Portuguese, Italian and Dutch by counting each language's commonest
/// short words, and words whose letters only one of them writes ("ü", "ß", "ã", "ñ", "-zione", "ij"). Enough to
/// recognise a foreign request written in its own language, including a terse form (an EU certificate filled in as
/// "Frist 10 Tage ab Erhalt") and a foreign request forwarded inside English mail headers, a cover note and a
/// disclaimer; not a general language identifier.
/// </summary>
internal static class LanguageDetector
{
    // Words chosen to be distinctive: those two languages share ("de", "que", "la", "en") are left out or listed
    // under the language where they are commonest, and each language keeps a dozen or more of its own. Words English
    // also writes ("met", "am", "of") are left out everywhere, or an English letter would drift.
    private static readonly (string Language, string[] Words)[] StopWords =
    [
        ("en", ["the", "and", "of", "to", "is", "that", "for", "with", "this", "are", "be", "we", "you", "by", "from", "please"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "wir", "sie", "den", "dem", "ein", "eine", "zu", "von", "bitte", "gemäß", "für", "auf", "wird", "werden", "des",
                // Austrian and Swiss usage and the words of terse forms ("Frist", "keine Einschränkung", "gemäss").
                "über", "gemäss", "keine", "kein", "nach", "bei", "oder", "zum", "zur", "auch", "sich", "wurde", "einer", "einen", "gegen", "ab", "ihre", "ihr", "unter", "daten", "frist", "nein", "sehr", "geehrte", "hiermit", "zwecks", "betreff"]),
        ("nl", ["het", "een", "van", "niet", "wij", "voor", "zijn", "worden", "naar", "ook", "bij", "aan", "uw", "deze", "wordt", "dit", "verzoek", "gegevens", "wet", "zo", "spoed", "politie",
                // Flemish and Dutch forms alike ("gelieve", "uiterlijk", "inzake").
                "op", "te", "tot", "dat", "heeft", "hebben", "om", "geen", "zich", "hierbij", "binnen", "inzake", "betreft", "uiterlijk", "gelieve", "onze", "ons"]),
        ("fr", ["le", "les", "des", "et", "est", "une", "dans", "pour", "nous", "vous", "qui", "du", "au", "sur", "par", "ce", "cette", "aux",
                "avec", "pas", "ne", "leur", "vos", "votre", "notre", "être", "été", "sont", "ainsi", "auprès", "veuillez", "madame", "monsieur", "objet"]),
        ("it", ["il", "di", "che", "della", "delle", "degli", "per", "sono", "non", "gli", "nel", "nella", "alla", "dei", "è", "si", "questo", "questa", "ai", "dal", "dati", "utente", "messaggi", "richiesta", "presente", "sensi",
                "dello", "dalla", "sulla", "nei", "negli", "essere", "stato", "anche", "ed", "oppure", "pertanto", "codesta", "vostra", "vostro", "ogni"]),
        ("pt", ["o", "os", "das", "dos", "não", "em", "um", "uma", "para", "com", "ao", "aos", "pelo", "pela", "são", "seu", "sua", "dados", "este", "esta", "nos", "à", "da", "pelos", "usuário", "conteúdo", "mensagens", "informações", "empresa", "termos",
                "você", "também", "já", "nós", "foi", "às", "nesta", "neste", "desta", "deste", "conta",
                // European Portuguese prose shares most short words with Spanish: these are its own.
                "sou", "estou", "gostaria", "obrigado", "obrigada", "nenhum", "nenhuma", "utilizador", "utilizadores", "quantos", "quantas"]),
        ("es", ["el", "los", "las", "y", "del", "que", "por", "con", "se", "su", "al", "es", "sobre", "como", "usted", "datos", "solicitud",
                "nuestro", "nuestra", "dicha", "dicho", "mediante", "según", "hemos", "muy", "ya", "le", "lo", "les", "correo"]),
    ];

    private const int English = 0;
    private const int German = 1;
    private const int Dutch = 2;
    private const int Italian = 4;
    private const int Portuguese = 5;
    private const int Spanish = 6;

    public static readonly IReadOnlyList<string> Languages = [.. StopWords.Select(s => s.Language)];

    private static readonly Dictionary<string, int> LanguageOfWord = BuildIndex();

    /// <summary>Mail header labels in English: a foreign request forwarded by an English mail client carries them,
    /// and they say nothing about the language of the request.</summary>
    private static readonly HashSet<string> HeaderLabels = new(StringComparer.OrdinalIgnoreCase)
        { "from", "to", "cc", "bcc", "subject", "sent", "date", "reply-to", "mime-version", "message-id", "return-path", "received", "importance", "in-reply-to", "references" };

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var l = 0; l < StopWords.Length; l++)
            foreach (var word in StopWords[l].Words)
                index.TryAdd(word, l); // a word shared by two languages counts for the first listed
        return index;
    }

    /// <summary>"en", "de", "fr", "es", "pt", "it" or "nl", looking at the first 20,000 characters.</summary>
    public static string Detect(string text)
    {
        var counts = new int[StopWords.Length];
        var block = new int[StopWords.Length];
        var body = new bool[StopWords.Length];
        var span = text.AsSpan(0, Math.Min(text.Length, 20_000));
        var alternate = LanguageOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        var breaks = 0;
        var lineStart = true;
        for (var i = 0; i <= span.Length; i++)
        {
            if (lineStart && i < span.Length && HeaderLineEnd(span, i) is var skipTo and > 0)
            {
                i = skipTo - 1; // the loop's i++ lands on the line break
                lineStart = false;
                continue;
            }
            lineStart = false;
            var isLetter = i < span.Length && char.IsLetter(span[i]);
            if (isLetter && start < 0) { start = i; breaks = 0; }
            else if (!isLetter && start >= 0)
            {
                var word = span[start..i];
                // Round 24: listed words up to twelve letters ("utilizador", "utilizadores" were never looked up at eight).
                var language = word.Length <= 12 && alternate.TryGetValue(word, out var listed) ? listed : Marked(word);
                if (language >= 0) { counts[language]++; block[language]++; }
                start = -1;
            }
            if (i < span.Length && span[i] == '\n')
            {
                lineStart = true;
                // A blank line ends a paragraph: a paragraph clearly in one foreign language is the body a cover
                // note and a disclaimer in English may surround.
                if (++breaks == 2) CloseBlock(block, body);
            }
            else if (i < span.Length && !isLetter && !char.IsWhiteSpace(span[i])) breaks = 0;
        }
        CloseBlock(block, body);

        var best = 0;
        for (var l = 1; l < counts.Length; l++) if (counts[l] > counts[best]) best = l;
        // Foreign when clearly so: a few French words in an English letter ("la", "de") are not enough.
        if (best != English && counts[best] >= 5 && counts[best] > counts[English] * 1.5) return StopWords[best].Language;
        // A foreign request forwarded with an English cover note and disclaimer: the foreign paragraphs are the
        // request, and they weigh at least half as much as the English around them.
        var foreign = 1;
        for (var l = 2; l < counts.Length; l++) if (counts[l] > counts[foreign]) foreign = l;
        return body[foreign] && counts[foreign] * 2 >= counts[English] ? StopWords[foreign].Language : "en";
    }

    private static void CloseBlock(int[] block, bool[] body)
    {
        var best = 1;
        for (var l = 2; l < block.Length; l++) if (block[l] > block[best]) best = l;
        if (block[best] >= 6 && block[best] >= 2 * block[English]) body[best] = true;
        Array.Clear(block);
    }

    /// <summary>The language whose spelling a word not in the lists shows, or -1: "ü/ö/ä/ß" German, "ã/õ" and
    /// "-ção" Portuguese, "ñ" and "-ción" Spanish, "-zione" Italian, "ij" Dutch. French shares its accents with the
    /// others and is left to its words.</summary>
    private static int Marked(ReadOnlySpan<char> word)
    {
        // One look at each letter: most words are plain ASCII and only the "ij" and "-zione" checks remain.
        var accented = false;
        var ij = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c < 0x80)
            {
                if (c is 'i' or 'I' && k + 1 < word.Length && word[k + 1] is 'j' or 'J') ij = true;
                continue;
            }
            accented = true;
            switch (char.ToLowerInvariant(c))
            {
                case 'ä' or 'ö' or 'ü' or 'ß': return German;
                case 'ã' or 'õ': return Portuguese;
                case 'ñ': return Spanish;
            }
        }
        if (accented)
        {
            if (word.EndsWith("ción", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ciones", StringComparison.OrdinalIgnoreCase)) return Spanish;
            if (word.EndsWith("ção", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ções", StringComparison.OrdinalIgnoreCase)) return Portuguese;
            return -1;
        }
        if (word.Length >= 6 && (word.EndsWith("zione", StringComparison.OrdinalIgnoreCase) || word.EndsWith("zioni", StringComparison.OrdinalIgnoreCase))) return Italian;
        return ij && word.Length >= 3 ? Dutch : -1;
    }

    /// <summary>Where a line that is an English mail header ("From:", "Subject:", "Content-Type:", "X-Mailer:")
    /// ends, or 0 when the line at <paramref name="at"/> is none.</summary>
    private static int HeaderLineEnd(ReadOnlySpan<char> span, int at)
    {
        var i = at;
        while (i < span.Length && span[i] is ' ' or '\t') i++;
        var labelStart = i;
        while (i < span.Length && i - labelStart <= 30 && (char.IsAsciiLetter(span[i]) || span[i] == '-')) i++;
        if (i == labelStart || i >= span.Length || span[i] != ':') return 0;
        var label = span[labelStart..i];
        if (!HeaderLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label) &&
            !label.StartsWith("x-", StringComparison.OrdinalIgnoreCase) && !label.StartsWith("content-", StringComparison.OrdinalIgnoreCase))
            return 0;
        var end = span[i..].IndexOf('\n');
        return end < 0 ? span.Length : i + end;
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
