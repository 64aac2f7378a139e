using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// What a content cue really covers in its sentence, beyond the negation every cue gets (CueContext): the
/// metadata of messages is not their content ("message header information", "the date and time of messages sent"),
/// and a refusal of contents is worded in many ways across the languages read — placed after the noun as German and
/// Dutch do ("Inhalte von Nachrichten benötigen wir nicht", "De inhoud van berichten vragen wij niet"), or reaching
/// down a list ("não estão sendo requisitados registros de conexão nem conteúdo"), or with OCR noise ("does not
/// c0ver the contents").
/// </summary>
internal static class ContentScope
{
    // Right before the cue: it names data about the messages, not the messages. The fields may be listed in brackets
    // between ("non-content header information (sender, recipient, date/time) of messages sent").
    private static readonly Regex MetadataOf = Patterns.Build(
        @"\b(headers?|header\s+information|metadata|meta-data|logs?|log\s+files|timestamps?|time\s*stamps?|dates?(\s+and\s+times?)?|times?|number|numbers|count|counts|volume|size|sizes|list|lists|sender\s+and\s+recipient|recipients?|routing|transactional\s+(data|records)|non-content\s+(data|records|information)|addressing\s+information|kopfdaten|metadaten|verbindungsdaten|m[ée]tadonn[ée]es|en-t[êe]tes?|metadatos|encabezados|metadados|cabe[çc]alhos|metadati|intestazioni|records?|recipient\s+accounts?|sender\s+accounts?|(to/from(/date)?|address|addressing|envelope|header)?\s*fields?|felder|champs|campos|campi|velden|fechas?|horas?|n[úu]mero|numero|cantidad|quantidade|nombre|anzahl|aantal|datum|uhrzeit|heure)\s+(information\s+|data\s+|records\s+)?(\([^()\n]{1,60}\)\s+)?(of|for|about|on|regarding|relating\s+to|der|des|von|de|des|du|dos|das|do|dei|delle|degli|van|del|di|della)\s+((the|any|all|each|such|die|les|los|las|os|as|i|le|gli|de|het|la|el|o|a|il|lo)\s+)?((last|first|latest|earliest|final|most\s+recent|dernier|derniers|premier|premiers|[úu]ltimos?|primeros?|primeiros?|ultim[oi]|prim[oi]|letzten?|ersten?|laatste|eerste)\s+)?((direct|private|chat|text|instant|outgoing|incoming|individual)\s+)?\z");

    // Issue 11 round 14: a 2703(d) order names each message only to list what is kept about it ("for each message sent
    // or received between [dates], the date, time, sender and recipient identifiers"): the fields after the cue are
    // the metadata of the messages, not their content. Read only when the cue follows "for each" and a metadata field
    // comes before any content word in the clause after it.
    private static readonly Regex ForEachBefore = Patterns.Build(
        @"\b((for|of|on|about)\s+(each|every|any)|pour\s+chaque|f[üu]r\s+jede[nrs]?|para\s+cada|per\s+ogni|voor\s+(elk|elke|ieder|iedere))\s+\z");
    private static readonly Regex MetadataField = Patterns.Build(
        @"\b(date|dates|time|times|timestamps?|time\s*stamps?|sender|senders|recipients?|size|sizes|ip\s+address(es)?|headers?|metadata|to/from|routing|datum|uhrzeit|absender|empf[äa]nger|heure|exp[ée]diteur|destinataire|taille|fecha|hora|remitente|destinatario|tama[ñn]o|data|ora|mittente|remetente|tamanho|tijdstip|afzender|ontvanger|fields?|data\s+elements|felder|champs|campos|campi|velden)\b");
    private static readonly Regex ContentWord = Patterns.Build(
        @"\b(contents?|text|texts|body|bodies|attachments?|photos?|images?|videos?|substance|inhalte?|anh[äa]nge|contenus?|pi[eè]ces\s+jointes|contenidos?|adjuntos|conte[úu]dos?|anexos|contenut[oi]|allegati|inhoud|bijlagen)\b");
    private static readonly Regex CarveOut = Patterns.Build(
        @"\b(not|nor|excluding|without|except|other\s+than|never|nicht|ohne|pas|sans|sauf|no|sin|excepto|n[ãa]o|sem|non|senza|niet|zonder)\b");

    // Round 27: "for messages sent or received: the other party's username, date and time ONLY" — the fields after
    // a plain "for" are the only thing asked about the messages when the clause says "only".
    private static readonly Regex ForBefore = Patterns.Build(@"\b(for|f[üu]r|pour|para|per|voor)\s+\z");
    private static readonly Regex OnlyWord = Patterns.Build(@"\b(only|nur|uniquement|seulement|solo|s[óo]lo|somente|apenas|soltanto|alleen|uitsluitend)\b");

    private static bool MetadataOfEachMessage(ReadOnlySpan<char> before, string after)
    {
        var clause = after.AsSpan(0, Math.Min(after.Length, 240));
        var stop = clause.IndexOfAny('.', ';');
        if (stop >= 0) clause = clause[..stop];
        if (!ForEachBefore.IsMatch(before) && !(ForBefore.IsMatch(before) && OnlyWord.IsMatch(clause))) return false;
        var field = -1;
        foreach (var m in MetadataField.EnumerateMatches(clause)) { field = m.Index; break; }
        if (field < 0 || field > 120) return false;
        foreach (var m in ContentWord.EnumerateMatches(clause))
        {
            // A content word before the first field asks for it; after the fields, only a carve-out may name it.
            if (m.Index < field || !CarveOut.IsMatch(clause[field..m.Index])) return false;
        }
        return true;
    }

