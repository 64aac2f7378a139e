using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Issue 11 classes 6 and 8: the paper's own statement of what it does not reach ("This Order does not authorize the
/// contents of any communication", "à l'exclusion du contenu des messages", "esclusi i contenuti", "non-content
/// records"). Two blind rounds were lost to requests that ask only for data about messages (who the account messaged,
/// when, how many) yet name messages in every item: each new wording of such an item met the content cues anew. A
/// lawyer reads it the other way round: the scope the paper states decides, and a message word elsewhere in it is
/// read within that scope. So when the operative text carries such a statement, a content cue stands only where it
/// names a kind of content the statement does not reach ("NOT including the contents of e-mails, but all photos
/// uploaded": photos stay asked); every other cue is read as naming messages as the object of metadata, or as what
/// happened. Read only when content would otherwise be raised, or the learned reader asked (on a content warrant
/// about 0.03 ms). BlockerGuard reads the same statement as counter-evidence to CONTENT_REQUIRES_WARRANT.
/// </summary>
internal static class ContentScopeStatement
{
    /// <summary>The kinds of content a statement may exclude and a cue may name.</summary>
    [Flags]
    internal enum Kinds { None = 0, Words = 1, Media = 2, Files = 4, SubjectLines = 8, Searches = 16, Voice = 32 }

    /// <summary>The statement, quoted, and the kinds of content it excludes.</summary>
    internal sealed record Statement(string Quote, int Offset, int Length, Kinds Covers)
    {
        /// <summary>Said only by labels or tables ("NOT requested:", a "Requested: NO" row), not by a sentence: a box
        /// the form ticks for content outweighs it.</summary>
        public bool OnlyLabels { get; init; }
    }

    // The nouns that name the substance of a message, in the seven languages read. Not "attachments" or "text" alone:
    // "no attachments", "no text" are everyday words of a mail.
    private const string ContentNoun =
        @"(contents?|body|bodies|substance|message\s+text|text\s+of\s+(the\s+|any\s+)?(messages?|communications?|e-?mails?)|subject\s+lines?" +
        @"|contenidos?|cuerpo\s+de|texto\s+de\s+(los\s+|las\s+)?(mensajes|comunicaciones|correos)|contenus?|corps\s+des?|texte\s+des\s+(messages|communications|courriels)|inhalte?|inhaltsdaten|nachrichteninhalte?|kommunikationsinhalte?" +
        @"|contenut[oi]|testo\s+(dei|delle)\s+(messaggi|comunicazioni)|conte[úu]dos?|teor\s+d[aoe]s?\s+(mensagens|comunica[çc][õo]es)|inhoud)\b";

    // After a verb of asking under a negation, the content may be named in the everyday words a writer uses ("does not
    // authorize what was said in any of the messages, or any photos"): the negated verb makes them safe to read.
    private const string ContentNounAfterRefusal =
        @"(" + ContentNoun + @"|what\s+(was|were|is|is\s+being)\s+(said|written|typed|sent)\b|photos?\b|photographs\b|images\b|pictures\b|videos\b|attachments\b" +
        @"|fotos\b|bilder\b|anh[äa]nge\b|pi[eè]ces\s+jointes\b|adjuntos\b|anexos\b|allegati\b|bijlagen\b|foto's)";

    // Small words that may stand between a carve-out and the noun ("not including the contents of", "sin el contenido").
    private const string Filler =
        @"((the|any|its|their|all|of|such|message|messages|communications?|e-?mails?|stored|actual|including|to\s+include|incluir|inclure|compris|includere|the\s+actual" +
        // "does not authorize the interception or disclosure of the contents": the act named before the noun.
        @"|interception|disclosure|production|seizure|acquisition|collection|or|and" +
        @"|qualsiasi|qualunque|cualquier|quelconque|jeglich\p{L}*|qualquer" +
        @"|el|la|los|las|del?|le|les|du|des|die|der|das|den|dem|il|lo|i|gli|dei|delle|degli|o|a|os|as|do|da|dos|das|het|van|de|mensajes|messages|nachrichten|messaggi|mensagens|berichten)\s+|l'\s*)";

