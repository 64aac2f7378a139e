namespace TriageBot.Triage.Extraction;

/// <summary>
/// A quoted username a line break cut in two: a court caption's narrow left column or a PDF's wrap leaves the
/// opening quote and the first part on one line and the rest with the closing quote on the next
/// (<c>ACCOUNT "harbor_lynx_</c> … <c>42" (user ID …)</c>). Read by walking the quotes once, no pattern pass.
/// </summary>
internal static class WrappedHandles
{
    private const int MaxQuotes = 400;

    /// <summary>Each joined name and the offset of its opening quote.</summary>
    public static IEnumerable<(string Name, int Offset)> Find(string text)
    {
        var quotes = 0;
        for (var q = text.IndexOf('"'); q >= 0 && q + 1 < text.Length && quotes++ < MaxQuotes; q = text.IndexOf('"', q + 1))
        {
            var first = HandleRun(text, q + 1);
            if (first < 2) continue;
            var afterFirst = q + 1 + first;
            // The first part ends its line, or the column it stands in (a gap of two or more blanks, then the other
            // column: a caption's ")" and the title beside it).
            var lineEnd = text.IndexOf('\n', afterFirst);
            if (lineEnd < 0) yield break;
            var rest = text.AsSpan(afterFirst, lineEnd - afterFirst);
            if (!rest.IsWhiteSpace() && !(rest.Length >= 2 && rest[0] is ' ' or '\t' && rest[1] is ' ' or '\t')) continue;
            var next = lineEnd + 1;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            var second = HandleRun(text, next);
            if (second < 1 || next + second >= text.Length || text[next + second] != '"') continue;
            yield return (string.Concat(text.AsSpan(q + 1, first), text.AsSpan(next, second)), q);
        }
    }

    /// <summary>How many characters of a handle (letters, digits, "_", ".", "-") start at <paramref name="at"/>.</summary>
    private static int HandleRun(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at <= 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.' or '-')) end++;
        return end - at;
    }
}