    // In the sentence before the cue (after its last "but"): a refusal that reaches every item of a list.
    private static readonly Regex RefusalBefore = Patterns.Build(
        @"\b(does|do|did|shall|will|may|must|can|is|are|am|we're|i'm)\s*(n[o0]t|n't)\s+(c[o0]ver|includ|reach|extend|authori[sz]|seek|request|requir|need|want|ask|compel|permit|call\s+for|captur|collect|record|intercept|acquir|obtain)\p{L}*\b" +
        @"|\bn[ãa]o\s+(est[ãa]o|s[ãa]o|[ée]|ser[ãa]o|foram|foi|estamos)\s+(sendo\s+)?(requisitad|solicitad|requerid|pedid|objeto|inclu[ií]d)|\bn[ãa]o\s+(solicitamos|requisitamos|pedimos|requeremos|precisamos)" +
        @"|\bno\s+(se\s+)?(solicita|requiere|pide|incluye)n?\b|\bno\s+(solicitamos|pedimos|requerimos|necesitamos)\b|\bno\s+(est[áa]n?|son|es)\s+(siendo\s+)?(solicitad|requerid|incluid|objeto)" +
        @"|\bnon\s+(sono|[èe]|vengono|viene)\s+(richiest|oggetto|inclus)|\bnon\s+(chiediamo|richiediamo|abbiamo\s+bisogno)" +
        @"|\bnous\s+ne\s+(demandons|sollicitons|requ[ée]rons|souhaitons|voulons)\s+pas|\bne\s+(sont|est)\s+pas\s+(demand|sollicit|requis|vis|concern)" +
        @"|\bwir\s+(ben[öo]tigen|verlangen|fordern|ersuchen|beantragen|brauchen)\s+(keine|nicht)|\b(vragen|vorderen|verzoeken|willen)\s+(wij|we)\s+(geen|niet)" +
        @"|\b(wij|we|ik)\s+(vragen|vorderen|verzoeken|willen|verlangen)\s+(\p{L}+\s+){0,4}(geen|g[ée][ée]n|niet)\b" +
        // "does not concern contents" — the paper's scope stops short of them, in each language.
        @"|\b(does|do|did|shall|will)\s*(n[o0]t|n't)\s+(concern|relate\s+to|pertain\s+to|apply\s+to|encompass|involve|target)\b|\b(geen|g[ée][ée]n)\s+betrekking\s+op|\bheeft\s+(\p{L}+\s+){0,2}geen\s+betrekking|\bbetrifft\s+(\p{L}+\s+){0,2}nicht|\bbezieht\s+sich\s+nicht|\bne\s+(concerne|vise|porte)\s+pas|\bno\s+(se\s+refiere|afecta|abarca|comprende)|\bn[ãa]o\s+(se\s+refere|abrange|compreende)|\bnon\s+(riguarda|comprende|si\s+estende)" +
        // A negating determiner right before the noun ("géén inhoud", "keine Inhalte", "aucun contenu").
        @"|\b(g[ée][ée]n|kein(e|en)?|aucune?|ning[uú]na?|nenhuma?|nessuna?|nessun)\s+(\p{L}+\s+){0,2}\z" +
        // Issue 11 class 6: a list item that carves contents out ("excluding the contents", "sin incluir el contenido").
        @"|\b(excluding|not\s+including|other\s+than|without|sin\s+incluir|excluyendo|excepto|sin|sans|hors|ohne|ausgenommen|zonder|exclusief|senza|escluso|esclusi|excluindo|sem\s+incluir|exceto|sem)\s+((the|any|el|la|los|las|le|les|du|des|o|os|a|as|il|lo|i|gli|de|het|die|den|der)\s+)?\z");

    // Round 21: the writer says the contents are not needed, earlier in the sentence ("Não há necessidade, neste
    // momento, do conteúdo de mensagens", "there is no need for the contents", "no es necesario el contenido").
    // Its own automaton, as the refusals' are at the size limit.
    private static readonly Regex NoNeedBefore = Patterns.Build(
        @"\bn[ãa]o\s+(h[áa]|existe)\s+necessidade\b|\bn[ãa]o\s+([ée]|s[ãa]o)\s+necess[áa]ri[oa]s?\b|\b(there\s+is\s+)?no\s+need\s+(for|of)\b|\b(is|are)\s+not\s+(needed|necessary|required)\b|\bno\s+(hay|existe)\s+necesidad\b|\bno\s+(es|son)\s+necesari[oa]s?\b|\bnon\s+([èe]|sono)\s+necessari[oaie]\b|\bnon\s+c'[èe]\s+bisogno\b|\bpas\s+besoin\b|\bn'(est|sont)\s+pas\s+n[ée]cessaires?\b|\bnicht\s+(erforderlich|n[öo]tig|notwendig)\b|\bkein\s+bedarf\b|\bniet\s+nodig\b");

