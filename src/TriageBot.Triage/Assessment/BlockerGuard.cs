using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Assessment;

/// <summary>
/// Issue 11 round 15: a blocker stands only on evidence the document does not contradict. Three blind rounds running
/// raised one blocker each that the text itself argued against, each time in new words ("but not the body", "message
/// text ... excluded from this Order", a headers-only order). The cue readers will always meet a wording they do not
/// know; what a lawyer asks of a blocker is that nothing in the paper's operative parts speaks against it. So every
/// blocker the rules raise is checked here against the classes of counter-evidence for its code, read over the whole
/// operative text; when one is found the finding drops to a warning and quotes both sides, for the reviewer to weigh.
/// Runs only when a blocker is about to be raised (a few requests in a hundred): it costs the typical request nothing.
/// </summary>
internal static class BlockerGuard
{
    /// <summary>What the guard reads besides the findings: the text, its parts and the content cues' hits.</summary>
    internal sealed record Inputs(NormalizedText Text, MessageParts Parts, IReadOnlyList<CueHit> ContentHits, AssessmentFacts Facts, bool SenderOnGovernmentDomain);

    public static void Review(List<Finding> findings, Inputs inputs)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Severity != Severity.Blocker) continue;
            var counter = finding.Code switch
            {
                "CONTENT_REQUIRES_WARRANT" => ContentCounterEvidence(inputs),
                "CIVIL_CONTENT_BARRED" => ContentCounterEvidence(inputs) ?? ConsentCounterEvidence(inputs),
                // The foreign blocker rests on contents being asked; a named lawful route also speaks against it.
                "FOREIGN_DIRECT_PROCESS" => ContentCounterEvidence(inputs) ?? RouteCounterEvidence(inputs),
                "UNVERIFIED_SENDER" => SenderCounterEvidence(inputs),
                _ => null,
            };
            if (counter is null) continue;
            findings[i] = finding with
            {
                Severity = Severity.Warning,
                Evidence = $"{finding.Evidence ?? "(the cues above)"} — but the document also says: \"{counter}\" (not a blocker while the text argues both ways: read both)",
            };
        }
    }

    // ---- contents -------------------------------------------------------------------------------------------------

    // The nouns that name the substance of a message, in the seven languages read. Not "attachments" or "text" alone:
    // "no attachments", "no text" are everyday words of a mail.
    private const string ContentNoun =
        @"(contents?|body|bodies|substance|message\s+text|text\s+of\s+(the\s+|any\s+)?(messages?|communications?|e-?mails?)|subject\s+lines?" +
        @"|contenidos?|cuerpo\s+de|contenus?|corps\s+des?|inhalte?|inhaltsdaten|nachrichteninhalte?|kommunikationsinhalte?|contenut[oi]|conte[úu]dos?|inhoud)\b";

    // Small words that may stand between a carve-out and the noun ("not including the contents of", "sin el contenido").
    private const string Filler =
        @"((the|any|its|their|all|of|such|message|messages|communications?|e-?mails?|stored|actual|including|to\s+include|incluir|inclure|compris|includere|the\s+actual" +
        @"|el|la|los|las|del?|le|les|du|des|die|der|das|den|dem|il|lo|i|gli|dei|delle|degli|o|a|os|as|do|da|dos|das|het|van|de|mensajes|messages|nachrichten|messaggi|mensagens|berichten)\s+|l'\s*)";

    // A word that carves out what follows it, in each language: "excluding", "but not", "sin", "à l'exclusion de",
    // "ohne", "senza", "sem", "zonder", and the negating determiners ("no", "keine", "aucun", "geen").
    // A bare "no" only right before the noun or an article: Portuguese "no conteúdo" is "in the content".
    private static readonly Regex CarveOutBeforeNoun = Patterns.Build(
        @"\bno\s+((el|la|los|las|message|messages|stored|communications?)\s+)?(contents?|contenidos?|message\s+text)\b" +
        @"|\b(not|nor|excluding|exclude[sd]?|without|except(\s+for)?|other\s+than|exclusive\s+of|with\s+the\s+(exception|exclusion)\s+of|apart\s+from|save\s+for|non" +
        @"|sin|ni|excluid[oa]s?|excluyendo|excepto|salvo|con\s+exclusi[oó]n\s+de|a\s+excepci[oó]n\s+de|ning[uú]n|ninguna" +
        @"|sans|hors|sauf|[àa]\s+l'(exclusion|exception)\s+d[eu]s?|except[ée]s?|aucune?|non\s+compris" +
        @"|ohne|ausgenommen|au[ßs]er|mit\s+ausnahme\s+(der|des|von)|kein(e|en)?" +
        @"|senza|esclus[oiae]|ad\s+(esclusione|eccezione)\s+d\p{L}*|eccetto|tranne|n[ée]|nessun[oa]?" +
        @"|sem|exclu[ií]d[oa]s?|excluindo|exceto|com\s+exclus[ãa]o\s+d[eoa]s?|[àa]\s+exce[çc][ãa]o\s+d[eoa]s?|nenhum|nenhuma|nem" +
        @"|zonder|met\s+uitzondering\s+van|exclusief|behalve|geen)\s+" + Filler + @"{0,4}" + ContentNoun);

    // A verb of asking under a negation, then the noun: "does not seek the contents", "no se solicita el contenido",
    // "ne vise pas le contenu", "verlangt nicht die Inhalte", "non richiede il contenuto", "não abrange o conteúdo".
    private static readonly Regex RefusedVerbBeforeNoun = Patterns.Build(
        @"(\bnot|n't|\bno|\bnicht|\bpas|\bnon|\bn[ãa]o|\bniet)\s+(\p{L}+\s+){0,2}(seek|request|requir|includ|c[o0]ver|authori|compel|call\s+for|ask\s+for|reach|extend|encompass" +
        @"|solicit|requier|incluy|abarc|compren|autoriz|vis|demand|inclu|concern|porte|verlang|umfass|ersuch|betrifft|erfass|fordern|richied|chied|riguard|requisit|abrang|vorder|vraag|verzo|omvat)\p{L}*\s+" +
        Filler + @"{0,4}" + ContentNoun);

    // The noun first and its exclusion after, the way an order lists and then excludes ("Message text, photographs and
    // attachments are excluded from this Order", "Inhalte werden nicht angefordert", "le contenu est exclu").
    // "Body" and "substance" only as a message's: "no governmental body is required", "a controlled substance".
    private const string ContentNounFirst =
        @"\b(contents?|(message|e-?mail)\s+(bod(y|ies)|text)|bod(y|ies)\s+of|subject\s+lines?|contenidos?|contenus?|inhalte|inhaltsdaten|nachrichteninhalte?|kommunikationsinhalte?|contenut[oi]|conte[úu]dos?|inhoud)\b";

    private static readonly Regex NounThenExcluded = Patterns.Build(
        ContentNounFirst + @"[^.;:!?\n]{0,90}\b((is|are)\s+(expressly\s+|specifically\s+|hereby\s+)?(excluded|not\s+(requested|sought|included|required|covered|authori[sz]ed|ordered|to\s+be\s+(produced|disclosed)))" +
        @"|(sind|ist|werden|wird)\s+(\p{L}+\s+){0,3}(nicht\s+(angefordert|verlangt|umfasst|erfasst|gegenstand|erforderlich)|ausgeschlossen|ausgenommen)" +
        @"|(est|sont)\s+(express[ée]ment\s+)?exclu(e|s|es)?|(n'est|ne\s+sont)\s+pas\s+(demand|sollicit|requis|vis|concern)" +
        @"|(queda|quedan|est[áa]n?|es|son)\s+(expresamente\s+)?excluid|no\s+(se\s+)?(solicita|requiere|incluye|piden?)n?\b|no\s+(son|es|est[áa]n?)\s+(solicitad|requerid|objeto)" +
        @"|([èe]|sono|resta|restano|viene|vengono)\s+(espressamente\s+)?esclus|non\s+(sono|[èe]|vengono|viene)\s+(richiest|oggetto|inclus)" +
        @"|([ée]|s[ãa]o|fica|ficam)\s+(expressamente\s+)?exclu[íi]d|n[ãa]o\s+(s[ãa]o|[ée]|est[ãa]o)\s+(solicitad|requisitad|requerid|objeto|inclu[íi]d)" +
        @"|(is|zijn|valt|vallen|wordt|worden)\s+(\p{L}+\s+){0,2}(uitgesloten|buiten|niet\s+(gevraagd|gevorderd|verzocht)))");

    // "Nothing in this subpoena shall be read to require production of ... the text of any message": the paper's own
    // rule of construction keeps contents out, in each language ("rien dans", "nada en", "nichts in", "niente in",
    // "nada neste", "niets in").
    private static readonly Regex NothingHereinRequires = Patterns.Build(
        @"\b(nothing|rien|nada|nichts|niente|nulla|niets)\s+(in|herein|contained|dans|de|en|neste|nesta|in\s+diesem|in\s+dieser|in\s+questo|in\s+deze|in\s+dit)\b[^.;]{0,80}\b(require|seek|call|request|authori|compel|demand|ask|exig|demand|requier|solicit|verlang|fordert|umfass|richied|chied|requisit|vorder|vraag)\p{L}*[^.;]{0,120}" + ContentNoun);

    // A compound that names the data as non-content ("non-content records", "nicht-inhaltliche Daten", "données non
    // relatives au contenu", "datos no de contenido"): the paper asks for what is not content.
    private static readonly Regex NonContentCompound = Patterns.Build(
        @"\bnon[-\s]?contents?\b|\bnicht[-\s]?inhaltlich\p{L}*|\bnon\s+relati(ve|f)s?\s+au\s+contenu|\bno\s+de\s+contenido|\bsin\s+contenido|\bnon\s+di\s+contenuto|\bn[ãa]o\s+de\s+conte[úu]do|\bniet[-\s]inhoudelijk\p{L}*");

    // The paper says it is limited to what is not content ("message headers only", "limited to non-content",
    // "nur die Verkehrsdaten", "uniquement les métadonnées", "solo metadatos", "apenas os metadados", "alleen de metadata").
    private static readonly Regex LimitedToNonContent = Patterns.Build(
        @"\b(header|headers|metadata|meta-data|non-content|envelope|transactional)\s+(information\s+|data\s+|fields\s+|records\s+)?only\b|\b(only|solely|exclusively|limited\s+to)\s+(the\s+|to\s+the\s+)?(header\s+information|headers|metadata|meta-data|non-content)\b" +
        @"|\b(nur|ausschlie[ßs]lich|lediglich)\s+(die\s+)?(metadaten|verkehrsdaten|kopfdaten)\b|\b(uniquement|seulement|exclusivement)\s+(les\s+)?(m[ée]tadonn[ée]es|en-t[êe]tes|donn[ée]es\s+de\s+trafic)\b|\b([úu]nicamente|solo|s[óo]lo|solamente|exclusivamente)\s+(los\s+)?(metadatos|encabezados|datos\s+de\s+tr[áa]fico)\b" +
        @"|\b(solo|soltanto|unicamente|esclusivamente)\s+(i\s+)?(metadati|intestazioni|dati\s+di\s+traffico)\b|\b(apenas|somente|exclusivamente|unicamente)\s+(os\s+)?(metadados|cabe[çc]alhos|dados\s+de\s+tr[áa]fego)\b|\b(alleen|uitsluitend|enkel)\s+(de\s+)?(metadata|verkeersgegevens|headers)\b");

    // A definitions or instructions heading: a content word under it says what a word means or how to answer, and
    // asks for nothing by itself.
    private static readonly Regex DefinitionsHeading = Patterns.Build(
        @"\b(definitions?|instructions?|d[ée]finitions?|begriffsbestimmungen|definiciones|instrucciones|definizioni|istruzioni|defini[çc][õo]es|instru[çc][õo]es|definities|instructies)\b");

    private static string? ContentCounterEvidence(Inputs inputs)
    {
        var text = inputs.Text.Value;
        foreach (var pattern in (ReadOnlySpan<Regex>)[CarveOutBeforeNoun, RefusedVerbBeforeNoun, NounThenExcluded, NothingHereinRequires, LimitedToNonContent])
        {
            if (FirstOperative(pattern, inputs) is { } said) return said;
        }
        // "Non-content" said of what is asked, with no stated content noun beside it in the same clause.
        if (FirstOperative(NonContentCompound, inputs) is { } nonContent) return nonContent;
        return OnlyUnderDefinitions(inputs);
    }

    /// <summary>Every weighed content cue stands under a definitions or instructions heading.</summary>
    private static string? OnlyUnderDefinitions(Inputs inputs)
    {
        var text = inputs.Text;
        string? heading = null;
        var any = false;
        foreach (var hit in inputs.ContentHits)
        {
            if (hit.Weight <= 0) continue;
            any = true;
            var line = text.LineIndexOf(hit.Offset);
            string? found = null;
            for (var l = line; l >= 0 && l > line - 60; l--)
            {
                if (!text.IsHeadingLine(l)) continue;
                var candidate = text.Line(l).Trim().ToString();
                if (DefinitionsHeading.IsMatch(candidate)) found = candidate;
                break;
            }
            if (found is null) return null;
            heading = found;
        }
        return any ? $"the content words stand only under the heading {heading}" : null;
    }

    // ---- civil: the user's own data, or consent ---------------------------------------------------------------------

    // The account holder's consent, or the writer's own account: 2702(b)(3) lets a provider disclose with the lawful
    // consent of the user, and a user may have their own data. A party who consents only to their own side of the
    // conversation ("my client consents to disclosure of messages she received") leaves the other account's contents
    // barred: that is no counter-evidence, and the blocker stands. A negation before it ("without the consent") is no
    // consent and is read out below.
    private static readonly Regex Consent = Patterns.Build(
        @"\b((signed|written|express|notari[sz]ed)\s+[""“']?(consent|authori[sz]ation)|consent\s+(form|of\s+the\s+(account\s+holder|user|subscriber))|(account\s+holder|user|subscriber)\s+(has\s+)?(consented|consents|signed\s+an?\s+authori[sz]ation)|my\s+own\s+(account|data|messages|information)" +
        @"|consentement\s+([ée]crit|sign[ée]|expr[eè]s)|consentimiento\s+(expreso|firmado|por\s+escrito)|(schriftliche|unterzeichnete|ausdr[üu]ckliche)\s+einwilligung|consenso\s+(scritto|firmato|espresso)|consentimento\s+(expresso|assinado|por\s+escrito)|(schriftelijke|ondertekende|uitdrukkelijke)\s+toestemming" +
        @"|mon\s+propre\s+compte|mi\s+propia\s+cuenta|mein\s+eigenes\s+konto|il\s+mio\s+proprio\s+account|minha\s+pr[óo]pria\s+conta|mijn\s+eigen\s+account)\b");
    private static readonly Regex NegatedBefore = Patterns.Build(@"\b(without|no|not|absent|lacking|sin|sans|ohne|senza|sem|zonder|geen|keine?|aucun|nessun|nenhum)\s+(\p{L}+\s+){0,2}\z");

    private static string? ConsentCounterEvidence(Inputs inputs)
    {
        var text = inputs.Text.Value;
        foreach (var m in Consent.EnumerateMatches(text))
        {
            if (inputs.Parts.IsContext(m.Index)) continue;
            if (NegatedBefore.IsMatch(text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))) continue;
            return Quote(text, m.Index, m.Length);
        }
        return null;
    }

    // ---- foreign direct process: a lawful route named as the one taken ---------------------------------------------

    // The route itself named as the one taken ("this request is made through the MLAT", "transmis par
    // voie d'entraide pénale internationale", "im Wege der Rechtshilfe"), or a U.S. court's order enclosed.
    private static readonly Regex RouteTaken = Patterns.Build(
        @"\b(((is|are|was|been|being)\s+(made|sent|submitted|transmitted|issued|served|forwarded)\s+(pursuant\s+to|under|through|via|by\s+way\s+of)|pursuant\s+to|in\s+execution\s+of|executing)\s+(the\s+|a\s+|an\s+)?(mlat|mutual\s+legal\s+assistance|letters?\s+rogatory)|(enclosed|attached)\s+(is\s+)?(an?\s+)?(order|warrant)\s+(of|from|issued\s+by)\s+(a|the)\s+(u\.?\s?s\.?|united\s+states|federal)\s+(district\s+)?court" +
        @"|(en\s+ex[ée]cution\s+d'une|par\s+voie\s+d'|au\s+titre\s+de\s+l')\s*(commission\s+rogatoire\s+internationale|entraide\s+(p[ée]nale|judiciaire))|im\s+wege\s+der\s+rechtshilfe|(en\s+virtud\s+de|mediante|en\s+ejecuci[oó]n\s+de)\s+(la\s+|una\s+)?(comisi[oó]n\s+rogatoria|asistencia\s+judicial\s+mutua)" +
        @"|(in\s+esecuzione\s+di|mediante|tramite)\s+(una\s+|la\s+)?(rogatoria|assistenza\s+giudiziaria)|(em\s+cumprimento\s+de|mediante|por\s+via\s+de)\s+(uma\s+|a\s+)?(carta\s+rogat[óo]ria|coopera[çc][ãa]o\s+jur[íi]dica|aux[íi]lio\s+judici[áa]rio)|(op\s+grond\s+van|via|ter\s+uitvoering\s+van)\s+(een\s+|het\s+)?rechtshulpverzoek)\b");

    private static string? RouteCounterEvidence(Inputs inputs) => FirstOperative(RouteTaken, inputs);

    // ---- unverified sender ------------------------------------------------------------------------------------------

    /// <summary>The concern is about the From address, yet that address is on a government domain: the address does not
    /// disprove the claim (no impostor registers a government domain), so what remains in doubt is which office writes,
    /// for the call-back to settle. A Reply-To diverted off the sender's domain stays a blocker: that is the spoof itself
    /// (every labelled Reply-To impostor agrees).</summary>
    private static string? SenderCounterEvidence(Inputs inputs)
    {
        if (!inputs.SenderOnGovernmentDomain || inputs.Facts.SenderConcern is not { } concern) return null;
        if (concern.Reason.StartsWith("sent with a Reply-To", StringComparison.Ordinal)) return null;
        return $"the From address {concern.Evidence} is on a government domain";
    }

    // ---- shared -----------------------------------------------------------------------------------------------------

    private static string? FirstOperative(Regex pattern, Inputs inputs)
    {
        var text = inputs.Text.Value;
        foreach (var m in pattern.EnumerateMatches(text))
        {
            if (!inputs.Parts.IsContext(m.Index)) return Quote(text, m.Index, m.Length);
        }
        return null;
    }

    private static string Quote(string text, int offset, int length)
    {
        var start = Math.Max(0, offset - 30);
        var end = Math.Min(text.Length, offset + length + 30);
        var quote = text[start..end].ReplaceLineEndings(" ").Trim();
        return (start > 0 ? "…" : "") + quote + (end < text.Length ? "…" : "");
    }
}
