using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Learning;

/// <summary>
/// A second reader of emergencies beside the cues: a learned two-class model (an emergency, or anything else) over
/// the same words as the type model (<see cref="TypeFeatures"/>), trained by <c>triagebot train-emergency-model</c>.
/// Five blind rounds in a row missed emergencies told in words no cue listed (a negotiator at a barricade, a child
/// taken abroad on a booked flight, "no time for paperwork"); a list of phrases is always one writer behind, a
/// statistic over how emergencies are written is not bound to their exact words.
/// It is asked only when the cues did not page, and only of a request that serves no formal process (a warrant, an
/// order or a subpoena names the offences its records prove; the cues decide whether it states a present danger).
/// It can only RAISE a request to a page, never lower one: a missed page costs a life, a false one a reviewer's few
/// minutes, and the reviewer is told the page comes from a learned reading to confirm (evidence, reason).
/// This type holds the reader's own rules (when it may be asked, its veto); loading, scoring and evidence are
/// <see cref="LearnedFlagReader"/>'s, shared with every learned reader.
/// </summary>
public static class EmergencyReader
{
    /// <summary>The model's class for a page (its other, <see cref="LearnedFlagReader.NegativeClass"/>, means "not an
    /// emergency", not the process type).</summary>
    public const string EmergencyClass = "emergency";

    /// <summary>The writer says in so many words that no one is in danger or that this is no emergency: the reader,
    /// a statistic over how emergencies are written, must not overrule the writer's own statement (a blackmail
    /// victim "not at immediate risk", "this is not an emergency request"). Read only when the model would raise.</summary>
    private static readonly Regex WriterDeniesEmergency = Patterns.Build(
        @"\bnot\s+(an?\s+)?(emergency|exigent|urgent\s+danger)|\b(is|are|was|were)\s+not\s+(at|in)\s+(any\s+)?(immediate\s+|imminent\s+|acute\s+)?(risk|danger)|\bno\s+(immediate|imminent|acute|current)\s+(risk|danger|threat)" +
        @"|\bkein(e|en)?\s+(notfall|akute\w*\s+gefahr|unmittelbare\w*\s+gefahr|gefahr\s+f[üu]r\s+leib)|\bnicht\s+in\s+(akuter\s+)?gefahr" +
        @"|\bpas\s+(d'|une\s+)?urgence|\bn'est\s+pas\s+en\s+danger|\baucun\s+danger\s+imm[ée]diat" +
        @"|\bno\s+(es|se\s+trata\s+de)\s+(una\s+)?(emergencia|urgencia)|\bno\s+(est[áa]|corre)\s+(en\s+)?peligro" +
        @"|\bn[ãa]o\s+([ée]|se\s+trata\s+de)\s+(uma\s+)?(emerg[êe]ncia|urg[êe]ncia)|\bn[ãa]o\s+(est[áa]|corre)\s+(em\s+)?(perigo|risco)" +
        @"|\bnon\s+([èe]|si\s+tratta\s+di)\s+(una?\s+)?(emergenza|urgenza)|\bnon\s+[èe]\s+in\s+pericolo" +
        @"|\bgeen\s+(noodgeval|spoedgeval|acuut\s+gevaar)|\bniet\s+in\s+(acuut\s+)?gevaar" +
        // Round 14: the danger is denied for everyone, or is over (the person was found safe, the threat has passed):
        // a statistic over emergency words must not page on the story of one that ended.
        @"|\b(no\s+one|nobody|no\s+person|no\s+life)\s+(is|was|remains)\s+(now\s+|currently\s+)?(at|in)\s+(any\s+)?(immediate\s+|imminent\s+)?(risk|danger)|\bno\s+(threat|risk|danger)\s+to\s+(anyone'?s?\s+)?(life|lives|safety)|\bno\s+longer\s+(at|in)\s+(any\s+)?(risk|danger)" +
        @"|\b(was|were|has\s+been|have\s+been)\s+(found|located|recovered|returned)\s+(safe|unharmed|alive\s+and\s+well|safe\s+and\s+well)|\b(the\s+)?(threat|danger|emergency)\s+(has|is)\s+(passed|over|ended|resolved)" +
        @"|\bya\s+(apareci[óo]|fue\s+(localizad|encontrad|hallad)[oa]|est[áa]\s+(a\s+salvo|bien|con\s+su\s+familia))|\b(nadie|ninguna\s+persona)\s+(est[áa]|corre)\s+(en\s+)?peligro|\bya\s+no\s+(est[áa]|corre)\s+(en\s+)?peligro|\bno\s+hay\s+(ning[úu]n\s+)?(riesgo|peligro)\s+para\s+la\s+vida" +
        @"|\bniemand\s+(ist|befindet\s+sich)\s+in\s+(akuter\s+)?gefahr|\bnicht\s+mehr\s+in\s+gefahr|\b(wurde|ist)\s+(wohlbehalten|unversehrt|lebend)\s+(aufgefunden|gefunden|zur[üu]ck)|\bkeine\s+gefahr\s+(mehr\s+)?f[üu]r\s+(leib|das\s+leben)" +
        @"|\bpersonne\s+n'est\s+en\s+danger|\bn'est\s+plus\s+en\s+danger|\b(a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+retrouv[ée]e?s?\s+(saine?s?\s+et\s+sauve?s?|vivante?s?|en\s+bonne\s+sant[ée])|\baucune?\s+(menace|danger)\s+pour\s+la\s+vie" +
        @"|\bnessuno\s+[èe]\s+in\s+pericolo|\bnon\s+[èe]\s+pi[ùu]\s+in\s+pericolo|\b[èe]\s+stat[oaie]\s+ritrovat[oaie]\s+(sano|sana|sani|illes[oaie]|viv[oaie])|\bnessun\s+pericolo\s+per\s+la\s+vita" +
        @"|\bningu[ée]m\s+(est[áa]|corre)\s+(em\s+)?(perigo|risco)|\bj[áa]\s+n[ãa]o\s+(est[áa]|corre)\s+(em\s+)?(perigo|risco)|\bn[ãa]o\s+(est[áa]|corre)\s+mais\s+(em\s+)?(perigo|risco)|\bfoi\s+(encontrad|localizad)[oa]\s+(bem|s[ãa]|viv[oa]|em\s+seguran[çc]a)|\bj[áa]\s+(apareceu|foi\s+(encontrad|localizad)[oa])" +
        @"|\bniemand\s+is\s+in\s+gevaar|\bniet\s+langer\s+in\s+gevaar|\bis\s+(ongedeerd\s+)?(teruggevonden|terecht)");

