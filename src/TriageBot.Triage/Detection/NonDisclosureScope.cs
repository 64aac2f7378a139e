using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// What the non-disclosure cues of a whole document add up to, beyond each cue's own sentence. A sealed case
/// ("segredo de justiça", "secreto de sumario") binds the parties to the case, not the provider: it supports a
/// gag that some other words impose, and is none alone, however often a caption and a footer repeat it. And a gag
/// that the sentence around it says was only applied for, was refused, has been lifted or has run out, or a word
/// for secrecy given only as the reason a paper is withheld ("aus Geheimhaltungsgründen nicht beigefügt"), forbids
/// nothing now, in each of the seven languages read (the English forms of the first ones are read by
/// OperativeReading for the whole document).
/// </summary>
internal static class NonDisclosureScope
{
    // In the gag's own sentence: it was asked of a court and not (yet) granted, or refused, or there is none.
    private static readonly Regex NotGranted = Patterns.Build(
        @"\b(beim\s+(\p{L}+\s+){0,2}\p{L}*(gericht|richter)\s+(\p{L}+\s+){0,3}beantragt|antrag\s+auf\s+(\p{L}+\s+){0,3}(zur[üu]ckstellung|geheimhaltung|nichtbenachrichtigung)|noch\s+nicht\s+(entschieden|erlassen|ergangen|angeordnet)|liegt\s+noch\s+nicht\s+vor|(abgelehnt|zur[üu]ckgewiesen)\b)" +
        @"|\b((avons|a|ont)\s+(\p{L}+\s+){0,2}(sollicit[ée]|demand[ée]|requis)\s+(du|au|aupr[èe]s\s+du)\s+(juge|tribunal|magistrat)|pas\s+encore\s+(\p{L}+\s+){0,2}(accord[ée]e?|ordonn[ée]e?|rendue?|prononc[ée]e?)|(rejet[ée]e?|refus[ée]e?)\b)" +
        @"|\b((hemos|ha|han)\s+(\p{L}+\s+){0,2}(solicitado|pedido|interesado)\s+(al|ante\s+el)\s+(juzgado|juez|tribunal)|a[úu]n\s+no\s+(\p{L}+\s+){0,2}(acordad|concedid|dictad|resuelt)|(denegad|rechazad|desestimad)[oa]s?\b)" +
        @"|\b((abbiamo|ha|hanno)\s+(\p{L}+\s+){0,2}(richiesto|chiesto|sollecitato)\s+al\s+(gip|giudice|tribunale)|non\s+(ancora|[èe]\s+ancora\s+stat[oa])\s+(\p{L}+\s+){0,2}(concess|dispost|emess|accolt)|(respint|rigettat)[oa]\b)" +
        @"|\b((requeremos|requereu|pedimos|solicitamos)\s+(\p{L}+\s+){0,3}ao\s+(juiz|ju[íi]zo|tribunal)|ainda\s+n[ãa]o\s+(\p{L}+\s+){0,2}(concedid|deferid|decretad|decidid)|(indeferid|rejeitad)[oa]s?\b)" +
        @"|\b((hebben|heeft)\s+(\p{L}+\s+){0,4}(bij\s+de\s+(rechter|rechtbank|rechter-commissaris)\s+)?(aangevraagd|gevorderd|verzocht)|nog\s+niet\s+(\p{L}+\s+){0,2}(toegewezen|verleend|beslist|gegeven)|(afgewezen|geweigerd)\b)" +
        @"|\b(rigetta|respinge|rechaza|deniega|desestima|rejette|indefere|rejeita)\b|\b(lehnt|weist)\s+[^.;]{0,80}\bab\b|\bwijst\s+[^.;]{0,80}\baf\b" +
        // English, beside what OperativeReading reads for the document: a motion filed, a court that denies, a gag
        // asked of the provider as a favour ("we ask that you refrain", "you are requested not to") with no order.
        @"|\b(filed|submitted|lodged|made)\s+(a|an)\s+(motion|application|petition|request)\s+(for|seeking)\b|\b(court|judge|magistrate)\s+(\p{L}+\s+){0,2}(denies|denied|declines|declined|rejects|rejected)\b|\b(motion|application|request|petition)\s+(\p{L}+\s+){0,4}(is|was|has\s+been)\s+(denied|rejected|refused|withdrawn)\b" +
        @"|\b(are|is)\s+(kindly\s+|respectfully\s+)?(requested|asked)\s+(not\s+to|to\s+refrain)\b|\b(we|i)\s+(kindly\s+|respectfully\s+)?(ask|request)\s+that\s+you\s+(not|refrain)\b|\bno\s+(court|judge)\s+has\s+(ordered|entered|issued|signed)\b" +
        @"|\b(no\s+(existe|exista|hay|haya)|il\s+n'existe\s+(pas|aucune?)|es\s+besteht\s+kein(e)?|n[ãa]o\s+(existe|exista|h[áa]|haja)|non\s+(esiste|esista|sussiste|c'[èe]|ci\s+sia)|er\s+(is|bestaat)\s+geen|there\s+is\s+no)\s+((ninguna?|aucune?|nenhuma?|alcun[oa]?|de|qualquer|cualquier|qualsiasi)\s+)?(obligaci[oó]n|obligation|verpflichtung|pflicht|obriga[çc][ãa]o|obbligo|verplichting|orden|ordonnance|ordem|ordine|bevel|order|anordnung)");

