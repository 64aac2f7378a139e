using System.Text;
using System.Text.RegularExpressions;
using TriageBot.Triage.Text;

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
    // Issue 11 round 12: also in groups, as letters print long numbers ("217 355 802", "217-366-059", "217.355.802"),
    // and with one stray space a layout left inside ("2174 40986"); the whole must still be 8 to 10 digits.
    private const string Grouped = @"\b\d{1,3}([ .-]|\r?\n[ \t]*)\d{3}([ .-]|\r?\n[ \t]*)\d{3}\b|\b\d{3,5} \d{3,6}\b";
    private const string Id = @"(" + Grouped + @"|\d{6,10}|\d{1,9}-\r?\n[ \t]*\d{1,9}|\d{1,5}\r?\n[ \t]*\d{1,9})";

    private static readonly Regex Cited = Patterns.Build(
        @"(cyber\s*tip(line)?|\bNCMEC\b)([\s-]+(cyber\s*tip(line)?|reports?|reportes?|informes?|meldung(en)?|hinweis(e|en)?|melding(en)?|signalements?|rapports?|den[uú]ncias?|relat[óo]rios?|segnalazion[ei])\b|\s*\(\s*(NCMEC|cyber\s*tip(line)?)\s*\)){0,3}" +
        // NFKC makes the ordinal "º" a plain "o": "n.º" reads "n.o".
        @"[\s-]*(numbers?|nos?\.?|nr\.?|n\.?\s*[º°o]\.?|n\.|num[eé]ro|n[uú]mero|nummer|#|ids?)?\s*[:#]?\s*" +
        $@"(?<ids>{Id}(\s*(,|;|&|and|und|et|e|y|ed|en|/)\s*((nos?\.?|nr\.?|n\.?\s*[º°]\.?|n\.|#)\s*)?{Id})*)");

    private static readonly Regex Piece = Patterns.Build(Grouped + @"|\d+(-?\r?\n[ \t]*\d+)?");

    /// <summary>Adds to <paramref name="found"/> (the ids read so far, in text order) the ones cited this way.</summary>
    public static List<string> AddTo(string text, List<string> found)
    {
        if (!IgnoreCase.Contains(text, "ncmec") && !IgnoreCase.Contains(text, "cybertip"))
            return found;
        foreach (Match m in Cited.Matches(text))
        {
            foreach (Match piece in Piece.Matches(m.Groups["ids"].Value))
            {
                var digits = new StringBuilder(piece.Length);
                foreach (var c in piece.ValueSpan) if (char.IsAsciiDigit(c)) digits.Append(c);
                var id = digits.ToString();
                // Joined across a bare line break, the whole must have a CyberTipline number's usual length.
                // A number in groups or with a stray space is whole only at a CyberTipline number's usual length too.
                var joinedBare = piece.ValueSpan.ContainsAny('\n', ' ', '.') && !piece.ValueSpan.Contains('-') || piece.ValueSpan.Count('-') > 1;
                if (id.Length is >= 6 and <= 10 && (!joinedBare || id.Length >= 8) && !found.Contains(id)) found.Add(id);
            }
        }
        return found;
    }
}