    // A word that carves out what follows it, in each language: "excluding", "but not", "sin", "à l'exclusion de",
    // "ohne", "senza", "sem", "zonder", and the negating determiners ("no", "keine", "aucun", "geen").
    // A bare "no" only right before the noun or an article: Portuguese "no conteúdo" is "in the content".
    private static readonly Regex CarveOutBeforeNoun = StatementPattern(
        @"\bno\s+((el|la|los|las|message|messages|stored|communications?)\s+)?(contents?|contenidos?|message\s+text)\b" +
        @"|\b(not|nor|excluding|exclude[sd]?|without|except(\s+for)?|other\s+than|exclusive\s+of|with\s+the\s+(exception|exclusion)\s+of|apart\s+from|save\s+for|non" +
        @"|sin|ni|excluid[oa]s?|excluyendo|excepto|salvo|con\s+exclusi[oó]n\s+de|a\s+excepci[oó]n\s+de|ning[uú]n|ninguna" +
        @"|sans|hors|sauf|[àa]\s+l'(exclusion|exception)\s+d[eu]s?|except[ée]s?|aucune?|non\s+compris" +
        @"|ohne|ausgenommen|au[ßs]er|mit\s+ausnahme\s+(der|des|von)|kein(e|en)?" +
        @"|senza|esclus[oiae]|(ad|con)\s+(l')?(esclusione|eccezione)\s+d\p{L}*|eccetto|tranne|n[ée]|nessun[oa]?" +
        @"|sem|exclu[ií]d[oa]s?|excluindo|exceto|com\s+exclus[ãa]o\s+d[eoa]s?|[àa]\s+exce[çc][ãa]o\s+d[eoa]s?|nenhum|nenhuma|nem" +
        @"|zonder|met\s+uitzondering\s+van|exclusief|behalve|geen)\s+" + Filler + @"{0,4}" + ContentNoun);

    // A verb of asking under a negation, then the noun: "does not seek the contents", "no se solicita el contenido",
    // "ne vise pas le contenu", "verlangt nicht die Inhalte", "non richiede il contenuto", "não abrange o conteúdo",
    // "does not authorize, and the Provider shall not produce, the contents", "no se interesa el texto".
    private static readonly Regex RefusedVerbBeforeNoun = StatementPattern(
        @"(\bnot|n't|\bno|\bnicht|\bpas|\bnon|\bn[ãa]o|\bniet)\s+(\p{L}+\s+){0,2}(seek|request|requir|includ|c[o0]ver|authori|compel|call\s+for|ask\s+for|reach|extend|encompass|need|want|produc|disclos|provid" +
        @"|solicit|requier|incluy|abarc|compren|autoriz|interes|vis|demand|inclu|concern|porte|verlang|umfass|ersuch|betrifft|erfass|fordern|ben[öo]tig|richied|richiest|chied|riguard|requisit|abrang|vorder|vraag|verzo|omvat)\p{L}*,?\s+" +
        Filler + @"{0,6}" + ContentNounAfterRefusal +
        // French puts the negation after the verb: "nous ne demandons pas le contenu des messages".
        @"|\bne\s+(\p{L}+\s+)?(demand|sollicit|requ[ée]r|vis|couvr|autoris|inclu|concern|port|vous\s+demand)\p{L}*\s+pas\s+(sur\s+)?" + Filler + @"{0,4}" + ContentNounAfterRefusal);

    // The noun first and its exclusion after, the way an order lists and then excludes ("Message text, photographs and
    // attachments are excluded from this Order", "Inhalte werden nicht angefordert", "le contenu est exclu").
    // "Body" and "substance" only as a message's: "no governmental body is required", "a controlled substance".
    private const string ContentNounFirst =
        @"\b(contents?|(message|e-?mail)\s+(bod(y|ies)|text)|bod(y|ies)\s+of|subject\s+lines?|contenidos?|contenus?|inhalte?|inhaltsdaten|nachrichteninhalte?|kommunikationsinhalte?|contenut[oi]|conte[úu]dos?|inhoud)\b";

    private static readonly Regex NounThenExcluded = StatementPattern(
        ContentNounFirst + @"[^.;:!?\n]{0,90}\b((is|are)\s+(expressly\s+|specifically\s+|hereby\s+)?(excluded|not\s+(requested|sought|included|required|needed|covered|authori[sz]ed|ordered|to\s+be\s+(produced|disclosed)))" +
        @"|(sind|ist|werden|wird)\s+(\p{L}+\s+){0,3}(nicht\s+(angefordert|verlangt|umfasst|erfasst|gegenstand|erforderlich)|ausgeschlossen|ausgenommen)|(ben[öo]tigen|brauchen|verlangen|fordern|ersuchen)\s+wir\s+(\p{L}+\s+){0,3}nicht\b" +
        @"|(est|sont)\s+(express[ée]ment\s+)?exclu(e|s|es)?|(n'est|ne\s+sont)\s+pas\s+(demand|sollicit|requis|vis|concern)|que\s+nous\s+ne\s+(demandons|sollicitons|requ[ée]rons)\s+pas" +
        @"|(queda|quedan|est[áa]n?|es|son)\s+(expresamente\s+)?excluid|no\s+(se\s+)?(solicita|requiere|incluye|piden?|interesa)n?\b|no\s+(son|es|est[áa]n?)\s+(solicitad|requerid|objeto)" +
        @"|([èe]|sono|resta|restano|viene|vengono)\s+(espressamente\s+)?esclus|non\s+(sono|[èe]|vengono|viene|formano|fanno)\s+(richiest|oggetto|inclus|parte)" +
        @"|([ée]|s[ãa]o|fica|ficam)\s+(expressamente\s+)?exclu[íi]d|n[ãa]o\s+(s[ãa]o|[ée]|est[ãa]o)\s+(solicitad|requisitad|requerid|objeto|inclu[íi]d)" +
        @"|(is|zijn|valt|vallen|wordt|worden)\s+(\p{L}+\s+){0,2}(uitgesloten|buiten|niet\s+(gevraagd|gevorderd|verzocht))|(vragen|vorderen|verzoeken)\s+(wij|we)\s+(\p{L}+\s+){0,3}niet\b)");

