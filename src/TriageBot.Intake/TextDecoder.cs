using System.Text;
using System.Text.Unicode;

namespace TriageBot.Intake;

/// <summary>
/// Turns the bytes of a text file into a string without knowing its encoding: a byte-order mark decides; else
/// valid UTF-8 is UTF-8; else it is taken as Windows-1252, the usual encoding of text saved on Western Windows
/// machines, which decodes any byte, so non-UTF-8 text is still read.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 first: its little-endian mark begins with UTF-16's.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Utf32LittleEndian.GetString(bytes[4..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Utf32BigEndian.GetString(bytes[4..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16LittleEndian.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16BigEndian.GetString(bytes[2..]);
        // Before UTF-8: UTF-16 of Latin text is valid UTF-8 too, full of NULs.
        switch (Utf16WithoutMark(bytes))
        {
            case false: return Utf16LittleEndian.GetString(bytes);
            case true: return Utf16BigEndian.GetString(bytes);
        }
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
    }

    /// <summary>Decodes with the charset a MIME part declares, unless it says UTF-8/ASCII or nothing, which
    /// mailers often get wrong: then the same guessing as for files applies.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (charset is null || IsUtf8OrAscii(charset)) return Decode(bytes);
        // Mail labelled Latin-1 is usually Windows-1252 (curly quotes, euro sign), as browsers also assume.
        if (IsLatin1(charset)) return Windows1252.GetString(bytes);
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? FrameworkEncoding(charset);
        return encoding is null ? Decode(bytes) : encoding.GetString(bytes);
    }

    private static Encoding? FrameworkEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: guess as for a file
        }
    }

    /// <summary>Text never holds NUL, and only a few other control characters (tab, line breaks, form feed).</summary>
    public static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0') return true;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u001B')) controls++;
        }
        return controls * 20 > text.Length; // over 5%
    }

    /// <summary>The same test on raw bytes, for files that must be 8-bit text (e-mail).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0) return true;
            if ((b < 0x20 || b == 0x7F) && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or (byte)'\v' or 0x1B)) controls++;
        }
        return controls * 20L > bytes.Length;
    }

    private static bool IsUtf8OrAscii(string charset) =>
        charset.Trim().ToLowerInvariant() is "utf-8" or "utf8" or "us-ascii" or "ascii" or "ansi_x3.4-1968";

    private static bool IsLatin1(string charset) =>
        charset.Trim().ToLowerInvariant() is "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "cp819";

    /// <summary>UTF-16 saved without a mark: Latin text then has a zero in every other byte. Null when not.</summary>
    private static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0) continue;
            if (i % 2 == 0) evenZeros++;
            else oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs) return false;
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs) return true;
        return null;
    }
}