    // Issue 11 round 11: an exception carves contents out of what the paper asks or orders ("all records ..., with
    // the exception of the contents of any communications", "à l'exception du contenu", "mit Ausnahme der Inhalte").
    // Its own automaton: the refusal automata are at the non-backtracking size limit.
    private static readonly Regex ExceptionBefore = Patterns.Build(
        @"\b(with\s+the\s+(exception|exclusion)\s+of|except(\s+for)?|save\s+for|apart\s+from|aside\s+from|exclusive\s+of|excluded\s+(are|is)|but\s+excluding" +
        @"|[àa]\s+l'(exception|exclusion)\s+(de|du|des)|except[ée]\s|sauf|hormis|(a|con)\s+(excepci[oó]n|exclusi[oó]n)\s+del?|salvo|mit\s+ausnahme\s+(der|des|von)|au[ßs]er|met\s+uitzondering\s+van|behalve" +
        @"|(ad|con\s+l')\s*(eccezione|esclusione)\s+(di|del|della|dei|delle)|eccetto|tranne|(com|à|a)\s+(exce[çc][ãa]o|exclus[ãa]o)\s+d[eoa]s?|(se\s+)?(excluye|excluyen|except[úu]a|except[úu]an)(\s+(expresamente|expl[íi]citamente))?|(is|are)\s+(expressly\s+|specifically\s+)?excluded|(est|sont)\s+(express[ée]ment\s+)?exclu(e|s|es)?|(fica|ficam|[ée]|s[ãa]o)\s+(expressamente\s+)?exclu[íi]d[oa]s?|exclui-se|(si\s+esclude|(è|sono|viene|vengono)\s+(espressamente\s+)?esclus[oiae])|(wordt|worden)\s+(uitdrukkelijk\s+)?uitgesloten)\s+((the|any|all|el|la|los|las|le|les|l'|o|os|a|as|il|lo|i|gli|de|het|die|den|der|des|du)\s*)?" +
        // Round 15 (post-blind): the exclusion reaches each item of a short list ("exclusive of the body or content
        // of any message", "à l'exclusion des pièces jointes et du contenu").
        @"([^.;:!?]{0,60}(,|\b(or|and|nor|o|y|ni|ou|et|oder|und|of|en|e|ed)\b)\s*((the|any|all|el|la|los|las|le|les|l'|o|os|a|as|il|lo|i|gli|de|het|die|den|der|des|du)\s*)?)?\z");

    // Issue 11 round 11: a question about figures names contents as what is counted ("In wie vielen Fällen wurden
    // Inhaltsdaten herausgegeben?", "How many requests sought the contents of messages?"): a journalist's or a
    // researcher's question asks for no account's content. Read only in a sentence that a question mark ends.
    private static readonly Regex CountingQuestionBefore = Patterns.Build(
        @"\b(how\s+(many|often)|what\s+(number|share|percentage|proportion)\s+of|wie\s+(viele|oft)|wie\s+vielen|welcher\s+anteil|combien|quel(le)?\s+(nombre|part|pourcentage)|cu[áa]nt[oa]s|cu[áa]ntas\s+veces|quant[oa]s|quant[ie]|quante\s+volte|hoeveel|hoe\s+vaak)\b");

    // In the sentence after the cue: the refusal comes last, as German and Dutch place it.
    private static readonly Regex RefusalAfter = Patterns.Build(
        @"\A[^.;,]{0,80}\b(nicht|niet|nie)\s*[.;!]?\s*\z" +
        @"|\A[^.;]{0,80}\b(sind|ist|werden|wird)\s+(ausdr[üu]cklich\s+|derzeit\s+|ausdrücklich\s+)?(nicht|kein(e|en)?)\s+(gegenstand|teil|umfasst|erfasst|erforderlich|notwendig|n[öo]tig|betroffen|verlangt|angefordert)" +
        @"|\A[^.;]{0,80}\b(ben[öo]tigen|brauchen|verlangen|fordern|ersuchen|erbitten)\s+wir\s+([\p{L}]+\s+){0,3}nicht\b" +
        // "Inhalte werden mit diesem Schreiben nicht angefordert": a passive refusal with words between.
        @"|\A[^.;]{0,80}\b(werden|wird|sind|ist)\s+([\p{L}]+\s+){0,5}(n\s?i\s?c\s?h\s?t|keine?)\s+(angefordert|verlangt|erbeten|begehrt|ben[öo]tigt|erfragt|ersucht|herausverlangt|gefordert)" +
        @"|\A[^.;]{0,80}\b(wordt|worden)\s+([\p{L}]+\s+){0,5}(niet|geen)\s+(gevraagd|gevorderd|verzocht|opgevraagd|verstrekt)" +
        @"|\A[^.;]{0,80}\b(vragen|vorderen|verzoeken|willen)\s+(wij|we)\s+([\p{L}]+\s+){0,3}niet\b|\A[^.;]{0,80}\b(is|zijn|valt|vallen)\s+(uitdrukkelijk\s+)?(niet|geen)\s+(onderdeel|gevraagd|gevorderd|nodig|buiten)" +
        @"|\A[^.;]{0,80}\b(n'est|ne\s+sont|ne\s+font)\s+pas\s+(demand|sollicit|requis|vis|partie|l'objet|concern)" +
        @"|\A[^.;]{0,80}\bno\s+(son|es|est[áa]n?|forman?)\s+(solicitad|requerid|objeto|parte|necesari)" +
        @"|\A[^.;]{0,80}\bn[ãa]o\s+(s[ãa]o|[ée]|est[ãa]o|fazem?)\s+(solicitad|requisitad|requerid|objeto|parte|necess[áa]ri)" +
        @"|\A[^.;]{0,80}\bnon\s+(sono|[èe]|fanno|rientrano)\s+(richiest|oggetto|parte|necessari)" +
        // The item names messages only to carve their contents out: "each message sent, not including message content".
        @"|\A[^.;]{0,80}\b(excluding|not\s+including|other\s+than|but\s+not|without|sin\s+incluir|excluyendo|excepto|sans|hors|ohne|ausgenommen|zonder|exclusief|senza|escluso|esclusi|excluindo|sem\s+incluir|exceto)\s+([\p{L}']+\s+){0,2}(contents?|contenidos?|contenus?|inhalte?|inhoud|contenut[oi]|conte[úu]dos?)\b");