    // "Nothing in this subpoena shall be read to require production of ... the text of any message": the paper's own
    // rule of construction keeps contents out, in each language ("rien dans", "nada en", "nichts in", "niente in",
    // "nada neste", "niets in").
    private static readonly Regex NothingHereinRequires = StatementPattern(
        @"\b(nothing|rien|nada|nichts|niente|nulla|niets)\s+(in|herein|contained|dans|de|en|neste|nesta|in\s+diesem|in\s+dieser|in\s+questo|in\s+deze|in\s+dit)\b[^.;]{0,80}\b(require|seek|call|request|authori|compel|demand|ask|exig|demand|requier|solicit|verlang|fordert|umfass|richied|chied|requisit|vorder|vraag)\p{L}*[^.;]{0,120}" + ContentNoun);

    // A compound that names the data as non-content ("non-content records", "nicht-inhaltliche Daten", "données non
    // relatives au contenu", "datos no de contenido"): the paper asks for what is not content.
    private static readonly Regex NonContentCompound = Patterns.Build(
        @"\bnon[-\s]?contents?\b|\bnicht[-\s]?inhaltlich\p{L}*|\bnon\s+relati(ve|f)s?\s+au\s+contenu|\bno\s+de\s+contenido|\bsin\s+contenido|\bnon\s+di\s+contenuto|\bn[ãa]o\s+de\s+conte[úu]do|\bniet[-\s]inhoudelijk\p{L}*");

    // Content named together with the non-content compound that follows: "content and non-content", "Inhalts- und
    // nicht-inhaltliche Daten", "contenu et non".
    private static readonly Regex BothAsked = Patterns.Build(
        @"\b(contents?|inhalts?-?|contenus?|contenidos?|conte[úu]dos?|contenut[oi]|inhoud\p{L}*)\s*(and|or|&|/|,|as\s+well\s+as|plus|und|oder|et|ou|y|o|e|en|of)\s*\z");

    // The paper says it is limited to what is not content ("message headers only", "limited to non-content",
    // "nur die Verkehrsdaten", "uniquement les métadonnées", "solo metadatos", "apenas os metadados", "alleen de metadata").
    private static readonly Regex LimitedToNonContent = Patterns.Build(
        @"\b(header|headers|metadata|meta-data|non-content|envelope|transactional)\s+(information\s+|data\s+|fields\s+|records\s+)?only\b|\b(only|solely|exclusively|limited\s+to)\s+(the\s+|to\s+the\s+)?(header\s+information|headers|metadata|meta-data|non-content)\b" +
        @"|\b(nur|ausschlie[ßs]lich|lediglich)\s+(die\s+)?(metadaten|verkehrsdaten|kopfdaten)\b|\b(uniquement|seulement|exclusivement)\s+(les\s+)?(m[ée]tadonn[ée]es|en-t[êe]tes|donn[ée]es\s+de\s+trafic)\b|\b([úu]nicamente|solo|s[óo]lo|solamente|exclusivamente)\s+(los\s+)?(metadatos|encabezados|datos\s+de\s+tr[áa]fico)\b" +
        @"|\b(solo|soltanto|unicamente|esclusivamente)\s+(i\s+)?(metadati|intestazioni|dati\s+di\s+traffico)\b|\b(apenas|somente|exclusivamente|unicamente)\s+(os\s+)?(metadados|cabe[çc]alhos|dados\s+de\s+tr[áa]fego)\b|\b(alleen|uitsluitend|enkel)\s+(de\s+)?(metadata|verkeersgegevens|headers)\b");

