using System.Text;

namespace TriageBot.Triage.Text;

/// <summary>
/// Request text made regular enough to match on: Unicode-normalised (NFKC), one kind of line break, plain quotes
/// and dashes, no invisible characters, words broken across PDF lines joined again. Offsets in evidence refer to
/// <see cref="Value"/>. Also knows its lines, so a cue can ask "am I in a heading?".
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _lineStarts;

    public string Value { get; }

    private NormalizedText(string value)
    {
        Value = value;
        var starts = new List<int> { 0 };
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    public int Length => Value.Length;

    /// <summary>The text as the cue families' regexes read it (<see cref="CueSet"/>: never ending in a line break),
    /// made once for all the families that scan the text.
    /// Round 22: the quote marks that start a quoted mail's lines (">", ">>") read as spaces, so a phrase wrapped across
    /// two quoted lines ("all stored\n>> content") is read whole; offsets stay those of <see cref="Value"/>.</summary>
    public string ForCueScan => _forCueScan ??= CueSet.Guarded(WithoutQuoteMarks(Value));
    private string? _forCueScan;

    private static string WithoutQuoteMarks(string value)
    {
        char[]? chars = null;
        for (var start = 0; start < value.Length;)
        {
            var i = start;
            while (i < value.Length && value[i] == ' ') i++;
            while (i < value.Length && value[i] is '>' or ' ')
            {
                if (value[i] == '>') (chars ??= value.ToCharArray())[i] = ' ';
                i++;
            }
            var next = value.IndexOf('\n', i);
            if (next < 0) break;
            start = next + 1;
        }
        return chars is null ? value : new string(chars);
    }

    public static NormalizedText From(string raw)
    {
        var text = raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                    sb.Append('\n');
                    break;
                case '\u00A0' or '\t' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003':
                    sb.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break; // soft hyphen and zero-width characters carry nothing
                case '\u2018' or '\u2019' or '\u201B' or '\u2032':
                    sb.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033' or '\u00AB' or '\u00BB':
                    sb.Append('"');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    sb.Append('-');
                    break;
                case '\u2028' or '\u2029' or '\f' or '\v':
                    sb.Append('\n');
                    break;
                default:
                    if (char.IsControl(c) && c != '\n') sb.Append(' ');
                    else sb.Append(c);
                    break;
            }
        }

        return new NormalizedText(JoinHyphenatedLineBreaks(sb.ToString()));
    }

    /// <summary>PDF text breaks words at line ends ("pre-\nservation"); join them when the next line goes on in
    /// lower case, which a real compound at a line end ("2703-\nF") would not. One pass, so hostile input with a
    /// million such breaks stays linear.</summary>
    private static string JoinHyphenatedLineBreaks(string text)
    {
        if (!text.Contains("-\n", StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i > 0 && i + 1 < text.Length && text[i + 1] == '\n' && char.IsLetter(text[i - 1]))
            {
                var next = i + 2;
                while (next < text.Length && next - i < 40 && text[next] == ' ') next++;
                if (next < text.Length && char.IsLower(text[next]))
                {
                    i = next - 1;
                    continue;
                }
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The part of a long text that fields are read from: its first 64 K and last 16 K characters. Letterheads,
    /// the request itself and signatures live there; reading the middle of a megabyte paste adds cost, not facts.
    /// Type and flags are still decided on the whole text.
    /// </summary>
    public NormalizedText FieldWindow()
    {
        const int head = 64 * 1024, tail = 16 * 1024;
        if (Value.Length <= head + tail) return this;
        return new NormalizedText(string.Concat(Value.AsSpan(0, head), "\n\n", Value.AsSpan(Value.Length - tail)));
    }

    public int LineIndexOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public int LineCount => _lineStarts.Length;

    public ReadOnlySpan<char> Line(int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] - 1 : Value.Length;
        return Value.AsSpan(start, end - start);
    }

    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    public string LineAt(int offset) => Line(LineIndexOf(offset)).Trim().ToString();

    /// <summary>The sentence around a span: bounded by ., ;, a blank line or a bullet, and at most
    /// <paramref name="maxChars"/> either side, so context checks stay cheap on huge inputs.</summary>
    public (int Start, int End) SentenceAround(int offset, int length, int maxChars = 160)
    {
        var start = offset;
        var limit = Math.Max(0, offset - maxChars);
        while (start > limit)
        {
            var c = Value[start - 1];
            if (c is ';' or '!' or '?' || (c == '.' && IsSentenceEnd(start - 1)) || (c == '\n' && start - 2 >= 0 && Value[start - 2] == '\n')) break;
            start--;
        }
        var end = offset + length;
        var max = Math.Min(Value.Length, end + maxChars);
        while (end < max)
        {
            var c = Value[end];
            if (c is ';' or '!' or '?' || (c == '.' && IsSentenceEnd(end)) || (c == '\n' && end + 1 < Value.Length && Value[end + 1] == '\n')) break;
            end++;
        }
        return (start, end);
    }

    private static readonly HashSet<string> MidSentenceAbbreviations = new(StringComparer.OrdinalIgnoreCase)
        { "bzw", "evtl", "ggf", "vgl", "inkl", "bspw", "sog", "resp", "vs", "cf", "ca", "approx", "aprox", "env", "nr", "art" };

    /// <summary>A period that ends a sentence, not the one in "U.S.C." or "No. 5" or "2703(d).".</summary>
    private bool IsSentenceEnd(int dot)
    {
        if (dot + 1 >= Value.Length) return true;
        var next = Value[dot + 1];
        if (next is not (' ' or '\n')) return false;
        // "U.S.C. 2703", "Det. Smith", "No. 12": a short token before the dot is an abbreviation.
        var wordStart = dot;
        while (wordStart > 0 && dot - wordStart < 8 && !char.IsWhiteSpace(Value[wordStart - 1]) && Value[wordStart - 1] != '(') wordStart--;
        var wordLength = dot - wordStart;
        if (Value.AsSpan(wordStart, wordLength).Contains('.')) return false; // "U.S.C.", "e.g."
        // "Rechtshilfeersuchen bzw. eine Verfügung": abbreviations that never end a sentence.
        if (wordLength is > 0 and <= 5 && MidSentenceAbbreviations.Contains(Value.Substring(wordStart, wordLength))) return false;
        return wordLength > 4 || (wordLength > 0 && char.IsLower(Value[wordStart]) && wordLength > 2);
    }

    /// <summary>A heading: a short line, mostly capitals or standing alone between blank lines.</summary>
    public bool IsHeadingLine(int lineIndex)
    {
        var line = Line(lineIndex).Trim();
        if (line.Length is 0 or > 90) return false;
        int letters = 0, upper = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 4 && upper >= letters * 0.7;
    }
}
