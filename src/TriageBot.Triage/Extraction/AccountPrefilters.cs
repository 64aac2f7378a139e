using System.Buffers;
using System.Text;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// Cheap tests, asked before <see cref="AccountExtractor"/>'s whole-text passes, that a text holds what a pattern's
/// every match must hold (an "@" after a blank, a quote opened after a blank, a naming word before a handle's shape).
/// Each answers "maybe" wherever the pattern can match and "no" only where it cannot, so a pass skipped on "no"
/// would have found nothing: the accounts read stay the same, and most requests (no usernames, no quoted names)
/// skip most passes. Tests hold every test to its pattern on every sample.
/// </summary>
/// <remarks>
/// The patterns ignore case, and .NET's case-insensitive matching lets a few characters outside ASCII stand for ASCII
/// letters (the Kelvin sign for "k"). The word tests below compare ASCII only, so they answer "maybe" for any text
/// with a character outside ASCII; the character tests involve no letters and hold for any text.
/// </remarks>
internal static class AccountPrefilters
{
    /// <summary><c>Username</c>: an "@" at a line's start or after a blank or one of <c>([,;:"'</c>.</summary>
    public static bool MayHaveAtHandle(string text)
    {
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            if (at == 0) return true;
            if (OpensAtHandle(text[at - 1])) return true;
        }
        return false;
    }

    /// <summary>What may stand right before a <c>Username</c>'s "@": a blank or one of <c>([,;:"'</c>.</summary>
    public static bool OpensAtHandle(char before) => char.IsWhiteSpace(before) || before is '(' or '[' or ',' or ';' or ':' or '"' or '\'';

    /// <summary><c>QuotedUsername</c>: a straight quote right after a blank ("account "x"", "user 'x'").</summary>
    public static bool MayHaveQuoteAfterBlank(string text)
    {
        for (var at = text.AsSpan().IndexOfAny('"', '\''); at >= 0;)
        {
            if (at > 0 && char.IsWhiteSpace(text[at - 1])) return true;
            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny('"', '\'') : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static readonly SearchValues<string> LabelWords = SearchValues.Create(
        ["name", "handle", "utilisateur", "pseudo", "usuario"], StringComparison.OrdinalIgnoreCase);

    /// <summary><c>LabelledUsername</c>: one of its label words ("user name", "handle", "pseudo", …), each of which
    /// holds one of <see cref="LabelWords"/>.</summary>
    public static bool MayHaveUsernameLabel(string text) => !Ascii.IsValid(text) || text.AsSpan().ContainsAny(LabelWords);

    /// <summary><c>QuotedHandle</c>: an opening quote or bracket, maybe an "@", a letter, two or more handle characters
    /// and a closing quote or bracket right after them.</summary>
    public static bool MayHaveQuotedHandle(string text)
    {
        if (!Ascii.IsValid(text)) return true;
        for (var at = text.AsSpan().IndexOfAny(OpeningQuotes); at >= 0;)
        {
            var i = at + 1;
            if (i < text.Length && text[i] == '@') i++;
            if (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.' or '-')) end++;
                if (end - i - 1 >= 2 && end < text.Length && text[end] is '"' or ')' or '\'') return true;
            }
            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(OpeningQuotes) : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>How many windows a reading asks its pattern about before one pass over the rest of the text costs
    /// less: a regex call costs about as much as reading a hundred characters, and a hostile text may hold a mark
    /// every few characters.</summary>
    public const int MaxWindows = 200;

    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"('");

    // BareHandle's naming words, lower case; "name" stands for "user name", "account name", ….
    private static readonly HashSet<string> BareHandleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nutzerkonto", "benutzerkonto", "benutzername", "username", "usernames", "name", "handle", "handles", "account", "accounts", "konto", "compte", "perfil",
        "profilo", "profil", "conta", "cuenta", "utente", "gebruiker", "user", "usuario", "utilisateur", "nutzer", "target",
        "pseudo", "pseudonym", "pseudonyme", "seudonimo", "alias", "nickname",
    };

    /// <summary><c>BareHandle</c>: a run of handle characters holding an underscore or an inner dot, that starts with a
    /// letter right after a blank (or an "@" after one), with one of the naming words as the word before the blanks.</summary>
    public static bool MayHaveBareHandle(string text)
    {
        if (!Ascii.IsValid(text)) return true;
        for (var at = text.AsSpan().IndexOfAny('_', '.'); at >= 0;)
        {
            var start = at;
            while (start > 0 && IsHandleChar(text[start - 1])) start--;
            var end = at;
            while (end < text.Length && IsHandleChar(text[end])) end++;
            if (HasHandleMark(text.AsSpan(start, end - start)) && NamedBefore(text, start)) return true;
            var next = end < text.Length ? text.AsSpan(end).IndexOfAny('_', '.') : -1;
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    /// <summary><c>BareHandle</c>'s matches, in order, each found in a window from the naming word (or the word before
    /// "name") to the end of its handle's run, instead of one whole-text pass: what <c>pattern.Matches(text)</c>
    /// gives. A text with a character outside ASCII gets the whole-text pass.</summary>
    /// <remarks>A match is a naming word at a word's start, blanks (maybe "name" and blanks), maybe an "@", and a handle
    /// that is the start of a run of handle characters holding an underscore or an inner dot: each such run with a naming
    /// word (or "name") right before its blanks opens one window. A window whose first character follows a word
    /// character (where <c>\b</c> fails in the whole text) or that starts inside a match already found is passed.</remarks>
    public static IEnumerable<System.Text.RegularExpressions.Match> BareHandles(string text, System.Text.RegularExpressions.Regex pattern)
    {
        if (!Ascii.IsValid(text))
        {
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(text)) yield return m;
            yield break;
        }
        var lastEnd = 0;
        var windows = 0;
        for (var at = text.AsSpan().IndexOfAny('_', '.'); at >= 0;)
        {
            // Past this many windows (pasted data), one pass over the rest from the last match's end finds the same.
            if (++windows > MaxWindows)
            {
                for (var rest = pattern.Match(text, lastEnd); rest.Success; rest = rest.NextMatch()) yield return rest;
                yield break;
            }
            var start = at;
            while (start > 0 && IsHandleChar(text[start - 1])) start--;
            var end = at;
            while (end < text.Length && IsHandleChar(text[end])) end++;
            if (HasHandleMark(text.AsSpan(start, end - start)) && WindowStart(text, start) is { } from && from >= lastEnd &&
                (from == 0 || !char.IsAsciiLetterOrDigit(text[from - 1]) && text[from - 1] != '_'))
            {
                var m = pattern.Match(text, from, end - from);
                if (m.Success && m.Index >= lastEnd)
                {
                    lastEnd = m.Index + m.Length;
                    yield return m;
                }
            }
            var next = end < text.Length ? text.AsSpan(end).IndexOfAny('_', '.') : -1;
            at = next < 0 ? -1 : end + next;
        }
    }

    /// <summary>Where the naming word before a run starts (the word before "name" when the word is "name"), or null
    /// when no naming word stands there.</summary>
    private static int? WindowStart(string text, int start)
    {
        if (!char.IsAsciiLetter(text[start])) return null;
        var i = start;
        if (i > 0 && text[i - 1] == '@') i--;
        if (i == 0 || !char.IsWhiteSpace(text[i - 1])) return null;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        var wordEnd = i;
        while (i > 0 && char.IsAsciiLetter(text[i - 1])) i--;
        if (wordEnd == i || !BareHandleWords.Contains(text[i..wordEnd])) return null;
        if (!text.AsSpan(i, wordEnd - i).Equals("name", StringComparison.OrdinalIgnoreCase)) return i;
        // "user name", "account name": the naming word stands before "name".
        var j = i;
        while (j > 0 && char.IsWhiteSpace(text[j - 1])) j--;
        var before = j;
        while (j > 0 && char.IsAsciiLetter(text[j - 1])) j--;
        return before > j ? j : i;
    }

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';

    /// <summary>An underscore, or a dot with a letter or digit after it.</summary>
    private static bool HasHandleMark(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length; i++)
            if (run[i] == '_' || (run[i] == '.' && i + 1 < run.Length && char.IsAsciiLetterOrDigit(run[i + 1]))) return true;
        return false;
    }

    /// <summary>The run starts with a letter after blanks (and maybe an "@"), and the word before the blanks is a
    /// naming word.</summary>
    private static bool NamedBefore(string text, int start)
    {
        if (!char.IsAsciiLetter(text[start])) return false;
        var i = start;
        if (i > 0 && text[i - 1] == '@') i--;
        if (i == 0 || !char.IsWhiteSpace(text[i - 1])) return false;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        var wordEnd = i;
        while (i > 0 && char.IsAsciiLetter(text[i - 1])) i--;
        return wordEnd > i && BareHandleWords.Contains(text[i..wordEnd]);
    }

    private static readonly SearchValues<string> NumericIdWords = SearchValues.Create(
        ["identificador", "identifiant", "identificativo", "identificatie", "kennung", "numeric", "numeriek", "numerisch"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary><c>NumericId</c>: a straight double quote (an id beside a quoted name), one of its id words, or "user"
    /// with blanks and "id" (or "ld", "1d") after it.</summary>
    public static bool MayHaveNumericId(string text)
    {
        if (!Ascii.IsValid(text) || text.Contains('"') || text.AsSpan().ContainsAny(NumericIdWords)) return true;
        for (var at = IndexOfUser(text, 0); at >= 0; at = IndexOfUser(text, at + 4))
        {
            var i = at + 4;
            if (i >= text.Length || !char.IsWhiteSpace(text[i])) continue;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i + 1 < text.Length && text[i] is 'i' or 'I' or 'l' or 'L' or '1' && text[i + 1] is 'd' or 'D') return true;
        }
        return HasBracketedWordId(text);
    }

    /// <summary>The bracketed form "(interne ID 8820…)": an opening bracket, one word, blanks, then "id" (or "ld", "1d").</summary>
    private static bool HasBracketedWordId(string text)
    {
        for (var at = text.IndexOf('('); at >= 0; at = text.IndexOf('(', at + 1))
        {
            var i = at + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var wordStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            if (i == wordStart || i >= text.Length || !char.IsWhiteSpace(text[i])) continue;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i + 1 < text.Length && text[i] is 'i' or 'I' or 'l' or 'L' or '1' && text[i + 1] is 'd' or 'D') return true;
        }
        return false;
    }

    private static int IndexOfUser(string text, int from) =>
        from >= text.Length ? -1 : IgnoreCase.IndexOf(text, "user", from);

    private static readonly string[] AccountIdWordList =
        ["account", "user", "customer", "subscriber", "member", "organisation", "organization", "org", "workspace", "konto", "compte", "cuenta"];

    private static readonly SearchValues<string> AccountIdWords = SearchValues.Create(AccountIdWordList, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>AccountId</c>: one of its account words, then maybe a blank or hyphen, then "id", "nu"(mber), "no",
    /// "nr" or "#".</summary>
    public static bool MayHaveAccountId(string text)
    {
        if (!Ascii.IsValid(text)) return true;
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var found = span[from..].IndexOfAny(AccountIdWords);
            if (found < 0) return false;
            var at = from + found;
            foreach (var word in AccountIdWordList)
            {
                if (span.Length - at < word.Length || !Ascii.EqualsIgnoreCase(span.Slice(at, word.Length), word)) continue;
                var end = at + word.Length;
                if (IdLabelAt(span, end)) return true;
                if (end < span.Length && (char.IsWhiteSpace(span[end]) || span[end] == '-') && IdLabelAt(span, end + 1)) return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static bool IdLabelAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length) return false;
        if (text[at] == '#') return true;
        if (at + 1 >= text.Length) return false;
        var (a, b) = (char.ToLowerInvariant(text[at]), char.ToLowerInvariant(text[at + 1]));
        return (a == 'i' && b == 'd') || (a == 'n' && b is 'u' or 'o' or 'r');
    }
}
