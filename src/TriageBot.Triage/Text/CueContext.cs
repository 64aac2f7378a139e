using System.Text.RegularExpressions;

namespace TriageBot.Triage.Text;

/// <summary>
/// Weighs a cue by its surroundings. A title or subject line says what a document is; a denial ("this is not a
/// subpoena") or a reference to another paper ("a preservation letter was sent on ...") says what it is not.
/// </summary>
internal sealed class CueContext
{
    // These run on a window of at most a few hundred characters around each cue. The short ones (a line, a form's
    // answer) are compiled backtracking regexes written so that backtracking stays linear (each is anchored or bounded,
    // and no two neighbouring quantifiers read the same characters); none has a match timeout, because a timeout
    // answers by the clock: on a starved machine it fired on ordinary text and silently kept a denied cue.
    internal const RegexOptions Options =
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // The words around a cue that deny it or point at another paper are read on every cue hit (a typical request
    // has dozens), and their alternations are long: backtracking tried each at every position of the window (the
    // `$`-anchored look-behinds) or backtracked through each bounded gap, 2–5 µs a window. The non-backtracking
    // engine reads the window once (its automaton is built once per process and cached), and whether a window
    // matches does not depend on the engine; ContextWindowTests hold the two equal on every labelled request.
    internal const RegexOptions WindowOptions =
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Words before a cue in the same sentence that deny it. French denies with "ne … pas" around the verb, elided
    // before a vowel and with pronouns between: "la victime n'est pas en danger immédiat", "ce n'est pas une demande
    // d'urgence", "je ne me sens pas en danger".
    internal const string NegationBeforePattern = @"(\b(not|n0t|no|" + NegationBeforeRest;

    private const string NegationBeforePrefix = @"(\b(not|n0t|";

    private const string NegationBeforeRest =
        @"never|without|in lieu of|instead of|rather than|neither|nor|excluding|exclusive of|other than|except|except for|kein|keine|keinen|ohne|pas de|pas d'|sans|sin|sem|nenhum|nenhuma|senza|nessun|nessuna|geen|zonder)\s+((an?|the|any|such|formal|valid|legal|other|additional|court|search|actual|stored|its|their|substantive|message|communications?|of|for)\s+)*|\b(do|does|did|are|is|am|will|shall|would|was|were|have|has)\s*(not|n't) (seek|seeking|sought|request|requesting|requested|ask|asking|ask for|asking for|require|requiring|want|need|include|including|constitute|be|contain|containing|have|had|received|gotten|hold|authori[sz]e|cover|covering|obtain(ed)?|apply for|applied for|yet obtain(ed)?|yet sought|yet requested)\s+((for|the|any|a|an|such|of|yet|us|you|to)\s+)*|\bnot\s+(to\s+)?includ(e|ing)\s+((the|any|a|an)\s+)*|\bn[o0]t\s+(seek(ing)?|request(ing)?|ask(ing)?\s+for|want(ing)?|need(ing)?|authori[sz](e|ing)|sought|obtained|requested)\s+((the|any|a|an|of|for|yet)\s+)*|\b(no|not|never|without|neither)\s+(\p{L}+\s+){0,3}(or|nor)\s+((an?|the|any)\s+)?|\bne\s+\p{L}+\s+pas\s+((le|la|les|de|du|des)\s+|d')?|\b(ne\s+(\p{L}+\s+){1,2}|n'\p{L}+\s+)(pas|plus|jamais)\s+((une?|le|la|les|de|du|des|en)\s+|d'|l')*|\bnon-?\s*|\bn[ãa]o\s+(\p{L}+\s+){0,5}|\bnon\s+(\p{L}+\s+){0,4}|\bniet\s+(\p{L}+\s+){0,4}|\bnicht\s+(\p{L}+\s+){0,4}|\bno\s+se\s+(\p{L}+\s+){0,4}|\b(not|never|no\s+longer)\s+(at\s+(any\s+)?(\p{L}+\s+)?risk\s+(of|for)|under\s+(any\s+)?threat\s+of|in\s+(any\s+)?(\p{L}+\s+)?danger\s+of)\s+" +
        // "there is no indication of any danger", "no hay riesgo", "il ne s'agit pas d'une situation de danger".
        @"|\bno\s+(indication|evidence|suggestion|sign|signs)\s+(of|that)\s+((an?|the|any)\s+)*|\b(it|this)\s+is\s+not\s+(a|an)\s+(situation|case|matter)\s+(of|involving)\s+((an?|the|any)\s+)*|\bno\s+(hay|existe[n]?|concurre[n]?|se\s+aprecia)\s+(ning[uú]na?\s+)?|\bno\s+se\s+trata\s+de\s+(una?\s+)?(situaci[oó]n|caso)\s+de\s+|\bne\s+s'agit\s+pas\s+(d'|de\s+)((une?|la|le)\s+)?((situation|cas)\s+(de\s+|d'))?|\bn'y\s+a\s+(pas|aucune?)\s+(de\s+|d')?|\bgeen\s+sprake\s+van\s+|\bkeine\s+rede\s+von\s+" +
        // Issue 11 round 13: the danger denied by its subject ("no one is in immediate danger", "niemand ist in Gefahr",
        // "personne n'est en danger", "nadie está en peligro", "ninguém corre perigo", "nessuno è in pericolo"). Only
        // a verb may stand between the nobody and the cue: "nobody has seen her and she is in danger" still pages.
        @"|\b(no[\s-]?one|nobody|none\s+of\s+(them|us|the\s+\p{L}+)|no\s+(person|child|minor|victim|life|lives|officer|resident|user)|niemand|nadie|ninguna?\s+(persona|v[ií]ctima|menor|vida)|ningu[eé]m|nenhuma?\s+(pessoa|v[ií]tima|crian[çc]a|vida)|nessuno|nessuna\s+(persona|vittima|vita)|geen\s+(persoon|mens|kind|slachtoffer))\s+" +
        @"((is|are|was|were|will\s+be|would\s+be|seems?(\s+to\s+be)?|appears?(\s+to\s+be)?|remains?|currently|presently|now|actually|really|ist|sind|war|befindet(\s+sich)?|schwebt|scheint|derzeit|aktuell|momentan|est[áa]n?|corre[nm]?|parece|actualmente|se\s+encuentra|est[ãa]o|encontra|se|si|[èe]|sono|sembra|attualmente|trova|verkeert|bevindt(\s+zich)?|lijkt|momenteel)\s+)*((in|en|em)\s+)?" +
        // French puts "ne" between: "personne n'est en danger", "personne ne se trouve actuellement en danger".
        @"|\b(personne|nul|aucune?\s+(personne|victime|enfant|vie))\s+(ne\s+|n')((se|s'|me)\s*)?((est|sont|trouve|semble|para[iî]t|actuellement|aujourd'hui)\s+)*(en\s+)?)$";