    // The kinds of content a stretch of text names, in the seven languages.
    private static readonly Regex WordsNoun = Patterns.Build(
        @"\b(contents?|texts?|body|bodies|substance|transcripts?|what\s+(was|were|is)\s+(said|written|typed)|what\s+(he|she|they|the\s+\p{L}+)\s+(said|wrote|typed|sent)|prompts" +
        @"|inhalte?|inhaltsdaten|nachrichteninhalt\p{L}*|kommunikationsinhalt\p{L}*|wortlaut|inhoudsgegevens|inhoudelijk\p{L}*|contenus?|texte|contenidos?|texto|cuerpo|contenut[oi]|testo|testi|conte[úu]dos?|teor|inhoud|tekst)\b");
    private static readonly Regex MediaNoun = Patterns.Build(
        @"\b(photos?|photographs?|pictures?|images?|videos?|fotos?|fotograf\p{L}*|bilder|vid[ée]os?|v[íi]deos?|immagini|imagens|im[áa]genes|afbeeldingen|foto's|video's)\b");
    private static readonly Regex FilesNoun = Patterns.Build(
        @"\b(attachments?|files|anh[äa]nge?|dateien|pi[eè]ces?\s+jointes?|fichiers|adjuntos?|archivos|anexos?|arquivos|ficheiros|allegati|bijlagen?|bestanden)\b");
    private static readonly Regex SubjectNoun = Patterns.Build(
        @"\b(subject\s+lines?|betreff\p{L}*|objets?\s+des\s+(messages|courriels)|asuntos?|oggett[oi]\s+de\p{L}*|assuntos?|onderwerp\p{L}*)\b");
    private static readonly Regex SearchNoun = Patterns.Build(
        @"\b(search\s+(queries|terms|history)|suchverlauf|suchanfragen|historique\s+des?\s+recherches?|requ[êe]tes\s+de\s+recherche|b[úu]squedas|historial\s+de\s+b[úu]squeda\p{L}*|ricerche|cronologia\s+(delle\s+ricerche|di\s+ricerca)|pesquisas|hist[óo]rico\s+de\s+pesquisas?|zoekgeschiedenis|zoekopdrachten)\b");
    private static readonly Regex VoiceNoun = Patterns.Build(
        @"\b(voice\s+(messages|notes|recordings|mail|memos)|audio\s+(messages|recordings|notes)|sprachnachricht\p{L}*|messages\s+vocaux|notas\s+de\s+voz|mensajes\s+de\s+voz|messaggi\s+vocali|mensagens\s+de\s+voz|[áa]udios|spraakbericht\p{L}*)\b");

    // Where what a statement names stops: the end of its clause, or a contrast that turns to what is asked ("NOT
    // including the contents of e-mails, but all photos uploaded").
    private static readonly Regex ClauseEnd = Patterns.Build(
        @"[.;!?]|\n[ \t]*\n|\b(but|however|instead|rather|sondern|mais|pero|mas|maar|aber|jedoch|tuttavia|però)\b");

    // A word that carves out what follows it in a cue's own clause ("for every direct message sent, the date and
    // time, without the words, images or attachments"): a noun after it is not asked.
    private static readonly Regex CarveOutWord = Patterns.Build(
        @"\b(not|nor|no|never|without|excluding|except|other\s+than|nicht|ohne|kein\p{L}*|pas|sans|hors|sauf|sin|excepto|ni|n[ãa]o|sem|exceto|nem|non|senza|esclus\p{L}*|niet|zonder|geen|behalve)\b");

    // Round 18: a refusal written as a label, not a sentence ("NOT requested: the content of any message, image or
    // video", "Ausgenommen:", "Exclus :", "No se solicita:", "Não solicitado:", "Esclusi:", "Niet gevraagd:"), as a
    // list's heading or a table's column. The kinds named under it, on its line and in the items below, are refused.
    private static readonly Regex RefusalLabel = Patterns.Build(
        @"(^|\|)[ \t>*•·\-–—(\[]*(\*\*|__)?(not\s+(requested|sought|included|required|covered|ordered|authori[sz]ed|asked\s+for|to\s+be\s+(produced|disclosed))|excluded|exclusions?|out\s+of\s+scope" +
        @"|nicht\s+(angefordert|umfasst|erfasst|verlangt|erbeten|gefordert|ersucht|begehrt|beantragt|gegenstand)|ausgenommen|ausgeschlossen|ausnahmen" +
        @"|non\s+(demand|sollicit|requis|couvert|vis)\p{L}*|exclu(e|s|es)?|exclusions?|hors\s+(champ|p[ée]rim[èe]tre)" +
        @"|no\s+(solicitad[oa]s?|se\s+solicitan?|requerid[oa]s?|incluid[oa]s?|pedid[oa]s?)|excluid[oa]s?|exclusiones|fuera\s+del?\s+alcance" +
        @"|n[ãa]o\s+(solicitad|requisitad|inclu[íi]d|requerid|pedid)[oa]s?|exclu[íi]d[oa]s?|exclus[õo]es" +
        @"|non\s+(richiest|inclus|compres)[oaie]|esclus[oaie]|esclusioni" +
        @"|niet\s+(gevraagd|gevorderd|verzocht|inbegrepen|opgevraagd)|uitgezonderd|uitgesloten|buiten\s+(de\s+)?(scope|vordering|reikwijdte))(\*\*|__)?[ \t]*(\([^()\n]{0,40}\)[ \t]*)?([:：|]|$)" +
        // A few words may name what the label refuses from ("Excluded from this Order:", "Exclus de la présente réquisition :").
        @"|(^|\|)[ \t>*•·\-–—(\[]*(not\s+(requested|sought|included)|excluded|exclus|excluid[oa]s|exclu[íi]d[oa]s|esclusi|nicht\s+(umfasst|angefordert|gegenstand)|ausgenommen|niet\s+(gevraagd|gevorderd)|uitgezonderd|n[ãa]o\s+solicitad[oa]s?|no\s+solicitad[oa]s?|non\s+(demand[ée]e?s?|richiest[oaie]))([ \t]+[\p{L}'’§()0-9]+){1,5}[ \t]*[:：]");

