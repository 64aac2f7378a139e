using System.Globalization;
using System.Text;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Learning;

/// <summary>
/// The words the process-type model reads: word unigrams and bigrams and character 4-grams of each word, taken from
/// the operative part of the request only (quoted earlier mails are what <see cref="MessageParts"/> calls context),
/// lower-cased and without accents so OCR noise and spelling variants still meet. The same code serves training
/// (the host's <c>train-type-model</c>) and the engine, so the model sees at run time what it saw when trained.
/// </summary>
public static class TypeFeatures
{
    /// <summary>At most this many characters are read: the operative request is at its top, and a hostile
    /// megabyte stays linear and cheap.</summary>
    public const int MaxChars = 12_000;

    /// <summary>At most this many words are read (bounds the work on text that is all one-letter words).</summary>
    public const int MaxWords = 2_000;

    public const string WordPrefix = "w:";
    public const string BigramPrefix = "b:";
    public const string CharPrefix = "c:";

    /// <summary>The features of a document as the engine would read it, with how often each occurs (training).</summary>
    public static IReadOnlyDictionary<string, int> Count(RequestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = NormalizedText.From(document.Text ?? "");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in Read(text, MessageParts.Of(text)))
            counts[feature.Name] = counts.GetValueOrDefault(feature.Name) + 1;
        return counts;
    }

    /// <summary>One occurrence of a feature, with the span of normalised text it comes from (for evidence).</summary>
    internal readonly record struct Occurrence(string Name, int Offset, int Length);

    internal static IEnumerable<Occurrence> Read(NormalizedText text, MessageParts parts)
    {
        var value = text.Value;
        var end = Math.Min(value.Length, MaxChars);
        string? previous = null;
        var previousStart = 0;
        var words = 0;
        var i = 0;
        while (i < end && words < MaxWords)
        {
            if (!char.IsLetterOrDigit(value[i])) { i++; continue; }
            var start = i;
            while (i < end && (char.IsLetterOrDigit(value[i]) || (value[i] is '.' or '\'' && i + 1 < end && char.IsLetter(value[i + 1]) && i > start))) i++;
            if (parts.IsContext(start)) { previous = null; continue; }
            var word = Fold(value.AsSpan(start, i - start));
            words++;
            yield return new Occurrence(WordPrefix + word, start, i - start);
            // A line break between two words of a heading or a caption still joins them; a blank line does not.
            if (previous is not null && !HasBlankLine(value, previousStart, start))
                yield return new Occurrence(BigramPrefix + previous + " " + word, previousStart, i - previousStart);
            if (!word.All(char.IsDigit))
            {
                var padded = " " + word + " ";
                for (var k = 0; k + 4 <= padded.Length; k++)
                    yield return new Occurrence(CharPrefix + padded.Substring(k, 4), start, i - start);
            }
            previous = word;
            previousStart = start;
        }
    }

    /// <summary>The features of one request's operative text, read once and shared by every learned reader (the type
    /// model, the emergency and content readers): how often each occurs and where it first stands (for evidence),
    /// and the norm of the whole vector (every feature counts toward it, known to a model or not, as in training).</summary>
    internal sealed class Bag
    {
        private Bag(Dictionary<string, (int Count, int Offset, int Length)> counts, double norm) { Counts = counts; Norm = norm; }

        public Dictionary<string, (int Count, int Offset, int Length)> Counts { get; }

        public double Norm { get; }

        /// <summary>How many different words the text has: a flag reader reads no request out of a handful (a hostile
        /// run of one letter is no emergency).</summary>
        public int DistinctWords { get; private init; }

        public static Bag Of(NormalizedText text, MessageParts parts)
        {
            var counts = new Dictionary<string, (int Count, int Offset, int Length)>(StringComparer.Ordinal);
            foreach (var o in Read(text, parts))
            {
                ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, o.Name, out var exists);
                entry = exists ? entry with { Count = entry.Count + 1 } : (1, o.Offset, o.Length);
            }
            double norm = 0;
            foreach (var (count, _, _) in counts.Values) norm += Math.Log(1 + count) * Math.Log(1 + count);
            var words = 0;
            foreach (var name in counts.Keys) if (name.StartsWith(WordPrefix, StringComparison.Ordinal)) words++;
            return new Bag(counts, Math.Sqrt(norm)) { DistinctWords = words };
        }
    }

    /// <summary>A request's features, read on first use: most requests consult no learned reader at all.</summary>
    internal sealed class Lazy(NormalizedText text, MessageParts parts)
    {
        private Bag? _bag;

        public NormalizedText Text => text;

        public Bag Bag => _bag ??= Bag.Of(text, parts);
    }

    private static bool HasBlankLine(string value, int from, int to)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            if (value[k] == '\n' && ++breaks >= 2) return true;
            if (!char.IsWhiteSpace(value[k])) breaks = 0;
        }
        return false;
    }

    /// <summary>Lower case without diacritics; numbers of up to four digits kept (statute sections such as 2703,
    /// 3123 or 2518 name a type), longer ones folded to their length (case and account numbers say nothing).</summary>
    internal static string Fold(ReadOnlySpan<char> word)
    {
        var digits = 0;
        foreach (var c in word) if (char.IsDigit(c)) digits++;
        if (digits >= 5 && digits == word.Length) return "#" + digits.ToString(CultureInfo.InvariantCulture);
        // By the engine's accent table, not string.Normalize: under invariant globalization (the host's setting)
        // Normalize leaves "é" as it is, so "requisição" and an OCR'd "requisicao" would never meet.
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsDigit(c) && digits >= 5) { sb.Append('0'); continue; }
            var lower = char.ToLowerInvariant(c);
            if (!Accents.TryAppendFolded(sb, lower)) sb.Append(lower);
        }
        return sb.ToString();
    }
}
