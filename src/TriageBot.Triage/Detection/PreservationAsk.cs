using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Whether a request asks only to keep data, not to hand it over: a foreign preservation order or request
/// (a Canadian preservation order, a Dutch "bewaarverzoek", a German "Sicherungsersuchen") lists the contents to be
/// kept, yet discloses nothing, so it does not ask for content. A request that also asks for anything to be
/// produced, provided or sent is a disclosure request and is read as one.
/// </summary>
internal static class PreservationAsk
{
    // The writer asks to preserve, in the seven languages read (round 11: also "we ask that you preserve", a "Request to
    // preserve data" title).
    private static readonly Regex Ask = Patterns.Build(
        @"\bpreservation\s+(order|demand|request|letter|notice)\b|\b(ordered|required|requested|asked|directed|commanded)\s+to\s+(preserve|retain|freeze)\b|\b(please|kindly)\s+(preserve|retain|freeze)\b|\b(request|ask)\s+(that\s+you\s+|to\s+)?(preserve|retain)\b|\bask\s+you,?\s+([^.;\n]{0,30}\s)?to\s+(preserve|retain|keep)\b|\bto\s+preserve\s+the\s+following\b" +
        @"|\b(sicherungsanordnung|sicherungsersuchen|sicherungsverlangen|quick[\s-]?freeze)|\b(um|zur)\s+(die\s+)?(sicherung|einfrierung)\s+(der|von|aller)\b|\bum\s+(umgehende|sofortige|eilige|vorl[äa]ufige)\s+(daten)?sicherung\b" +
        @"|\b(bewaarverzoek|bewaarbevel|bevriezingsbevel|verzoek\s+tot\s+(het\s+)?(bewaren|bevriezen))|\bte\s+bewaren\b" +
        @"|\b(demande|r[ée]quisition|ordonnance|injonction)\s+(aux\s+fins\s+)?de\s+conservation\b|\bde\s+conserver\s+(les|l'ensemble\s+des)\s+donn[ée]es\b" +
        @"|\b(solicitud|orden|requerimiento|petici[oó]n)\s+de\s+(conservaci[oó]n|preservaci[oó]n)\b|\b(conservar|preservar)\s+(los|todos\s+los)\s+datos\b" +
        @"|\b(pedido|ordem|requisi[çc][ãa]o|solicita[çc][ãa]o)\s+de\s+(preserva[çc][ãa]o|conserva[çc][ãa]o)\b|\b(preservar|conservar)\s+(os|todos\s+os)\s+dados\b" +
        @"|\b(richiesta|ordine|provvedimento)\s+di\s+(conservazione|congelamento)\b|\bconservare\s+(i|tutti\s+i)\s+dati\b" +
        // Round 19: expedited preservation by its name ("la conservation rapide des données", "gel des données",
        // "conservación rápida", "conservação expedita", "conservazione rapida", "spoedbewaring").
        @"|\b(conservation\s+rapide|gel\s+des\s+donn[ée]es|conservaci[oó]n\s+(r[aá]pida|inmediata)|conserva[çc][ãa]o\s+(expedita|r[aá]pida)|conservazione\s+rapida|spoedbewaring|expedited\s+preservation)\b");

    // The writer asks for something to be handed over.
    private static readonly Regex Disclosure = Patterns.Build(
        @"\b(produce|provide|disclose|furnish|deliver|send|e-?mail|supply|turn\s+over|hand\s+over)\s+(to\s+(us|me|(the|this|our|my)\s+\p{L}+)\s+)?((within\s+(\d{1,3}|one|two|three|twenty-four|forty-eight)\s+(hours?|days?)|immediately|now|today|forthwith|at\s+once)\s+)?(the\s+following|all|any|copies|records|us|me|the\s+(records|data|information|contents?|subscriber|account'?s?|user'?s?|target'?s?))\b|\b(ordered|commanded|required|requested|asked)\s+to\s+(produce|provide|disclose|furnish|deliver)\b|\b(please|kindly)\s+(produce|provide|disclose|furnish|send|e-?mail|deliver)\b|\bto\s+be\s+(produced|provided|disclosed|furnished|delivered)\b" +
        @"|\bum\s+(die\s+)?([üu]bermittlung|herausgabe|auskunft|mitteilung|[üu]bersendung)\b|\b(zu\s+[üu]bermitteln|herauszugeben|auskunft\s+(zu\s+)?erteilen)\b" +
        @"|\b(te\s+verstrekken|toe\s+te\s+zenden|te\s+leveren|verstrekking\s+van)\b" +
        @"|\b(de\s+)?(nous\s+|me\s+)?(communiquer|transmettre|fournir|remettre)\s+(les|l'|la|le|tous|toutes|copie)" +
        @"|\b(remitir|entregar|proporcionar|facilitar|aportar)\s+(los|las|el|la|todos|todas|copia)\b" +
        @"|\b(fornecer|enviar|entregar|encaminhar|disponibilizar)\s+(os|as|o|a|todos|todas|c[óo]pia)\b" +
        @"|\b(fornire|trasmettere|consegnare|comunicare)\s+(i|le|il|la|tutti|tutte|copia)\b");

    // A disclosure ask under a negation ("do not disclose", "niets te verstrekken", "Nothing is to be disclosed")
    // asks for nothing.
    private static readonly Regex Negated = Patterns.Build(
        @"\b(not|n't|never|without|until|before|no|nothing|none|nichts|rien|nada|niente|nulla|niets|nicht|kein(e|en)?|niet|geen|niets|ne|pas|aucun(e)?|sin|n[ãa]o|sem|non|senza)\b[^.;\n]{0,25}\z");