    // The favour asked in the other languages, beside NotGranted (own automaton: that one is at the size limit):
    // "vi preghiamo di non informare", "nous vous prions de ne pas", "le rogamos que no", "pedimos que não",
    // "wir bitten Sie, ... nicht", "wij verzoeken u ... niet". A plea in a police letter is not an order.
    private static readonly Regex AskedAsFavour = Patterns.Build(
        @"\b((vi|la|le|ti)\s+)?(preghiamo|prega|prego|chiediamo|chiedo),?\s+(\p{L}+,?\s+){0,2}di\s+non\b|\bje\s+vous\s+(prie|demande)\s+de\s+ne\s+pas\b|\b(le\s+|les\s+)?(ruego|pido|solicito),?\s+(\p{L}+,?\s+){0,2}que\s+no\b|\b(pe[çc]o|solicito|rogo)(-lhes?)?,?\s+(\p{L}+,?\s+){0,2}que\s+n[ãa]o\b|\bik\s+verzoek\s+u\s+[^.;]{0,80}\bniet\b|\bsi\s+prega\s+di\s+non\b|\bnous\s+vous\s+(prions|demandons)\s+de\s+ne\s+pas\b|\bmerci\s+(\p{L}+\s+)?de\s+ne\s+pas\b|\b(nous\s+)?vous\s+remerci(ons|e)\s+(\p{L}+\s+){0,3}de\s+ne\s+pas\b|\b(les?\s+)?(rogamos|pedimos|solicitamos),?\s+(\p{L}+,?\s+){0,2}que\s+no\b|\b(pedimos|solicitamos|rogamos)(-lhes?)?,?\s+(\p{L}+,?\s+){0,2}que\s+n[ãa]o\b|\b(bitten|ersuchen)\b,?\s+[^.;]{0,90}\bnicht\b|\b(wij\s+)?verzoeken\s+u\s+[^.;]{0,80}\bniet\b" +
        // Round 26: the writer's own plea without "que" ("Rogamos no informen al usuario"). Not the passive of a form
        // ("se solicita que no se informe", "wordt verzocht ... niet te informeren"): an EPOC certificate's section on
        // informing the person asks so, and binds under the Regulation (art. 11).
        @"|\b(rogamos|pedimos|solicitamos|ruego|pido)\s+no\b");

    // In the gag's own sentence, English: the order was applied for from a named court and none is entered yet ("We
    // have applied to the District Court for an order under 2705(b); no order has been entered yet"). Own automaton:
    // NotGranted is at the size limit.
    private static readonly Regex NotYetEntered = Patterns.Build(
        @"\bno\s+(such\s+)?(order|gag)\s+(has|had)\s+(yet\s+)?been\s+(entered|issued|signed|granted|made)\b|\b(has|have|had)\s+(\p{L}+\s+)?applied\s+to\s+[^.;]{1,60}?\s+for\s+(a|an)\s+(\p{L}+\s+)?(order|gag)\b");

    // In the gag's sentence or the next: the gag has been lifted or has run out, in each language.
    private static readonly Regex Ended = Patterns.Build(
        @"\b((ist|wurde|wird\s+hiermit|sind|wurden)\s+(\p{L}+\s+){0,3}(aufgehoben|abgelaufen|erloschen|beendet|entfallen)|(ist|sind)\s+(nicht\s+mehr\s+(wirksam|in\s+kraft|g[üu]ltig)|au[ßs]er\s+kraft))" +
        @"|\b((est|a\s+[ée]t[ée]|sont|ont\s+[ée]t[ée])\s+(\p{L}+\s+){0,2}(lev[ée]e?s?|expir[ée]e?s?|caduque?s?|r[ée]voqu[ée]e?s?)|a\s+(expir[ée]|pris\s+fin)|n'est\s+plus\s+(en\s+vigueur|applicable))" +
        @"|\b((ha|han)\s+(sido\s+)?(levantad|expirad|vencid|revocad|alzad)[oa]s?|(ha|han)\s+quedado\s+sin\s+efecto|queda(n)?\s+sin\s+efecto|ya\s+no\s+(est[áa]|rige|es\s+aplicable))" +
        @"|\b(([èe]|sono)\s+(stat[oaie]\s+)?(revocat|scadut|cessat|venut[oa]\s+meno)[oaie]?|non\s+[èe]\s+pi[ùu]\s+(in\s+vigore|efficace))" +
        @"|\b((foi|foram)\s+(levantad|revogad|cessad)[oa]s?|(expirou|caducou|cessou)|deixou\s+de\s+(vigorar|produzir\s+efeitos)|j[áa]\s+n[ãa]o\s+(vigora|est[áa]\s+em\s+vigor))" +
        @"|\b((is|zijn|werd)\s+(\p{L}+\s+){0,4}(opgeheven|verlopen|vervallen|ingetrokken|verstreken)|niet\s+langer\s+(van\s+kracht|geldig)|wordt\s+niet\s+verlengd)" +
        @"|\b((has|had)\s+expired|(order|extension|gag|period|term|obligation|requirement|prohibition|it)\s+expired\b|(was|were|has\s+been|have\s+been|is\s+hereby)\s+(lifted|vacated|rescinded|dissolved|terminated)|(was|were)\s+not\s+(renewed|extended)|(has|have)\s+lapsed|no\s+longer\s+in\s+(effect|force))");

    // A notice that the gag ran out by its own terms ("which prohibited you from notifying ..., expired by its own
    // terms on November 28"), the gag named clauses before the verb; not "would have expired on" a date, which an
    // extension notice says. Own automaton: the one above is near the non-backtracking size limit.
    private static readonly Regex EndedNotice = Patterns.Build(
        @"\bexpired\s+by\s+(its|their)\s+(own\s+)?terms\b|\b(will|would|did|does)\s+not\s+(seek|request|apply\s+for)\s+(an?\s+|any\s+)?(extension|renewal)|\b(is|are)\s+not\s+(seeking|requesting|applying\s+for)\s+(to\s+(extend|renew)|(an?\s+|any\s+)?(extension|renewal))");

    // Before the cue: the words name the gag's end ("Einde geheimhoudingsplicht", "Aufhebung der Geheimhaltung").
    private static readonly Regex EndBefore = Patterns.Build(
        @"\b(einde|ende|end|fin|fine|t[ée]rmino|termine)\s+((of|der|des|de|del|della|dell'|do|da|van|la|le|het|the)\s+)?(\p{L}+\s+){0,1}\z" +
        @"|\b(aufhebung|lifting|lev[ée]e|levantamento|levantamiento|revoca|opheffing|expir(y|ation)|expiraci[oó]n|scadenza|vencimiento)\s+(\S+\s+){0,7}\z");