    // Issue 11 class 1: the writer says what the paper is not ("This is not a request for his messages", "Dit is geen
    // verzoek om"), or puts the content outside it ("De inhoud van berichten valt buiten dit verzoek"). Regexes of
    // their own: the refusal automata are at the non-backtracking size limit.
    private static readonly Regex NotThisRequestBefore = Patterns.Build(
        // Round 23: the writer takes back an earlier ask for them ("please disregard the request for direct message content").
        @"\b(disregard|ignore|withdraw|retract|cancel)\s+(the|my|our|that|this)\s+([\p{L}'’-]+\s+){0,3}(request|ask)\s+(for|of)\b|" +
        // Or says the item was taken out ("I took out the message content items").
        @"\b((took|taken|take)\s+out|removed|struck|deleted|dropped)\s+(the\s+|all\s+|any\s+)?\z|" +
        @"\b(is|are)\s+(n[o0]t|n't)\s+(a|an)\s+(request|demand|application|order)\s+(for|to)\b|\bgeen\s+(verzoek|vordering)\s+(om|tot)\b|\bkein(e|en)?\s+(ersuchen|anfrage|antrag)\s+(auf|nach|um)\b|\bne\s+(constitue|vise|est)\s+pas\s+une\s+demande\s+d|\bno\s+(es|constituye)\s+una\s+solicitud\s+de\b|\bn[ãa]o\s+([ée]|constitui)\s+um\s+pedido\s+de\b|\bnon\s+([èe]|costituisce)\s+una\s+richiesta\s+di\b" +
        // The order's scope stops short of contents, in its own words: "La présente ordonnance n'autorise pas la
        // communication du contenu", "no autoriza la entrega del contenido", "gestattet nicht die Herausgabe".
        @"|\bn'(autoris|couvr|vis|inclu|compren|permet|englob)\p{L}*\s+pas\b|\bno\s+(autoriza|cubre|abarca|permite)\b|\bn[ãa]o\s+(autoriza|abrange|permite|cobre)\b|\bnon\s+(autorizza|copre|consente|permette)\b|\b(erlaubt|gestattet|deckt)\s+(\p{L}+\s+){0,2}nicht\b|\b(staat|machtigt)\s+(\p{L}+\s+){0,2}niet\b" +
        // Round 15: a rider that limits the paper ("Nothing in this subpoena shall be read to require production of",
        // "nada en esta orden obliga a"), and a refusal with a pronoun between ("No les pedimos el contenido", "não
        // lhes pedimos", "nous ne vous demandons pas", "non vi chiediamo").
        @"|\bnothing\s+(in|of)\s+(this|the)\s+(\p{L}+\s+){1,2}(shall|will|may|is\s+to|should)\s+be\s+(read|construed|interpreted|understood)\s+(to|as)\s+(requir|compel|demand|call|authori[sz])" +
        @"|\bnothing\s+in\s+(this|the)\s+(\p{L}+\s+){1,2}(requires|compels|authori[sz]es|calls\s+for)\b|\b(nada|ninguna\s+parte)\s+(en|de)\s+(esta|este|la|el)\s+\p{L}+\s+(obliga|exige|autoriza|se\s+interpretar[áa])|\brien\s+dans\s+(la|le|cette|ce)\s+(\p{L}+\s+){1,2}n['’](oblige|exige|autorise|impose)" +
        @"|\bno\s+(les|le|os|nos|te)\s+(pedimos|solicitamos|requerimos|necesitamos)\b|\bn[ãa]o\s+(lhes?|vos)\s+(pedimos|solicitamos|requisitamos|requeremos)\b|\bnous\s+ne\s+vous\s+(demandons|sollicitons|requ[ée]rons)\s+pas\b|\bnon\s+(vi|le|gli)\s+(chiediamo|richiediamo)\b" +
        // Round 15 (post-blind): the paper says it does not compel it ("You are NOT directed to provide the content",
        // "vous n'êtes pas tenus de fournir", "no está obligado a entregar", "sind nicht verpflichtet").
        @"|\b(are|is)\s+(n[o0]t|n't)\s+(being\s+|hereby\s+)?(directed|ordered|commanded|compelled|obliged|obligated)\s+to\b|\bn['’](êtes|etes|est|sont)\s+pas\s+(tenu|oblig)\p{L}*\s+(de|à)\b|\bno\s+(est[áa]n?|queda|quedan)\s+obligad[oa]s?\s+a\b|\bn[ãa]o\s+(est[áa]|est[ãa]o|fica|ficam)\s+obrigad[oa]s?\s+a\b|\bnon\s+([èe]|sono)\s+(tenut|obbligat)\p{L}*\s+a\b|\b(sind|ist)\s+nicht\s+verpflichtet\b|\b(is|zijn)\s+niet\s+verplicht\b");

