using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// A scope table or list gives each kind of data its own status: "Contents of messages | EXCLUDED", "4. message
/// content ........ WITHDRAWN - not sought", "Conteúdo de mensagens | INDEFERIDO", "d. contents of … — item d is
/// STRICKEN by the Court". The kind is named, but its row refuses it, so naming it asks for nothing. Only the cue's
/// own row is read: its line after the cue, and the lines that wrap its cell or item (indented, no new item, no blank).
/// </summary>
internal static class RowStatus
{
    // A status cell: after a column bar, dot leaders, a tab or a wide gap, a colon or a dash, the status opens the cell.
    private static readonly Regex RefusedCell = Patterns.Build(
        @"(\||\.{3,}|…|\t|[ ]{3,}|:|[ ][-–—][ ])[ \t|]*\(?(" + Refused + @")\b");

    // The item itself says the court or the writer took it out ("item d is STRICKEN by the Court", "this item is
    // withdrawn", "diese Position wurde gestrichen").
    private static readonly Regex StruckItem = Patterns.Build(
        @"\b(is|are|was|were|has\s+been|have\s+been|ist|wurde|est|a\s+[ée]t[ée]|fue|ha\s+sido|foi|è\s+stat[oa]|is\s+door)\s+(hereby\s+)?(stricken|struck|withdrawn|gestrichen|ray[ée]e?|barr[ée]e?|tachad[oa]|riscad[oa]|cancellat[oa]|doorgehaald)\b");

    // A form's question about the kind, answered by its boxes ("Is content requested?  [ ] Yes   [X] No"). A form puts
    // its boxes either before each answer or after it; the first box's place says which, so "Yes   [X] No" is read
    // as the box of "No", not of "Yes".
    private const string Ticked = @"(\[\s*[x✓✔]\s*\]|☒|☑|■)";
    private const string No = @"(no|nein|non|n[ãa]o|nee)\b";
    private const string Yes = @"(yes|ja|oui|s[ií]|sim)\b";
    private static readonly Regex AnyAnswer = Patterns.Build(@"\b(" + No + "|" + Yes + ")");
    private static readonly Regex TickedNoBefore = Patterns.Build(Ticked + @"\s*" + No);
    private static readonly Regex TickedYesBefore = Patterns.Build(Ticked + @"\s*" + Yes);
    private static readonly Regex TickedNoAfter = Patterns.Build(@"\b" + No + @"\s*" + Ticked);
    private static readonly Regex TickedYesAfter = Patterns.Build(@"\b" + Yes + @"\s*" + Ticked);

    private static bool AnsweredNo(ReadOnlySpan<char> answer)
    {
        var box = answer.IndexOfAny("[☐□☒☑■");
        if (box < 0) return false;
        var label = -1;
        foreach (var m in AnyAnswer.EnumerateMatches(answer)) { label = m.Index; break; }
        if (label < 0) return false;
        return box < label
            ? TickedNoBefore.IsMatch(answer) && !TickedYesBefore.IsMatch(answer)
            : TickedNoAfter.IsMatch(answer) && !TickedYesAfter.IsMatch(answer);
    }

    private const string Refused =
        @"excluded|not\s+(sought|requested|authori[sz]ed|included|ordered|covered|required|granted)|withdrawn|stricken|struck|denied|refused|rejected|" +
        @"indeferid[oa]|negad[oa]|n[ãa]o\s+(solicitad|requerid|autorizad|deferid)[oa]|exclu[íi]d[oa]|" +
        @"denegad[oa]|rechazad[oa]|excluid[oa]|no\s+(solicitad|autorizad|concedid)[oa]|retirad[oa]|" +
        @"refus[ée]e?|rejet[ée]e?|exclue?|non\s+(demand|autoris|accord)[ée]e?|retir[ée]e?|" +
        @"abgelehnt|ausgeschlossen|nicht\s+(angefordert|genehmigt|bewilligt|umfasst)|gestrichen|zur[üu]ckgezogen|" +
        @"respint[oa]|rigettat[oa]|esclus[oa]|non\s+(richiest|autorizzat|concess)[oa]|ritirat[oa]|" +
        @"afgewezen|geweigerd|uitgesloten|niet\s+(gevraagd|toegestaan|verleend)|ingetrokken";

    // A line that opens a new item of a list: the item of the cue ends there.
    private static readonly Regex NewItem = Patterns.Build(@"\A[ \t]*(\(?\d{1,2}[.)]|\(?[a-h][.)]|[-–—*•·☐☒]|\[[ xX]?\])[ \t]");

    private const int RowWidth = 400;

    /// <summary>Whether the cue at <paramref name="offset"/> stands in a row or item whose status refuses it.</summary>
    public static bool Refuses(NormalizedText text, int offset, int length)
    {
        var value = text.Value;
        var line = text.LineIndexOf(offset);
        var from = offset + length;
        // A row's status stands within the width of a page; an endless line is read no further than that.
        var lineEnd = value.IndexOf('\n', from);
        if (lineEnd < 0) lineEnd = value.Length;
        var rest = value.AsSpan(from, Math.Min(lineEnd - from, RowWidth));
        if (RefusedCell.IsMatch(rest) || StruckItem.IsMatch(rest)) return true;
        if (rest.IndexOf('?') is var question and >= 0 && AnsweredNo(rest[(question + 1)..])) return true;
        // The cell or item wraps onto the lines below: indented, no new item, no blank line; two at most.
        for (var next = line + 1; next <= Math.Min(text.LineCount - 1, line + 2); next++)
        {
            var wrapped = text.Line(next);
            if (wrapped.Length > RowWidth) wrapped = wrapped[..RowWidth];
            if (wrapped.IsWhiteSpace() || wrapped[0] is not (' ' or '\t') || NewItem.IsMatch(wrapped)) break;
            if (RefusedCell.IsMatch(wrapped) || StruckItem.IsMatch(wrapped)) return true;
        }
        return false;
    }
}
