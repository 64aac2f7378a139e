using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Diagnostics;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>References and dates: the agency's case number, NCMEC report ids, the period asked for, the
/// response deadline, how long a non-disclosure order lasts, and what the inquiry is about.</summary>
internal sealed class ReferenceExtractor
{
    private static readonly Regex NcmecIds = Patterns.Build(
        @"(cyber\s*tip(line)?|\bNCMEC\b|\bCT(IP)?\b)(\s+(cyber\s*tip(line)?|report|reports|rpt\.?|tip|tips)|\s*\(\s*(NCMEC|cyber\s*tip(line)?)\s*\)){0,2}\s*(numbers?|nos?\.?|nr\.?|n\s*[º°]|num[eé]ro|n[uú]mero|nummer|#|ids?|identifiers?)?\s*[:#]?\s*(?<ids>#?(" + GroupedId + "|" + WrappedId + @"|\d{6,10})(\s*(,|;|&|and|/)\s*(#\s*)?(" + GroupedId + "|" + WrappedId + @"|\d{6,10}))*)");

    // Issue 11 round 11: a report number written in groups of three, as French and English letters print long numbers
    // ("219 447 201", "CT# 219,880,412"), and a line break may fall between the groups.
    // Whole groups only: "800 843 5678" (the CyberTipline's hotline) is no report "800843567".
    private const string GroupedId = @"\b\d{1,3}([ ,.\u00A0]|\r?\n[ \t]*)\d{3}([ ,.\u00A0]|\r?\n[ \t]*)\d{3}\b";
    // Issue 11 round 12: a number a PDF's text layer hyphenates at a line break ("CT 22188-\n7931"); the digits count
    // (six to ten) once joined.
    private const string WrappedId = @"\b\d{2,8}-\r?\n[ \t]*\d{1,8}\b";
    private static readonly Regex IdPiece = new(GroupedId + "|" + WrappedId + @"|\d{6,10}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);


    private static readonly Regex DeadlineCue = Patterns.Build(
        @"(\b(return|send|submit|reply|provide|produce|respond|complete|furnish)\b[^.;]{0,50}\bby\b|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|respond\s+(by|before)|response\s+(is\s+)?(due|required|requested|needed)\s+(by|on|before)|returnable(\s+(on|by))?|return\s+date|compliance\s+date|(be\s+)?returned\s+(by|on|before)|(be\s+)?executed\s+(by|on\s+or\s+before)|execution\s+(by|on\s+or\s+before)|(produce|appear|comply|testify)\s+on\b|date\s+and\s+time\s*:|(commanded|required|directed)\s+to\s+(produce|appear|comply)([^.;b]|b[^.;y]){0,120}\bon\b|^[ \t]*((records|production|response|return)\s+)?due\s*:|\breturn\s*:|date\s+and\s+time\s+of\s+(appearance|production|compliance|return)[^:\n]{0,20}:|deadline|due\s+(date|by|on)|comply\s+by|produce\s+(the\s+records\s+)?by|provide\s+(the\s+records\s+)?by|by\s+close\s+of\s+business(\s+on)?|sp[aä]testens(\s+(bis\s+)?(zum|am))?|bis\s+zum|\b(antwort|auskunft|r[üu]ckmeldung|r[üu]ckantwort|[üu]bermittlung|herausgabe|erledigung)\s+bis(\s+(zum|sp[äa]testens))?|au\s+plus\s+tard\s+le|avant\s+le|antes\s+del?|a\s+m[aá]s\s+tardar\s+el|plazo)");

    // Round 28: more cues, in their own automaton (the one above is near the size limit): the verb further from its
    // "by" ("Please send subscriber info, email, phone and IP logs to this address by May 14"), more verbs ("shall
    // disclose, by May 24", "upload the production at the same link by"), the production "needed by", and a place of
    // appearance with abbreviations ("commanded to produce ... before the Grand Jury, 133 N. Riverfront Blvd., ... on").
    private static readonly Regex MoreDeadlineCues = Patterns.Build(
        @"\b(send|provide|produce|furnish|disclose|deliver|transmit|upload)\b[^.;]{0,80}\bby\b|\b(production|records|response|results|data)\s+(is\s+|are\s+)?(needed|required|due|expected)\s+(by|on|before)\b");

    // The place of appearance may hold abbreviations ("before the Grand Jury ..., 133 N. Riverfront Blvd., Dallas TX
    // 75207, on"): read as the text with their dots hidden (AbbreviationDot), so this is the original cue.
    private static readonly Regex CommandedOnAfterPlace = Patterns.Build(
        @"(commanded|required|directed)\s+to\s+(produce|appear|comply)([^.;b]|b[^.;y]){0,160}\bon\b");

    private static readonly Regex DateRightAfter = Patterns.Build(@"\A[\s,]*((the|on|close\s+of\s+business(\s+on)?|cob|(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)\s*)?\z");

    // Case-sensitive on purpose: "N." and "No." as written in an address, not "no." ending a sentence.
    private static readonly Regex AbbreviationDot = new(@"\b(N|S|E|W|St|Blvd|Ave|Rd|Dr|Ste|Bldg|Ctr|No|Inc|Co)\.", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "Within 14 days of the date of this Order", "Time limits: within 10 days upon receipt of the EPOC", "Prazo:
    // 10 dias a contar da receção", "en un plazo de 10 días a partir de la recepción": what the count runs from
    // (the anchor) decides the date.
    private static readonly Regex WithinDays = Patterns.Build(
        @"\b(shall|must|is\s+(hereby\s+)?(directed|required|ordered)\s+to|produc\w*|respon\w*|provid\w*|compl\w*|return\w*|furnish\w*|repl\w*|disclos\w*|submit\w*|deliver\w*|transmit\w*|entreg\w*|fornec\w*|forne[çc]a\w*|fournir|fournis\w*|transmett\w*|[üu]bermitt\w*|liefer\w*|herausgeben|herausgabe|verstrekk\w*|trasmett\w*|fornire|forniscano|r[ée]pon(se|dre|dez)\w*|riscontr\w*|rispost\w*|rispond\w*|respuesta|contest\w*|resposta|antwort\w*|auskunft|ausk[üu]nfte|(be)?antwoord\w*|communiqu\w*|comunica\w*|time\s+limits?|deadline|prazos?|plazos?|d[ée]lais?|fristen|frist|termine|termini|termijn)\b[^.;]{0,80}?" +
        @"(\b(within|in|innerhalb(\s+von)?|binnen|dans\s+un\s+d[ée]lai\s+de|sous|en\s+un\s+plazo(\s+m[aá]ximo)?\s+de|plazo(\s+m[aá]ximo)?\s+de|dentro\s+de|dentro\s+del\s+plazo\s+de|no\s+prazo(\s+m[aá]ximo)?\s+de|prazo(\s+m[aá]ximo)?\s+de|em\s+at[ée]|entro)|:|\[\s*[xX]\s*\]|☒)\s+" +
        // "twenty-one (21) days": a hyphenated count in words is read from its figures.
        @"((?<n>\d{1,3}|one|two|three|four|five|seven|eight|ten|fourteen|fifteen|twenty(-one|-eight)?|thirty|forty-five|sixty)\s+(\([^)\n]{1,20}\)\s+)?|\p{L}+-\p{L}+\s+\((?<n>\d{1,3})\)\s+)(calendar\s+|(?<biz>business\s+|working\s+|jours\s+ouvr[ée]s\s+|d[ií]as\s+h[aá]biles\s+|dias\s+[uú]teis\s+|giorni\s+lavorativi\s+|werkdagen\s+|werktage\s+))?(days?|tagen?|jours|d[ií]as|giorni|dagen)(?<anchor>[^.;]{0,70})");

    // Round 27: the count stands before the verb it limits ("[Provider] shall within 21 days disclose to ..."): a
    // court's time to comply, from the order's date.
    private static readonly Regex VerbAfterCount = Patterns.Build(@"\A\s*(disclose|produce|provide|furnish|deliver|transmit|submit|return)\b");

    // After a count of days: a list follows, or the count is asked for ("wird gebeten", "is requested").
    private static readonly Regex PleaOrList = Patterns.Build(
        @"\A\s*(:|(wird|werden)\s+(gebeten|erbeten|ersucht)\b|(is|are)\s+(requested|appreciated|expected)\b|(est|sont)\s+(demand[ée]e?s?|souhait[ée]e?s?|attendue?s?)\b|(wordt|worden)\s+(verzocht|gevraagd)\b|(se\s+)?(solicita|ruega)\b|([èe]|viene)\s+richiest[oa]\b|([ée]|s[ãa]o)\s+solicitad[oa]s?\b)");

    // Round 21: after a count of days, where to send the answer ("sous 15 jours à : cyber@…", "within 10 days to the
    // undersigned at"): the count has no anchor of its own.
    private static readonly Regex SendTo = Patterns.Build(@"\A\s*(à|a|to|an|aan|para|al|alla|ao|à\s+l'adresse)\s*:?\s*([\w.+-]+@|the\s+undersigned\b|(l'|la\s+|le\s+)?(adresse|service|unit[ée]))");

    // What a count of days runs from.
    private static readonly Regex FromService = Patterns.Build(
        @"\b(servi(ce|ed)|intima[çc][ãa]o|notifica[çc][ãa]o|notificaci[oó]n|notifica(zione)?|zustellung|signification|betekening)\b");

    private static readonly Regex CountFrom = Patterns.Build(
        @"^\s*(of|from|after|following|upon|on|since|as\s+of|a\s+contar|a\s+partir|[àa]\s+compter|[àa]\s+partir|depuis|d[eè]s|desde|ap[oó]s|ab|nach|seit|vanaf|na|dalla|dal|da|dopo)\b");

    private static readonly Regex FromReceipt = Patterns.Build(
        @"\b(receipt|receiving|r[ée]ception|recepci[oó]n|rece[çc][ãa]o|recebimento|ricezione|ricevimento|ontvangst|zugang|eingang|erhalt)\b");

    // The document's own date: "of this Order", "of the date below", "from the date of signature", "of issuance".
    private static readonly Regex FromThisDocument = Patterns.Build(
        @"\b(this\s+(order|subpoena|warrant|letter|request|summons|demand|notice|date)|(the\s+)?date\s+(of\s+)?(this|hereof|issue|issuance|entry|signature|signing)|(the\s+)?date\s+(below|above|first\s+(written|set\s+out|stated)|set\s+(out|forth)\s+(below|above)|indicated\s+(below|above)|shown\s+(below|above))|(issuance|signature|signing|entry)\b|hereof|dieser\s+(anordnung|verf[uü]gung)|de\s+la\s+pr[ée]sente|del\s+presente|desta|deste|della\s+presente|van\s+(dit|deze))\b");

    // When the document says it was transmitted or sent, in the seven languages read: "Date of transmission:
    // 16 November 2026", "Übermittelt am: 26.11.2026", "Transmitido em 22/11/2026", "Verzonden op 23/11/2026".
    private static readonly Regex TransmissionDate = Patterns.Build(
        @"(date\s+of\s+transmission|transmission\s+date|(transmitted|sent)\s+(by\s+[\p{L}-]{2,12}\s+)?on|date\s+sent|fecha\s+de\s+(transmisi[oó]n|env[ií]o)|(transmitid[oa]|enviad[oa]|remitid[oa])\s+(por\s+[\p{L}-]{2,12}\s+)?(el|em|a|no\s+dia)|data\s+(de|di)\s+(transmiss[ãa]o|envio|trasmissione|invio)|date\s+(de\s+|d')(transmission|envoi)|(transmis|envoy[ée])e?\s+le|datum\s+der\s+([üu]bermittlung|versendung)|([üu]bermittelt|versandt|versendet|gesendet|[üu]bersandt)\s+am|(trasmess[oa]|inviat[oa])\s+(il|in\s+data)|datum\s+van\s+(verzending|toezending)|(verzonden|toegezonden|verstuurd)\s+op)\s*:?\s*");

    // When the document says it was served or received: "Served by e-mail 25 November 2026", "Date of service:",
    // "Zugestellt am", "signifié le", "notificado el", "intimado em", "betekend op", "received on".
    private static readonly Regex ServiceDate = Patterns.Build(
        @"(date\s+of\s+(service|receipt)|date\s+(served|received)|received\s+(by\s+(the\s+)?[\p{L}-]{2,14}\s+)?on|served(\s+(by\s+[\p{L}-]{2,12}|personally|electronically|via\s+[\p{L}-]{2,12}))?(\s+on)?|service\s+(is\s+|was\s+)?(effected|made|completed|accepted)(\s+(by|via)\s+[\p{L}\s-]{2,25}?)?(\s+(on|today,?))?|zugestellt\s+am|eingegangen\s+am|(zustellungs|eingangs)datum|(signifi[ée]e?|notifi[ée]e?|re[çc]ue?)\s+le|date\s+de\s+(signification|notification|r[ée]ception)|(notificad[oa]|recibid[oa])(\s+(por|v[ií]a)\s+[\p{L}-]{2,14}(\s+[\p{L}-]{2,14})?)?\s+el|fecha\s+de\s+(notificaci[oó]n|recepci[oó]n)|(intimad[oa]|notificad[oa]|recebid[oa])(\s+(por|via|pel[oa])\s+[\p{L}-]{2,14}(\s+[\p{L}-]{2,14})?)?\s+em|data\s+d[ae]\s+(intima[çc][ãa]o|notifica[çc][ãa]o|rece[çc][ãa]o|notifica|ricezione)|(notificat[oa]|ricevut[oa])\s+il|(betekend|ontvangen)\s+op|datum\s+van\s+(betekening|ontvangst))\s*:?\s*");

    // A date right after "by", "on or before", "no later than", or "on" in a sentence that commands production or
    // appearance ("requires production, by December 4, 2026", "to appear ... on the 16th day of December, 2026").
    private static readonly Regex ByBeforeDate = Patterns.Build(
        @"\b(by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|before|on(\s+the)?)\s+(close\s+of\s+business\s+(on\s+)?)?$");

    private static readonly Regex ProductionVerb = Patterns.Build(
        @"\b(produce|producing|provid\w*|return\w*|respond\w*|deliver\w*|submit\w*|furnish\w*|compl(y|iance)|appear\w*|summoned|commanded)\b|\bproduction\s*(,|by\b|of\b|no\s+later|on\s+or)");

    // Past participles that date an event (issued, transmitted, served), in the seven languages read.
    private const string EventWords =
        @"issued|signed|dated|entered|made|filed|sent|received|served|executed|opened|created|granted|obtained|transmitted|confirmed|acknowledged" +
        // Round 19: a request confirmed or a term granted ("You confirmed on September 11", "el plazo concedido en el
        // auto de 30/10/2026") dates what happened, not a time to answer.
        @"|best[äa]tigt|gew[äa]hrt|confirm[ée]e?|accord[ée]e?|confirmad[oa]|concedid[oa]|confermat[oa]|concess[oa]|bevestigd|toegekend" +
        @"|[üu]bermittelt|ausgestellt|erlassen|zugestellt|versandt|unterzeichnet|eingegangen" +
        @"|transmise?|[ée]mise?|sign[ée]e?|envoy[ée]e?|d[ée]livr[ée]e?|re[çc]ue?" +
        @"|transmitid[oa]|enviad[oa]|emitid[oa]|expedid[oa]|firmad[oa]|notificad[oa]|recibid[oa]|recebid[oa]|assinad[oa]|intimad[oa]|acordad[oa]|dictad[oa]|decretad[oa]" +
        @"|trasmess[oa]|emess[oa]|inviat[oa]|firmat[oa]|notificat[oa]|ricevut[oa]" +
        @"|verzonden|uitgevaardigd|ondertekend|betekend|ontvangen|verstuurd" +
        // An order or hold that ends ("EXPIRED on November 29", "lapses on", "abgelaufen am", "scaduto il"): the
        // date it ends is no time to answer.
        @"|expired|expires|expiring|lapsed|lapses|terminated|abgelaufen|expir[ée]e?|vencid[oa]|venceu|scadut[oa]|verlopen|verloopt";

    // Round 14: "a report submitted by your company on October 30": who did something, and when; no time limit.
    private static readonly Regex DoneByOn = Patterns.Build(@"\b\p{L}+(ed|en|nt)\s+by\s+[^.\n]{1,30}\s+on\s*$" +
        // Round 24: "a report which your company submitted on December 29", "the report was submitted on": done, in the past.
        @"|\b(which|that)\s+([\p{L}']+\s+){1,3}\p{L}+ed\s+on\s*$|\b(was|were|had\s+been|has\s+been|have\s+been)\s+\p{L}+ed\s+on\s*$");

    // "Issued on November 20": the date of an event, not a time limit.
    private static readonly Regex EventBefore = Patterns.Build(
        $@"\b({EventWords})\b[^.\n]{{0,25}}$");

    // Between a deadline cue and a date: an event ("Plazo: 10 días desde la recepción. Transmitido el 26/11/2026")
    // or a new sentence means the date is not the one the cue sets.
    private static readonly Regex GapEvent = Patterns.Build($@"\b({EventWords})\b");
    private static readonly Regex GapCount = Patterns.Build(
        @"\b\d{1,3}\s+(\([^)\n]{1,20}\)\s+)?(calendar\s+|business\s+|working\s+)?(days?|tagen?|werktagen?|jours|d[ií]as|dias|giorni|dagen)\s+(of|from|after|following|upon|nach|ab|seit|apr[eè]s|[àa]\s+compter|desde|a\s+partir|a\s+contar|ap[oó]s|dal|dalla|dopo|na|vanaf)\b");
    private static readonly Regex GapSentenceEnd = Patterns.Build(@"\p{Ll}{2}\.\s+\p{Lu}", ignoreCase: false);

    // Round 19: the date a time limit has moved from ("originally November 24", "ursprünglich", "initialement").
    private static readonly Regex Originally = Patterns.Build(
        @"\b(originally|initially|formerly|previously|urspr[üu]nglich|zun[äa]chst|initialement|pr[ée]c[ée]demment|originalmente|inicialmente|anteriormente|inizialmente|originariamente|oorspronkelijk|aanvankelijk|eerder)\b");

    // Round 19: a date right after "due" ("Production due December 18, 2026.", "Due December 11, 2026."): the date to
    // answer by, whatever verb the request uses.
    private static readonly Regex DueRightBefore = Patterns.Build(@"\b(due|f[äa]llig)[ \t]*:?[ \t]*(on[ \t]+)?$");

    // Round 19: a time limit the text says has already run out ("cujo prazo venceu em 30/11/2026", "the deadline
    // expired on", "die Frist ist am ... abgelaufen" is not read): that date is the deadline, and it has passed.
    private static readonly Regex LapsedLimit = Patterns.Build(
        @"\b(deadline|time\s+limit|return\s+date|due\s+date|prazo|plazo|t[ée]rmino|d[ée]lai|frist|termine|termijn)\b[^.;\n]{0,30}?\b(expired|lapsed|passed|ran\s+out|venceu|expirou|venci[óo]|expir[óo]|a\s+expir[ée]|est\s+expir[ée]|[ée]tait\s+fix[ée]|scaduto|[èe]\s+scaduto|scadeva|verstrich|verliep|is\s+verlopen)[ \t]+(on|em|el|le|au|am|il|op|in\s+data)?[ \t]*$");

    private static readonly Regex WithinWeeks = Patterns.Build(
        @"\b(within|binnen|innerhalb(\s+von)?|dans\s+un\s+d[ée]lai\s+de|sous|dentro\s+de|en\s+un\s+plazo\s+de|no\s+prazo\s+de|entro)\s+(?<n>\d{1,2}|\p{L}{3,8})\s+(\(\d{1,2}\)\s+)?(weeks?|wochen|semaines|semanas|settimane|weken)\b");

    private static readonly Regex RangeConnector = Patterns.Build(
        @"^\s*,?\s*(to|through|thru|until|till|and|-|bis|au|jusqu'au|hasta|al|a)\s*,?\s*(the\s+)?$");

    private static readonly Regex OpenRangeCue = Patterns.Build(
        @"(since|from|after|beginning|starting|on\s+or\s+after|seit|depuis|desde)\s+(on\s+)?$");

    private static readonly Regex ToPresent = Patterns.Build(
        @"^\s*(to|through|until|till|-)\s+(the\s+)?(present|date\s+of\s+(this|the)\s+(request|order|warrant|subpoena)|today|now)");

    private static readonly Regex NonDisclosurePeriod = Patterns.Build(
        // Each alternative starts at a word: "ate" inside "appropriate" or "per" inside "upper" is no period word.
        @"\b(for\s+(a\s+period\s+of\s+)?|period\s+of\s+|f[uü]r\s+(die\s+dauer\s+von\s+)?|pendant\s+(une\s+p[ée]riode\s+(de\s+|d['’]\s*))?|(pour\s+)?une\s+dur[ée]e\s+(de\s+|d['’]\s*)|(pelo|por\s+el|durante\s+el|no)\s+prazo\s+de\s+|(por\s+el|durante\s+el)\s+plazo\s+de\s+|(por|durante)\s+(un\s+per[ií]odo\s+de\s+|um\s+per[ií]odo\s+de\s+)?|per\s+(la\s+durata|il\s+periodo)\s+di\s+|pour\s+une\s+p[ée]riode\s+(de\s+|d['’]\s*)|f[uü]r\s+einen\s+zeitraum\s+von\s+|per\s+(un\s+periodo\s+di\s+)?|voor\s+(een\s+periode\s+van\s+|de\s+duur\s+van\s+)?|een\s+periode\s+van\s+|gedurende\s+|l[äa]ngstens\s+" +
        // A form's own line: "Duración: ciento veinte (120) días", "Dauer der Geheimhaltung: zwei Monate".
        @"|(duraci[oó]n|dauer(\s+der\s+geheimhaltung)?|dur[ée]e|durata|duur|dura[çc][ãa]o)\s*:\s*)" +
        @"((?<n>\d{1,4}|one|un|une|uno|una|um|uma|ein(en|e)?|een|two|three|six|twelve|ninety|one\s+hundred\s+(and\s+)?eighty|sechs|zw[oö]lf|drei|six|douze|trois|seis|doce|tres|tr[eê]s|sei|dodici|tre|zes|twaalf|drie|zwei|deux|dos|dois|due|twee)\s+(\([\p{L}\d\s-]{1,25}\)\s+)?|\p{L}+(\s+\p{L}+)?\s+\((?<n>\d{1,4})\)\s+)(?<unit>days?|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours|semaines|mois|ans?|d[ií]as|semanas|meses|a[nñ]os?|anos|giorni|settimane|mesi|anni|anno|dagen|weken|maanden|jaar)\b|\b(until|through|(a\s+)?period\s+ending\s+(on\s+)?|bis\s*:?\s+(zum\s+)?|jusqu'(au|à)\s*|hasta\s+el|at[ée]\s+(ao?\s+|o\s+dia\s+)?|(fino|sino)\s+al(l')?\s*|tot\s+(en\s+met\s+)?)\s*(?<until>[^\n;]{6,30})");

    private static readonly LabelSet LabelDescription = new(
        @"description|description of (the )?(legal )?(inquiry|request|investigation|matter)|nature of (the )?(investigation|inquiry|case|request)|summary|summary of facts|background|synopsis|facts|brief description|sachverhalt|objet de la demande|motif|hechos|descripci[oó]n");

    private static readonly LabelSet LabelMatterType = new(
        @"matter type|type of (matter|case|offen[cs]e|crime|investigation|inquiry)|offen[cs]es?|crimes?|charges?|violations?|nature of (the )?offen[cs]e|statute|statutes|tatvorwurf|straftat|infraction|infracci[oó]n|delitos?");

    private static readonly Regex SubjectPrefix = Patterns.Build(@"^((fwd?|fw|re|aw|wg|tr|rv)\s*:\s*)+");

    private static readonly Regex InvestigationWord = Patterns.Build(
        @"\b(investigat(ion|ing)|inquiry|ermittlungsverfahren|ermittlungen|enqu[eê]te|investigaci[oó]n|in connection with)\b");

    private static readonly Regex PersonAtRisk = Patterns.Build(
        @"(person\s+(at\s+risk|in\s+danger)|victim|missing\s+(person|child|juvenile)|name\s+of\s+(the\s+)?(victim|person|child)|endangered\s+person|gef[aä]hrdete\s+person|opfer|victime|personne\s+en\s+danger|v[ií]ctima|persona\s+en\s+peligro)\s*(name)?\s*:\s*(?<who>[^\n]{3,120})" +
        @"|(?<who>(a|an|the)\s+\d{1,2}[\s-]year[\s-]old\s+(girl|boy|child|female|male|woman|man|minor|juvenile|teen(ager)?|student)[^.\n]{0,80})" +
        @"|(?<who>\b(the\s+)?(victim|missing\s+(child|juvenile|person|girl|boy|teen)|user|account\s+holder|subscriber|person|individual)\b[^.\n]{0,30}\b(threatened|is\s+missing|was\s+abducted|was\s+kidnapped|is\s+in\s+danger|posted|stated|wrote|expressed|is\s+believed)[^.\n]{0,100})");

    private static readonly Regex Necessity = Patterns.Build(
        @"\b(fastest|quickest|only)\s+way\s+to\s+(find|locate|identify|reach|protect)\b" +
        @"|\b(necessary|needed|need\s+(it|this|the\s+information)|required|requested|essential|critical|urgently\s+need)\b[^.\n]{0,40}\b(to\s+)?(locate|identify|find|prevent|protect|rescue|save|ensure|determine\s+the\s+(location|whereabouts)|stop)\b" +
        @"|\bin\s+order\s+to\s+(locate|identify|find|prevent|protect|rescue|save)\b");

    public sealed record References(
        string? CaseReference,
        IReadOnlyList<string> NcmecReportIds,
        DateRange? DateRange,
        DateOnly? ResponseDeadline,
        string? DeadlineBasis,
        string? NonDisclosurePeriod,
        DateOnly? NonDisclosureUntil,
        string? Description,
        string? MatterType,
        IReadOnlyList<string> RequestedData,
        string? PersonAtRisk,
        string? Necessity,
        DateOnly? PreservationHoldEnds = null)
    {
        /// <summary>Round 27: the deadline counts from a service or receipt the text does not date, so it rests on the
        /// day the request came in: an estimate, which cannot show that the time limit has passed.</summary>
        public bool DeadlineEstimated { get; init; }
    }

    public References Extract(NormalizedText text, LabelledLines labels, CueContext context, string? subject, DateOnly? documentDate, DateOnly today, bool dayFirst, bool emergency, IReadOnlyList<CueHit> nonDisclosureHits)
    {
        var value = text.Value;
        // Round 14: a scanned page's words ("within 10 days 0f issuance", "f0r 180 days") and years ("2O26") are read
        // with OCR's stand-ins replaced; the copy keeps every offset.
        var words = OcrLetters.Repair(value);
        var dates = DateFinder.Find(words, dayFirst);
        SubStages.Lap("references: dates");
        // "Within 20 days of service" counts from receipt, which is today; an order's own date anchors its
        // non-disclosure period ("one year from the date of this order").
        var letterDate = LetterDate(text, dates);
        var orderDate = letterDate ?? documentDate ?? today;
        // The text as it is first: a scan's own number forms ("n0 later than ten (l0) days") are read there already.
        var deadline = FindDeadline(value, dates, documentDate, today, letterDate, orderDate, dayFirst, out var deadlineMention, out var deadlineBasis, out var deadlineEstimated);
        if (deadline is null && !ReferenceEquals(words, value))
            deadline = FindDeadline(words, dates, documentDate, today, letterDate, orderDate, dayFirst, out deadlineMention, out deadlineBasis, out deadlineEstimated);
        var (ndoPeriod, ndoUntil) = FindNonDisclosurePeriod(words, nonDisclosureHits, dayFirst, orderDate);
        var holdEnds = FindHoldEnd(words, dates);
        SubStages.Lap("references: deadline, gag period");
        var caseReference = CaseReferenceFinder.Find(text, subject);
        SubStages.Lap("references: case reference");
        var ncmecIds = ForeignReportIds.AddTo(value, FindNcmecIds(value)).Where(id => !IsPlaceholder(id)).ToList();
        SubStages.Lap("references: ncmec ids");
        var dateRange = FindDateRange(value, dates, deadlineMention);
        SubStages.Lap("references: date range");
        var description = FindDescription(text, labels, subject);
        SubStages.Lap("references: description");
        var matterType = FindMatterType(text, labels, context);
        SubStages.Lap("references: matter type");
        var requestedData = TopicCues.RequestedData.Scan(text, context).Where(h => h.Weight > 0).Select(h => h.Cue.Target).Distinct().ToList();
        SubStages.Lap("references: requested data");
        return new References(
            CaseReference: caseReference,
            NcmecReportIds: ncmecIds,
            DateRange: dateRange,
            ResponseDeadline: deadline,
            DeadlineBasis: deadline is null ? null : deadlineBasis,
            PreservationHoldEnds: holdEnds,
            NonDisclosurePeriod: ndoPeriod,
            NonDisclosureUntil: ndoUntil,
            Description: description,
            MatterType: matterType,
            RequestedData: requestedData,
            // Only emergencies need these; skipping them saves two scans of every routine request.
            PersonAtRisk: emergency ? First(PersonAtRisk, value, "who") : null,
            Necessity: emergency ? SentenceAt(text, Necessity.Match(value)) : null)
        {
            DeadlineEstimated = deadline is not null && deadlineEstimated,
        };
    }

    // "Dated", "Fait à Lyon, le", and a letter's place-and-date line ("Roma, 25 novembre 2026", "Madrid, a 3 de").
    // Round 14: the place-and-date may stand in a right-hand column after a reference ("GZ: 2026-0.884.217
    // Wien, am 1. Dezember 2026").
    // Round 21: a court's electronic filing header ("Document 2  Filed 11/24/26  Page 1 of 3") dates the order.
    // Round 14: a court's closing line dates the document too: "Given under my hand this 25th day of", "WITNESS MY
    // HAND this", and a signature line with the date set apart after it ("/s/ Judge, Circuit Court      11/27/2026").
    private static readonly Regex DatedCue = Patterns.Build(@"\b(dated|date|signed|issued|ordered|entered|datum|fait\s+[aà]|fecha)\b[^\n]{0,25}$|\bsession\s+of\s+(said\s+|the\s+|this\s+)?court\s+held\b[^\n]{0,60}\bon\s+$|\bfiled[ \t]+$|\b(g[i1]ven\s+under|witness)\s+my\s+hand(\s+and\s+seal)?,?\s+(this\s+)?$|^[ \t]*/s/[^\n]{1,60}[ \t]{3,}$|(^[ \t]*|[ \t]{3,})\p{L}[\p{L} .'-]{1,30},[ \t]*((le|den|am|il|lì|li|em|a|el|op|on|the)[ \t]+)?$");

    /// <summary>The date the document itself bears: one introduced by "Dated"/"Date:"/"Issued", else a date
    /// standing alone on a line near the top (a letter's date line).</summary>
    private static DateOnly? LetterDate(NormalizedText text, List<DateMention> dates)
    {
        foreach (var date in dates)
        {
            var lineStart = text.LineStart(text.LineIndexOf(date.Offset));
            // Round 14: "messages and photos, 03/01/2026-10/31/2026": a date that opens a range is a period asked
            // about, never the letter's own date.
            var next = date.Offset + date.Length;
            if (next + 1 < text.Value.Length && text.Value[next] is '-' or '–' && char.IsAsciiDigit(text.Value[next + 1])) continue;
            if (DatedCue.IsMatch(text.Value.AsSpan(lineStart, date.Offset - lineStart))) return date.Date;
        }
        foreach (var date in dates.Where(d => d.Offset < 1500))
        {
            var line = text.LineAt(date.Offset);
            if (line.Length <= date.Length + 4) return date.Date;
        }
        return null;
    }

    /// <summary>A number a help page or a form gives as an example ("CyberTipline Report 123456789"): a run of
    /// consecutive digits or one digit repeated is no report.</summary>
    private static bool IsPlaceholder(string digits)
    {
        bool up = true, down = true, same = true;
        for (var i = 1; i < digits.Length; i++)
        {
            up &= digits[i] == (digits[i - 1] == '9' ? '0' : (char)(digits[i - 1] + 1));
            down &= digits[i] == (digits[i - 1] == '0' ? '9' : (char)(digits[i - 1] - 1));
            same &= digits[i] == digits[i - 1];
        }
        return up || down || same;
    }

    private static List<string> FindNcmecIds(string text)
    {
        var ids = new List<string>();
        foreach (Match m in NcmecIds.Matches(text))
        {
            foreach (Match piece in IdPiece.Matches(m.Groups["ids"].Value))
            {
                var digits = string.Concat(piece.Value.Where(char.IsAsciiDigit));
                if (digits.Length is >= 6 and <= 10 && !IsPlaceholder(digits) && !ids.Contains(digits)) ids.Add(digits);
            }
        }
        return ids;
    }

    /// <param name="received">When the message came in (its mail date), if known.</param>
    /// <param name="letterDate">The date the document itself bears, if it states one.</param>
    /// <param name="basis">For a count of days from service or receipt: what it was counted from, for the evidence.</param>
    // A ban on telling the user, in the seven languages read: the date in its clause is when the ban ends.
    private static readonly Regex GagClause = Patterns.Build(
        @"\bnot\s+(to\s+)?(disclose|notify|inform|tell)|\bnicht\s+(\p{L}+\s+){0,4}(informieren|unterrichten|benachrichtigen|in\s+kenntnis\s+setzen)|\bne\s+pas\s+(informer|aviser|notifier|divulguer)|\bn'(informe|avise|notifie)\p{L}*\s+pas" +
        @"|\bno\s+(informar|notificar|revelar|comunicar)|\bn[ãa]o\s+(informar|notificar|revelar|comunicar)|\bnon\s+(informare|notificare|rivelare|comunicare)|\bniet\s+(\p{L}+\s+){0,3}(informeren|inlichten|op\s+de\s+hoogte\s+stellen)");

    private static bool GagUntil(string text, int from, int to)
    {
        var start = Math.Max(0, from - 120);
        var end = Math.Min(text.Length, to + 120);
        var sentenceStart = text.LastIndexOfAny(['.', '\n'], Math.Max(0, from - 1), Math.Max(0, from - start)) + 1;
        var sentenceEnd = end;
        for (var i = to; i < end; i++)
            if (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) || text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                sentenceEnd = i;
                break;
            }
        return GagClause.IsMatch(text.AsSpan(Math.Max(start, sentenceStart), sentenceEnd - Math.Max(start, sentenceStart)));
    }

    // Round 23: when the earlier hold lapses, as an extension request states it: "your 90-day hold expires on or about
    // December 21, 2026", "the preservation period ends on", "la conservación expira el", "la conservation expire le",
    // "la conservazione scade il", "a preservação expira em", "de bewaring verloopt op".
    private static readonly Regex HoldEnds = Patterns.Build(
        @"\b(hold|preservation|preservation\s+period|retention)\s+(\p{L}+\s+){0,2}(expires|expiring|ends|lapses|will\s+(expire|end|lapse)|is\s+(set|due)\s+to\s+(expire|end|lapse))\s+(on\s+or\s+about|on|around)?" +
        @"|\b(conservaci[óo]n|conservation|conservazione|preserva[çc][ãa]o|conserva[çc][ãa]o|bewaring)\s+(\p{L}+\s+){0,2}(expira|expire|scade|verloopt|vence)\s+(el|le|il|em|a|op)?");

    private static DateOnly? FindHoldEnd(string text, List<DateMention> dates)
    {
        foreach (Match cue in HoldEnds.Matches(text))
        {
            var end = cue.Index + cue.Length;
            if (FirstAtOrAfter(dates, end) is { } date && date.Offset - end <= 12) return date.Date;
        }
        return null;
    }

    private static DateOnly? FindDeadline(string text, List<DateMention> dates, DateOnly? received, DateOnly today, DateOnly? letterDate, DateOnly orderDate, bool dayFirst, out DateMention? mention, out string? basis, out bool estimated)
    {
        mention = null;
        basis = null;
        estimated = false;
        // Dots of street abbreviations become spaces (same length, so every offset holds) for the place-of-appearance cue.
        IEnumerable<Match> commanded = text.Contains("to appear", StringComparison.OrdinalIgnoreCase) || text.Contains("to produce", StringComparison.OrdinalIgnoreCase) || text.Contains("to comply", StringComparison.OrdinalIgnoreCase)
            ? CommandedOnAfterPlace.Matches(AbbreviationDot.Replace(text, m => m.Value[..^1] + " "))
            : [];
        // Each cue carries whether it is one of the wider ones (a tag, not a lookup: hostile text may hold thousands).
        var cues = DeadlineCue.Matches(text).Select(m => (Cue: m, Wide: false))
            .Concat(MoreDeadlineCues.Matches(text).Concat(commanded).Select(m => (Cue: m, Wide: true)))
            .OrderBy(c => c.Cue.Index);
        foreach (var (cue, wide) in cues)
        {
            var end = cue.Index + cue.Length;
            var date = FirstAtOrAfter(dates, end);
            if (date is null || (date.Offset - end > 60 && !InBoxBelow(text, cue.Index, end, date.Offset))) continue;
            var gap = text.AsSpan(end, date.Offset - end);
            // The wider cues hold only with the date right after their "by" ("sent by e-mail on 24-11-2026", "linked by
            // cookie ... for 05/01/2026" name no deadline).
            if (wide && !DateRightAfter.IsMatch(gap)) continue;
            if (GapEvent.IsMatch(gap) || GapSentenceEnd.IsMatch(gap)) continue;
            // Issue 11 round 12: "send by mail the records from January 3, 2026": a date that opens a range is no deadline.
            if (OpenRangeCue.IsMatch(gap)) continue;
            // Issue 11 round 12: "spätestens 10 Tage nach Erhalt (Eingang: 01.12.2026)": a count stands between the
            // cue and the date, so the date is what the count runs from; the count's reading decides.
            if (GapCount.IsMatch(gap)) continue;
            if (DeadlinePhrases.OnIssueLine(text, date)) continue;
            // Round 19: a cue in a mail's subject ("prórroga de plazo", "return date CONTINUED") stands over the header's
            // own "Date:" line; and "(originally November 24, 2026)" names the date a request has moved from.
            if (DeadlinePhrases.OnMailDateLine(text, cue.Index, date) || Originally.IsMatch(gap)) continue;
            // Round 23: "darf die betroffene Person bis zum 19.01.2027 nicht informieren": the date a gag runs to.
            if (GagUntil(text, cue.Index, date.Offset + date.Length)) continue;
            if (DeadlinePhrases.OffenderSets(text, date.Offset)) continue;
            mention = date;
            return date.Date;
        }
        var within = WithinDays.Match(text);
        // Round 27: "This warrant must be executed within ten days. Records may be provided after that date": the time
        // binds the officer who executes it, not the provider.
        while (within.Success && DeadlinePhrases.OfficersTimeOnly(text, within.Index, within.Groups["n"].Index))
            within = within.NextMatch();
        if (within.Success && NumberWords.TryParse(within.Groups["n"].Value, out var days))
        {
            var anchor = within.Groups["anchor"].Value;
            // Round 19: business days are counted, weekends skipped (Extraction/BusinessDays); "5 dias úteis" says so
            // after the unit, and the anchor is read after that word.
            var business = within.Groups["biz"].Success;
            if (DeadlinePhrases.BusinessDayWord.Match(anchor) is { Success: true } bizWord)
            {
                business = true;
                anchor = anchor[(bizWord.Index + bizWord.Length)..];
            }
            // Counted from receipt or service: the day it was transmitted or came in is the best date the text
            // gives (service is seldom before receipt). Counted from the document's own date: that date.
            // The count runs from a date the document states (served, received, transmitted, its own date),
            // else from when the message came in; "today" only when the text gives no date at all.
            // "10 dias a contar da receção, o mais tardar a 15 de dezembro": the latest date the text states is the
            // date to comply by, whatever the count would give.
            if (DeadlinePhrases.LatestDateAfterCount(anchor, dayFirst, letterDate ?? received ?? today) is { } latest)
            {
                basis = $"the latest date the text states ({latest:yyyy-MM-dd}), which wins over the count of {days} days";
                return latest;
            }
            // Round 16: the count and then the date it comes to ("within 30 days of service, i.e. by December 16,
            // 2026"): the date the text states wins.
            if (DeadlinePhrases.DateRestated(text, within.Index + within.Length, dayFirst) is { } restated)
            {
                basis = $"the date the text gives for the count of {days} days ({restated:yyyy-MM-dd})";
                return restated;
            }
            if (DeadlinePhrases.CountEndRestated(DateFinder.Find(anchor, dayFirst).FirstOrDefault()?.Date, letterDate ?? received, days, business) is { } inAnchor)
            {
                basis = $"the date the text gives for the count of {days} days ({inAnchor:yyyy-MM-dd})";
                return inAnchor;
            }
            if (CountFrom.IsMatch(anchor))
            {
                if (FromThisDocument.IsMatch(anchor) && !FromReceipt.IsMatch(anchor) && !FromService.IsMatch(anchor))
                    return BusinessDays.Add(DeadlinePhrases.DocumentDate(anchor, text, dates, dayFirst, letterDate) ?? orderDate, days, business);
                var stated = DateAfter(ServiceDate, text, dates, 60) ?? DateAfter(TransmissionDate, text, dates) ?? DeadlinePhrases.ReceiptDate(text, dates) ??
                             // "Reçu par le destinataire le vingt-six novembre deux mille vingt-six", "Fecha de recepción:
                             // treinta de noviembre de ...": a receipt told in words just after the count.
                             (FromReceipt.IsMatch(anchor) ? DeadlinePhrases.ReceiptDateAfter(text, within.Index + within.Length - anchor.Length, dayFirst, letterDate ?? received ?? today) : null);
                var start = stated ?? received ?? today;
                estimated = stated is null;
                // A reviewer must know when a deadline rests on the day the message came in, not on a date in the text.
                basis = stated is not null
                    ? $"{days} {(business ? "business " : "")}days from the date of service or receipt the text states ({start:yyyy-MM-dd})"
                    : $"{days} {(business ? "business " : "")}days from service or receipt; the text states no such date, so counted from the day the request came in ({start:yyyy-MM-dd})";
                return BusinessDays.Add(start, days, business);
            }
            // Round 16: a count with no anchor ("no prazo de 10 (dez) dias, dos dados cadastrais") runs from service
            // where the text states the day it was served ("A provedora foi intimada por correio eletrônico em
            // 25/11/2026"); business days are not counted (no calendar of holidays).
            // Only a date right after the words of service: "Served by e-mail on you today, so the return falls on
            // December 15" dates the return, not the service.
            if (DateAfter(ServiceDate, text, dates) is { } served)
            {
                basis = $"{days} {(business ? "business " : "")}days from the date of service the text states ({served:yyyy-MM-dd})";
                return BusinessDays.Add(served, days, business);
            }
            // "Réponse souhaitée sous 15 jours", "entro 20 giorni": a count with no anchor runs from the date the
            // letter bears (or its transmission); without one it is unknown. Business days need a calendar of
            // holidays the engine does not have, so they are not counted.
            // Round 14: a list after a colon ("produce within twenty-one days: ...") or a plea ("Um Auskunft binnen 14
            // Tagen wird gebeten", "Solicitamos resposta em até 15 dias") is such a count too; an e-mail with no
            // dated letterhead counts from the day it was sent.
            // Round 19: so is a count set off by a comma before what it asks for ("no prazo de 5 (cinco) dias úteis, dos
            // dados cadastrais"), now that business days are counted.
            if ((string.IsNullOrWhiteSpace(anchor) || PleaOrList.IsMatch(anchor) || letterDate is not null && VerbAfterCount.IsMatch(anchor) || SendTo.IsMatch(anchor) || anchor.TrimStart().StartsWith(',') && !DeadlinePhrases.PenaltyFollows(anchor) && !DeadlinePhrases.DateSpelledOut.IsMatch(text.AsSpan(within.Groups["anchor"].Index, Math.Min(40, text.Length - within.Groups["anchor"].Index)))) &&
                (DateAfter(TransmissionDate, text, dates) ?? letterDate ?? received) is { } written)
                return BusinessDays.Add(written, days, business);
        }
        if (DeadlinePhrases.Find(text, dates, dayFirst, letterDate, received, today) is { } phrased) return phrased;
        foreach (var date in dates)
        {
            var before = text.AsSpan(Math.Max(0, date.Offset - 40), Math.Min(40, date.Offset));
            if (DeadlinePhrases.OffenderSets(text, date.Offset)) continue;
            if (DueRightBefore.IsMatch(before) && !DeadlinePhrases.InPeriod(text, date))
            {
                mention = date;
                return date.Date;
            }
            if (!ByBeforeDate.IsMatch(before) || EventBefore.IsMatch(before) || DoneByOn.IsMatch(before)) continue;
            var paragraphStart = text.LastIndexOf("\n\n", Math.Max(0, date.Offset - 1), StringComparison.Ordinal);
            var from = Math.Max(Math.Max(0, paragraphStart), date.Offset - 250);
            if (!ProductionVerb.IsMatch(text.AsSpan(from, date.Offset - from))) continue;
            mention = date;
            return date.Date;
        }
        // Round 19: a count of weeks ("mit der Bitte um Erledigung binnen zwei Wochen", "dans un délai de deux
        // semaines") runs from the letter's date, else from the day it came in.
        if (WithinWeeks.Match(text) is { Success: true } weeks && NumberWords.TryParse(weeks.Groups["n"].Value, out var weekCount) &&
            weekCount <= 12 && (letterDate ?? received) is { } weeksFrom)
        {
            basis = $"{weekCount} weeks from the letter's date ({weeksFrom:yyyy-MM-dd})";
            return weeksFrom.AddDays(7 * weekCount);
        }
        foreach (var date in dates)
        {
            var from = Math.Max(0, date.Offset - 60);
            if (!LapsedLimit.IsMatch(text.AsSpan(from, date.Offset - from))) continue;
            mention = date;
            basis = "a time limit the text says has already run out";
            return date.Date;
        }
        return null;
    }

    /// <summary>A form's box whose label ends its line and whose value stands on the next line under it, as a
    /// subpoena form's two columns come out of a PDF ("Place: ...      Date and Time:" over "Room 3      12/17/2026
    /// 9:00 am"): the date is the label's, however far along the line the column starts.</summary>
    private static bool InBoxBelow(string text, int labelStart, int labelEnd, int dateOffset)
    {
        var lineEnd = text.IndexOf('\n', labelEnd);
        if (lineEnd < 0 || dateOffset <= lineEnd || !text.AsSpan(labelEnd, lineEnd - labelEnd).IsWhiteSpace()) return false;
        var nextEnd = text.IndexOf('\n', lineEnd + 1);
        if (nextEnd >= 0 && dateOffset > nextEnd) return false;
        var labelColumn = labelStart - (text.LastIndexOf('\n', Math.Max(0, labelStart - 1)) + 1);
        var dateColumn = dateOffset - (lineEnd + 1);
        return labelColumn >= 20 && dateColumn >= labelColumn - 10 && dateColumn <= labelColumn + 30;
    }

    /// <summary>The date a label introduces ("Date of transmission: 24 November 2026", "Served on 25.11.2026"):
    /// the first such label with a date right after it.</summary>
    /// <remarks>A return of service names who was served and how before the date ("Served on [Provider] via its
    /// portal on November 5, 2026"): <paramref name="reach"/> lets the date stand further on in the same line.</remarks>
    private static readonly Regex LimitInGap = Patterns.Build(@"\b(by|before|until|no\s+later\s+than|not\s+later\s+than)\b");

    private static DateOnly? DateAfter(Regex label, string text, List<DateMention> dates, int reach = 20)
    {
        foreach (Match m in label.Matches(text))
        {
            var end = m.Index + m.Length;
            var date = FirstAtOrAfter(dates, end);
            if (date is null || DeadlinePhrases.InPeriod(text, date)) continue;
            var gap = date.Offset - end;
            // "must be executed (served) by 12/11/2026": the last day service may happen, not the day it did.
            if ((gap <= 20 || (gap <= reach && text.AsSpan(end, gap).IndexOfAny('\n', '.') < 0)) && !LimitInGap.IsMatch(text.AsSpan(end, gap))) return date.Date;
        }
        return null;
    }

    /// <summary>Binary search: the dates are in text order.</summary>
    private static DateMention? FirstAtOrAfter(List<DateMention> dates, int offset)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].Offset < offset) lo = mid + 1; else hi = mid;
        }
        return lo < dates.Count ? dates[lo] : null;
    }

    private static DateRange? FindDateRange(string text, List<DateMention> dates, DateMention? deadline)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var first = dates[i];
            if (first == deadline) continue;
            var afterFirst = first.Offset + first.Length;
            if (i + 1 < dates.Count)
            {
                var second = dates[i + 1];
                var gap = second.Offset - afterFirst;
                if (gap is >= 0 and <= 30 && second != deadline && RangeConnector.IsMatch(text.AsSpan(afterFirst, gap)))
                    return Ordered(first.Date, second.Date);
            }
            if (ToPresent.IsMatch(text.AsSpan(afterFirst, Math.Min(60, text.Length - afterFirst))))
                return new DateRange(first.Date, null);
            var before = text.AsSpan(Math.Max(0, first.Offset - 25), Math.Min(25, first.Offset));
            if (OpenRangeCue.IsMatch(before) && (i + 1 >= dates.Count || dates[i + 1].Offset - afterFirst > 30))
                return new DateRange(first.Date, null);
        }
        return null;
    }

    private static DateRange Ordered(DateOnly a, DateOnly b) => a <= b ? new DateRange(a, b) : new DateRange(b, a);

    // The notice to the person put off, in the seven languages read (an EU certificate's art. 13 deferral).
    private static readonly Regex NoticeDeferred = Patterns.Build(
        @"\b(postponed|deferred|delayed|aufgeschoben|zur[üu]ckgestellt|diff[ée]r[ée]e?|report[ée]e?|aplazad[oa]|diferid[oa]|adiad[oa]|differit[oa]|rinviat[oa]|uitgesteld)\b");

    private static readonly Regex FigureInBrackets = Patterns.Build(@"\((\d{1,4})\)");

    private static (string? Period, DateOnly? Until) FindNonDisclosurePeriod(string text, IReadOnlyList<CueHit> hits, bool dayFirst, DateOnly baseDate)
    {
        foreach (var hit in hits.Where(h => h.Weight > 0).Take(20))
        {
            // The period may stand just before the words that forbid notice, in the same sentence ("Information de
            // la personne : différée pendant 6 mois ; la société ne doit pas informer l'utilisateur").
            var start = SameSentenceStart(text, hit.Offset, 120);
            // Round 18: or in the sentence before, which puts the notice off ("Die Unterrichtung wird ... für die Dauer
            // von sechs Monaten aufgeschoben. Der Adressat hat den Nutzer nicht zu unterrichten.").
            if (start > 1 && SameSentenceStart(text, start - 2, 240) is var before && NoticeDeferred.IsMatch(text.AsSpan(before, start - before)))
                start = before;
            var window = text.Substring(start, Math.Min(400 + hit.Offset - start, text.Length - start));
            // "bis zum Abschluss der Ermittlungen, längstens für sechs Monate": an "until" with no date gives way to
            // the period after it.
            foreach (Match m in NonDisclosurePeriod.Matches(window))
            {
                // Issue 11 round 13: "DETERMINO que o provedor forneça, no prazo de 5 dias, ...; vedada a comunicação ao
                // usuário": the period a clause gives for producing is the answer's deadline, not the gag's end.
                if (IsProductionPeriod(text, start + m.Index)) continue;
                if (m.Groups["until"].Success)
                {
                    var until = DateFinder.Find(m.Groups["until"].Value, dayFirst).FirstOrDefault();
                    if (until is not null) return ($"until {until.Date:yyyy-MM-dd}", until.Date);
                    continue;
                }
                // A count in words the list does not know, with its figure after it ("one hundred and twenty (120) days"):
                // the figure.
                if (!NumberWords.TryParse(m.Groups["n"].Value, out var n) && !(FigureInBrackets.Match(m.Value) is { Success: true } figure && NumberWords.TryParse(figure.Groups[1].Value, out n))) continue;
                var unit = UnitOf(m.Groups["unit"].Value);
                var period = $"{n} {unit}{(n == 1 ? "" : "s")}";
                DateOnly? end = unit switch { "day" => baseDate.AddDays(n), "week" => baseDate.AddDays(7 * n), "month" => baseDate.AddMonths(n), _ => baseDate.AddYears(n) };
                return (period, end);
            }
        }
        return (null, null);
    }

    // A verb or noun of producing or answering, in the languages read; a clause that has one and no word of secrecy or
    // negation gives the time to produce, not to keep quiet.
    private static readonly Regex ProducesInClause = Patterns.Build(
        @"\b(produce|provide|furnish|respond|response|reply|forne[çc]a|forne[çc]am|fornecer|entregue|entregar|apresente|resposta|fournir|fournisse|communiquer|transmettre|r[ée]ponse|herausgeben|herausgabe|[üu]bermitteln|[üu]bermittlung|antwort|fornire|fornisca|trasmettere|trasmetta|consegnare|risposta|aporte|aportar|remita|remitir|proporcione|respuesta|leveren|verstrekken|verstrekking|antwoord)\b");

    private static readonly Regex SecrecyInClause = Patterns.Build(
        @"\b(not|never|n[ãa]o|ne|n'|nicht|kein\p{L}*|non|niet|geen|nunca|jamais|sigilo|segredo|secret\p{L}*|segreto|geheim\p{L}*|vedad[oa]|interdi\p{L}*|prohib\p{L}*|proibid[oa]|untersagt|verboten|vietat[oa]|divieto|zwijg\p{L}*|gag|non-?disclosure|nondisclosure|notify|notifying|notification|benachrichtig\p{L}*|informer|informar|informare|informeren)");

    private static bool IsProductionPeriod(string text, int offset)
    {
        var clauseStart = SameSentenceStart(text, offset, 160);
        for (var i = offset - 1; i > clauseStart; i--)
            if (text[i] is ';' or ':') { clauseStart = i + 1; break; }
        var clause = text.AsSpan(clauseStart, offset - clauseStart);
        return ProducesInClause.IsMatch(clause) && !SecrecyInClause.IsMatch(clause);
    }

    /// <summary>Where the sentence holding <paramref name="offset"/> starts, at most <paramref name="max"/> characters
    /// back (a full stop or a blank line ends the look-back).</summary>
    private static int SameSentenceStart(string text, int offset, int max)
    {
        var floor = Math.Max(0, offset - max);
        for (var i = offset - 1; i >= floor; i--)
        {
            if (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsOrdinalDay(text, i) && !IsCitationDot(text, i)) return i + 1;
            if (text[i] == '\n' && i > 0 && text[i - 1] == '\n') return i + 1;
        }
        return floor;
    }

    // Round 18: a citation's abbreviation ("ai sensi dell'art. 13, par. 3", "gemäß Art. 13 Abs. 3", "under s. 487.0191")
    // ends no sentence.
    private static readonly HashSet<string> CitationAbbreviations = new(StringComparer.OrdinalIgnoreCase)
        { "art", "arts", "par", "parr", "abs", "nr", "no", "n", "s", "ss", "sec", "para", "lit", "ziff", "al", "co", "cpv", "subs" };

    private static bool IsCitationDot(string text, int dot)
    {
        var start = dot;
        while (start > 0 && dot - start < 5 && char.IsLetter(text[start - 1])) start--;
        return dot - start is > 0 and <= 4 && (start == 0 || !char.IsLetter(text[start - 1])) && CitationAbbreviations.Contains(text.Substring(start, dot - start));
    }

    // Round 16: the dot of a day written as an ordinal ("bis einschließlich 30. April 2027", "am 3. Mai") ends no
    // sentence: one or two digits after a space, and a letter next.
    private static bool IsOrdinalDay(string text, int dot)
    {
        var digits = 0;
        while (dot - digits - 1 >= 0 && char.IsAsciiDigit(text[dot - digits - 1])) digits++;
        if (digits is 0 or > 2 || (dot - digits - 1 >= 0 && !char.IsWhiteSpace(text[dot - digits - 1]))) return false;
        var next = dot + 1;
        while (next < text.Length && text[next] == ' ') next++;
        return next < text.Length && char.IsLetter(text[next]) && char.IsLower(char.ToLowerInvariant(text[next])) && MonthAt(text, next);
    }

    private static readonly Regex MonthWord = Patterns.Build(
        @"\A(jan|feb|f[ée]v|m[äa]r|mar|apr|avr|mai|may|mei|mag|jun|jui|giu|jul|lug|aug|ao[ûu]|ago|sep|set|okt|oct|ott|out|nov|dez|d[ée]c|dec|dic|gen|ene|abr|maa|mrt)\p{L}*\b");

    private static bool MonthAt(string text, int at) => MonthWord.IsMatch(text.AsSpan(at, Math.Min(12, text.Length - at)));

    private static string UnitOf(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("d") || w.StartsWith("tag") || w.StartsWith("jour") || w.StartsWith("giorn")) return "day";
        if (w.StartsWith("we") || w.StartsWith("woch") || w.StartsWith("sema") || w.StartsWith("sett")) return "week";
        if (w.StartsWith("mo") || w.StartsWith("mes") || w.StartsWith("maand")) return "month";
        return "year";
    }

    /// <summary>The whole sentence around a match (found in code: a regex with a long leading wildcard is slow).</summary>
    private static string? SentenceAt(NormalizedText text, Match match)
    {
        if (!match.Success) return null;
        var (start, end) = text.SentenceAround(match.Index, match.Length, 200);
        return Shorten(Patterns.Clean(text.Value[start..end].ReplaceLineEndings(" ")), 280);
    }

    private static string? FindDescription(NormalizedText text, LabelledLines labels, string? subject)
    {
        if (labels.First(LabelDescription) is { } labelled) return labelled;
        if (!string.IsNullOrWhiteSpace(subject))
        {
            var cleaned = SubjectPrefix.Replace(subject, "").Trim();
            if (cleaned.Length > 3) return cleaned;
        }
        return SentenceAt(text, InvestigationWord.Match(text.Value));
    }

    private static string? FindMatterType(NormalizedText text, LabelledLines labels, CueContext context)
    {
        if (labels.First(LabelMatterType) is { } labelled) return labelled;
        var best = TopicCues.MatterType.Scan(text, context)
            .GroupBy(h => h.Cue.Target)
            .Select(g => (Category: g.Key, Score: g.Sum(h => h.Weight)))
            .Where(s => s.Score >= 1.5)
            .OrderByDescending(s => s.Score)
            .FirstOrDefault();
        return best.Category;
    }

    private static string? First(Regex regex, string text, string? group)
    {
        var m = regex.Match(text);
        if (!m.Success) return null;
        return Shorten(Patterns.Clean(group is null ? m.Value : m.Groups[group].Value), 200);
    }

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";
}