    private static readonly Regex OutsideAfter = Patterns.Build(
        @"\A[^.;]{0,60}\b((valt|vallen)\s+(uitdrukkelijk\s+)?buiten|(falls?|lies|lie|are|is)\s+(expressly\s+)?outside|(f[äa]llt|fallen|liegt|liegen)\s+(ausdr[üu]cklich\s+)?au[ßs]erhalb|(sort|sortent|est|sont)\s+(express[ée]ment\s+)?(en\s+dehors|hors)\s+d|(queda|quedan)\s+(expresamente\s+)?fuera|(fica|ficam)\s+(expressamente\s+)?fora|(esula|esulano|[èe]\s+escluso|sono\s+esclusi|resta|restano)\s+(espressamente\s+)?(dal|fuori|al\s+di\s+fuori))" +
        // Round 15: the paper does not reach it, in the passive ("não é abrangido por esta decisão", "no está
        // comprendido en", "n'est pas couvert par", "non è compreso nel", "is not covered by this order").
        @"|\A[^.;]{0,60}\b(n[ãa]o\s+(é|s[ãa]o|est[áa]|est[ãa]o)\s+(abrangid|compreendid|inclu[íi]d|contemplad|cobert|coberto|alcan[çc]ad)|no\s+(es|son|est[áa]n?)\s+(comprendid|abarcad|incluid|cubiert|alcanzad)|n['’](est|sont)\s+pas\s+(couvert|compris|inclus|vis[ée]|concern[ée])|non\s+(è|e|sono)\s+(compres|inclus|copert|ricompres)|(is|are)\s+not\s+(covered|reached|encompassed|included)\s+(by|in)\b)" +
        // "where it refers to messages or uploaded files, it reaches only the header data": the paper's reach stops short.
        @"|\A[^.;]{0,60}\b(it|they|this|these)\s+(reach(es)?|cover(s)?|extends?\s+to|means?|includes?)\s+only\s+(the\s+)?(header|headers|metadata|meta-data|non-content|routing|addressing|log|logs|transactional)\b");

    // Issue 11 class 6: contents the writer already holds, or says only other process could obtain ("a request for
    // mutual assistance would be needed to obtain content"). Regexes of their own: the refusal automata are near the
    // non-backtracking size limit.
    private static readonly Regex HeldOrElsewhereBefore = Patterns.Build(
        @"\b(we|i)\s+(already|have\s+already)\s+(have|hold|obtained|possess|seized)\b|\bhebben\s+(wij|we|ik)\s+(al|reeds)\b|\bhaben\s+wir\s+(bereits|schon)\b|\bnous\s+(avons|d[ée]tenons)\s+d[ée]j[àa]\b|\bya\s+(tenemos|obtuvimos|disponemos\s+de)\b|\bj[áa]\s+(temos|obtivemos|dispomos\s+d)|\b(abbiamo|disponiamo)\s+gi[àa]\b" +
        @"|\b(necessary|needed|required)\s+(to|in\s+order\s+to)\s+(obtain|get|seek|compel)\s+(\p{L}+\s+){0,2}\z|\bn[ée]cessaire\s+pour\s+obtenir\s+(\p{L}+\s+){0,2}\z|\bnecesari[oa]\s+para\s+obtener\s+(\p{L}+\s+){0,2}\z|\bnecess[áa]ri[oa]\s+para\s+obter\s+(\p{L}+\s+){0,2}\z|\bnecessari[oa]\s+per\s+ottenere\s+(\p{L}+\s+){0,2}\z");

    // Issue 11 class 1: after a contrast, a bare "not" heads a list and reaches each of its items: "subscriber records
    // and header information, but NOT the contents of communications, subject lines, or attachments", "pero no el
    // contenido de los mensajes, las fotos ni los audios". Read on the clause after the contrast word only.
    private static readonly Regex NotHeadingList = Patterns.Build(
        @"\A\W*(not|nor|never|no|ni|nicht|pas|niet|non|n[ãa]o|nem|n[ée])\s+((the|any|their|its|el|la|los|las|le|les|du|des|de|il|lo|i|gli|o|os|a|as|die|der|das|den|het)\s+)?" +
        @"([^.;:!?]{0,120}(,|\b(or|nor|and|ni|noch|oder|und|ou|et|o|y|e|of|en|nem|n[ée])\b)\s*((the|any|their|its|el|la|los|las|le|les|du|des|de|il|lo|i|gli|o|os|a|as|die|der|das|den|het)\s+)?)?\z");

    // In the sentence after the cue: contents said not to be needed, with an adverb between ("Inhoud van berichten is
    // nu niet nodig", "are not needed at this stage", "ne sont pas nécessaires").
    private static readonly Regex NotNeededAfter = Patterns.Build(
        @"\A[^.;]{0,80}\b(is|are|zijn|ist|sind|est|sont|es|son|[èe]|sono|[ée]|s[ãa]o|wordt|worden|wird|werden)\s+(\p{L}+\s+){0,3}(not|niet|nicht|pas|no|non|n[ãa]o)\s+(\p{L}+\s+){0,1}(needed|required|necessary|requested|sought|nodig|vereist|n[öo]tig|erforderlich|ben[öo]tigt|n[ée]cessaires?|requis(es)?|necesari[oa]s?|necessari[oe]?|necess[áa]ri[oa]s?)\b" +
        // Round 15: "De inhoud van berichten hebben wij niet nodig", "brauchen wir nicht", "hoeven wij niet te ontvangen".
        @"|\A[^.;]{0,80}\b(hebben|heb|hoeven|hoef)\s+(wij|we|ik)\s+(\p{L}+\s+){0,3}(niet|geen)\s+(nodig|te\s+(hebben|ontvangen|krijgen))\b" +
        // An order's carve-out in the passive: "The contents of communications shall not be captured" (a pen/trap
        // order), "will not be collected or produced".
        @"|\A[^.;]{0,80}\b(shall|will|may|must|can|is|are)\s*(not|n't)\s+be\s+(\p{L}+\s+)?(captured|collected|intercepted|recorded|acquired|obtained|produced|provided|included)\b");