    private static readonly Regex NegationBefore = new(NegationBeforePattern, WindowOptions);

    // Issue 11 round 17: a denial with a word that places the danger in time or weighs it ("There is no present threat
    // to life", "no known risk", "keine akute Lebensgefahr", "geen acuut levensgevaar"). Apart from NegationBefore,
    // whose automaton is at its size limit. Portuguese reads without the bare "no" ("no presente" is "in the present").
    private const string QualifierAfterDenial =
        @"\s+((present|current|immediate|imminent|known|credible|actual|real|apparent|ongoing|specific|concrete|akute?|unmittelbare?|gegenw[äa]rtige?|konkrete?|aktuelle?|acuut|acute|direct|directe|concreet|onmiddellijk|onmiddellijke)\s+)+$";

    private static readonly Regex QualifiedDenial = new(@"\b(no|not\s+an?|not\s+any|keine?|geen)" + QualifierAfterDenial, WindowOptions);

    // Round 19: the writer says they know of no such danger ("No tenemos constancia de una amenaza inminente contra la
    // vida", "we have no information of a threat to life", "keine Hinweise auf eine Gefahr", "geen aanwijzingen voor
    // levensgevaar"): what is denied is the knowledge of the thing named after it. Apart from NegationBefore (at its
    // size limit); up to two words (a verb, "we have") between the denial and the noun.
    private static readonly Regex KnowledgeDenied = new(
        @"\b(no|not|n[ãa]o|non|kein(e|en)?|geen|aucune?|sin|sem|senza|ohne)\s+(\p{L}+\s+){0,2}(constancia|indicios?|ind[íi]cios?|evidencias?|evid[êe]ncias?|evidence|noticias?|not[íi]cias?|conocimiento|conhecimento|registros?|records?|knowledge|information|informaci[óo]n|informa[çc][ãa]o|elementi|elemento|indizi|notizie|hinweise?|anhaltspunkte?|erkenntnisse?|aanwijzing(en)?|indications?|[ée]l[ée]ments?|indices?|connaissance)\s+" +
        @"(of|that|de|d'|di|da|do|dass|f[üu]r|auf|van|voor|dat|que|che|about|sobre|su)\s*((una?|uma?|the|an?|any|la|le|les|el|ein(e|er|en)?|een|alguna?|alcuna?|qualquer|de|d'|di)\s*)*$", WindowOptions);

