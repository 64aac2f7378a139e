using System.Text;
using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// CyberTipline report numbers as letters in the seven languages cite them, which the English reading misses:
/// "CyberTipline-Meldung Nr. 218004417", "reporte CyberTipline N.º …", "segnalazione NCMEC n. …", "NCMEC-melding
/// …", several in one sentence ("denúncias NCMEC nº … e nº …"), and a number a PDF wrapped at a hyphen
/// ("Reports 217104458 and 2171-\n19902") or with no hyphen at all ("Reports 217104458 and 2171\n19902").
/// Only texts that name NCMEC or the CyberTipline are read.
/// </summary>
internal static class ForeignReportIds
{
    // A wrap with no hyphen is read only when the digits before the break are too few to be an id (at most five):
    // a whole id at a line's end followed by a line that starts with a number stays two things.
    private const string Id = @"(\d{6,10}|\d{1,9}-\r?\n[ \t]*\d{1,9}|\d{1,5}\r?\n[ \t]*\d{1,9})";

    private static readonly Regex Cited = Patterns.Build(
        @"(cyber\s*tip(line)?|\bNCMEC\b)([\s-]+(cyber\s*tip(line)?|reports?|reportes?|meldung(en)?|melding(en)?|signalements?|den[uú]ncias?|segnalazion[ei])\b|\s*\(\s*(NCMEC|cyber\s*tip(line)?)\s*\)){0,3}" +
        @"[\s-]*(numbers?|nos?\.?|nr\.?|n\.?\s*[º°]\.?|n\.|num[eé]ro|n[uú]mero|nummer|#|ids?)?\s*[:#]?\s*" +
        $@"(?<ids>{Id}(\s*(,|;|&|and|und|et|e|y|ed|en|/)\s*((nos?\.?|nr\.?|n\.?\s*[º°]\.?|n\.|#)\s*)?{Id})*)");

    private static readonly Regex Piece = Patterns.Build(@"\d+(-?\r?\n[ \t]*\d+)?");

    /// <summary>Adds to <paramref name="found"/> (the ids read so far, in text order) the ones cited this way.</summary>
    public static List<string> AddTo(string text, List<string> found)
    {
        if (!text.Contains("ncmec", StringComparison.OrdinalIgnoreCase) && !text.Contains("cybertip", StringComparison.OrdinalIgnoreCase))
            return found;
        foreach (Match m in Cited.Matches(text))
        {
            foreach (Match piece in Piece.Matches(m.Groups["ids"].Value))
            {
                var digits = new StringBuilder(piece.Length);
                foreach (var c in piece.ValueSpan) if (char.IsAsciiDigit(c)) digits.Append(c);
                var id = digits.ToString();
                // Joined across a bare line break, the whole must have a CyberTipline number's usual length.
                var joinedBare = piece.ValueSpan.Contains('\n') && !piece.ValueSpan.Contains('-');
                if (id.Length is >= 6 and <= 10 && (!joinedBare || id.Length >= 8) && !found.Contains(id)) found.Add(id);
            }
        }
        return found;
    }
}
