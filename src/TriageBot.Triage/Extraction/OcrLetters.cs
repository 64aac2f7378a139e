namespace TriageBot.Triage.Extraction;

/// <summary>
/// A scanned page read by OCR often has digits and a bar for letters inside words ("sha|| n0t disc|ose", "within 10
/// days 0f issuance", "Resp0nse"). The gag and deadline readers look for words, so they read a copy in which such
/// a digit or bar stands for the letter it replaced, and a letter O between digits for a zero ("2O26"). The copy has
/// the same length, so every offset holds; figures (dates, ids, counts) keep their digits. Only a text with several such words is treated as OCR output: an
/// ordinary letter keeps its usernames untouched.
/// </summary>
internal static class OcrLetters
{
    // Several words with a digit or bar inside letters: one username ("j0hn_d0e") is not a scan. Round 24: three (a
    // short scanned subpoena has "0RDERED", "pr0duce", "C0de" and no more).
    private const int MinNoisyWords = 3;

    /// <summary>The text with OCR's stand-ins read as letters, or the same instance when the text is no OCR output.</summary>
    public static string Repair(string text)
    {
        if (CountStandIns(text) < MinNoisyWords) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            // A letter O between digits is a zero ("2O26").
            if (chars[i] is 'O' or 'o' && i > 0 && i + 1 < chars.Length && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]))
            {
                chars[i] = '0';
                continue;
            }
            if (!IsStandIn(chars[i])) continue;
            var end = i;
            while (end < chars.Length && IsStandIn(chars[end])) end++;
            // A short run (at most two characters, as in "a11", "sha||") touching a letter stands for letters.
            var before = i > 0 ? chars[i - 1] : ' ';
            var after = end < chars.Length ? chars[end] : ' ';
            // "(l0) days", "l1/20/2026": a one read as a letter before a digit is a number, not a word.
            var numberAfterOne = before is 'l' or 'I' && (i < 2 || !char.IsLetter(chars[i - 2])) && !char.IsLetter(after);
            if (end - i <= 2 && !numberAfterOne && (char.IsLetter(before) || char.IsLetter(after)) && !char.IsDigit(before) && !char.IsDigit(after))
            {
                var upper = (char.IsLetter(before) ? char.IsUpper(before) : true) && (char.IsLetter(after) ? char.IsUpper(after) : true);
                for (var j = i; j < end; j++) chars[j] = Letter(chars[j], upper);
            }
            i = end - 1;
        }
        return new string(chars);
    }

    private static bool IsStandIn(char c) => c is '0' or '1' or '|';

    private static char Letter(char c, bool upper) => c switch
    {
        '0' => upper ? 'O' : 'o',
        '1' => upper ? 'I' : 'l',
        _ => upper ? 'I' : 'l',
    };

    private static int CountStandIns(string text)
    {
        var count = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (!IsStandIn(text[i])) continue;
            // A stand-in with a letter on each side ("c0ntents", "vo|ce"), or a bar against a letter ("|nformation").
            // Round 24: or a zero opening a word in capitals ("0RDERED").
            if ((char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) ||
                (text[i] == '|' && (char.IsLetter(text[i - 1]) || char.IsLetter(text[i + 1]))) ||
                (text[i] == '0' && !char.IsLetterOrDigit(text[i - 1]) && i + 2 < text.Length && char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiLetterUpper(text[i + 2])))
                count++;
            if (count >= MinNoisyWords) break;
        }
        return count;
    }
}