    private static readonly Regex PortugueseQualifiedDenial = new(@"\b(not\s+an?|not\s+any|keine?|geen)" + QualifierAfterDenial, WindowOptions);

    // Portuguese "no", "na", "nos", "nas" are "in the" ("no relatório", "no perfil", "no inquérito n.º"): its negation
    // is "não". In a Portuguese text the bare "no" before a cue denies nothing; Spanish "no" (and English "no") keep
    // their place in the one pattern above. Only the determiner-like "no" goes; "no se", "no hay" stay.
    internal const string PortugueseNegationBeforePattern = NegationBeforePrefix + NegationBeforeRest;

    private static readonly Regex PortugueseNegationBefore = new(PortugueseNegationBeforePattern, WindowOptions);

    // A refusal earlier in the sentence covers a whole list: "Do not produce chat conversations, prompts or
    // uploaded files", "This Order does not authorize the interception of the contents of ...".
    internal const string RefusalInSentencePattern =
        @"\b(do|does|did|shall|will|must|should|may|need|is|are|am|we're|we\s+are)\s*(not|n't)\s+(seek|seeking|request|requesting|ask(ing)?\s+for|require|requiring|authori[sz]e|authori[sz]ing|produce|provide|furnish|supply|send|deliver|turn\s+over|hand\s+over|disclose|include|including|cover|covering|permit|compel|want|call\s+for|extend\s+to|contain|reach)\b|\b(not|never)\s+(be\s+)?(authori[sz]ed|permitted|required|requested|sought)\s+(to|by|under)\b|\b(nothing|no\s+part)\s+(in|of)\b[^.;]{0,40}\b(authori[sz]es|permits|requires|compels|allows|calls\s+for|seeks|requests|asks\s+for|reaches|covers|includes)\b|\bexclud(e|es|ed|ing)\b|\bexcept\b|\bnot\s+including\b|\bother\s+than\b|\b(a\s+l'exclusion|à\s+l'exclusion|excepto|salvo|exceto|excluindo|escluso|esclusi|eccetto|uitgezonderd|met\s+uitzondering|ausgenommen|ausschließlich\s+der)\b" +
        // Issue 11 class 6: the refusal in the other languages read ("Non si richiede il contenuto di messaggi
        // privati", "Quedan excluidos el contenido...", "Ficam expressamente excluídos ... o conteúdo").
        @"|\bexclu[ií]d[oa]s?\b|\bexclu(s|e)s?\b|\besclus[aeio]\b|\bausgeschlossen\b|\buitgesloten\b|\bnon\s+si\s+(richied|chied|domand|dispon|ordin|autorizz)\p{L}*|\bno\s+se\s+(solicit|pid|requier|orden|autoriz|acuerd)\p{L}*|\bn[ãa]o\s+se\s+(solicit|ped|requer|determin|orden|autoriz)\p{L}*|\bnous\s+ne\s+(demandons|sollicitons|requ[ée]rons)\s+pas|\bwij\s+vragen\s+geen|\b(wir|es\s+werden)\s+(verlangen|fordern|erbitten|ersuchen)\s+kein" +
        // Round 10b: the refusal that lists what it leaves out with "neither ... nor" ("Nous ne demandons ni le contenu
        // ni les photos", "No solicitamos ni el contenido", "Non chiediamo né", "Não pedimos nem", "we ask for neither").
        @"|\bnous\s+ne\s+(demandons|sollicitons|requ[ée]rons|souhaitons)\s+(ni|aucun|aucune|rien)\b|\bno\s+(solicitamos|pedimos|requerimos|necesitamos)\s+(ni|ning[uú]n|ninguna|nada)\b|\bnon\s+(chiediamo|richiediamo)\s+(n[ée]|alcun|alcuna|nulla)\b|\bn[ãa]o\s+(pedimos|solicitamos|requeremos)\s+(nem|nenhum|nenhuma|nada)\b|\b(we|i)\s+(ask\s+for|request|seek|want)\s+neither\b";

    private static readonly Regex RefusalInSentence = new(RefusalInSentencePattern, WindowOptions);