    // Before a content cue in its sentence: the disclosure is put off ("will produce the contents once a warrant
    // issues", "pending legal process").
    private static readonly Regex Later = Patterns.Build(
        @"\b(will|shall\s+be|intend|plan\s+to|once|pending|subsequent|forthcoming|future|later|upon\s+(service|receipt)\s+of\s+(a|the|legal|further))\b");

    /// <summary>The content cues a preservation letter asks to have handed over now, beside keeping the data: "We
    /// also request that you produce copies of all direct messages", "please e-mail us now ... recent direct
    /// messages". A 2703(f) letter compels nothing, so such an ask is a request for contents without process. Only
    /// a cue whose own sentence holds a disclosure verb before it, not negated or put off, counts.</summary>
    public static List<CueHit> ContentAskedNow(NormalizedText text, MessageParts parts, List<CueHit> contentHits)
    {
        var asked = new List<CueHit>();
        foreach (var hit in contentHits)
        {
            if (hit.Weight <= 0 || parts.IsContext(hit.Offset)) continue;
            var (start, _) = text.SentenceAround(hit.Offset, hit.Length, 300);
            var before = text.Value.AsSpan(start, hit.Offset - start);
            if (Later.IsMatch(before)) continue;
            foreach (var m in Disclosure.EnumerateMatches(before))
            {
                var from = Math.Max(0, m.Index - 40);
                if (Negated.IsMatch(before[from..m.Index].ToString().Replace('\n', ' '))) continue;
                asked.Add(hit);
                break;
            }
        }
        return asked;
    }

    // What a "nothing is asked" cue says is not asked: a disclosure ("aucune communication n'est demandée", "no
    // production is required"), which a preservation request never asks for.
    private static readonly Regex DisclosureDenied = Patterns.Build(
        @"communication|production|producci[oó]n|produ[çc][ãa]o|produzione|disclos|herausgabe|auskunft|entrega|trasmissione|verstrekking|levering|divulga");

    /// <summary>Issue 11 round 10: a request to preserve that adds "no disclosure is requested at this stage" ("Aucune
    /// communication n'est demandée à ce stade", "no se solicita entrega alguna por ahora") says what a preservation
    /// request is, not that it asks for nothing: the "asks for nothing" cue on that denial is set to no weight when
    /// the operative text asks to preserve. Other hits are returned as they are.</summary>
    public static List<CueHit> KeepsPreservationAsk(NormalizedText text, MessageParts parts, List<CueHit> typeHits)
    {
        static bool DeniesDisclosure(CueHit h) =>
            h.Cue.Reason == ProcessTypeCues.AsksForNothing && h.Weight > 0 && DisclosureDenied.IsMatch(h.Text);
        if (!typeHits.Any(DeniesDisclosure) || !AsksToPreserve(text, parts)) return typeHits;
        return [.. typeHits.Select(h => DeniesDisclosure(h) ? h with { Weight = 0 } : h)];
    }

    // "I don't think a separate preservation letter is needed", "no preservation request is necessary": the sentence
    // says a preservation is not wanted.
    private static readonly Regex PreservingNotNeeded = Patterns.Build(
        @"\b(do\s+not|don't|doesn't|does\s+not)\s+(think|believe)\b[^.;!?]{0,80}\b(needed|necessary|required)\b|\b(is|are|was|were)\s*(not|n't)\s+(needed|necessary|required)\b|\bunnecessary\b|\bno\s+need\s+(for|to)\b");

    /// <summary>Round 25: preservation words in a sentence that says no preservation is needed ("the reported material
    /// is on a one-year hold under 2258A(h), so I don't think a separate preservation letter is needed") ask for none:
    /// they are set to no weight. Other hits are returned as they are.</summary>
    public static List<CueHit> WithoutUnneeded(NormalizedText text, List<CueHit> typeHits)
    {
        List<CueHit>? result = null;
        for (var i = 0; i < typeHits.Count; i++)
        {
            var hit = typeHits[i];
            if (hit.Cue.Target != "preservation" || hit.Weight <= 0) continue;
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            if (!PreservingNotNeeded.IsMatch(text.Value.AsSpan(start, end - start))) continue;
            result ??= [.. typeHits];
            result[i] = hit with { Weight = 0 };
        }
        return result ?? typeHits;
    }

    /// <summary>Whether the operative text asks to preserve or retain data.</summary>
    public static bool AsksToPreserve(NormalizedText text, MessageParts parts)
    {
        var value = text.Value.Length > 40_000 ? text.Value[..40_000] : text.Value;
        foreach (Match m in Ask.Matches(value))
            if (!parts.IsContext(m.Index)) return true;
        return false;
    }

    /// <summary>The preservation ask when the operative text asks only to keep data; null otherwise.</summary>
    public static Match? OnlyPreservation(NormalizedText text, MessageParts parts)
    {
        var value = text.Value.Length > 40_000 ? text.Value[..40_000] : text.Value;
        Match? ask = null;
        foreach (Match m in Ask.Matches(value))
            if (!parts.IsContext(m.Index)) { ask = m; break; }
        if (ask is null) return null;
        foreach (Match m in Disclosure.Matches(value))
        {
            if (parts.IsContext(m.Index)) continue;
            var before = value.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)).ToString().Replace('\n', ' ');
            if (!Negated.IsMatch(before)) return null;
        }
        return ask;
    }
}