    // A line that begins an item of a list: what a label above it governs.
    private static readonly Regex ItemLine = Patterns.Build(@"\A[ \t]*(\(?\d{1,2}[.)]|\(?[a-h][.)]|[-–—*•·☐☒]|\[[ xX]?\])[ \t]");

    /// <summary>The text a refusal label governs: the rest of its line (or cell), the list items right below it, or the
    /// cells of its column in the rows below.</summary>
    private static string LabelledItems(string value, int labelStart, int labelEnd)
    {
        var lineStart = LineStartNear(value, labelStart);
        var lineEnd = LineEndNear(value, labelEnd, value.Length);
        // The label's column: the bars before its word (the match may open and close on one).
        var closes = value[labelEnd - 1] == '|';
        var column = value.AsSpan(lineStart, labelEnd - lineStart).Count('|') - (closes ? 1 : 0);
        var items = new System.Text.StringBuilder();
        if (column > 0 || closes)
        {
            // A table: the label heads a column; its cells below are refused.
            var rest = value.AsSpan(labelEnd, lineEnd - labelEnd);
            var cut = rest.IndexOf('|');
            items.Append(cut >= 0 ? rest[..cut] : rest).Append('\n');
            var at = lineEnd + 1;
            for (var row = 0; row < 12 && at < value.Length; row++)
            {
                var end = LineEndNear(value, at, value.Length);
                var line = value.AsSpan(at, end - at);
                if (!line.Contains('|')) break;
                var cells = line.Trim().Trim('|');
                var leading = line.TrimStart().StartsWith('|') ? 0 : 1;
                var index = 0;
                foreach (var range in cells.Split('|'))
                {
                    if (index++ == column - 1 + leading) { items.Append(cells[range]).Append('\n'); break; }
                }
                at = end + 1;
            }
            return items.ToString();
        }
        items.Append(value.AsSpan(labelEnd, lineEnd - labelEnd)).Append('\n');
        // The items right below: list items, or lines indented under an unindented label, up to a blank line.
        var indented = lineStart < value.Length && value[lineStart] is not (' ' or '\t');
        var next = lineEnd + 1;
        for (var count = 0; count < 10 && next < value.Length; count++)
        {
            var end = LineEndNear(value, next, value.Length);
            var line = value.AsSpan(next, end - next);
            if (line.IsWhiteSpace()) break;
            if (!ItemLine.IsMatch(line) && !(indented && line[0] is ' ' or '\t')) break;
            items.Append(line).Append('\n');
            next = end + 1;
        }
        return items.ToString();
    }

    // The statements' patterns are larger than .NET's default automaton estimate allows; read only on the few requests
    // whose cues would raise content, like the cue families they are built under the families' limit.
    private static Regex StatementPattern(string pattern) => AutomatonSize.Build(pattern, Patterns.Insensitive, AutomatonSize.Family);

    // Every statement names a kind of content, or what is asked instead of it (metadata, headers, traffic data): the
    // statements are read only in windows around these words, not over the whole text (a warrant's typical request
    // names contents a few times; the windows are a few hundred characters each).
    private static readonly System.Buffers.SearchValues<string> Anchors = System.Buffers.SearchValues.Create(
        ["content", "contenu", "contenid", "contenut", "conteúd", "conteud", "inhalt", "inhoud", "body", "bodies", "substance",
         "subject line", "text of", "texto de", "testo de", "texte des", "teor d", "corps de", "cuerpo de", "message text", "mail text",
         "what was", "what were", "what is", "photo", "image", "picture", "video", "attachment", "fotos", "bilder", "anhänge", "anhange",
         "pièces jointes", "pieces jointes", "adjuntos", "anexos", "allegati", "bijlagen", "foto's", "metadat", "meta-data", "header",
         "envelope", "transactional", "kopfdaten", "verkehrsdaten", "en-tête", "en-tete", "encabezado", "cabeçalho", "cabecalho",
         "intestazion", "di traffico", "de trafic", "de tráfico", "de trafico", "de tráfego", "de trafego", "verkeersgegevens"],
        StringComparison.OrdinalIgnoreCase);

    // How far a statement reaches around its noun: "Nothing in this subpoena shall be read to require production of
    // ... the text" stands up to about 300 characters before it; "Inhalte ... werden nicht angefordert" 120 after.
    private const int Before = 320, After = 220;

