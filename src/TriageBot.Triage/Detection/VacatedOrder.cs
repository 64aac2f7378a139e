using System.Buffers;
using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Issue 11 round 19: a court's or a prosecutor's paper whose operative part vacates, discharges, revokes or lifts an
/// earlier order, or says the earlier request lost its effect when the case was archived. It names the order it ends
/// (its caption, the account, the gag) and asks for nothing: it withdraws that process, as a letter of withdrawal
/// does. Read only where the writer speaks now, and not when it commands anew ("vacated and replaced by", "shall
/// produce").
/// </summary>
internal static class VacatedOrder
{
    private const string OrderNoun =
        @"(order|orders|warrant|subpoena|request|decision|ordonnance|r[ée]quisition|d[ée]cision|auto|orden|resoluci[oó]n|requerimiento|providencia|decis[ãa]o|ordem|despacho|requisi[çc][ãa]o|decreto|provvedimento|ordinanza|richiesta|beschluss|anordnung|verf[üu]gung|bevel|vordering|beschikking)";

    private static readonly Regex Ends = AutomatonSize.Build(
        // English: "the Order of October 2 ... is hereby VACATED", "ORDER DISCHARGING OVERSEAS PRODUCTION ORDER".
        @"\b" + OrderNoun + @"\b[^;]{0,240}?\b(is|are)\s+(hereby\s+)?(vacated|discharged|quashed|set\s+aside|revoked|rescinded|annulled)\b" +
        @"|\border\s+(vacating|discharging|quashing|revoking|rescinding|annulling|setting\s+aside)\b[^\n]{0,80}" +
        // Portuguese, Spanish: "REVOGO a decisão", "fica sem efeito a decisão", "dejo sin efecto el auto".
        @"|\b(revogo|revogamos|torno\s+sem\s+efeito|casso)\s+(a|o|as|os)\s+" + OrderNoun + @"\b|\bfica(m)?\s+sem\s+efeito\s+(a|o|as|os)\s+" + OrderNoun + @"\b" +
        @"|\b(revoco|dejo\s+sin\s+efecto|se\s+deja\s+sin\s+efecto|queda(n)?\s+sin\s+efecto)\s+(el|la|los|las)\s+" + OrderNoun + @"\b" +
        // French: "Ordonnons la MAINLEVÉE de ladite ordonnance", "rapportons notre ordonnance".
        @"|\b(ordonnons|prononce|prononçons)\s+la\s+mainlev[ée]e\b|\bmainlev[ée]e\s+de\s+(la|l'|notre|ladite|cette)\s*" + OrderNoun + @"\b|\b(rapportons|r[ée]voquons|annulons)\s+(la|l'|notre|ladite)\s*" + OrderNoun + @"\b" +
        // Italian: "Perde pertanto efficacia la richiesta", "revoca il decreto".
        @"|\bperde(no)?\s+(pertanto\s+|quindi\s+|ogni\s+)?efficacia\s+(il|la|i|le|l')\s*" + OrderNoun + @"\b|\b(revoca|revochiamo|annulla)\s+(il|la|l')\s*" + OrderNoun + @"\b" +
        // German, Dutch: "Der Beschluss vom ... wird aufgehoben", "het bevel wordt opgeheven".
        @"|\b(beschluss|anordnung|verf[üu]gung)\b[^;]{0,160}?\b(wird|werden)\s+(hiermit\s+)?aufgehoben|\b(bevel|vordering|beschikking)\b[^;]{0,160}?\b(wordt|worden)\s+(hierbij\s+)?(opgeheven|ingetrokken|vernietigd)", Patterns.Insensitive, AutomatonSize.Family);