    // Also after the cue: contents said to need other process and not sought here ("stored content will require a
    // request under the CLOUD Act agreement or an MLAT, and we do not seek it here").
    private static readonly Regex HeldAfter = Patterns.Build(
        @"\A[^.;]{0,80}\b(will|would)\s+(require|need)\s+(a|an)\s+(separate\s+|further\s+|formal\s+|different\s+)?(request|warrant|order|mlat|process|application)\b|\A[^.;]{0,160}\b(do|does|will|are)\s*(not|n't)\s+(seek|seeking|request|requesting|ask\s+for|asking\s+for)\s+(it|them|this|these|that|those)\b|\A[^.;]{0,80}\b(hebben|heb)\s+(wij|we|ik)\s+(al|reeds)\b|\A[^.;]{0,80}\b(haben|habe)\s+(wir|ich)\s+(bereits|schon)\b|\A[^.;]{0,60}\b(n\s?i\s?e\s?t|n\s?i\s?c\s?h\s?t|n\s?o\s?t)\s+(gevraagd|gevorderd|angefordert|requested|sought)\b");

    // Before the cue in its clause: asked to keep, not to hand over ("preserve the account's stored content while we
    // seek a warrant"). Preserving contents is lawful on any request; only a disclosure verb after it makes it a request.
    private static readonly Regex Preserve = Patterns.Build(
        @"\b(preserve|preserving|preservation|retain|retaining|freeze|pr[ée]server|pr[ée]servation|pr[ée]serve[rz]?|conserver|conservation|sichern|sicherung|aufbewahren|bewahren|einfrieren|conservar|conservaci[oó]n|preservar|preserva[çc][ãa]o|conserva[çc][ãa]o|conservare|conservazione|bewaren|bewaring|veiligstellen|veiligstelling)\b");

    // Any word that asks for the data, in any form ("produced", "requires", "seek"), after the preserve verb.
    // Verbs of handing over, or of compelling it ("this warrant requires"); "preserve ... until a formal request is
    // sent" or "preserve ... when you receive this order" asks for nothing to be disclosed.
    private static readonly Regex Disclose = Patterns.Build(
        @"\b(produc|provide[sd]?\b|providing|disclos|furnish|send(s|ing)?\b|transmit|deliver|hand\s+over|supply|make\s+available|requir|demand|compel|command|verlang|requier|exig|fournir|fourni|communiqu|transmett|remett|herausg|[üu]bermitt|liefer|[üu]bersend|proporcion|facilit|entreg|remit|fornec|forni|trasmett|consegn|verstrek|toestur|overleg)\p{L}*" +
        // Round 10b: "preserve the account and in the same reply e-mail me ... her private messages": mailing the data to
        // the writer is handing it over.
        @"|\be-?mail\s+(it\s+|them\s+)?(to\s+)?(me|us)\b");