    // Round 23: "there is no immediate danger" in the other languages read: "Non c'è nessun pericolo immediato", "no hay
    // ningún peligro inminente", "não há perigo iminente", "il n'y a aucun danger", "es besteht keine akute Gefahr", "er is
    // geen direct gevaar". Apart from the one above: its automaton is at its size limit.
    private static readonly Regex WriterSaysNoDangerNow = Patterns.Build(
        @"\bnon\s+(c'[èe]|sussiste|vi\s+[èe])\s+(nessun|alcun)\s+pericolo\b|\bnessun\s+pericolo\s+(immediato|imminente|attuale)" +
        @"|\bno\s+(hay|existe)\s+(ning[úu]n\s+)?(peligro|riesgo)\s+(inminente|inmediato|actual)|\bn[ãa]o\s+(h[áa]|existe)\s+(nenhum\s+|qualquer\s+)?(perigo|risco)\s+(iminente|imediato|atual)" +
        @"|\bil\s+n'y\s+a\s+(aucun|pas\s+de)\s+(danger|p[ée]ril)\b|\baucun\s+p[ée]ril\s+imminent" +
        @"|\bes\s+besteht\s+keine\s+(akute\s+|unmittelbare\s+|konkrete\s+)?(gefahr|lebensgefahr)\b|\ber\s+is\s+geen\s+(direct|acuut|onmiddellijk)\s+gevaar\b");

