using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// What the non-disclosure cues of a whole document add up to, beyond each cue's own sentence. A sealed case
/// ("segredo de justiça", "secreto de sumario") binds the parties to the case, not the provider: it supports a
/// gag that some other words impose, and is none alone, however often a caption and a footer repeat it.
/// </summary>
internal static class NonDisclosureScope
{
    /// <summary>The hits, with those for a sealed case weighed 0 when nothing else in the document forbids notice.</summary>
    public static List<CueHit> Reweigh(List<CueHit> hits)
    {
        if (hits.Count == 0) return hits;
        var sealedOnly = true;
        var anySealed = false;
        foreach (var hit in hits)
        {
            if (hit.Weight <= 0) continue;
            if (IsSealedCase(hit)) anySealed = true;
            else sealedOnly = false;
        }
        if (!anySealed || !sealedOnly) return hits;
        return [.. hits.Select(h => IsSealedCase(h) ? h with { Weight = 0 } : h)];
    }

    // A period or an end date stated beside the gag, in the seven languages read: "for a period of twelve months",
    // "durante dos (2) meses", "per un periodo di sei mesi", "na 1 juni 2027", "until 30 June 2027". Not "within 14
    // days", which is when to produce.
    private static readonly Regex End = Patterns.Build(
        @"\b(for|during|f[üu]r|w[äa]hrend|pendant|durant|durante|por|pelo|per|voor|gedurende|l[äa]ngstens)\s+((a|the|un|una|um|uma|einen|een|la|le|il|o|el|de)\s+)?((period|term|duration|zeitraum|dauer|p[ée]riode|dur[ée]e|per[ií]odo|prazo|plazo|periodo|durata|termijn|duur)\s+(of|von|de|di|van)\s+)?" +
        @"(\d{1,4}|one|two|three|four|six|nine|twelve|eighteen|ninety|one\s+hundred\s+(and\s+)?eighty|ein(en|em)?|zwei|drei|vier|sechs|neun|zw[öo]lf|achtzehn|un|une|deux|trois|quatre|neuf|douze|dix-huit|uno|una|dos|tres|cuatro|seis|nueve|doce|dieciocho|um|uma|dois|duas|tr[êe]s|quatro|nove|dezoito|uno|due|tre|quattro|sei|nove|dodici|diciotto|een|twee|drie|zes|negen|twaalf|achttien)\s+(\([\p{L}\d\s-]{1,25}\)\s+)?" +
        @"(days?|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans|ann[ée]es?|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|anno|dagen|weken|maanden|jaar)\b" +
        // Any number in words with its figure after it: "noventa (90) días", "centoventi (120) giorni".
        @"|\b(for|during|f[üu]r|w[äa]hrend|pendant|durant|durante|por|pelo|per|voor|gedurende|l[äa]ngstens)\s+([\p{L}-]+\s+){1,3}\(\d{1,4}\)\s+(days?|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|dagen|weken|maanden|jaar)\b" +
        @"|\b(until|through|after|bis\s+(zum|nach)?|nach\s+dem|jusqu'(au|[àa])|apr[èe]s\s+le|hasta\s+el|despu[ée]s\s+del?|at[ée]\s+(ao?|o\s+dia)|ap[óo]s\s+(o\s+dia\s+)?|fino\s+al|dopo\s+il|tot\s+(en\s+met\s+)?|na)\s+\d{1,2}([./-]\d{1,2}[./-]\d{2,4}|\.?\s+\p{L}{3,10}\.?\s+\d{4})");

    /// <summary>The words that state when the gag ends, read in the sentence of a binding gag cue and the one after
    /// it; null when none do.</summary>
    public static string? StatedEnd(NormalizedText text, List<CueHit> hits)
    {
        foreach (var hit in hits.Where(h => h.Weight >= 1).Take(10))
        {
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            var (_, next) = text.SentenceAround(Math.Min(text.Length - 1, end + 1), 0, 200);
            var m = End.Match(text.Value, start, Math.Max(end, next) - start);
            if (m.Success) return m.Value.ReplaceLineEndings(" ");
        }
        return null;
    }

    private static bool IsSealedCase(CueHit hit) => hit.Cue.Reason == FlagCues.SealedCase;
}