    // "…not the contents, but the subscriber's messages": a contrast ends the reach of an earlier refusal. Read word by
    // word by the non-backtracking engine; LastContrast picks the one that ends the reach.
    private static readonly Regex ContrastWord = new(@"\b(but|however|instead|rather|only|sondern|mais|pero|mas|ma|maar)\b", WindowOptions);

    // Words before a cue that point at another (earlier or later) paper rather than this one.
    internal const string ReferenceBeforePattern =
        @"\b(previous|previously|prior|earlier|already|original|our (earlier|previous|prior)|follow(ed|s|ing)? up|subsequent|future|forthcoming|will (be )?(obtain|seek|serve|follow|sen[dt]|issue|apply)|intend(s)? to (obtain|seek|serve|apply)|in the process of|seeking (a|an)|consider(s|ing)? (a|an)|contemplat(es|ing) (a|an)|obtain (a|an)|apply(ing)? for (a|an)|pending|until (a|an)|once (a|an)|requires? (a|an)|need(s)? (a|an)|only (under|with|pursuant to) (a|an)|in response to (a|an|the|our|your)|prepar(e|es|ing) (a|an)|draft(ing)? (a|an)|(serve|serving|service of|send|submit) (a|an)|such as (a|an)|e\.g\.,?|for example|mandate|mandates)\b[^;]{0,60}$|\bwhile\s+(the|a|an|our|we\s+(seek|obtain|prepare))\s+$";

    private static readonly Regex ReferenceBefore = new(ReferenceBeforePattern, WindowOptions);

    // Words after a cue that deny it: "Inhalte ... werden nicht angefordert", "contents are not requested".
    internal const string NegationAfterPattern =
        @"^[^.;]{0,60}\b(nicht|keine)\s+(angefordert|angefragt|erfragt|erbeten|verlangt|ersucht|beantragt|ben[oö]tigt|erforderlich)|^[ \t]*[:?][ \t]*(none|no|n/a|not\s+(requested|applicable|sought))\b|^[^.;\n]{0,40}\bnon[\s-]?content\b|^[^.;]{0,40}\b(is|are|will\s+be|was|were)\s+(not|excluded|expressly\s+excluded)\s*(requested|sought|required|needed|being\s+requested|from|included)?|^[^.;]{0,40}\b(não\s+(é|são)\s+(solicitad|requerid|pedid)|non\s+(è|sono)\s+(richiest|oggetto)|(wordt|worden)\s+(uitdrukkelijk\s+)?niet\s+(gevraagd|gevorderd|opgevraagd|verzocht)|sind\s+ausgenommen|(werden|wird)\s+(ausdr[uü]cklich\s+)?nicht\b|ne\s+(sont|est)\s+pas\s+(demand|sollicit|requis|vis))|^[^.;]{0,40}\bno\s+(se\s+)?(solicita|requiere)n?\b|^[^.;]{0,60}\b(should|must|shall|may|need)\s+not\s+(be\s+)?(provided|produced|disclosed|included|sent|furnished)\b|^[^.;]{0,40}\bn'(est|sont)\s+pas\s+(demand|sollicit|requis)" +
        // The danger named and then denied: "eine Gefahr für Leib und Leben besteht nicht", "eine akute Gefahr besteht
        // nach derzeitigem Stand nicht", "n'existe pas"; the
        // content named and then put outside the order ("NÃO está abrangido por esta decisão").
        @"|^[^.;]{0,40}\b(n[ãa]o\s+(est[áa]|est[ãa]o|fica[m]?)\s+(abrangid|inclu[ií]d|compreendid)|no\s+(est[áa]n?|queda[n]?)\s+(incluid|comprendid|abarcad)|non\s+(è|sono)\s+(compres|inclus)|(n'|ne\s+)(est|sont)\s+pas\s+(inclus|compris|vis[ée])|(ist|sind)\s+nicht\s+(umfasst|erfasst|enthalten|inbegriffen)|(valt|vallen)\s+(er\s+)?niet\s+onder|(is|are)\s+not\s+(covered|included))" +
        @"|^[^.;]{0,60}\b(ausgeschlossen|uitgesloten|exclu[ií]d[oa]s?|exclu(s|e)s?|esclus[aeio])\b" +
        @"|^[^.;]{0,40}\b((besteht|bestehen|liegt|liegen)\s+(\p{L}+\s+){0,4}nicht|n'existe(nt)?\s+pas|no\s+existe[n]?|n[ãa]o\s+existe[m]?|non\s+(sussiste|sussistono|esiste|esistono)|bestaat\s+niet|(is|are)\s+not\s+(present|at\s+issue|involved))\b";

