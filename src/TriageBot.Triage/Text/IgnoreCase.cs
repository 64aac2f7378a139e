using System.Buffers;
using System.Text;

namespace TriageBot.Triage.Text;

/// <summary>
/// Ordinal case-insensitive search, answering exactly as <c>IndexOf(…, StringComparison.OrdinalIgnoreCase)</c> does,
/// without its cost. The engine runs with invariant globalization, where that search compares character by character
/// (upper-casing each) instead of using the vectorised search it gets otherwise: a few whole-text searches of that
/// kind per request (an account's name looked up again in the text, "ncmec" anywhere) cost as much as a regex pass.
/// </summary>
internal static class IgnoreCase
{
    /// <summary>The only characters outside ASCII whose invariant upper case is ASCII (ı → I, ſ → S): where a text
    /// holds one, the runtime's own search is asked.</summary>
    private static readonly SearchValues<char> FoldToAscii = SearchValues.Create("\u0131\u017F");

    /// <summary>Where <paramref name="value"/> first stands in <paramref name="text"/>, ignoring case; -1 if nowhere.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || !Ascii.IsValid(value) || text.ContainsAny(FoldToAscii))
            return text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        // An ASCII value matches only where its first character stands in either case; each such place is compared
        // the runtime's way.
        var first = value[0];
        var (lower, upper) = char.IsAsciiLetter(first) ? ((char)(first | 0x20), (char)(first & ~0x20)) : (first, first);
        for (var offset = 0; offset <= text.Length - value.Length;)
        {
            var found = text[offset..].IndexOfAny(lower, upper);
            if (found < 0) return -1;
            var at = offset + found;
            if (at > text.Length - value.Length) return -1;
            if (text.Slice(at, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase)) return at;
            offset = at + 1;
        }
        return -1;
    }

    /// <summary>The same from <paramref name="start"/> on (as <c>string.IndexOf(value, start, comparison)</c>).</summary>
    public static int IndexOf(string text, string value, int start = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start, (uint)text.Length, nameof(start));
        var at = IndexOf(text.AsSpan(start), value);
        return at < 0 ? -1 : start + at;
    }

    public static bool Contains(ReadOnlySpan<char> text, ReadOnlySpan<char> value) => IndexOf(text, value) >= 0;
}

/// <summary>
/// Whether a text holds any of a list of words, ignoring case (what <c>SearchValues&lt;string&gt;</c> with
/// OrdinalIgnoreCase answers). One accented word in the list sends the runtime's search down a slow path for the
/// whole list, character by character; here the ASCII words get the vectorised search, and the others are looked for
/// only in a text that has a character outside ASCII, which they need to match (none of them holds one of the
/// two characters that upper-case into ASCII).
/// </summary>
internal sealed class AnyWord
{
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;

    public AnyWord(IEnumerable<string> words)
    {
        var list = words.ToList();
        var ascii = list.Where(w => Ascii.IsValid(w)).ToArray();
        var other = list.Where(w => !Ascii.IsValid(w)).ToArray();
        if (other.Any(w => w.AsSpan().ContainsAny('\u0131', '\u017F')))
            throw new ArgumentException("a word holding ı or ſ can match ASCII text; keep it in a SearchValues of its own", nameof(words));
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Length > 0 ? SearchValues.Create(other, StringComparison.OrdinalIgnoreCase) : null;
    }

    public bool In(ReadOnlySpan<char> text) =>
        (_ascii is not null && text.ContainsAny(_ascii)) ||
        (_other is not null && text.ContainsAnyExceptInRange('\0', '\u007F') && text.ContainsAny(_other));
}