    // A form's box not ticked on the cue's line ("☐ Die Anordnungsbehörde ersucht, die Person nicht zu unterrichten",
    // "☐ verzoek om de betrokkene niet te informeren – niet aangevinkt").
    private static readonly Regex UntickedLine = Patterns.Build(@"(☐|□|\[\s?\])[^☒☑✓✔\[\n]{0,160}\z");
    private static readonly Regex UntickedAfter = Patterns.Build(@"\A[^\n]{0,40}\b(niet\s+aangevinkt|not\s+(ticked|checked|selected)|nicht\s+angekreuzt|non\s+coch[ée]|no\s+marcad[oa]|non\s+selezionat[oa]|n[ãa]o\s+assinalad[oa])");

    private static readonly Regex SubjectLine = Patterns.Build(@"^\s*(subject|betreff|objet|asunto|oggetto|assunto|onderwerp)\s*:");

    // The secrecy word names why a paper is withheld: "aus Geheimhaltungsgründen", "per motivi di riservatezza",
    // "por razones de sigilo", "pour des raisons de confidentialité", "om redenen van geheimhouding".
    private static readonly Regex ReasonBefore = Patterns.Build(
        @"\b(aus|wegen)\s+(\p{L}+\s+)?\z|\b(per|por|pour|for|om)\s+((des|de|di|van)\s+)?(\p{L}+\s+)?(motivi|ragioni|raz[oó]n|razones|motivos?|raisons?|reasons?|redenen)\s+(de|di|van|of)\s+\z");

    // Right before the cue: the writer says the paper is not such an order ("il ne s'agit toutefois pas d'une
    // ordonnance de non-divulgation", "this is not a non-disclosure order", "no se trata de una orden de ...").
    private static readonly Regex NotSuchOrderBefore = Patterns.Build(
        @"\b(il\s+ne\s+s'agit\s+(\p{L}+\s+)?pas\s+d'une?|(ce|cela|ceci)\s+n'est\s+pas\s+une?|(this|it)\s+is\s+not\s+(a|an)|(this|it)\s+isn't\s+(a|an)|no\s+se\s+trata\s+de\s+una?|no\s+es\s+una?|n[ãa]o\s+se\s+trata\s+de\s+uma?|n[ãa]o\s+[ée]\s+uma?|non\s+si\s+tratta\s+di\s+una?|non\s+[èe]\s+una?|es\s+handelt\s+sich\s+(\p{L}+\s+)?nicht\s+um\s+ein(e|en)?|ist\s+kein(e|en)?|het\s+(betreft|is)\s+geen" +
        // Round 13: an indirect question asks whether there is one ("ob eine Geheimhaltungsanordnung besteht", "whether
        // a gag order exists", "si une ordonnance de non-divulgation existe"): a data subject's access request names none.
        @"|whether\s+(there\s+(is|was|has\s+been)\s+)?(a|an|any)|ob\s+(es\s+)?(\p{L}+\s+)?(ein|eine|einen|irgendeine)|si\s+(il\s+existe\s+)?(une?|quelque)|si\s+(existe\s+|hay\s+)?(alguna?|una?)|se\s+(esiste\s+|c'[èe]\s+)?(un|una|uno|alcun[oa]?)|se\s+(existe\s+|h[áa]\s+)?(uma?|algum[a]?)|of\s+er\s+(een|enig\p{L}*))\s*\z");

    // Round 18: a bare word for secrecy given as the cause of something else ("Niet bellen i.v.m. de geheimhouding",
    // "do not call us because of the secrecy", "en raison de la confidentialité"): it names why, and forbids nothing.
    // Read only for cues that name no order ("due to the non-disclosure order" binds).
    private static readonly Regex CauseBefore = Patterns.Build(
        @"\b(i\.?\s?v\.?\s?m\.?|in\s+verband\s+met|vanwege|wegens|because\s+of|due\s+to|owing\s+to|on\s+account\s+of|en\s+raison\s+d[eu']|[àa]\s+cause\s+d[eu']|debido\s+a|por\s+causa\s+d[eoa]|a\s+causa\s+d[ei]|aufgrund|angesichts)\s*((de|het|the|la|le|l'|el|al|o|a|il|der|des|dem|della|dello|da|do)\s*)?(\p{L}+\s+)?\z");

    // Round 18: before the cue in its sentence, what an authority may ask, told as a rule ("L'autorità di emissione può
    // chiedere al prestatore di non informare l'utente", "the issuing authority may request that the provider not
    // inform", "kann verlangen", "peut demander", "puede solicitar", "pode solicitar", "kan verzoeken"): a newsletter's
    // or a guide's rule forbids nothing.
    private static readonly Regex MayAskBefore = Patterns.Build(
        @"\b((may|can|could)\s+(also\s+)?(ask|request|require|seek)|(kann|k[öo]nnen)\s+[^.;]{0,60}\b(verlangen|ersuchen|bitten)|(peut|peuvent|pourra)\s+(aussi\s+)?(demander|exiger|requ[ée]rir)|(puede|pueden|podr[áa])\s+(tambi[ée]n\s+)?(solicitar|pedir|exigir|requerir)|(pode|podem|poder[áa])\s+(tamb[ée]m\s+)?(solicitar|pedir|exigir|requerer)|(pu[òo]|possono|potr[àa])\s+(anche\s+)?(chiedere|richiedere|esigere)|(kan|kunnen)\s+[^.;]{0,40}\b(verzoeken|vragen|eisen|vorderen))\b[^.;]{0,80}\z");

    // Round 18: the gag lapses now together with its request (OperativeReading.LapsesWithItWords).
    private static readonly Regex LapsesNow = Patterns.Build(OperativeReading.LapsesWithItWords);

    private static readonly Regex ReasonAfter = Patterns.Build(@"\A(s)?(gr[üu]nden|grund)\b");