    private static readonly Regex NegationAfter = new(NegationAfterPattern, WindowOptions);

    // Words after a cue that point at another paper.
    internal const string ReferenceAfterPattern =
        @"^[^.;\n]{0,40}\b(was|were|has been|had been|have been) (sent|served|submitted|issued|faxed|emailed|e-mailed|provided|transmitted)|^[^.;\n]{0,30}\b(will follow|to follow|is forthcoming|will be (sent|served|issued|obtained|submitted)|is being (sought|prepared|obtained)|dated [0-9]|sent on|served on|previously)" +
        // The same in the other languages, anywhere later in the sentence: "ein formelles Rechtshilfeersuchen bzw.
        // eine Verfügung wird nachgereicht" announces the paper, it is not this one.
        @"|^[^;!?]{0,160}\b((wird|werden)\s+(\p{L}+\s+)?nachgereicht|folgt\s+(separat|sp[äa]ter|in\s+k[üu]rze|nach)|suivr(a|ont)\s+(ult[ée]rieurement|prochainement|s[ée]par[ée]ment)|(sera|seront)\s+(transmise?s?|adress[ée]e?s?|envoy[ée]e?s?)\s+(ult[ée]rieurement|prochainement|s[ée]par[ée]ment|dans\s+les\s+meilleurs\s+d[ée]lais)" +
        @"|(ser[áa]n?|ser[ãa]o)\s+(enviad|remitid|transmitid|remetid|encaminhad|formalizad)[oa]s?\s+(posteriormente|m[áa]s\s+adelante|en\s+breve|em\s+breve|oportunamente|a\s+seguir)|se\s+(remitir[áa]|enviar[áa]|formalizar[áa])\s+(posteriormente|m[áa]s\s+adelante|en\s+breve|oportunamente)" +
        @"|sar[àa]n(no)?\s+(trasmess|inviat|inoltrat|formalizzat)[oaie]\s+(successivamente|a\s+breve|in\s+seguito|quanto\s+prima)|seguir[àa]\s+(a\s+breve|formale|successivamente)|(wordt|worden)\s+(later\s+|nog\s+)?(nagestuurd|nagezonden)|volgt\s+(later|nog|zo\s+spoedig))" +
        // Round 16: announced only if it proves needed ("Une commission rogatoire suivra si nécessaire", "ein
        // Rechtshilfeersuchen folgt bei Bedarf", "seguirá si es necesario"): still another paper, not this one.
        @"|^[^;!?]{0,160}\b(suivr(a|ont)\s+(si\s+(n[ée]cessaire|besoin|requis)|le\s+cas\s+[ée]ch[ée]ant|au\s+besoin|en\s+cas\s+de\s+besoin)|(sera|seront)\s+(transmise?s?|adress[ée]e?s?|envoy[ée]e?s?|d[ée]cern[ée]e?s?)\s+(si\s+(n[ée]cessaire|besoin)|le\s+cas\s+[ée]ch[ée]ant|au\s+besoin)" +
        @"|folgt\s+(bei\s+bedarf|gegebenenfalls|ggf\.|falls\s+(n[öo]tig|erforderlich))|(wird|werden)\s+(bei\s+bedarf|gegebenenfalls|ggf\.|falls\s+(n[öo]tig|erforderlich))\s+(\p{L}+\s+)?(nachgereicht|folgen|[üu]bermittelt)" +
        @"|seguir[áa]\s+(si\s+(es\s+)?necesario|en\s+caso\s+(de\s+ser\s+)?necesario|de\s+ser\s+necesario|se\s+(for\s+)?necess[áa]rio|caso\s+(seja\s+)?necess[áa]rio)|seguir[àa]\s+(se\s+necessari[oa]|ove\s+necessario|all'occorrenza|in\s+caso\s+di\s+necessit[àa])" +
        @"|volgt\s+(indien\s+nodig|zo\s+nodig|zonodig|indien\s+vereist|desgewenst))";

    private static readonly Regex ReferenceAfter = new(ReferenceAfterPattern, WindowOptions);

    // Round 22: "all content and non-content records" asks for both: the compound after "and" limits nothing.
    private static readonly Regex AndNonContentAfter = new(@"^\s*(and|&|as\s+well\s+as|plus)\s+non[\s-]?content", WindowOptions);