    /// <summary>The paper's operative statements that contents are not sought, with the kinds they exclude; null when
    /// the paper makes none.</summary>
    public static Statement? Find(NormalizedText text, MessageParts parts)
    {
        var value = text.Value;
        Statement? first = null;
        var firstRank = int.MaxValue;
        var covers = Kinds.None;
        var searched = 0;
        while (searched < value.Length)
        {
            var at = value.AsSpan(searched).IndexOfAny(Anchors);
            if (at < 0) break;
            var anchor = searched + at;
            // One window over every anchor close to the last: a statement is read once, whole.
            var start = WordStart(value, Math.Max(searched, anchor - Before));
            var end = Math.Min(value.Length, anchor + After);
            while (end < value.Length && value.AsSpan(end, Math.Min(Before, value.Length - end)).IndexOfAny(Anchors) is var next and >= 0)
                end = Math.Min(value.Length, end + next + After);
            end = WordEnd(value, end);
            ReadWindow(value, start, end, parts, ref first, ref firstRank, ref covers);
            searched = end;
        }
        return first is null ? null : first with { Covers = covers == Kinds.None ? Kinds.Words : covers, OnlyLabels = firstRank >= LabelRank };
    }

    // Round 18: every statement holds a word that refuses, excludes or limits, and none reaches across a sentence's
    // end. A window is read only in the runs of sentences that hold one: a text dense with message words (one long
    // merged window) is otherwise read whole by every pattern.
    private static readonly System.Buffers.SearchValues<string> Refusing = System.Buffers.SearchValues.Create(
        ["not", "n't", "no ", "nor ", "without", "exclu", "except", "other than", "apart from", "save for", "aside from", "ni ", "ningun", "ningún",
         "no\n", "nee", "nein", "✗", "✘", "sin ", "salvo", "sans", "hors", "excep", "ausgeschlossen", "uitsluitend", "sauf", "aucun", "ne ", "pas", "non", "ohne", "ausgenommen", "außer", "ausser", "ausnahme",
         "kein", "nicht", "senza", "esclu", "eccet", "eccezion", "tranne", "né ", "nessun", "sem ", "exceto", "exceç", "excec", "nenhum", "nem ",
         "não", "nao", "zonder", "uitzondering", "behalve", "geen", "niet", "uitgesloten", "uitgezonderd", "buiten", "nothing", "rien", "nada",
         "nichts", "niente", "nulla", "only", "solely", "limited to", "nur ", "ausschlie", "lediglich", "uniquement", "seulement", "únicamente",
         "unicamente", "solo", "sólo", "solamente", "soltanto", "apenas", "somente", "alleen", "enkel", "fuera", "out of scope"],
        StringComparison.OrdinalIgnoreCase);

    private static void ReadWindow(string value, int start, int end, MessageParts parts, ref Statement? first, ref int firstRank, ref Kinds covers)
    {
        // The runs of sentences that hold a refusing word, each read whole (a run is cut only at a sentence's end).
        var runStart = -1;
        var at = start;
        while (at < end)
        {
            var stop = value.AsSpan(at, end - at).IndexOfAny(".;!?");
            var sentenceEnd = stop < 0 ? end : at + stop + 1;
            if (value.AsSpan(at, sentenceEnd - at).ContainsAny(Refusing)) { if (runStart < 0) runStart = at; }
            else if (runStart >= 0) { ReadRun(value, runStart, at, parts, ref first, ref firstRank, ref covers); runStart = -1; }
            at = sentenceEnd;
        }
        if (runStart >= 0) ReadRun(value, runStart, end, parts, ref first, ref firstRank, ref covers);
    }

    private static void ReadRun(string value, int start, int end, MessageParts parts, ref Statement? first, ref int firstRank, ref Kinds covers)
    {
        var window = value.AsSpan(start, end - start);
        ReadOnlySpan<Regex> patterns = [CarveOutBeforeNoun, RefusedVerbBeforeNoun, NounThenExcluded, NothingHereinRequires, LimitedToNonContent, NonContentCompound];
        for (var rank = 0; rank < patterns.Length; rank++)
        {
            var pattern = patterns[rank];
            var compound = ReferenceEquals(pattern, LimitedToNonContent) || ReferenceEquals(pattern, NonContentCompound);
            foreach (var m in pattern.EnumerateMatches(window))
            {
                var offset = start + m.Index;
                if (parts.IsContext(offset)) continue;
                // Round 22: "all content and non-content records" asks for both; the compound limits nothing.
                if (ReferenceEquals(pattern, NonContentCompound) && BothAsked.IsMatch(value.AsSpan(Math.Max(0, offset - 24), offset - Math.Max(0, offset - 24)))) continue;
                // The quote the guard has always shown: the first statement of the strongest kind (the carve-out first).
                if (rank < firstRank) (first, firstRank) = (new Statement(Quote(value, offset, m.Length), offset, m.Length, Kinds.None), rank);
                // "Non-content records", "headers only": the paper names what it reaches; it excludes the words.
                covers |= compound ? Kinds.Words : KindsIn(Clause(value, offset, m.Length));
            }
        }
        foreach (var m in RefusalLabel.EnumerateMatches(window))
        {
            var offset = start + m.Index;
            // A label stands at its line's start or in a table's cell, not after a sentence on its line.
            var lineStart = LineStartNear(value, offset);
            if (value[offset] != '|' && !value.AsSpan(lineStart, offset - lineStart).TrimStart(" \t>*•·-–—([").IsEmpty) continue;
            if (parts.IsContext(offset)) continue;
            var kinds = KindsIn(LabelledItems(value, offset, offset + m.Length));
            if (kinds == Kinds.None) continue;
            if (LabelRank < firstRank) (first, firstRank) = (new Statement(Quote(value, offset, Math.Min(m.Length + 60, value.Length - offset)), offset, m.Length, Kinds.None), LabelRank);
            covers |= kinds;
        }
        foreach (var row in RefusedRows(value, start, end))
        {
            if (parts.IsContext(row.Offset)) continue;
            if (LabelRank + 1 < firstRank) (first, firstRank) = (new Statement(Quote(value, row.Offset, row.Length), row.Offset, row.Length, Kinds.None), LabelRank + 1);
            covers |= row.Kinds;
        }
    }