    // Who orders the clause "not to inform": a court, a judge, a decision or an order, or a ban in the words of the
    // law, in the seven languages read. Read only in the sentence of a clause-level cue (FlagCues.NotToInformClause)
    // and the one before it (a caption "Beschluss des Amtsgerichts:" or "IT IS ORDERED:" often stands apart).
    private static readonly Regex OrderGiver = Patterns.Build(
        @"\b(court|judge|magistrate|ordered|orders|ordering|hereby|decree[ds]?|decision|pursuant\s+to)\b" +
        @"|\b(juge|tribunal|cour|ordonnance|ordonn[ée]e?s?|ordonne|d[ée]cision|magistrat|interdit|interdiction|d[ée]fense|enjoint)\b" +
        @"|\b\p{L}*(gericht|richter|richterin)\b|\b(beschluss|anordnung|angeordnet|ordnet|untersagt|verboten|aufgetragen|offenbarungsverbot|verf[üu]gung|verf[üu]gt|verpflichtet)\b" +
        // Round 14: the law the clause is made under ("gemäß Art. 11", "ai sensi dell'art.", "nos termos do artigo").
        @"|\b(gem[äa](ß|ss)|conform[ée]ment\s+[àa]|en\s+virtud\s+de|conforme\s+al?|ai\s+sensi|nos\s+termos|overeenkomstig|op\s+grond\s+van)\b" +
        @"|\b(juzgado|juez|jueza|auto|resoluci[oó]n|acordado|acuerda|acuerdo|ordena|ordenado|ordeno|dispone|dispuesto|dispongo|resuelvo|prohib\p{L}*)\b" +
        @"|\b(juiz|ju[íi]za|ju[íi]zo|decis[ãa]o|determin[oa]|determinou|determinado|determina[çc][ãa]o|ordem|vedad[oa]s?|proibid[oa]s?|decreta|decretad[oa])\b" +
        @"|\b(gip|gup|giudice|tribunale|decreto|ordinanza|ordina|ordinato|provvedimento|vietat[oa]|divieto|disposto|disposta|dispone|diffidat[oaie])\b" +
        @"|\b(rechter|rechtbank|rechter-commissaris|onderzoeksrechter|bevel|bevolen|beschikking|gelast|verboden|opgedragen|krachtens)\b");

    // Right before a clause-level cue, its ban denied: "you are not prohibited from notifying", "il n'est pas interdit
    // d'informer", "es ist nicht untersagt", "no está prohibido", "non è vietato", "niet verboden".
    private static readonly Regex BanDeniedBefore = Patterns.Build(
        @"\b(not|n't|pas|ne|n'|rien|nicht|nichts|kein\p{L}*|no|nada|n[ãa]o|non|niente|nulla|niet|niets|geen|nothing\s+[^.;\n]{0,60})\s*(\p{L}+\s+){0,2}\z");

    // Right after an English gag cue, the plural that names a kind of paper, not this one: "NSLs and 2705(b) gag
    // orders", "how you handle non-disclosure orders". Read with the sentence: papers at hand are "these", "attached".
    private static readonly Regex PluralKindAfter = Patterns.Build(@"\A(s|\s*(gag\s+|non-?\s?disclosure\s+|nondisclosure\s+|delayed[\s-]notice\s+)?orders)\b");
    private static readonly Regex PapersAtHand = Patterns.Build(@"\b(these|this|attached|enclosed|accompan\p{L}*|hereby|herewith|served|signed|entered|granted|issued)\b");

    // Issue 11 round 12: before the cue in its clause, a condition not yet met: "If a non-disclosure order is issued,
    // we will forward it", "Should the court grant our 2705(b) application", "Sollte das Gericht eine Geheimhaltung
    // anordnen", "Si le juge ordonne le secret", "Qualora il giudice disponga". A gag that may come forbids nothing now.
    private static readonly Regex ConditionBefore = Patterns.Build(
        @"\b(if|should|once|in\s+the\s+event(\s+that)?|sollte|sollten|falls|wenn|si\s+(le|la|les|l'|un|une|nous|vous|el|los|las|un|una)\b|se\s+(il|lo|l'|un|una|o)\b|qualora|nel\s+caso\s+in\s+cui|indien|mocht|caso|en\s+caso\s+de\s+que)\s*(U\.\s?S\.\s?C\.|[^.;:,!?]){0,60}\z");
    // The paper at hand named in the clause: a condition about it ("if you have questions about the attached order")
    // leaves the gag standing.
    private static readonly Regex AtHand = Patterns.Build(@"\b(these|this|attached|enclosed|accompan\p{L}*|hereby|herewith|beigef[üu]gt\p{L}*|ci-joint\p{L}*|adjunt\p{L}*|anex\p{L}*|allegat\p{L}*|bijgevoegd\p{L}*)\b");

    // Round 27: the delayed notice is the government's own ("the government's notice to the target is delayed 90 days
    // under Penal Code 1546.2(b)"): the authority holds back its notice, the provider is not gagged by it.
    private static readonly Regex OwnNoticeBefore = Patterns.Build(
        @"\b(the\s+)?(government|state|people|commonwealth|agency|prosecution|prosecutor|department|investigating\s+agency)(’|')s?\s+\z|\b(our|its)\s+\z");

    // Round 27: in the gag's sentence or the next, the writer says it does not bind the provider ("(This does not
    // restrict the provider.)", "it places no restriction on you", "you remain free to notify").
    private static readonly Regex NotOnProvider = Patterns.Build(
        @"\b(does|do|shall|will|did)\s+not\s+(restrict|bind|apply\s+to|bar|prohibit|prevent|restrain|limit|gag)\s+(the\s+)?(provider|you|your\s+(company|service)|recipient|service\s+provider|platform)\b" +
        @"|\bplaces?\s+no\s+(restriction|obligation|limit)\w*\s+on\s+(the\s+)?(provider|you|your\s+company)\b|\b(provider|you)\s+(is|are|remains?|remain)\s+free\s+to\s+(notify|inform|tell)\b" +
        // Round 28: "does not restrict any notice the recipient may give", "This delay applies to the Government's notice".
        @"|\b(does|do|shall|will|did)\s+not\s+(restrict|bar|prohibit|prevent|limit)\s+(any\s+)?(notice|notification)\s+(by\s+)?(the\s+)?(provider|you|recipient|service\s+provider|your\s+company)\b" +
        @"|\b(applies|relates|pertains|is\s+limited)\s+(only\s+)?to\s+the\s+(government|state|prosecution|prosecutor|agency|police|people|commonwealth)(’s|'s)\s+(own\s+)?(notice|notification|duty)");