    /// <summary>A missing person the writer says is found: safe, back home, "ya apareció", "wohlbehalten aufgefunden".
    /// The cues read the disappearance; this says it is over (TriageEngine: no page on a disappearance alone that
    /// ended; the reader: no page over it either).</summary>
    // Round 16: German and Dutch put the date and place between the auxiliary and "found safe" ("wurde am 27. November
    // 2026 in München wohlbehalten aufgefunden", "is op 29 november ongedeerd teruggevonden"): a few words may stand there.
    internal static readonly Regex PersonFound = Patterns.Build(
        @"\b(was|were|has\s+been|have\s+been)\s+(found|located|recovered|returned|traced)\s+(safe|unharmed|alive|and\s+is\s+(safe|well|home))|\b(is|are)\s+(now\s+)?(back\s+home|home\s+safe|safe\s+and\s+well)\b" +
        @"|\bya\s+(apareci[óo]|regres[óo]|volvi[óo]|fue\s+(localizad|encontrad|hallad)[oa]|est[áa]\s+(a\s+salvo|en\s+casa|con\s+su\s+(familia|madre|padre)))|\b(fue|ha\s+sido)\s+(localizad|encontrad|hallad)[oa]\s+(san[oa]\s+y\s+salv[oa]|con\s+vida|en\s+buen\s+estado)" +
        @"|\b(wurde|ist)\s+(\S+\s+){0,6}?(wohlbehalten|unversehrt|lebend)\s+(aufgefunden|gefunden|zur[üu]ck\w*|angetroffen)|\b(ist|sind)\s+(wieder\s+)?(wohlbehalten\s+)?(zu\s+hause|daheim)\s+(eingetroffen|angekommen)" +
        @"|\b(a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+retrouv[ée]e?s?\s+(saine?s?\s+et\s+sauve?s?|vivante?s?|en\s+bonne\s+sant[ée])|\best\s+rentr[ée]e?\s+(chez\s+(elle|lui|ses\s+parents)|[àa]\s+la\s+maison)" +
        @"|\b[èe]\s+stat[oaie]\s+ritrovat[oaie]\s+(sano|sana|sani|illes[oaie]|viv[oaie])|\b[èe]\s+rientrat[oa]\s+a\s+casa" +
        @"|\bfoi\s+(encontrad|localizad)[oa]\s+(bem|s[ãa]|viv[oa]|em\s+seguran[çc]a)|\bj[áa]\s+(apareceu|voltou|foi\s+(encontrad|localizad)[oa]|est[áa]\s+em\s+casa)" +
        @"|\bis\s+(ongedeerd\s+)?(teruggevonden|terecht)|\bis\s+(\S+\s+){0,5}?(ongedeerd|levend|veilig|gezond\s+en\s+wel)\s+(teruggevonden|aangetroffen|gevonden)|\bis\s+(weer\s+)?veilig\s+thuis");

    /// <summary>Round 27: the sentence itself says no one is in (immediate) danger.</summary>
    internal static bool DeniesDanger(ReadOnlySpan<char> sentence) => WriterDeniesEmergency.IsMatch(sentence) || WriterSaysNoDangerNow.IsMatch(sentence);

    /// <summary>The writer denies the danger, or says it ended (<see cref="PersonFound"/> among the ways).</summary>
    internal static bool DeniedOrOver(string text) => WriterDeniesEmergency.IsMatch(text) || WriterSaysNoDangerNow.IsMatch(text) || PersonFound.IsMatch(text);

    /// <summary>The writer names a danger to life only to deny it ("Il ne s'agit pas d'un cas de péril imminent",
    /// "Eine Lebensgefahr liegt nicht vor"): the cue matched and its context weighed it to nothing (CueContext: a
    /// negation before or after it), and no other mention of that danger stands. The writer's own denial, read by the
    /// same negation rules as every cue, outranks a statistic over the rest of the words ("URGENT", a custody
    /// deadline), in every language the cues read rather than in one list of phrasings.</summary>
    internal static bool DangerDeniedByCues(IReadOnlyList<CueHit> emergencyHits)
    {
        var denied = false;
        foreach (var hit in emergencyHits)
        {
            if (hit.Cue.Target != DangerToLife) continue;
            if (hit.Weight > 0) return false;
            denied = true;
        }
        return denied;
    }

    private const string DangerToLife = "danger to life";

    /// <summary>The model, its scoring and its evidence (shared by every learned reader), with this reader's veto.</summary>
    public static readonly LearnedFlagReader Reader = new("emergency", "emergency", EmergencyClass,
        cuesDoNotKnow: "emergency wording", reading: "emergency", writerSaysOtherwise: DeniedOrOver);

    /// <summary>The kinds of request the reader may raise: those that serve no formal process (a plain letter, a
    /// preservation request, a foreign police force's direct request). Formal process narrates the offence it is
    /// about; whether it says a danger exists now is the cues' call (EmergencyVocabulary.StatesPresentDanger).</summary>
    internal static bool MayRaise(LegalProcessType type, bool formalInternational) =>
        type is LegalProcessType.Other or LegalProcessType.Preservation ||
        (type == LegalProcessType.International && !formalInternational);

    /// <summary>The priority reason a raised page carries.</summary>
    public const string PriorityReason =
        "emergency read by the learned model, not by emergency wording: confirm the danger in the text before acting on it";
}