    // Issue 11 class 6: the writer's own posts or messages, named as where something happened to them ("le compte
    // commente toutes mes publications", "insults all my posts"): nobody asks for them. Named with a word that asks
    // ("je voudrais recevoir toutes mes conversations", "send me all my messages") they are asked for, as in an
    // access request. Read only on a hit that holds a first-person possessive.
    private static readonly System.Buffers.SearchValues<string> FirstPersonPossessives = System.Buffers.SearchValues.Create(
        [" mes ", " mis ", " my ", " minhas ", " meus ", " mijn ", " meine ", " meinen ", " miei ", " mie "], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex AsksForIt = Patterns.Build(
        @"\b(demand|souhait|voudr|aimerais|obten|obtien|recev|re[çc]oi|r[ée]cup[ée]r|copie|acc[eè]s|export|t[ée]l[ée]charg|envo|transmet|fourni|communiqu|solicit|ped|pid|quier|quisier|recib|acceso|copia|descarg|gostar|receb|obter|c[oó]pia|acesso|request|send|give|provide|copy|access|download|want|would\s+like|need|ask|richied|chied|vorrei|ottener|ricev|verzoek|vraag|ontvang|inzage|beantrag|bitte|erhalt|auskunft|[üu]bermitt|zusend|herausg)\p{L}*");

    private static bool OwnPostsUnasked(CueHit hit, string scope, string after)
    {
        Span<char> padded = stackalloc char[Math.Min(hit.Text.Length, 200) + 2];
        padded[0] = ' ';
        hit.Text.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = ' ';
        return ((ReadOnlySpan<char>)padded).ContainsAny(FirstPersonPossessives) && !AsksForIt.IsMatch(scope) && !AsksForIt.IsMatch(after);
    }

    // Round 16: the cue glosses in brackets the word before it ("the number of chats (conversation threads)"): what is
    // said of that word (a count, a date, a list) is said of the cue.
    private static bool GlossOfMetadata(string before)
    {
        // The bracket opens right before the cue, or a word or two before it ("chats (direct message threads)").
        var head = before.AsSpan().TrimEnd();
        var open = head.LastIndexOf('(');
        if (open < 0 || head.Length - open > 24 || head[(open + 1)..].Count(' ') > 2) return false;
        head = head[..open].TrimEnd();
        // The word glossed is a noun of one or two words ("chats", "private chats").
        for (var words = 0; words < 2; words++)
        {
            var space = head.LastIndexOf(' ');
            if (space < 0) return false;
            head = head[..(space + 1)];
            if (MetadataOf.IsMatch(head)) return true;
            head = head.TrimEnd();
        }
        return false;
    }

    // Round 16: the refusal after the cue in the past or future tense ("O conteúdo de comunicações privadas não foi
    // objeto do pedido", "was not requested", "n'a pas été demandé", "no fue objeto de", "non è stato richiesto",
    // "wurden nicht angefordert", "werd niet gevorderd"). A regex of its own: the refusal automata are near their size limit.
    private static readonly Regex PastRefusalAfter = Patterns.Build(
        @"\A[^.;]{0,80}\b(was|were|has\s+been|have\s+been|will\s+be)\s+(\p{L}+\s+)?not\s+(requested|sought|asked\s+for|part\s+of|included|the\s+(object|subject)\s+of)\b|\A[^.;]{0,80}\b(was|were|has|have)n't\s+(been\s+)?(requested|sought|asked\s+for|part\s+of|included)\b" +
        @"|\A[^.;]{0,80}\bn[ãa]o\s+(foi|foram|ser[áa]|ser[ãa]o|tem\s+sido|t[êe]m\s+sido)\s+(objeto|solicitad|requisitad|requerid|pedid|inclu[íi]d|abrangid)" +
        @"|\A[^.;]{0,80}\bno\s+(fue|fueron|ha\s+sido|han\s+sido|ser[áa]n?)\s+(objeto|solicitad|requerid|pedid|incluid)" +
        @"|\A[^.;]{0,80}\bn['’](a|ont)\s+pas\s+([ée]t[ée]\s+(demand|sollicit|requis|vis|inclu)|fait\s+l['’]objet)|\A[^.;]{0,80}\bne\s+(sera|seront)\s+pas\s+(demand|sollicit|requis|vis|inclu)" +
        @"|\A[^.;]{0,80}\bnon\s+([èe]\s+stat[oa]|sono\s+stat[ie]|sar[àa]|saranno|ha\s+formato|hanno\s+formato)\s+(richiest|oggetto|inclus)" +
        @"|\A[^.;]{0,80}\b(wurde|wurden|war|waren)\s+(\p{L}+\s+){0,4}(nicht|keine?)\s+(angefordert|verlangt|beantragt|erbeten|gegenstand|umfasst)" +
        @"|\A[^.;]{0,80}\b(werd|werden|was|waren)\s+(\p{L}+\s+){0,4}(niet|geen)\s+(gevraagd|gevorderd|verzocht|opgevraagd|onderdeel)");

    private static readonly Regex Contrast = Patterns.Build(@"\b(but|however|instead|rather|sondern|mais|pero|mas|ma|maar|aber|doch|jedoch)\b");

    // Issue 11 round 12: what makes a clause that names an account's messages or photos a request: a verb that asks
    // or compels before it in its sentence, or a heading that introduces what is asked on the line above, in each
    // language read. Read only for the cues that name content by its shape (FlagCues.ContentOfAccountAsked).
    private static readonly Regex AskedBefore = Patterns.Build(
        @"\b(produce|provide|disclose|furnish|send|deliver|request(ed|ing)?|seek(s|ing)?|require[sd]?|obtain|(we|i)\s+need|need(ed)?\s+(all|any|every)|hand\s+over|schicken|zuschicken|senden\s+sie|envoyez|envoyer|stuur|sturen|opsturen|inviare|inviate|mandare|mandate|enviar|enviem|mandem)\b" +
        @"|\A\W*need(ed|s)?\b" +
        @"|\b(requerimos|requiere|requiera|solicitamos|solicita|se\s+solicitan?|pedimos|proporcion\p{L}*|facilit\p{L}*|entreg\p{L}*|remit\p{L}*|aport\p{L}*|env[ií]\p{L}*|requisitamos|requisita|requer\p{L}*|fornec\p{L}*|encaminh\p{L}*|determino|ordeno)\b" +
        @"|\b(transmettre|transmettez|communiquer|communiquez|fournir|fournissez|remettre|demandons|requ[ée]rons|veuillez|sollicitons|requiert)\b" +
        @"|\b(trasmettere|trasmettete|fornire|fornite|consegnare|chiediamo|richiediamo|si\s+richied\p{L}*|acquisizione|esibire)\b" +
        @"|\b(herauszugeben|herausgabe|[üu]bermitteln|[üu]bermittlung|ersuchen|bitten\s+um|beantragen|vorzulegen|zu\s+[üu]bersenden)\b" +
        @"|\b(vorderen|vordering|verstrekken|verstrekking|toesturen|toe\s+te\s+sturen|verzoeken|leveren|te\s+verstrekken)\b" +
        // Round 15: the writer says what they need ("benötige ich ... die Chats", "necesitamos", "j'ai besoin de").
        @"|\b(ben[öo]tige|ben[öo]tigen|brauche|brauchen|erbitte|erbitten|necesito|necesitamos|preciso|precisamos|necessito|necessitamos|(j['’]ai|nous\s+avons)\s+besoin|(ho|abbiamo)\s+bisogno)\b");
    private static readonly Regex AskHeading = Patterns.Build(@"(requested|requested\s+data|data\s+sought|datos\s+solicitados|dados\s+solicitados|donn[ée]es\s+demand[ée]es|dati\s+richiesti|angeforderte\s+daten|gevraagde\s+gegevens)\s*:\s*\z");
    // Round 18: "NOT requested:" heads what is refused, not what is asked.
    private static readonly Regex RefusalHeading = Patterns.Build(@"\b(not|non|no|nicht|n[ãa]o|niet)\s+(requested|sought|solicitad\p{L}*|demand[ée]\p{L}*|richiest\p{L}*|angeforderte?|gevraagde?)\s*:\s*\z");

    // Issue 11 round 12: a definition names content to say what a word means, not to ask for it ("'Content' means
    // the substance of any communication, including messages and photos", "as used herein", "le terme « contenu »
    // désigne", "Inhalte im Sinne dieses Beschlusses sind", "se entiende por contenido").
    private static readonly Regex DefinitionBefore = Patterns.Build(
        @"[""'“”‘’»)]\s*(means|shall\s+mean|refers\s+to|is\s+defined\s+as|d[ée]signe|bezeichnet|significa|betekent)\b|\b(as\s+used\s+(herein|in\s+this\s+\p{L}+)|the\s+term\s+[""'“‘]?\p{L}+[""'”’]?\s+(means|shall\s+mean|includes|refers\s+to)|(le\s+terme|on\s+entend\s+par)|se\s+entiende\s+por|si\s+intende\s+per|entende-se\s+por|wordt\s+verstaan\s+onder)\b");

    // An item of a list or a ticked box of a form: the data asked for are listed so ("– la copie des messages
    // échangés", "3. mensajes intercambiados con la cuenta", "☒ contenu : messages privés ... du compte").
    private static readonly Regex ListItem = Patterns.Build(@"\A[ \t]*(\(?\d{1,2}[.)]|\(?[a-h]\)|[-–—*•·☒☑✓✔]|\[[xX]\])[ \t]");

    private static bool Asked(NormalizedText text, CueHit hit, ReadOnlySpan<char> before)
    {
        if (AskedBefore.IsMatch(before)) return true;
        var line = text.LineIndexOf(hit.Offset);
        var lineStart = text.LineStart(line);
        if (ListItem.IsMatch(text.Value.AsSpan(lineStart, hit.Offset - lineStart))) return true;
        if (line == 0) return false;
        // Round 15: an item that wraps onto an indented line ("3. Everything the account holder wrote to the people
        // who answered his\n    posts — what he said to them"): the item's marker stands on a line above, with no
        // blank line between.
        if (lineStart < text.Value.Length && text.Value[lineStart] is ' ' or '\t')
        {
            for (var up = line - 1; up >= Math.Max(0, line - 4); up--)
            {
                var upStart = text.LineStart(up);
                var upLine = text.Value.AsSpan(upStart, text.LineStart(up + 1) - upStart);
                if (upLine.IsWhiteSpace()) break;
                if (ListItem.IsMatch(upLine)) return true;
                if (upLine[0] is not (' ' or '\t')) break;
            }
        }
        var previous = text.LineStart(line - 1);
        var heading = text.Value.AsSpan(previous, lineStart - previous).TrimEnd();
        return AskHeading.IsMatch(heading) && !RefusalHeading.IsMatch(heading);
    }

    /// <summary>The hits with those that describe metadata, or stand under a refusal, weighed 0.</summary>
    public static List<CueHit> Reweigh(NormalizedText text, List<CueHit> hits)
    {
        if (hits.Count == 0) return hits;
        var value = text.Value;
        var result = new List<CueHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (hit.Weight <= 0) { result.Add(hit); continue; }
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            var before = OneLine(value.AsSpan(start, hit.Offset - start));
            var after = OneLine(value.AsSpan(hit.Offset + hit.Length, Math.Max(0, end - hit.Offset - hit.Length)));
            var scope = before;
            foreach (var m in Contrast.EnumerateMatches(before)) scope = before[(m.Index + m.Length)..];
            var denied = MetadataOf.IsMatch(before) || RefusalBefore.IsMatch(scope) || ExceptionBefore.IsMatch(scope) || (!ReferenceEquals(scope, before) && NotHeadingList.IsMatch(scope)) || RefusalAfter.IsMatch(after) || OnlyPreserved(scope) ||
                OnlyPreservedInLongSentence(text, hit, start) ||
                HeldOrElsewhereBefore.IsMatch(scope) || HeldAfter.IsMatch(after) || NotNeededAfter.IsMatch(after) || NotThisRequestBefore.IsMatch(scope) || OutsideAfter.IsMatch(after) ||
                OwnPostsUnasked(hit, before, after) || MetadataOfEachMessage(before, after) || GlossOfMetadata(before) || PastRefusalAfter.IsMatch(after);
            denied |= NoNeedBefore.IsMatch(scope);
            denied |= end < value.Length && value[end] == '?' && CountingQuestionBefore.IsMatch(scope);
            denied |= hit.Cue.Reason == FlagCues.ContentOfAccountAsked && !Asked(text, hit, before);
            denied |= DefinitionBefore.IsMatch(before);
            // Issue 11 round 19: the cue's own row or item refuses it ("Contents | EXCLUDED", "… WITHDRAWN - not sought").
            denied |= !denied && RowStatus.Refuses(text, hit.Offset, hit.Length);
            // Round 18: a message the request only narrates ("her family has received voice notes") is a fact, not an ask.
            denied |= !denied && NarratedContent.IsFact(value.AsSpan(start, hit.Offset - start), value.AsSpan(hit.Offset + hit.Length, Math.Max(0, end - hit.Offset - hit.Length)));
            result.Add(denied ? hit with { Weight = 0 } : hit);
        }
        return result;
    }

    /// <summary>An order to preserve lists what it keeps in one long sentence ("ORDONNE ... de préserver les données
    /// ... relatives au compte ..., y compris ... le contenu des messages"): its verb may stand further back than the
    /// window the other checks read.</summary>
    private static bool OnlyPreservedInLongSentence(NormalizedText text, CueHit hit, int windowStart)
    {
        var (start, _) = text.SentenceAround(hit.Offset, hit.Length, 600);
        if (start >= windowStart) return false;
        var scope = OneLine(text.Value.AsSpan(start, hit.Offset - start));
        foreach (var m in Contrast.EnumerateMatches(scope)) scope = scope[(m.Index + m.Length)..];
        return OnlyPreserved(scope);
    }

    private static bool OnlyPreserved(string scope)
    {
        var last = -1;
        foreach (var m in Preserve.EnumerateMatches(scope)) last = m.Index + m.Length;
        return last >= 0 && !Disclose.IsMatch(scope[last..]);
    }

    private static string OneLine(ReadOnlySpan<char> span) => span.ToString().Replace('\n', ' ').Replace('\r', ' ');
}