    // Round 28: the same said of the authority's duty to notify in the other languages: "diese Zurückstellung betrifft
    // die Benachrichtigungspflicht der Staatsanwaltschaft", "ce report concerne l'obligation d'information du parquet",
    // "afecta a la obligación de notificar de la fiscalía", "riguarda l'obbligo di avviso del pubblico ministero".
    // Own automaton; read where NotOnProvider is.
    private static readonly Regex AuthoritysOwnDuty = Patterns.Build(
        @"\b(betrifft|gilt\s+(nur\s+)?f[üu]r|bezieht\s+sich\s+(nur\s+)?auf)\s+(nur\s+|allein\s+|ausschlie(ß|ss)lich\s+)?(die\s+)?(benachrichtigungs|mitteilungs|unterrichtungs)pflicht(en)?\s+(der|des)\s+(staatsanwaltschaft|polizei|beh[öo]rde|ermittlungsbeh[öo]rde|strafverfolgungsbeh[öo]rde|anordnungsbeh[öo]rde)" +
        @"|\b(concerne|vise|s'applique\s+[àa])\s+(uniquement\s+|seulement\s+)?(l'obligation|le\s+devoir)\s+d'(information|informer|aviser)\s+(du|de\s+la|de\s+l')\s*(parquet|procureur|autorit[ée]|police|minist[èe]re\s+public)" +
        @"|\b(afecta|se\s+refiere|se\s+aplica)\s+(solo\s+|[úu]nicamente\s+|s[óo]lo\s+)?a\s+la\s+obligaci[oó]n\s+de\s+(notificaci[oó]n|notificar|informar)\s+de\s+la\s+(fiscal[ií]a|autoridad|polic[ií]a)" +
        @"|\b(riguarda|si\s+riferisce\s+a)\s+(solo\s+|soltanto\s+|unicamente\s+)?l'obbligo\s+di\s+(informazione|informare|notifica|avviso|avvisare)\s+(del|della|dell')\s*(pubblico\s+ministero|procura|autorit[àa]|polizia)" +
        @"|\b(diz\s+respeito|refere-se|aplica-se)\s+(apenas\s+|somente\s+|unicamente\s+)?[àa]\s+obriga[çc][ãa]o\s+de\s+(notifica[çc][ãa]o|informar|notificar)\s+(do|da)\s+(minist[ée]rio\s+p[úu]blico|autoridade|pol[íi]cia)" +
        @"|\b(betreft|geldt\s+(alleen\s+)?voor)\s+(alleen\s+|uitsluitend\s+)?de\s+(kennisgevingsplicht|mededelingsplicht|notificatieplicht|informatieplicht)\s+van\s+(het\s+openbaar\s+ministerie|de\s+officier|de\s+politie|de\s+autoriteit)");

    // Round 28: in the cue's own sentence, the authority's notice is what is delayed ("Pursuant to 2705(a)(1)(B) ... the
    // Government's notice to the subscriber is DELAYED for ninety days"). Read only for the delayed-notice cues.
    private static readonly Regex OwnNoticeDelayed = Patterns.Build(
        @"\b(the\s+)?(government|state|prosecution|prosecutor|agency|people|commonwealth)(’s|'s)\s+(own\s+)?(notice|notification)\b[^.;]{0,60}\b(is|was|has\s+been|will\s+be|are)\s+(\p{L}+\s+)?(delayed|deferred|postponed)\b");