    private const int LabelRank = 6;

    // A table's column that says whether a row is asked ("Requested", "Include content?", "Angefordert", "Demandé",
    // "Solicitado", "Richiesto", "Gevraagd"), and the answer that refuses a row in it.
    private static readonly Regex AskColumn = Patterns.Build(
        @"\b(requested|sought|include\p{L}*|asked|produce|angefordert|erbeten|umfasst|inhalt\p{L}*|demand[ée]\p{L}*|sollicit\p{L}*|inclu\p{L}*|solicitad\p{L}*|requerid\p{L}*|pedid\p{L}*|richiest\p{L}*|gevraagd|gevorderd|opgevraagd|contents?|contenu|contenido|conte[úu]do|contenuto|inhoud)\b");
    private static readonly Regex RefusingAnswer = Patterns.Build(@"\A\s*(no|nein|non|n[ãa]o|nee|neen|none|not\s+requested|excluded|✗|✘)\s*\z");

    private readonly record struct RefusedRow(int Offset, int Length, Kinds Kinds);

    /// <summary>The rows of a table whose ask column answers no ("| Message content / attachments | NO |"): what the
    /// row names is refused; so is what the column's head names when every row answers no ("Include content? | No").</summary>
    private static List<RefusedRow> RefusedRows(string value, int start, int end)
    {
        List<RefusedRow>? rows = null;
        var at = LineStartNear(value, start);
        // A form's table has a few rows; a text made of rows that answer no is read for its first ones only.
        var budget = 64;
        while (at < end && budget > 0)
        {
            var lineEnd = LineEndNear(value, at, end);
            var line = value.AsSpan(at, lineEnd - at);
            if (line.Count('|') >= 2 && Cells(line) is var cells && cells.Exists(c => RefusingAnswer.IsMatch(c)) && budget-- > 0 && HeaderAbove(value, at) is { } header)
            {
                for (var i = 0; i < cells.Count && i < header.Cells.Count; i++)
                {
                    if (!RefusingAnswer.IsMatch(cells[i]) || !AskColumn.IsMatch(header.Cells[i])) continue;
                    var kinds = Kinds.None;
                    foreach (var cell in cells) kinds |= KindsIn(cell);
                    if (header.AllRefused(i)) kinds |= KindsIn(header.Cells[i]);
                    if (kinds != Kinds.None) (rows ??= []).Add(new RefusedRow(at, line.Length, kinds));
                    break;
                }
            }
            at = lineEnd + 1;
        }
        return rows ?? [];
    }

    private sealed record TableHeader(List<string> Cells, List<List<string>> Rows)
    {
        public bool AllRefused(int column) => Rows.All(r => column < r.Count && RefusingAnswer.IsMatch(r[column]));
    }

    /// <summary>The first row of the table a line stands in (its head), with the table's rows; null when the line is
    /// the head itself or stands in no table.</summary>
    private static TableHeader? HeaderAbove(string value, int lineStart)
    {
        var top = lineStart;
        for (var up = 0; up < 20 && top > 0; up++)
        {
            var previousStart = LineStartNear(value, Math.Max(0, top - 1));
            var previous = value.AsSpan(previousStart, Math.Max(0, top - 1 - previousStart));
            if (!previous.Contains('|') && !previous.TrimStart().StartsWith("+-")) break;
            top = previousStart;
            if (previousStart == 0) break;
        }
        var rows = new List<List<string>>();
        List<string>? head = null;
        var at = top;
        for (var count = 0; count < 30 && at < value.Length; count++)
        {
            var lineEnd = LineEndNear(value, at, value.Length);
            var line = value.AsSpan(at, lineEnd - at);
            if (!line.Contains('|') && !line.TrimStart().StartsWith("+-")) break;
            if (line.Count('|') >= 2 && line.ContainsAnyInRange('A', 'z'))
            {
                if (head is null) { if (at == lineStart) return null; head = Cells(line); }
                else rows.Add(Cells(line));
            }
            at = lineEnd + 1;
        }
        return head is null ? null : new TableHeader(head, rows);
    }