    // Cheap pre-checks: most cues have none of these words nearby, and then the regexes need not run at all.
    private static readonly AnyWord NegationWords = new(["not", "no", "never", "without", "lieu", "instead", "rather", "neither", "nor", "exclu", "other than", "except", "kein", "pas ", "sin ", "non", "exclud", "exclu", "esclus", "ausgeschlossen", "uitgesloten",
         "n't", "n0t", "nothing", "ohne", "sans", "sem ", "não", "nao", "nenhum", "senza", "nessun", "geen", "zonder", "niet", "nicht", "niemand", "nobody", "personne", "nul ", "aucun", "nadie", "ningu", "nessuno", "salvo", "exceto", "escluso", "esclusi", "eccetto", "uitgezonderd", "uitzondering", "ausgenommen", "ausschließlich"]);

    private static readonly AnyWord NegationAfterWords = new(["nicht", "keine", "not", "no", "pas", "exclu", "não", "non", "niet", "ausgenommen", "n/a", "ausgeschlossen", "uitgesloten", "esclus"]);

    private static readonly System.Buffers.SearchValues<string> ReferenceWords = System.Buffers.SearchValues.Create(
        ["previous", "prior", "earlier", "already", "original", "follow", "subsequent", "future", "forthcoming", "will ", "intend",
         "process of", "seeking", "consider", "contemplat", "while", "obtain", "apply", "pending", "until", "once", "require", "need", "only ", "such as", "e.g", "example", "mandate",
         "response", "prepar", "draft", "serv", "send", "submit"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly AnyWord ReferenceAfterWords = new(["was ", "were ", "been ", "will ", "to follow", "forthcoming", "being ", "dated", "sent on", "served on", "previously", "seront",
         "nachgereicht", "folgt", "suivr", "sera", "será", "serán", "serão", "sarà", "saranno", "remitirá", "enviará", "formalizará", "seguirà", "seguirá", "nagestuurd", "nagezonden", "volgt"]);

    // An office named for what it investigates ("Unidad Especializada en Investigación de Delitos en materia de
    // Secuestro", "Anti-Kidnapping Unit"): the words name the office's remit on its letterhead, not this case.
    private static readonly Regex OfficeBefore = new(
        @"^[ \t]*(\p{L}+[ \t]+)?(unit|unidad|unidade|unit[àa]|unit[ée]|division|divisi[oó]n|brigade|brigada|squad|dezernat|abteilung|afdeling|fiscal[ií]a|procuradur[ií]a)\b[^.\n:;!?]{0,80}$", Options);

    private static readonly Regex OfficeAfter = new(
        @"^[ \t]*(unit|squad|division|section|task\s+force|bureau|team|brigade|dezernat)\b[^.\n:;]{0,40}$", Options);

    private static readonly Regex SubjectLine = new(@"^\s*(subject|re|betreff|objet|asunto|request\s+(type|category)|type\s+of\s+(request|process)|process\s+type)\s*:", Options);

    // A form's own instructions at its top ("About this form: use it for subpoenas, court orders, ..."): they name
    // every kind of process and none of them is this request.
    private static readonly Regex FormPreamble = new(@"^\s*(about\s+this\s+(form|portal)|important|instructions|please\s+note|notice)\s*:|\b(this|the)\s+(portal|form)\s+is\s+for\b|\buse\s+this\s+(form|portal)\b", Options);
    // Round 14: also "NOTICE: By separate order of the Court entered ... under 18 U.S.C. 2705(b), you are directed not
    // to notify", "NOTICE: The Court (Part 50) has ordered": a court's command or a gag statute on the notice line.
    private static readonly Regex CourtOrderedNotice = new(@"^\s*notice\s*:\s*(by|pursuant\s+to|under)\s+(an?\s+|the\s+)?(\p{L}+\s+){0,2}(order|court\s+order)\b|^\s*notice\s*:[^\n]{0,80}\b(court|judge|magistrate)\s+(\([^)\n]{1,30}\)\s+)?(has\s+)?(ordered|orders|entered|directs|directed)\b|^\s*notice\s*:[^\n]{0,120}(\b(ordered|directed|commanded)\s+(not\s+to|that)\b|\b(2705\s*\(\s*b|2709\s*\(\s*c|3123\s*\(\s*d))" +
        // Round 18: the notice line lays the gag on the provider itself ("NOTICE: pursuant to Va. Code 19.2-70.3(G) and
        // the order entered herewith, the Provider shall not disclose the existence of this warrant"): no form says that.
        @"|^\s*notice\s*:[^\n]{0,160}\b(shall|must)\s+not\s+(disclose|notify|reveal|inform)\b[^\n]{0,40}\b(existence|subscriber|user|customer|account\s+holder)", Options);
    // Round 22: an attached document starts a paper of its own: a covering note's "Please note:" does not reach into it.
    private static readonly Regex Separator = new(@"^\s*([-=_*]{10,}|-{3}\s*attachment\s*:[^\n]*)\s*$", Options);

    private static readonly Regex FormAnswerNo = new(@"^[^:?\n]{0,20}[:?]\s*(none|no|n/a|not\s+applicable|nein|keine?|non|aucune?|ninguna?|nenhuma?|nessuna?|nee|geen)\s*[.]?\s*$", Options);

    private readonly (int Start, int End) _preamble;

    private readonly int _introEnd;

    /// <summary>Quoted earlier mails and withdrawn requests: cues there describe the past, not this request.</summary>
    public MessageParts Parts { get; }

    private const double ContextWeight = 0.25;

    // The denial reader for the text's language: in Portuguese "no" is "in the" (null: the language is unknown).
    private readonly Regex _negationBefore;

    private readonly Regex _qualifiedDenial;

    public CueContext(NormalizedText text, string? language = null)
    {
        _negationBefore = language == "pt" ? PortugueseNegationBefore : NegationBefore;
        _qualifiedDenial = language == "pt" ? PortugueseQualifiedDenial : QualifiedDenial;
        _introEnd = Math.Min(text.Length, 1500);
        _preamble = FindPreamble(text);
        Parts = MessageParts.Of(text);
    }

    // What Multiplier answered for each place already weighed in this text: the families overlap (a threat is an
    // emergency cue and a matter type, a subscriber's records a content cue and requested data), and the answer
    // depends only on the text and the place.
    private readonly Dictionary<(int Offset, int Length), double> _weighed = [];
    private NormalizedText? _weighedText;

    public double Multiplier(NormalizedText text, int offset, int length)
    {
        if (!ReferenceEquals(text, _weighedText))
        {
            _weighed.Clear();
            _weighedText = text;
        }
        if (_weighed.TryGetValue((offset, length), out var known)) return known;
        var multiplier = Weigh(text, offset, length);
        _weighed[(offset, length)] = multiplier;
        return multiplier;
    }

    private double Weigh(NormalizedText text, int offset, int length)
    {
        var (sentenceStart, sentenceEnd) = text.SentenceAround(offset, length, 120);
        var before = text.Value.AsSpan(sentenceStart, offset - sentenceStart);
        var after = text.Value.AsSpan(offset + length, sentenceEnd - offset - length);

        // A form's answer to its own question: "Non-disclosure order? None", "Emergency? No".
        var restOfLine = text.Value.AsSpan(offset + length, Math.Min(40, text.Length - offset - length));
        var newline = restOfLine.IndexOf('\n');
        if (newline >= 0) restOfLine = restOfLine[..newline];
        if (Matches(FormAnswerNo, restOfLine)) return 0;
        // An unticked box in a form ("[ ] content data") names a category that is not asked for.
        var trimmed = before.TrimEnd();
        if (trimmed.EndsWith("[ ]") || trimmed.EndsWith("[]") || trimmed.EndsWith("☐")) return 0;
        if (NegationWords.In(before))
        {
            if (Matches(_negationBefore, before) || Matches(_qualifiedDenial, before) || Matches(KnowledgeDenied, before)) return 0;
            var scope = ClauseScope(before, IsClause(text.Value.AsSpan(offset, length)));
            if (NegationWords.In(scope) && Matches(RefusalInSentence, scope)) return 0;
        }
        if (NegationAfterWords.In(after) && Matches(NegationAfter, after) && !Matches(AndNonContentAfter, after)) return 0;
        var lineIndex = text.LineIndexOf(offset);
        var lineStart = text.LineStart(lineIndex);
        var lineBefore = text.Value.AsSpan(lineStart, offset - lineStart);
        var lineAfter = text.Value.AsSpan(offset + length, Math.Min(60, text.Length - offset - length));
        if (lineAfter.IndexOf('\n') is var cut and >= 0) lineAfter = lineAfter[..cut];
        // Only on a heading-like line (no sentence ends on it): "Our unit received a kidnapping report." is a case.
        if (lineAfter.IndexOfAny('.', '!', '?') < 0 && (Matches(OfficeBefore, lineBefore) || Matches(OfficeAfter, lineAfter))) return 0;
        var multiplier = Parts.IsContext(offset) ? ContextWeight : 1.0;
        if (offset >= _preamble.Start && offset < _preamble.End) multiplier *= 0.15;
        if ((before.ContainsAny(ReferenceWords) && Matches(ReferenceBefore, before)) ||
            (ReferenceAfterWords.In(after) && Matches(ReferenceAfter, after))) multiplier *= 0.15;

        var line = text.Line(lineIndex);
        if (Matches(SubjectLine, line)) multiplier *= 3;
        else if (text.IsHeadingLine(lineIndex)) multiplier *= 2.5;
        else if (offset < _introEnd) multiplier *= 1.3;
        return multiplier;
    }

    /// <summary>Where a form's instructions stand: from their first line within the first 20 lines to the next
    /// separator line (or 12 lines on).</summary>
    private static (int Start, int End) FindPreamble(NormalizedText text)
    {
        var lines = Math.Min(text.LineCount, 20);
        for (var i = 0; i < lines; i++)
        {
            if (!Matches(FormPreamble, text.Line(i))) continue;
            // "NOTICE: By order of the Presiding Judge ..., you shall not disclose": a court's command under a
            // notice heading binds; it is no form's instructions.
            if (Matches(CourtOrderedNotice, text.Line(i))) continue;
            var end = i + 1;
            while (end < text.LineCount && end < i + 12 && !Matches(Separator, text.Line(end))) end++;
            var endOffset = end < text.LineCount ? text.LineStart(end) : text.Length;
            return (text.LineStart(i), endOffset);
        }
        return (0, 0);
    }

    /// <summary>The part of the sentence before a cue that a refusal can still reach: after the last "but"; and when
    /// the cue is a clause of its own ("no response is required", "no order was made"), after the last clause
    /// boundary too. A refusal reaches the nouns of its own clause ("do not produce messages, photos or videos"),
    /// not the next clause's statement ("we do not require anything further, and no response is required").</summary>
    private static ReadOnlySpan<char> ClauseScope(ReadOnlySpan<char> before, bool cueIsClause)
    {
        if (cueIsClause)
        {
            var boundary = LastClauseBoundary(before);
            if (boundary >= 0) before = before[boundary..];
        }
        var end = LastContrast(before);
        return end >= 0 ? before[end..] : before;
    }

    /// <summary>Where the contrast that ends a refusal's reach ends, or -1: the last contrast word on the line of the
    /// first one (a sentence window rarely spans lines; when it does, the first line's last "but" counts, as before).</summary>
    internal static int LastContrast(ReadOnlySpan<char> before)
    {
        var end = -1;
        foreach (var word in ContrastWord.EnumerateMatches(before))
        {
            if (end >= 0 && before[end..word.Index].Contains('\n')) break;
            end = word.Index + word.Length;
        }
        return end;
    }

    // A finite verb inside the cue's own words makes the cue a clause: "no response is required", "no order was
    // made", "es wurde keine Anordnung erlassen", "aucune réponse n'est requise".
    private static readonly AnyWord FiniteVerbs = new([" is ", " are ", " was ", " were ", " has ", " have ", " had ", " will ", " shall ", " be ", " been ", " ist ", " sind ", " wird ", " werden ", " wurde ",
         " est ", " sont ", " es ", " son ", " ha ", " han ", " é ", " são ", " foi ", " è ", " sono ", " zijn ", " wordt ", " worden ", " werd ", " is\n", "n'est "]);

    private static bool IsClause(ReadOnlySpan<char> cue)
    {
        Span<char> padded = stackalloc char[Math.Min(cue.Length, 200) + 2];
        padded[0] = ' ';
        cue[..(padded.Length - 2)].CopyTo(padded[1..]);
        padded[^1] = ' ';
        return FiniteVerbs.In(((ReadOnlySpan<char>)padded));
    }

    /// <summary>Where the clause that holds the cue starts: after the last comma, colon or dash, or the last
    /// coordinating word, before the cue; -1 when the cue's clause is the whole span.</summary>
    private static int LastClauseBoundary(ReadOnlySpan<char> before)
    {
        var cut = before.LastIndexOfAny(',', ':', '–') is var punct and >= 0 ? punct + 1 : -1;
        foreach (var word in ClauseWords)
        {
            var at = before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + word.Length > cut) cut = at + word.Length;
        }
        return cut;
    }

    private static readonly string[] ClauseWords =
        [" and ", " but ", " so ", " while ", " whereas ", " und ", " aber ", " et ", " mais ", " y ", " pero ", " e ", " mas ", " ma ", " maar "];

    private static bool Matches(Regex regex, ReadOnlySpan<char> window) => regex.IsMatch(window);
}