    /// <summary>The hits, with those for a sealed case weighed 0    /// <summary>The hits, with those for a sealed case weighed 0 when nothing else in the document forbids notice,
    /// and those whose sentence says the gag is not (or no longer) in force weighed 0.</summary>
    public static List<CueHit> Reweigh(NormalizedText text, List<CueHit> hits)
    {
        if (hits.Count == 0) return hits;
        hits = [.. hits.Select(h => h.Weight > 0 && !InForce(text, h) ? h with { Weight = 0 } : h)];
        hits = [.. hits.Select(h => h.Weight > 0 && h.Cue.Reason == FlagCues.NotToInformClause && !Ordered(text, h) ? h with { Weight = 0 } : h)];
        hits = [.. hits.Select(h => h.Weight > 0 && NamesAKind(text, h) ? h with { Weight = 0 } : h)];
        // Who the order binds: a gag "as to" another company, in a letter saying the process went to that company and
        // not to us, forbids that company to tell its customer; it asks nothing of the provider.
        if (hits.Any(h => h.Weight > 0) && ServedElsewhere.IsMatch(text.Value))
            hits = [.. hits.Select(h => h.Weight > 0 && BindsNamedParty(text, h) ? h with { Weight = 0 } : h)];
        // A subject line that names a gag announces what the body must say; alone it is half a cue.
        hits = [.. hits.Select(h => h.Weight > 1 && InSubject(text, h) ? h with { Weight = 1 } : h)];
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
    private static readonly Regex End = AutomatonSize.Build(
        @"\b(for|during|f[üu]r|w[äa]hrend|pendant|pour|durant|durante|por|pelo|per|voor|gedurende|l[äa]ngstens|na\s+afloop\s+van|nach\s+ablauf\s+von)\s+((a|the|un|une|una|um|uma|einen|die|een|la|le|il|o|el|de)\s+)?((period|term|duration|zeitraum|dauer|p[ée]riode|dur[ée]e|per[ií]odo|prazo|plazo|periodo|durata|termijn|duur)\s*((of|von|de|di|van)\s+|d['’]))?" +
        @"(\d{1,4}|one|two|three|four|six|nine|twelve|eighteen|ninety|one\s+hundred\s+(and\s+)?eighty|ein(en|em)?|zwei|drei|vier|sechs|neun|zw[öo]lf|achtzehn|un|une|deux|trois|quatre|neuf|douze|dix-huit|uno|una|dos|tres|cuatro|seis|nueve|doce|dieciocho|um|uma|dois|duas|tr[êe]s|quatro|nove|dezoito|uno|due|tre|quattro|sei|nove|dodici|diciotto|een|twee|drie|zes|negen|twaalf|achttien)\s+(\([\p{L}\d\s-]{1,25}\)\s+)?" +
        @"(days?|mes|mese|m[êe]s|maand|monat|woche|jahr|semana|semaine|settimana|week|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans?|ann[ée]es?|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|anno|dagen|weken|maanden|jaar)\b" +
        // Any number in words with its figure after it: "noventa (90) días", "centoventi (120) giorni".
        @"|\b(for|during|f[üu]r|w[äa]hrend|pendant|durant|durante|por|pelo|per|voor|gedurende|l[äa]ngstens)\s+([\p{L}-]+\s+){1,3}\(\d{1,4}\)\s+(days?|mes|mese|m[êe]s|maand|monat|woche|jahr|semana|semaine|settimana|week|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|dagen|weken|maanden|jaar)\b" +
        @"|\b(until|through|after|bis(\s+(zum|nach))?|nach\s+dem|jusqu'(au|[àa])|apr[èe]s\s+le|hasta(\s+el)?|despu[ée]s\s+del?|at[ée](\s+(ao?|o\s+dia))?|ap[óo]s\s+(o\s+dia\s+)?|fino\s+al|dopo\s+il|tot(\s+en\s+met)?|na|avant\s+le|vor\s+dem|antes\s+del?|prima\s+del)\s*:?\s+\d{1,2}([./-]\d{1,2}[./-]\d{2,4}|\.?\s+\p{L}{3,10}\.?\s+\d{4})" +
        // A form's label and its answer ("Duración: ciento veinte (120) días", "Dauer der Geheimhaltung: zwei Monate"),
        // or the period in brackets beside the gag ("mientras dure la conservación (60 días)").
        @"|\b(duration|dauer|dur[ée]e|duraci[oó]n|dura[çc][ãa]o|durata|duur|zeitraum|p[ée]riode|per[ií]odo|periodo|termijn|plazo|prazo)(\s+(of|der|des|de|del|della|do|da|van)\s+(the\s+|la\s+|het\s+)?\p{L}+)?\s*:\s*([\p{L}-]+\s+){0,3}(\(\d{1,4}\)\s+|\d{1,4}\s+)?" +
        @"(days?|weeks?|months?|years?|tagen?|wochen|monate?n?|jahren?|jours|semaines|mois|ans|ann[ée]es?|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|anno|dagen|weken|maanden|jaar)\b" +
        @"|\(\s*\d{1,4}\s+(days?|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|dagen|weken|maanden|jaar)\s*\)", Patterns.Insensitive, AutomatonSize.Family);

    // One to twelve in the seven languages read, or a figure.
    private const string CeilingNumber =
        @"(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eins?|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|zw[öo]lf|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|uma?|dois|duas|tr[êe]s|quatro|sete|oito|nove|dez|doze|due|tre|quattro|cinque|sei|sette|otto|dieci|dodici|een|twee|drie|vijf|zes|zeven|negen|tien|twaalf)";

    // Own automaton: the one above is at the non-backtracking size limit. Read only in the gag's two sentences.
    private static readonly Regex Ceiling = Patterns.Build(
        // A ceiling on the delay (an EU certificate's art. 13 deferral): "ce retard ne pouvant excéder trois mois",
        // "con differimento fino a sei mesi", "not to exceed 90 days", or the authority's own notice "binnen zes
        // weken zelf in kennis" / "will inform the person within six weeks".
        @"\b(exc[ée]der|exceder|exceed(ing)?|superare|overschrijden|[üu]berschreiten|fino\s+a|up\s+to|jusqu'[àa]|hasta|at[ée]|bis\s+zu|maximaal|maximum(\s+de)?|massimo\s+(di\s+)?|m[áa]ximo\s+(de\s+)?)\s+" + CeilingNumber + @"\s+(\([\p{L}\d\s-]{1,25}\)\s+)?" +
        @"(days?|mes|mese|m[êe]s|maand|monat|woche|jahr|semana|semaine|settimana|week|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans|d[ií]as|semanas|meses|a[ñn]os|anos|giorni|settimane|mesi|anni|dagen|weken|maanden|jaar)\b" +
        @"|\b(binnen|within|entro|dans\s+un\s+d[ée]lai\s+de|dentro\s+de|innerhalb\s+von)\s+" + CeilingNumber + @"\s+(days?|weeks?|months?|tagen|wochen|monaten|jours|semaines|mois|d[ií]as|semanas|meses|giorni|settimane|mesi|dagen|weken|maanden)\s+(\p{L}+\s+){0,2}(in\s+kennis|inform\p{L}*|notif\p{L}*|benachrichtig\p{L}*|avvis\p{L}*)");

    // Own automaton: Ceiling is near the size limit.
    private static readonly Regex Deferral = Patterns.Build(
        // The certificate's deferral stated as a participle and its length: "information différée de trois (3) mois",
        // "notice deferred by 90 days", "informazione differita di sei mesi", "Unterrichtung um zwei Monate aufgeschoben".
        @"\b(diff[ée]r[ée]e?s?|report[ée]e?s?|retard[ée]e?s?|delayed|deferred|postponed|aplazad[oa]|diferid[oa]|adiad[oa]|differit[oa]|rinviat[oa]|uitgesteld)\s+(de|by|of|di|por|met|um)\s+" + CeilingNumber + @"\s+(\([\p{L}\d\s-]{1,25}\)\s+)?" +
        @"(days?|weeks?|months?|jours|semaines|mois|d[ií]as|semanas|meses|giorni|settimane|mesi|dagen|weken|maanden|tagen?|wochen|monaten?)\b" +
        @"|\bum\s+" + CeilingNumber + @"\s+(tage|wochen|monate)\s+(aufgeschoben|zur[üu]ckgestellt)\b");

    // Issue 11 round 15: an end counted from an event in words, not a date or a period: "until the first anniversary of
    // the date below", "until the ninetieth day following entry of this Order", "bis zum Jahrestag der Anordnung",
    // "jusqu'au premier anniversaire", "hasta el nonagésimo día siguiente". Own automaton, read only in the gag's sentences.
    private static readonly Regex CountedEnd = Patterns.Build(
        @"\b(until|through|till|bis\s+zum|jusqu'au|hasta\s+el|fino\s+al|at[ée]\s+ao|tot\s+de)\s+(the\s+)?([\p{L}-]+\s+){0,2}(anniversary|day|jahrestag|tag|anniversaire|jour|aniversario|d[ií]a|anniversario|giorno|anivers[áa]rio|dia|verjaardag|dag)\s+(of|after|following|from|nach|ab|seit|de|du|apr[èe]s|suivant|del|siguiente|dopo|successivo|da|do|ap[óo]s|seguinte|na|van|volgend\p{L}*)\b");

    // The gag's sentence points back to a period told just before it: "in dieser Zeit", "during this period", "pendant
    // cette période", "durante dicho plazo", "in questo periodo", "gedurende deze termijn": read that sentence too.
    private static readonly Regex ThatPeriod = Patterns.Build(
        @"\b(in|w[äa]hrend)\s+dieser\s+(zeit|frist|dauer)|\b(during|for|within)\s+(this|that|the\s+same|such)\s+(period|time|term)|\bpendant\s+(cette|ladite)\s+(p[ée]riode|dur[ée]e)|\bdurante\s+(este|ese|dicho|el\s+mismo|esse|tal)\s+(per[ií]odo|plazo|prazo|tiempo|tempo)|\b(in|durante|per)\s+(questo|tale|detto)\s+periodo|\b(gedurende|in)\s+(deze|die)\s+(periode|termijn|tijd)");

    /// <summary>The words that state when the gag ends, read in the sentence of a binding gag cue and the one after
    /// it; null when none do.</summary>
    public static string? StatedEnd(NormalizedText text, List<CueHit> hits)
    {
        foreach (var hit in hits.Where(h => h.Weight >= 1).Take(10))
        {
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            var (_, next) = text.SentenceAround(Math.Min(text.Length - 1, end + 1), 0, 200);
            var m = End.Match(text.Value, start, Math.Max(end, next) - start);
            if (!m.Success) m = Ceiling.Match(text.Value, start, Math.Max(end, next) - start);
            // A certificate's deferral often follows a clause after the gag's sentence ("L'autorité informera la
            // personne ; information différée de trois mois"): read one sentence further for it alone.
            var (_, afterNext) = next + 1 < text.Length ? text.SentenceAround(next + 1, 0, 200) : (next, next);
            if (!m.Success) m = Deferral.Match(text.Value, start, Math.Max(end, Math.Max(next, afterNext)) - start);
            if (!m.Success) m = CountedEnd.Match(text.Value, start, Math.Max(end, next) - start);
            if (!m.Success && start > 1 && ThatPeriod.IsMatch(text.Value.AsSpan(start, end - start)))
            {
                var (before, _) = text.SentenceAround(start - 2, 0, 200);
                m = End.Match(text.Value, before, start - before);
                if (!m.Success) m = Deferral.Match(text.Value, before, start - before);
            }
            if (m.Success) return m.Value.ReplaceLineEndings(" ");
        }
        return null;
    }

    // The writer says the process was served on someone else, not on the provider.
    private static readonly Regex ServedElsewhere = Patterns.Build(
        @"\bnothing\s+(was|has\s+been|is\s+being)\s+served\s+on\s+(you|your\s+company|the\s+provider)|\b(served|directed)\s+(on|to)\s+[^.;\n]{1,60}\bonly\b|\b(served|directed)\s+(on|to)\s+[^.;\n]{1,60},?\s+not\s+(on|to)\s+(you|your\s+company|the\s+provider)\b|\bnot\s+(served\s+)?on\s+(you|your\s+company)\b");

    // The gag's sentence says whom it is addressed to; the word after says who.
    private static readonly Regex AddressedTo = Patterns.Build(
        @"\b(as\s+to|directed\s+(to|at)|directing|addressed\s+to|binding\s+(on|upon)|binds|applies\s+only\s+to|served\s+on)\s+(the\s+)?(?<party>[\p{L}&'-]+)");

    private static readonly HashSet<string> Us = new(["you", "your", "provider", "us", "company", "recipient", "service"], StringComparer.OrdinalIgnoreCase);

    private static bool BindsNamedParty(NormalizedText text, CueHit hit)
    {
        var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
        foreach (Match m in AddressedTo.Matches(text.Value[start..end]))
            if (!Us.Contains(m.Groups["party"].Value)) return true;
        return false;
    }

    /// <summary>A cue that names an order or a statute's gag itself, not a plea or a sealed case.</summary>
    private static bool NamesAnOrder(CueHit hit) => hit.Cue.Weight >= 3;

    private static bool IsSealedCase(CueHit hit) => hit.Cue.Reason == FlagCues.SealedCase;

    private static bool InSubject(NormalizedText text, CueHit hit)
    {
        var lineStart = text.LineStart(text.LineIndexOf(hit.Offset));
        return SubjectLine.IsMatch(text.Value.AsSpan(lineStart, hit.Offset - lineStart));
    }

    /// <summary>The cue names gags as a kind in the plural ("2705(b) gag orders") in a sentence about no paper at hand.</summary>
    private static bool NamesAKind(NormalizedText text, CueHit hit)
    {
        var after = hit.Offset + hit.Length;
        if (!PluralKindAfter.IsMatch(text.Value.AsSpan(after, Math.Min(30, text.Length - after)))) return false;
        var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
        return !PapersAtHand.IsMatch(text.Value.AsSpan(start, end - start));
    }

    /// <summary>A clause "not to inform" binds when its sentence, or the one before, names who orders it, and nothing
    /// right before it denies the ban; a plea beside it is read by <see cref="InForce"/>.</summary>
    private static readonly Regex Negated = Patterns.Build(@"\b(not|cannot|can't|no|nicht|kein\p{L}*|pas|ne|non|n[ãa]o|niet|geen)\b");

    private static bool Ordered(NormalizedText text, CueHit hit)
    {
        var value = text.Value;
        var from = Math.Max(0, hit.Offset - 30);
        if (BanDeniedBefore.IsMatch(value.AsSpan(from, hit.Offset - from))) return false;
        var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
        if (AskedAsFavour.IsMatch(value.AsSpan(start, end - start))) return false;
        // The ban's own word ("queda prohibido informar") names no one who orders it: read around the clause.
        if (OrderGiver.IsMatch(value.AsSpan(start, hit.Offset - start)) || OrderGiver.IsMatch(value.AsSpan(hit.Offset + hit.Length, end - hit.Offset - hit.Length))) return true;
        // Round 23: the sentence before names it ("Die Anordnungsbehörde schiebt die Unterrichtung gemäß Art. 13 auf. Der
        // Adressat darf die betroffene Person ... nicht informieren"), in the same paragraph.
        if (start > 1)
        {
            var (previousStart, previousEnd) = text.SentenceAround(start - 2, 0, 200);
            var sentenceBefore = value.AsSpan(previousStart, previousEnd - previousStart);
            // Not a sentence that denies the order's presence ("we cannot attach the court order").
            if (previousEnd <= start && !value.AsSpan(previousStart, start - previousStart).Contains("\n\n", StringComparison.Ordinal) &&
                OrderGiver.IsMatch(sentenceBefore) && !Negated.IsMatch(sentenceBefore)) return true;
        }
        // A caption on the line above ("BESCHLUSS", "AUTO", "Ordonnance du juge des libertés"), short and alone.
        var line = text.LineIndexOf(start);
        if (line == 0) return false;
        var previous = text.LineStart(line - 1);
        var caption = value.AsSpan(previous, text.LineStart(line) - previous).Trim();
        return caption.Length is > 0 and <= 60 && OrderGiver.IsMatch(caption);
    }

    private static bool InForce(NormalizedText text, CueHit hit)
    {
        var value = text.Value;
        var lineStart = text.LineStart(text.LineIndexOf(hit.Offset));
        var lineAfterLength = value.IndexOf('\n', hit.Offset + hit.Length) is var nl and >= 0 ? nl - hit.Offset - hit.Length : value.Length - hit.Offset - hit.Length;
        if (UntickedLine.IsMatch(value.AsSpan(lineStart, hit.Offset - lineStart)) ||
            UntickedAfter.IsMatch(value.AsSpan(hit.Offset + hit.Length, Math.Min(lineAfterLength, 200))))
            return false;
        var notSuchStart = Math.Max(0, hit.Offset - 50);
        if (NotSuchOrderBefore.IsMatch(value.AsSpan(notSuchStart, hit.Offset - notSuchStart))) return false;
        var endStart = Math.Max(lineStart, hit.Offset - 60);
        if (EndBefore.IsMatch(value.AsSpan(endStart, hit.Offset - endStart))) return false;
        var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
        var ownStart = Math.Max(start, hit.Offset - 40);
        if (OwnNoticeBefore.IsMatch(value.AsSpan(ownStart, hit.Offset - ownStart))) return false;
        var (_, nextEnd) = end + 1 < text.Length ? text.SentenceAround(end + 1, 0, 200) : (end, end);
        if (NotOnProvider.IsMatch(value.AsSpan(start, Math.Max(end, nextEnd) - start)) ||
            AuthoritysOwnDuty.IsMatch(value.AsSpan(start, Math.Max(end, nextEnd) - start))) return false;
        if (hit.Cue.Reason is FlagCues.GovernmentDelayedNotice or FlagCues.DelayedNotice && OwnNoticeDelayed.IsMatch(value.AsSpan(start, end - start))) return false;
        var beforeStart = Math.Max(start, hit.Offset - 40);
        if (ReasonBefore.IsMatch(value.AsSpan(beforeStart, hit.Offset - beforeStart)) ||
            ReasonAfter.IsMatch(value.AsSpan(hit.Offset + hit.Length, Math.Min(10, value.Length - hit.Offset - hit.Length))) ||
            (!NamesAnOrder(hit) && CauseBefore.IsMatch(value.AsSpan(beforeStart, hit.Offset - beforeStart))))
            return false;
        if (NotGranted.IsMatch(value.AsSpan(start, end - start)) || NotYetEntered.IsMatch(value.AsSpan(start, end - start)) ||
            LapsesNow.IsMatch(value.AsSpan(start, end - start))) return false;
        var mayAskStart = Math.Max(start, hit.Offset - 160);
        if (MayAskBefore.IsMatch(value.AsSpan(mayAskStart, hit.Offset - mayAskStart))) return false;
        var conditionStart = Math.Max(start, hit.Offset - 70);
        if (ConditionBefore.IsMatch(value.AsSpan(conditionStart, hit.Offset - conditionStart)) && !AtHand.IsMatch(value.AsSpan(start, end - start))) return false;
        // A plea ("merci de ne pas aviser l'usager") is no order, but an order the same sentence names as in force
        // ("l'ordonnance de non-communication reste en vigueur jusqu'au 20 mai 2027 : merci de ne pas aviser")
        // binds whatever courtesy follows it.
        if (!NamesAnOrder(hit) && AskedAsFavour.IsMatch(value.AsSpan(start, end - start))) return false;
        // Round 21: a plea that governs the clause itself ("Vi preghiamo di non dare notizia all'utente") is no order,
        // however strong the clause's words, unless its sentence names who orders it.
        var pleaStart = Math.Max(start, hit.Offset - 40);
        if (AskedAsFavour.IsMatch(value.AsSpan(pleaStart, Math.Min(hit.Offset + 8, end) - pleaStart)) && !OrderGiver.IsMatch(value.AsSpan(start, end - start))) return false;
        // The end is often told two sentences on: "... for one year. The order was extended once. That extension
        // expired on ...".
        var (_, next) = end + 1 < text.Length ? text.SentenceAround(end + 1, 0, 200) : (end, end);
        var (_, afterNext) = next + 1 < text.Length ? text.SentenceAround(next + 1, 0, 200) : (next, next);
        var told = value.AsSpan(start, Math.Max(end, Math.Max(next, afterNext)) - start);
        return !Ended.IsMatch(told) && !EndedNotice.IsMatch(told);
    }
}
