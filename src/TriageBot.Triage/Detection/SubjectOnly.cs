using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Issue 11 classes 2 and 3: emergencies, gags and kinds of process named as a subject, not as this request. A researcher's question ("a study on how
/// platforms handle suicide risk and kidnapping"), a request for statistics ("Statistiken zu Notfallanfragen wegen
/// Suizidgefahr"), an invitation to a training day ("une formation sur les prises d'otages") name the words of a
/// danger with nobody in it: a cue in such a sentence pages no one, and a gag or a kind of process named there
/// ("onderzoek naar ... verzoeken tot geheimhouding") binds no one. Only the cue's own sentence is read, so a real
/// emergency that mentions a course or a report elsewhere still pages.
/// </summary>
internal static class SubjectOnly
{
    // Words that make a sentence about a subject: research, figures, teaching, a report on past years — in the seven
    // languages read. Words that also mean a search or an investigation ("recherches", "investigación", "ricerca",
    // "onderzoek", "pesquisa"), or "ongoing" ("en curso", "in corso"), are left out: a search for a missing child is
    // an emergency. The Dutch survey ("enquête") only with what it surveys: alone it is the French investigation
    // ("le dossier d'enquête", "une enquête pour enlèvement").
    private static readonly Regex Frame = Patterns.Build(
        @"\b(interview(s|en)?\s+(with|met|mit|avec|con|com)|dissertation|doctoral|ph\.?\s?d\b|promotieonderzoek|proefschrift|onderzoek\s+naar\s+(\p{L}+\s+){0,2}(manier|wijze|omgang|praktijk|\p{L}*verzoeken|bevelen|vorderingen)|doktorarbeit|forschungsprojekt|th[èe]se\s+(de\s+doctorat|sur)|tesis\s+doctoral|tesi\s+di\s+dottorato|tese\s+de\s+doutorado|(anonymi[sz]ed|redacted|geanonimiseerde|anonymisierte|anonymis[ée]s|anonimizad[oa]s|anonimizzat[ie]|anonimizad[oa]s)\s+(examples|samples|voorbeelden|beispiele|exemples|ejemplos|esempi|exemplos)" +
        @"|statistic(s|al)?|(a|our|my|the)\s+(study|survey|thesis|dissertation|research\s+(project|paper))|research(ing|ers?)?\s+(on|into|about|how)|(academic|scholarly)\s+(paper|article|research)|training\s+(course|session|day|module|program(me)?|materials?|for)|course\s+(on|for\s+officers)|curriculum|workshop|webinar|seminar|conference\s+(on|about|in)|lecture|tabletop\s+exercise|(annual|transparency)\s+report|how\s+many\s+(such\s+)?(requests|cases|reports)|figures\s+(on|for|about))" +
        @"|\b(statistik\p{L}*|studie|umfrage|schulung\p{L}*|fortbildung\p{L}*|lehrgang|tagung|fachkonferenz|vortrag|jahresbericht|transparenzbericht|wie\s+viele)" +
        @"|\b(statistiques?|une\s+[ée]tude|enqu[êe]te\s+statistique|formation\s+(sur|des|de|pour)|s[ée]minaire|colloque|conf[ée]rence\s+sur|rapport\s+annuel|combien\s+de\s+(demandes|cas))" +
        @"|\b(estad[íi]stic\p{L}*|un\s+estudio|encuesta|formaci[óo]n\s+(sobre|de|para)|capacitaci[óo]n|curso\s+(sobre|de\s+formaci[óo]n|para)|taller|seminario|congreso|informe\s+anual|cu[áa]nt[oa]s\s+(solicitudes|casos))" +
        @"|\b(estat[íi]stic\p{L}*|um\s+estudo|inqu[ée]rito\s+estat|forma[çc][ãa]o\s+(sobre|de|para)|capacita[çc][ãa]o|treinamento|curso\s+(sobre|de\s+forma[çc][ãa]o|para)|semin[áa]rio|congresso|relat[óo]rio\s+anual|quant[oa]s\s+(pedidos|solicita[çc][õo]es|casos))" +
        @"|\b(statistic\p{L}*|uno\s+studio|indagine\s+statistica|formazione\s+(su|sul|sull|sulla|sui|per)|corso\s+di\s+formazione|seminario|convegno|relazione\s+annuale|quant[ei]\s+(richieste|casi))" +
        @"|\b(statistiek\p{L}*|cijfers\s+(over|van)|een\s+studie|een\s+enqu[êe]te|enqu[êe]te\s+(over|onder|naar)|opleiding|cursus|training\s+(over|voor)|congres|jaarverslag|hoeveel\s+(verzoeken|zaken|meldingen))");

    // A list the writer asks to see examples of ("voorbeelden kunt delen van: - een noodverzoek ..."): its items are
    // kinds of paper, not this one.
    private static readonly Regex ExamplesList = Patterns.Build(
        @"\b(examples|samples|templates|voorbeelden|beispiele|muster|exemples|mod[èe]les|ejemplos|modelos|esempi|modelli|exemplos)\b[^.!?]{0,80}:[^.!?]{0,200}\z");

    /// <summary>The hits (of the emergency family, or a type family's hits for <paramref name="target"/>) with those
    /// in a sentence about emergencies as a subject weighed 0.</summary>
    public static List<CueHit> Reweigh(NormalizedText text, List<CueHit> hits, string? target = null)
    {
        if (hits.Count == 0) return hits;
        List<CueHit>? result = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Weight <= 0 || (target is not null && hit.Cue.Target != target)) continue;
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 400);
            var listStart = Math.Max(0, hit.Offset - 300);
            if (!Frame.IsMatch(text.Value.AsSpan(start, end - start)) &&
                !ExamplesList.IsMatch(text.Value.AsSpan(listStart, hit.Offset - listStart))) continue;
            result ??= [.. hits];
            result[i] = hit with { Weight = 0 };
        }
        return result ?? hits;
    }
}
