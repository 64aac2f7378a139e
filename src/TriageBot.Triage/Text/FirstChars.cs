using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// The ASCII characters a pattern's match can begin with, read from the pattern's text: a superset, never less. A
/// cue family (<see cref="CueSet"/>) asks a part about a place only when the character there can begin one of its
/// cues; every other part is passed without a regex call.
/// </summary>
/// <remarks>
/// Any construct this reader does not know (an inline option, a lookaround, class subtraction, a Unicode category other
/// than letters) makes the answer "any character", as does a pattern that can match the empty string. A character
/// outside ASCII in the text is never excluded (case folding and categories there are left to the engine).
/// </remarks>
internal readonly struct FirstChars
{
    private readonly UInt128 _ascii;

    private FirstChars(UInt128 ascii, bool any)
    {
        _ascii = ascii;
        Any = any;
    }

    /// <summary>Every character may begin a match: nothing is excluded.</summary>
    public bool Any { get; }

    public static FirstChars All => new(UInt128.MaxValue, true);

    /// <summary>Whether a match can begin with <paramref name="c"/>.</summary>
    public bool Allows(char c) => Any || c >= 128 || ((_ascii >> c) & UInt128.One) != UInt128.Zero;

    public FirstChars Union(FirstChars other) => new(_ascii | other._ascii, Any || other.Any);

    /// <summary>What a match of <paramref name="pattern"/> under <paramref name="options"/> can begin with.</summary>
    public static FirstChars Of(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0) return All;
        try
        {
            var reader = new Reader(pattern);
            var (set, nullable) = reader.Alternation();
            // A stray ")" or anything left unread: not understood.
            if (reader.Position != pattern.Length || nullable) return All;
            return new FirstChars(set, false);
        }
        catch (NotSupportedException)
        {
            return All;
        }
    }

    /// <summary>A recursive reader of the regex syntax the cues use, computing (first characters, can be empty).</summary>
    private sealed class Reader(string pattern)
    {
        public int Position;

        private static readonly UInt128 AllAscii = UInt128.MaxValue;

        private bool AtEnd => Position >= pattern.Length;

        private char Peek => pattern[Position];

        public (UInt128 Set, bool Nullable) Alternation()
        {
            var (set, nullable) = Sequence();
            while (!AtEnd && Peek == '|')
            {
                Position++;
                var (other, otherNullable) = Sequence();
                set |= other;
                nullable |= otherNullable;
            }
            return (set, nullable);
        }

        private (UInt128 Set, bool Nullable) Sequence()
        {
            UInt128 set = 0;
            var nullable = true;   // so far every atom could match empty
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                var (atom, atomNullable) = Quantified();
                if (nullable) set |= atom;
                nullable &= atomNullable;
            }
            return (set, nullable);
        }

        private (UInt128 Set, bool Nullable) Quantified()
        {
            var (set, nullable) = Atom();
            while (!AtEnd)
            {
                var c = Peek;
                if (c is '*' or '?')
                {
                    Position++;
                    nullable = true;
                }
                else if (c == '+') Position++;
                else if (c == '{' && TryReadBraces(out var min)) nullable |= min == 0;
                else break;
                if (!AtEnd && Peek == '?') Position++;   // lazy
            }
            return (set, nullable);
        }

        /// <summary>"{n}", "{n,}", "{n,m}": reads it and gives n; false (nothing read) when the brace is a literal.</summary>
        private bool TryReadBraces(out int min)
        {
            min = 0;
            var close = pattern.IndexOf('}', Position);
            if (close < 0) return false;
            var body = pattern.AsSpan(Position + 1, close - Position - 1);
            var comma = body.IndexOf(',');
            var first = comma < 0 ? body : body[..comma];
            if (!int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out min)) return false;
            if (comma >= 0 && comma + 1 < body.Length &&
                !int.TryParse(body[(comma + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) return false;
            Position = close + 1;
            return true;
        }

        private (UInt128 Set, bool Nullable) Atom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(':
                    if (!AtEnd && Peek == '?')
                    {
                        // Only plain non-capturing and named groups are read; anything else is not understood.
                        Position++;
                        if (!AtEnd && Peek == ':') Position++;
                        else if (!AtEnd && Peek == '<' && Position + 1 < pattern.Length && char.IsLetter(pattern[Position + 1]))
                        {
                            var close = pattern.IndexOf('>', Position);
                            if (close < 0) throw new NotSupportedException();
                            Position = close + 1;
                        }
                        else throw new NotSupportedException();
                    }
                    var inner = Alternation();
                    if (AtEnd || Peek != ')') throw new NotSupportedException();
                    Position++;
                    return inner;
                case '[':
                    return (Class(), false);
                case '.':
                    return (AllAscii, false);
                case '^' or '$':
                    return (0, true);
                case '\\':
                    return Escape(inClass: false);
                case '*' or '+' or '?' or ')' or '|':
                    throw new NotSupportedException();
                default:
                    return (Fold(c), false);
            }
        }

        /// <summary>After a backslash: zero-width anchors are empty, shorthand classes their characters.</summary>
        private (UInt128 Set, bool Nullable) Escape(bool inClass)
        {
            if (AtEnd) throw new NotSupportedException();
            var c = pattern[Position++];
            switch (c)
            {
                case 'b' when !inClass:
                case 'B' or 'A' or 'z' or 'Z' or 'G' when !inClass:
                    return (0, true);
                case 'b':
                    return (Bit('\b'), false);
                case 's':
                    // .NET's \s is [\f\n\r\t\v\x85\p{Z}]; the separators 0x1C-0x1F are added to be safe.
                    return (Bits(" \t\n\v\f\r\u001c\u001d\u001e\u001f"), false);
                case 'd':
                    return (Range('0', '9'), false);
                case 'w':
                    return (Letters | Range('0', '9') | Bit('_'), false);
                case 'p':
                    {
                        // \p{L}, \p{Lu}, \p{Ll}: letters (either case: the cues are read ignoring case).
                        if (AtEnd || Peek != '{') throw new NotSupportedException();
                        var close = pattern.IndexOf('}', Position);
                        if (close < 0) throw new NotSupportedException();
                        var name = pattern[(Position + 1)..close];
                        Position = close + 1;
                        return name is "L" or "Lu" or "Ll" ? (Letters, false) : throw new NotSupportedException();
                    }
                case 'n': return (Bit('\n'), false);
                case 't': return (Bit('\t'), false);
                case 'r': return (Bit('\r'), false);
                case 'f': return (Bit('\f'), false);
                case 'v': return (Bit('\v'), false);
                case 'e': return (Bit('\u001b'), false);
                case 'x' or 'u':
                    {
                        var digits = c == 'x' ? 2 : 4;
                        if (Position + digits > pattern.Length ||
                            !int.TryParse(pattern.AsSpan(Position, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
                            throw new NotSupportedException();
                        Position += digits;
                        return (Fold((char)code), false);
                    }
                default:
                    // An escaped punctuation character stands for itself; letters and digits not read above are
                    // other constructs (\S, \W, \D, \P, \k, \1, ...).
                    if (char.IsAsciiLetterOrDigit(c)) throw new NotSupportedException();
                    return (Fold(c), false);
            }
        }

        /// <summary>A character class; a negated one is any character.</summary>
        private UInt128 Class()
        {
            if (AtEnd) throw new NotSupportedException();
            if (Peek == '^')
            {
                // A negated class may begin with any character: read past it (no "]" inside one the cues use).
                var close = pattern.IndexOf(']', Position + 2);
                if (close < 0 || pattern.AsSpan(Position, close - Position).Contains('[')) throw new NotSupportedException();
                Position = close + 1;
                return AllAscii;
            }
            UInt128 set = 0;
            var first = true;
            while (true)
            {
                if (AtEnd) throw new NotSupportedException();
                var c = pattern[Position];
                if (c == ']' && !first)
                {
                    Position++;
                    return set;
                }
                first = false;
                if (c == '[') throw new NotSupportedException();   // subtraction
                int low;
                Position++;
                if (c == '\\')
                {
                    var before = Position;
                    var (escaped, _) = Escape(inClass: true);
                    // A single escaped character can start a range; a shorthand class cannot.
                    var single = pattern[before] is not ('s' or 'd' or 'w' or 'p');
                    if (!single)
                    {
                        set |= escaped;
                        continue;
                    }
                    low = LastChar(before);
                }
                else low = c;
                if (Position + 1 < pattern.Length && Peek == '-' && pattern[Position + 1] != ']')
                {
                    Position++;
                    var hc = pattern[Position++];
                    int high;
                    if (hc == '\\')
                    {
                        var before = Position;
                        Escape(inClass: true);
                        if (pattern[before] is 's' or 'd' or 'w' or 'p') throw new NotSupportedException();
                        high = LastChar(before);
                    }
                    else high = hc;
                    if (high < low) throw new NotSupportedException();
                    for (var ch = low; ch <= high; ch++) set |= Fold((char)ch);
                }
                else set |= Fold((char)low);
            }
        }

        /// <summary>The character a single escape (read from <paramref name="at"/>) stands for.</summary>
        private char LastChar(int at) => pattern[at] switch
        {
            'n' => '\n', 't' => '\t', 'r' => '\r', 'f' => '\f', 'v' => '\v', 'e' => '\u001b', 'b' => '\b',
            'x' => (char)int.Parse(pattern.AsSpan(at + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture),
            'u' => (char)int.Parse(pattern.AsSpan(at + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture),
            var other => other,
        };

        private static readonly UInt128 Letters = Range('a', 'z') | Range('A', 'Z');

        private static UInt128 Bit(char c) => c < 128 ? UInt128.One << c : 0;

        private static UInt128 Bits(string chars)
        {
            UInt128 set = 0;
            foreach (var c in chars) set |= Bit(c);
            return set;
        }

        private static UInt128 Range(char low, char high)
        {
            UInt128 set = 0;
            for (var c = low; c <= high; c++) set |= Bit(c);
            return set;
        }

        /// <summary>The ASCII characters <paramref name="c"/> matches ignoring case: itself, its other case, and
        /// for the few characters outside ASCII that fold into it (the Kelvin sign, the long s, the dotted and
        /// dotless i), those.</summary>
        private static UInt128 Fold(char c)
        {
            var set = Bit(c) | Bit(char.ToLowerInvariant(c)) | Bit(char.ToUpperInvariant(c));
            switch (c)
            {
                case '\u212A': set |= Bits("kK"); break;
                case '\u017F': set |= Bits("sS"); break;
                case '\u0130' or '\u0131': set |= Bits("iI"); break;
                case '\u212B': set |= Bits("aA"); break;
            }
            return set;
        }
    }
}