internal static class NumberWords
{
    public static bool TryParse(string word, out int value)
    {
        // Round 18: a count written across a line break ("one hundred\neighty") is one count.
        var w = string.Join(' ', word.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" and ", " ");
        value = w switch
        {
            "one" or "un" or "une" or "uno" or "una" or "um" or "uma" or "ein" or "einen" or "eine" or "een" => 1,
            "two" or "zwei" or "deux" or "dos" or "dois" or "due" or "twee" => 2, "three" => 3, "five" => 5, "six" => 6, "seven" => 7, "ten" => 10,
            "fourteen" => 14, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "ninety" => 90,
            // Round 14: the hyphenated counts a letter writes out ("produce within twenty-one days").
            "twenty-one" => 21, "twenty-eight" => 28, "four" => 4, "eight" => 8, "sixty" => 60, "forty-five" => 45,
            "one hundred eighty" => 180,
            // Round 26: the counts of hours a limit is written in ("within forty-eight hours", "binnen vierentwintig uur").
            "twenty-four" or "vierundzwanzig" or "vingt-quatre" or "veinticuatro" or "vinte e quatro" or "ventiquattro" or "vierentwintig" => 24,
            "forty-eight" or "achtundvierzig" or "quarante-huit" or "cuarenta y ocho" or "quarenta e oito" or "quarantotto" or "achtenveertig" => 48,
            "seventy-two" or "zweiundsiebzig" or "soixante-douze" or "setenta y dos" or "setenta e duas" or "settantadue" or "tweeënzeventig" => 72,
            "twelve" or "zwölf" or "zwolf" or "douze" or "doce" or "dodici" or "twaalf" => 12,
            "sechs" or "seis" or "sei" or "zes" => 6, "drei" or "trois" or "tres" or "três" or "tre" or "drie" => 3,
            // The counts time limits use, in the other languages read ("diez días", "zehn Tage", "dieci giorni").
            "zehn" or "dix" or "diez" or "dez" or "dieci" or "tien" => 10, "fünf" or "funf" or "cinq" or "cinco" or "cinque" or "vijf" => 5,
            "sieben" or "sept" or "siete" or "sete" or "sette" or "zeven" => 7,
            "vierzehn" or "quatorze" or "catorce" or "quattordici" or "veertien" => 14,
            "fünfzehn" or "funfzehn" or "quinze" or "quince" or "quindici" or "vijftien" => 15,
            "zwanzig" or "vingt" or "veinte" or "vinte" or "venti" or "twintig" => 20,
            "dreißig" or "dreissig" or "trente" or "treinta" or "trinta" or "trenta" or "dertig" => 30,
            _ => int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1,
        };
        return value > 0;
    }
}