    // A new command in the same paper: the earlier order is replaced, or production is ordered anew.
    private static readonly Regex CommandsAnew = Patterns.Build(
        @"\b(replaced\s+(by|with)|amended\s+order|superseded\s+by|(shall|must)\s+(produce|disclose|provide|deliver|furnish|preserve)|(is|are)\s+(hereby\s+)?(ordered|directed|commanded)\s+to\s+(produce|disclose|provide|deliver|furnish|preserve)|please\s+(produce|provide|disclose|preserve|send)|" +
        @"substitu[ií]d[oa]\s+por|remplac[ée]e?\s+par|sostituit[oa]\s+da|ersetzt\s+durch|vervangen\s+door|" +
        // Round 19: one paper vacates a gag and serves a new order ("Attached is a new 2703(d) order ... Production is
        // due 14 days after service"): the new order is the process.
        @"(a|the|our|this)\s+new\s+(\S+\s+){0,3}?(order|warrant|subpoena|request)|(production|compliance|response|return)\s+is\s+due|" +
        @"nouvelle\s+(ordonnance|r[ée]quisition)|nuev[oa]\s+(orden|auto|requerimiento)|nov[oa]\s+(ordem|decis[ãa]o|requisi[çc][ãa]o)|nuov[oa]\s+(decreto|ordinanza|richiesta)|neue[rn]?\s+(beschluss|anordnung)|nieuw(e)?\s+(bevel|vordering))\b");

    // The gag the order carried is said to stay in force.
    private static readonly Regex GagStays = Patterns.Build(
        @"\bremain(s)?\s+in\s+(full\s+)?(force|effect)|\bbleib(t|en)\s+[^.;]{0,40}\bin\s+kraft|\breste(nt)?\s+en\s+vigueur|\bsigue(n)?\s+vigente|\bpermanece(m)?\s+em\s+vigor|\bresta(no)?\s+in\s+vigore|\bblijf(t|en)\s+(van\s+kracht|gelden)");

    // The verbs and nouns of ending, one of which every match of Ends contains: most requests have none, and a
    // vectorised look for them spares the automaton's walk over the head.
    private static readonly SearchValues<string> EndStems = SearchValues.Create(
        ["vacat", "discharg", "quash", "aside", "revok", "rescind", "annul", "revog", "efeito", "casso", "revoc",
         "efecto", "mainlev", "rapportons", "voquons", "efficacia", "aufgehoben", "opgeheven", "ingetrokken", "vernietigd"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The words that end the earlier order, when the writer says them now and commands nothing anew.</summary>
    public static Match? Match(string text, Func<int, bool> operative)
    {
        if (!text.AsSpan(0, Math.Min(text.Length, 6000)).ContainsAny(EndStems)) return null;
        var head = text.Length > 6000 ? text[..6000] : text;
        var m = Ends.Match(head);
        if (!m.Success || !operative(m.Index)) return null;
        // The words just before the order's noun say which order it is ("The non-disclosure order of March 3 is vacated").
        var lineStart = head.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        var from = Math.Max(lineStart, m.Index - 60);
        if (EndsOnlyAGag(head[from..(m.Index + m.Length)])) return null;
        return CommandsAnew.IsMatch(head) ? null : m;
    }

    // A gag named, and no data or production: what ends is only the gag ("the non-disclosure order is vacated"), and
    // the process it came with still stands (OperativeReading reads the gag's standing).
    private static readonly Regex GagWord = Patterns.Build(
        @"non-?\s*disclosure|nondisclosure|\bgag\b|2705\s*\(\s*b\s*\)|preclusion\s+of\s+notice|delayed[\s-]notice|secrecy|sigilo|segretezza|segreto|secreto|geheimhaltung|geheimhouding|interdiction\s+d'informer|sealing");
    private static readonly Regex DataWord = Patterns.Build(
        @"records|data|production|produc|\bdisclos\p{L}*\s+(records|data|information|contents)|2703|dados|dati|donn[ée]es|daten|gegevens|registros|registri|conserva|preserv|sicherung|bewaring|account|conta|cuenta|compte|konto");

    private static bool EndsOnlyAGag(string value) => GagWord.IsMatch(value) && !DataWord.IsMatch(value);

    /// <summary>Whether the writer says a gag of the vacated order stays in force.</summary>
    public static bool GagStaysInForce(string text) => GagStays.IsMatch(text.AsSpan(0, Math.Min(text.Length, 6000)));
}