    private static List<string> Cells(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|')) trimmed = trimmed[1..];
        if (trimmed.EndsWith('|')) trimmed = trimmed[..^1];
        var cells = new List<string>();
        foreach (var range in trimmed.Split('|')) cells.Add(trimmed[range].Trim().ToString());
        return cells;
    }

    // A line's bounds, looked for at most a few hundred characters away: a text with no line break is not rescanned.
    private static int LineStartNear(string value, int offset)
    {
        var from = Math.Max(0, offset - 400);
        var at = value.AsSpan(from, offset - from).LastIndexOf('\n');
        return at >= 0 ? from + at + 1 : from;
    }

    private static int LineEndNear(string value, int offset, int limit)
    {
        limit = Math.Min(limit, Math.Min(value.Length, offset + 400));
        var at = value.AsSpan(offset, Math.Max(0, limit - offset)).IndexOf('\n');
        return at >= 0 ? offset + at : limit;
    }

    // A window starts at a word's start and ends at a word's end, so that no "\b" is read inside a word cut in two.
    private static int WordEnd(string value, int index)
    {
        while (index < value.Length && char.IsLetterOrDigit(value[index])) index++;
        return index;
    }

    private static int WordStart(string value, int index)
    {
        while (index > 0 && char.IsLetterOrDigit(value[index - 1])) index--;
        return index;
    }

    /// <summary>The content hits that name no kind of content the statement leaves open, weighed 0.</summary>
    public static List<CueHit> Demote(NormalizedText text, List<CueHit> hits, Statement statement)
    {
        var result = new List<CueHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (hit.Weight <= 0) { result.Add(hit); continue; }
            var named = NamedByCue(text.Value, hit);
            if (statement.OnlyLabels && OnTickedBox(text, hit)) { result.Add(hit); continue; }
            result.Add(named == Kinds.None || (named & ~statement.Covers) == Kinds.None ? hit with { Weight = 0 } : hit);
        }
        return result;
    }

    // A form's ticked box ("[X] données relatives au contenu : messages privés") is the paper's own ask.
    private static readonly Regex TickedBox = Patterns.Build(@"\A[ \t]*(\[[xX✓✔]\]|☒|☑|✓|✔)");

    private static bool OnTickedBox(NormalizedText text, CueHit hit)
    {
        var lineStart = text.LineStart(text.LineIndexOf(hit.Offset));
        return TickedBox.IsMatch(text.Value.AsSpan(lineStart, hit.Offset - lineStart));
    }

    /// <summary>The kinds of content a cue names: in its own words, or right after them in its clause before any
    /// carve-out ("all private messages, including their text and attachments").</summary>
    private static Kinds NamedByCue(string value, CueHit hit)
    {
        var kinds = KindsIn(TextOfCue(hit.Text));
        var end = hit.Offset + hit.Length;
        var tail = value.AsSpan(end, Math.Min(80, value.Length - end));
        var stop = tail.IndexOfAny(".;:\n");
        if (stop >= 0) tail = tail[..stop];
        foreach (var m in CarveOutWord.EnumerateMatches(tail)) { tail = tail[..m.Index]; break; }
        return kinds | KindsIn(tail);
    }

    // "Text messages", "chat or text messages" name a channel, not the words: read "text" there as no noun.
    private static ReadOnlySpan<char> TextOfCue(string cue) =>
        cue.Contains("text message", StringComparison.OrdinalIgnoreCase) ? cue.Replace("text message", "message", StringComparison.OrdinalIgnoreCase) : cue;

    private static Kinds KindsIn(ReadOnlySpan<char> span)
    {
        var kinds = Kinds.None;
        if (span.IsEmpty) return kinds;
        if (WordsNoun.IsMatch(span)) kinds |= Kinds.Words;
        if (MediaNoun.IsMatch(span)) kinds |= Kinds.Media;
        if (FilesNoun.IsMatch(span)) kinds |= Kinds.Files;
        if (SubjectNoun.IsMatch(span)) kinds |= Kinds.SubjectLines;
        if (SearchNoun.IsMatch(span)) kinds |= Kinds.Searches;
        if (VoiceNoun.IsMatch(span)) kinds |= Kinds.Voice;
        return kinds;
    }

    /// <summary>The statement from its start to the end of its clause (at most 240 characters).</summary>
    private static ReadOnlySpan<char> Clause(string value, int offset, int length)
    {
        var span = value.AsSpan(offset, Math.Min(value.Length - offset, Math.Max(length, 240)));
        // The match itself may hold no clause end; look for one only past the first words of the statement.
        var from = Math.Min(span.Length, Math.Max(1, length / 2));
        foreach (var m in ClauseEnd.EnumerateMatches(span[from..])) return span[..(from + m.Index)];
        return span;
    }

    private static string Quote(string text, int offset, int length)
    {
        var start = Math.Max(0, offset - 30);
        var end = Math.Min(text.Length, offset + length + 30);
        var quote = text[start..end].ReplaceLineEndings(" ").Trim();
        return (start > 0 ? "…" : "") + quote + (end < text.Length ? "…" : "");
    }
}
