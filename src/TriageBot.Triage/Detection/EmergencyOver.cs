using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Learning;

namespace TriageBot.Triage.Detection;

/// <summary>
/// The writer says the emergency ended: the person in danger was located, is safe, has been recovered or freed; the
/// danger is over. Told in a request for ordinary process (a subpoena for the records an emergency disclosure gave, a
/// warrant for the case that followed), the emergency is the case's history, not a danger someone is in now.
/// </summary>
internal static class EmergencyOver
{
    // A person, not a thing, is found: "the suspect was located" is another story, and "no record was found" none.
    private static readonly Regex Stated = Patterns.Build(
        @"\b(child|minor|girl|boy|victim|teen(ager)?|daughter|son|woman|man|person|hostages?|\d{1,2}[\s-]year[\s-]old|she|they)\s+(was|were|has\s+been|have\s+been|had\s+been)\s+(safely\s+|since\s+|now\s+)?(found|located|recovered|rescued|freed|released|returned)\b" +
        @"|\b(child|minor|girl|boy|victim|teen(ager)?|daughter|son|woman|man|person|she|they)\s+(is|are)\s+(now\s+)?(safe|unharmed|out\s+of\s+danger|back\s+(home|with\s+(her|his|their)\s+(family|parents|mother|father)))\b" +
        @"|\b(no\s+one|nobody)\s+is\s+in\s+danger\s+any\s+(longer|more)\b|\bno\s+longer\s+(at\s+risk|in\s+danger)\b|\bthe\s+(emergency|threat|danger)\s+(is\s+over|has\s+(passed|ended|been\s+resolved))" +
        @"|\b(kind|m[äa]dchen|junge|tochter|sohn|opfer|frau|mann|person|geisel|sie|jugendliche[rn]?|minderj[äa]hrige[rn]?)\s+(wurde|wurden|ist|sind)\s+(\p{L}+\s+){0,4}(aufgefunden|gefunden|gerettet|befreit|freigelassen|lokalisiert|ausfindig\s+gemacht)\b" +
        @"|\b(ist|sind)\s+((wieder|jetzt|inzwischen|nun)\s+)*(in\s+sicherheit|wohlauf|au[ßs]er\s+gefahr)\b|\bnicht\s+mehr\s+in\s+gefahr\b|\bkeine\s+gefahr\s+mehr\b" +
        @"|\b(enfant|fille|fillette|gar[çc]on|mineure?|victime|femme|personne|otage|adolescente?|elle)\s+(a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(\p{L}+\s+){0,2}(retrouv|localis|lib[ée]r|secouru|r[ée]cup[ée]r)[ée]?e?s?\b" +
        @"|\b(est|sont)\s+((d[ée]sormais|maintenant|aujourd'hui)\s+)?(en\s+s[ée]curit[ée]|saine?s?\s+et\s+sauve?s?|hors\s+de\s+danger)\b|\bn'est\s+plus\s+en\s+danger\b|\bn'y\s+a\s+plus\s+(de\s+|aucun\s+)danger\b" +
        @"|\b(ni[ñn][oa]|menor|chic[oa]|hij[oa]|v[íi]ctima|mujer|persona|rehén|ella)\s+(fue|ha\s+sido|fueron|han\s+sido)\s+(\p{L}+\s+){0,2}(localizad|encontrad|hallad|rescatad|liberad)[oa]s?\b" +
        @"|\b(est[áa]n?|se\s+encuentra)\s+((ya|ahora)\s+)?(a\s+salvo|fuera\s+de\s+peligro|san[oa]\s+y\s+salv[oa])\b|\bya\s+no\s+(est[áa]|corre)\s+(en\s+)?peligro\b|\bya\s+apareci[óo]\b" +
        @"|\b(crian[çc]a|menor|menin[oa]|filh[oa]|v[íi]tima|mulher|pessoa|ref[ée]m|jovem|ela)\s+(foi|foram)\s+(\p{L}+\s+){0,2}(localizad|encontrad|resgatad|libertad)[oa]s?\b" +
        @"|\b(est[áa]|est[ãa]o|encontra-se)\s+((j[áa]|agora)\s+)?(em\s+seguran[çc]a|a\s+salvo|fora\s+de\s+perigo|s[ãa]\s+e\s+salv[oa])\b|\bj[áa]\s+n[ãa]o\s+(est[áa]|corre)\s+(em\s+)?(perigo|risco)\b|\bj[áa]\s+apareceu\b" +
        @"|\b(bambin[oa]|minore|ragazz[oa]|figli[oa]|vittima|donna|persona|ostaggio)\s+([èe]\s+stat[oa]\s+)?(\p{L}+\s+){0,2}(ritrovat|rintracciat|localizzat|liberat|salvat)[oa]\b" +
        @"|\b[èe]\s+((ora|adesso)\s+)?(al\s+sicuro|in\s+salvo|fuori\s+pericolo)\b|\bnon\s+[èe]\s+pi[ùu]\s+in\s+pericolo\b" +
        @"|\b(kind|meisje|jongen|dochter|zoon|slachtoffer|vrouw|persoon|gijzelaar|zij)\s+(is|zijn|werd|werden)\s+(\p{L}+\s+){0,3}(teruggevonden|gevonden|gelokaliseerd|bevrijd|gered|aangetroffen)\b" +
        @"|\b(is|zijn)\s+((weer|nu|inmiddels)\s+)*(veilig|in\s+veiligheid|buiten\s+gevaar)\b|\bniet\s+(langer|meer)\s+in\s+gevaar\b");

    // Round 16: the writer says there is no emergency any more, in the seven languages read: "there is no longer an
    // emergency", "Eine Gefahrensituation besteht nicht mehr", "il n'y a plus d'urgence", "ya no existe situación de
    // emergencia", "já não há perigo", "non sussiste più alcun pericolo", "Er is geen sprake meer van een noodsituatie".
    // Apart from the one above: together they pass the non-backtracking automaton's size limit.
    private static readonly Regex NoLongerAnEmergency = Patterns.Build(
        @"\b(there\s+is\s+)?no\s+longer\s+(an?\s+|any\s+)?(emergency|danger|threat\s+to\s+(life|her|his|their))\b|\bthe\s+emergency\s+(situation\s+)?(has\s+)?(ended|is\s+resolved)\b" +
        @"|\b(gefahren?situation|gefahrenlage|notlage|notsituation|notfallsituation|lebensgefahr|gefahr)\s+(besteht|liegt)\s+(\p{L}+\s+)?nicht\s+mehr\b|\bes\s+besteht\s+keine\s+(\p{L}+\s+)?(gefahr|notlage|lebensgefahr|gefahrensituation)\s+mehr\b" +
        @"|\bil\s+n'y\s+a\s+plus\s+(d'urgence|de\s+situation\s+d'urgence|de\s+danger)\b|\bl'urgence\s+(est\s+(pass[ée]e|termin[ée]e|lev[ée]e)|a\s+pris\s+fin)\b" +
        @"|\bya\s+no\s+(hay|existe)\s+(ninguna\s+)?(emergencia|situaci[oó]n\s+de\s+(emergencia|peligro|riesgo)|peligro)\b|\bla\s+emergencia\s+(ha\s+)?(terminado|concluido|cesado|finalizado|pasado)\b" +
        @"|\bj[áa]\s+n[ãa]o\s+(h[áa]|existe)\s+(qualquer\s+|nenhuma\s+)?(emerg[êe]ncia|situa[çc][ãa]o\s+de\s+(emerg[êe]ncia|perigo|risco)|perigo)\b|\ba\s+emerg[êe]ncia\s+(terminou|cessou|acabou|foi\s+resolvida)\b|\bdeixou\s+de\s+haver\s+(emerg[êe]ncia|perigo)\b" +
        @"|\bnon\s+(c'[èe]|sussiste)\s+pi[ùu]\s+(alcuna\s+|alcun\s+)?(emergenza|situazione\s+di\s+(emergenza|pericolo)|pericolo)\b|\bl'emergenza\s+([èe]\s+(cessata|terminata|rientrata|finita)|si\s+[èe]\s+conclusa)\b" +
        @"|\b(er\s+is\s+)?geen\s+sprake\s+meer\s+van\s+(een\s+)?(nood(situatie|geval)|gevaar|levensgevaar)\b|\bde\s+noodsituatie\s+is\s+(voorbij|opgeheven|be[ëe]indigd)\b|\ber\s+is\s+geen\s+(gevaar|noodsituatie|levensgevaar)\s+meer\b");

    // Round 22: "was located by patrol ... and is safe", "hostages released unharmed", "situation resolved". Apart from
    // Stated: its automaton is at its size limit.
    private static readonly Regex Resolved = Patterns.Build(
        @"\band\s+(is|are)\s+(now\s+)?(safe|unharmed)\b|\b(hostages?|victims?|child(ren)?|girl|boy)\s+((was|were|have\s+been|has\s+been)\s+)?(released|freed)\s+(unharmed|safe(ly)?|alive)\b|\b(the\s+)?situation\s+(has\s+been\s+|was\s+|is\s+(now\s+)?)?resolved\b" +
        // Round 23: the danger "case" closed in the other languages: "O caso de perigo está encerrado", "la situation
        // d'urgence est close", "la situación de emergencia quedó resuelta", "la situazione di pericolo è chiusa".
        @"|\b(o\s+caso|a\s+situa[çc][ãa]o)\s+de\s+(perigo|emerg[êe]ncia|risco)\s+(est[áa]|foi|ficou)\s+(encerrad|resolvid|terminad)[oa]\b" +
        @"|\b(la\s+situation|le\s+cas)\s+d'(urgence|danger)\s+(est|a\s+[ée]t[ée])\s+(clos|close|r[ée]solue?|termin[ée]e?|lev[ée]e?)\b" +
        @"|\b(la\s+situaci[óo]n|el\s+caso)\s+de\s+(emergencia|peligro|riesgo)\s+(est[áa]|fue|qued[óo]|ha\s+quedado)\s+(cerrad|resuelt|terminad)[oa]\b" +
        @"|\b(la\s+situazione|il\s+caso)\s+di\s+(emergenza|pericolo)\s+([èe]|[èe]\s+stat[oa])\s+(chius|risolt|conclus)[oa]\b" +
        @"|\b(die\s+)?(gefahrenlage|notlage|gefahrensituation)\s+(ist|wurde)\s+(beendet|aufgel[öo]st|erledigt)\b|\bde\s+(noodsituatie|gevaarsituatie)\s+is\s+(afgesloten|opgelost)\b");

    // Issue 11 round 17: the victim of a kidnapping named with the offence and freed since ("La víctima del secuestro
    // fue liberada", "una víctima de secuestro ya liberada", "the kidnapping victim was released", "das
    // Entführungsopfer wurde freigelassen"): the kidnapping is the case's history. Apart from Stated: its automaton is
    // at its size limit.
    private static readonly Regex VictimFreed = Patterns.Build(
        @"\b(kidnapping|abduction|hostage)\s+victim\s+(was|has\s+been|had\s+been)\s+(\p{L}+\s+){0,2}(released|freed|rescued|recovered|located|found)\b|\bvictim\s+of\s+(the\s+|a\s+|an\s+)?(kidnapping|abduction|hostage[\s-]taking)\s+(was|has\s+been|had\s+been|is\s+now)\s+(\p{L}+\s+){0,2}(released|freed|rescued|recovered|located|found|safe)\b|\b(already|since)[\s-](released|freed|rescued)\s+(kidnapping\s+|abduction\s+)?(victim|hostage)" +
        @"|\bv[íi]ctima\s+(del?|de\s+la|de\s+un)\s+(secuestro|rapto|privaci[óo]n\s+(ilegal\s+)?de\s+(la\s+)?libertad)\s+((ya\s+)?(fue|ha\s+sido|est[áa])\s+|ya\s+)(\p{L}+\s+){0,1}(liberad|rescatad|localizad|encontrad)[oa]\b" +
        @"|\bv[íi]tima\s+(do|de|de\s+um)\s+(sequestro|rapto|c[áa]rcere\s+privado)\s+((j[áa]\s+)?(foi|tinha\s+sido|est[áa])\s+|j[áa]\s+)(\p{L}+\s+){0,1}(libertad|resgatad|localizad|encontrad|solt)[oa]\b" +
        @"|\bvittima\s+(del|di\s+un|di)\s+(sequestro|rapimento)\s+(([èe]\s+stat[oa]|gi[àa])\s+)+(\p{L}+\s+){0,1}(liberat|rilasciat|ritrovat|salvat)[oa]\b" +
        @"|\bvictime\s+(de\s+l'|du|d'un|de\s+la)\s*(enl[èe]vement|s[ée]questration|prise\s+d'otage|rapt)\s+((a\s+[ée]t[ée]|d[ée]j[àa])\s+)+(\p{L}+\s+){0,1}(lib[ée]r|retrouv|rel[âa]ch|secouru)[ée]?e?\b" +
        @"|\b(entf[üu]hrungs|geisel)opfer\s+(wurde|ist)\s+(\S+\s+){0,4}(freigelassen|befreit|gerettet|aufgefunden)\b|\bopfer\s+der\s+entf[üu]hrung\s+(wurde|ist)\s+(\S+\s+){0,4}(freigelassen|befreit|gerettet|aufgefunden)\b" +
        @"|\b(ontvoerings)?slachtoffer\s+(van\s+de\s+ontvoering\s+)?(is|werd)\s+(\S+\s+){0,4}(vrijgelaten|bevrijd|gered|teruggevonden)\b");

    // Round 24: a young or older person, or "the missing one", found; "admitted and out of danger" with the state
    // joined to another one — in the seven languages read ("la joven fue localizada", "está ingresada y fuera de
    // peligro", "die Vermisste wurde aufgefunden"). Apart from Stated: its automaton is at its size limit.
    private static readonly Regex FoundOrSafe = Patterns.Build(
        @"\b(young\s+(woman|man|person|girl|boy)|student|patient|elderly\s+(man|woman|person)|missing\s+(person|man|woman|girl|boy|teen|child)|juvenile|youth|runaway|kid|infant|toddler|baby)\s+(was|were|has\s+been|had\s+been)\s+(\p{L}+\s+){0,2}(found|located|recovered|rescued)\b" +
        // Round 26: "The juvenile was located ... unharmed", "the runaway is back with her family".
        @"|\b(juvenile|youth|runaway|kid|infant|toddler|baby)\s+(is|are)\s+(now\s+)?(safe|unharmed|out\s+of\s+danger|back\s+(home|with\s+(her|his|their)\s+(family|parents|mother|father)))\b" +
        @"|\b(joven|adolescente|chic[oa]|muchach[oa]|ancian[oa]|se[ñn]ora?|desaparecid[oa]|hombre)\s+(fue|ha\s+sido)\s+(\p{L}+\s+){0,2}(localizad|encontrad|hallad|rescatad)[oa]\b" +
        @"|\b(jeune|adolescente?|disparue?|homme|femme)\s+a\s+[ée]t[ée]\s+(\p{L}+\s+){0,2}(retrouv|localis)[ée]e?\b" +
        @"|\b(adolescente|rapariga|rapaz|idos[oa]|desaparecid[oa]|homem)\s+foi\s+(\p{L}+\s+){0,2}(localizad|encontrad|resgatad)[oa]\b" +
        @"|\b(giovane|adolescente|anzian[oa]|scompars[oa]|uomo)\s+[èe]\s+stat[oa]\s+(\p{L}+\s+){0,2}(ritrovat|rintracciat|localizzat)[oa]\b" +
        @"|\b(junge\s+frau|junger\s+mann|vermisste[rn]?|seniorin|senior)\s+(wurde|ist)\s+(\p{L}+\s+){0,4}(aufgefunden|gefunden)\b" +
        @"|\b(jonge\s+vrouw|jongeman|jongere|vermiste|tiener)\s+(is|werd)\s+(\p{L}+\s+){0,3}(teruggevonden|gevonden|aangetroffen)\b" +
        @"|\b(and|y|e|et|und|en)\s+(now\s+|ya\s+|j[áa]\s+|d[ée]sormais\s+|ora\s+|jetzt\s+|nu\s+)?(out\s+of\s+danger|fuera\s+de\s+peligro|fora\s+de\s+perigo|hors\s+de\s+danger|fuori\s+pericolo|au[ßs]er\s+(lebens)?gefahr|buiten\s+(levens)?gevaar)\b");

    // What a withdrawal says when it is the emergency's end rather than the request's: a person found, safe, in custody.
    private static readonly Regex PersonFoundWords = Patterns.Build(
        @"\b(located|found|safe|alive|unharmed|custody|accounted|localizad[oa]|encontrad[oa]|hallad[oa]|retrouv[ée]e?|ritrovat[oa]|rintracciat[oa]|aufgefunden|gefunden|teruggevonden|aangetroffen)\b");

    // Issue 11 round 16: after the words that end the emergency, the letter asks anew, in the seven languages read: "we
    // request", "Attached is a ... subpoena", "Vimos assim solicitar", "Si chiede di conservare", "ersuchen wir um",
    // "Wij verzoeken u", "nous vous demandons", "solicitamos".
    private static readonly Regex AsksAnew = Patterns.Build(
        @"\b(we|i)\s+(now\s+|also\s+|therefore\s+)?(request|ask\s+(that|you|for)|seek|are\s+requesting|are\s+seeking)\b|\bplease\s+(provide|produce|preserve|send|disclose)\b|\b(attached|enclosed)\s+(is|are|please\s+find)\s+(a|an|the|our)\b[^.\n]{0,80}\b(subpoena|warrant|order|preservation|request)" +
        @"|\b(vimos|venho|vem)\s+(\p{L}+\s+){0,2}(solicitar|requerer|pedir)\b|\b(solicitamos|solicita-se|requeremos|pedimos)\b|\b(les?\s+)?(solicitamos|requerimos|rogamos)\b|\bse\s+(solicita|requiere)\b" +
        @"|\b(si\s+chiede|si\s+richiede|chiediamo|richiediamo|vi\s+chiediamo|si\s+prega)\b|\bnous\s+(vous\s+)?(demandons|sollicitons|requ[ée]rons|prions)\b|\bje\s+vous\s+(demande|prie)\b" +
        @"|\b(ersuchen|bitten)\s+(wir|sie)\b|\bwir\s+(ersuchen|bitten)\b|\b(verzoeken|vragen|vorderen)\s+(wij|we)\b|\b(wij|we|ik)\s+(verzoeken|vragen|vorder(en)?)\s+u\b");

    /// <summary>The withdrawal found is only the emergency's end ("was located safe", "foi encontrado com vida") and the
    /// letter asks for something new after it: a follow-up, not a withdrawal.</summary>
    public static bool EndsEmergencyThenAsksAnew(string text, Match withdrawal)
    {
        if (!PersonFoundWords.IsMatch(withdrawal.Value)) return false;
        var from = withdrawal.Index + withdrawal.Length;
        return from < text.Length && AsksAnew.IsMatch(text.AsSpan(from, Math.Min(3000, text.Length - from)));
    }

    // A denial just before or inside the words turns them around: "il ragazzo non è rientrato a casa", "has not been
    // located", "wurde noch nicht gefunden", "no fue localizada", "is niet teruggevonden".
    private static readonly HashSet<string> Denials = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "never", "no", "yet", "non", "nicht", "nie", "noch", "pas", "ne", "jamais", "nunca", "todav\u00eda", "n\u00e3o", "nao", "ainda", "mai", "niet", "nooit", "nog",
        // A condition is no statement either: "until the situation is resolved", "before she is safe".
        "until", "before", "unless", "if",
    };

    // Round 22: the letter looks back on an emergency request already made and answered: "your reviewer answered our
    // emergency request last night", "Update on the emergency request we sent", "thanks to your reviewer", "closing the
    // ticket"; a bare "Thank you" closes real emergencies too.
    private static readonly Regex LooksBack = Patterns.Build(
        @"\b(our|the|your|my)\s+(earlier\s+|previous\s+|prior\s+)?emergency\s+(disclosure\s+)?request\s+(of|from|on|sent|we\s+sent|last|yesterday|this\s+morning|earlier)\b|\b(answered|handled|processed|responded\s+to|answer\s+to)\s+our\s+(\p{L}+\s+){0,2}request\b" +
        @"|\b(thank\s+you|thanks)\s+(again\s+|so\s+much\s+)?for\s+(your|the)\s+(quick|fast|prompt|rapid|swift)\b" +
        // Round 26: "Nothing further is needed from you", "just wanted to close the loop".
        @"|\bnothing\s+(further|more|else)\s+is\s+(needed|required)\b|\bclose\s+the\s+loop\b" +
        // Round 23: the same in the other languages read: "agradecer a rapidez com que responderam ao nosso pedido de
        // emergência", "merci pour votre réactivité", "gracias por su pronta respuesta", "danke für die schnelle".
        @"|\b(ao\s+)?nosso\s+pedido\s+(urgente|de\s+emerg[êe]ncia)|\b(agradecer|agradecemos|agrade[çc]o|obrigad[oa])\b[^.\n]{0,40}\b(rapidez|prontid[ãa]o|celeridade)" +
        @"|\bnuestra\s+solicitud\s+(urgente|de\s+emergencia)|\b(agradecer|agradecemos|agradezco|gracias)\b[^.\n]{0,40}\b(rapidez|pronta\s+respuesta|celeridad)" +
        @"|\bnotre\s+demande\s+(urgente|d'urgence)|\b(remercier|remercions|remercie|merci)\b[^.\n]{0,40}\b(r[ée]activit[ée]|rapidit[ée]|c[ée]l[ée]rit[ée])" +
        @"|\bnostra\s+richiesta\s+(urgente|di\s+emergenza)|\b(ringraziare|ringraziamo|ringrazio|grazie)\b[^.\n]{0,40}\b(rapidit[àa]|tempestivit[àa])" +
        @"|\bunser(e|em|es)?\s+(notfall|eil)(ersuchen|anfrage)|\b(danken|dank|danke)\b[^.\n]{0,40}\b(schnelle|rasche|z[üu]gige)" +
        @"|\bons\s+(nood|spoed)verzoek|\b(dank|bedankt|danken)\b[^.\n]{0,40}\b(snelle|vlotte)|\bthanks\s+to\s+(your|the)\b|\bupdate\s+on\s+(our|the)\s+(emergency|request)\b|\b(clos(e|ed|ing)(\s+out)?)\s+(the\s+|our\s+|this\s+)?(\p{L}+\s+){0,2}(ticket|request|EDR|matter)\b" +
        // Round 24: nothing more is needed, the request may be closed ("Ya no necesitamos nada más; pueden cerrar la
        // solicitud", "we no longer need anything", "vous pouvez clôturer la demande").
        @"|\b(ya\s+)?no\s+necesitamos\s+nada\s+m[áa]s\b|\bpueden\s+cerrar\s+(la|el)\s+(solicitud|caso|expediente)\b|\bwe\s+no\s+longer\s+need\s+anything\b|\b(you\s+)?(can|may)\s+close\s+(the|this|our)\s+(request|case|ticket)\b" +
        @"|\bpouvez\s+(cl[ôo]turer|classer)\s+(la|notre)\s+demande\b|\bj[áa]\s+n[ãa]o\s+precisamos\s+de\s+mais\s+nada\b|\bnon\s+abbiamo\s+pi[ùu]\s+bisogno\s+di\s+nulla\b|\bben[öo]tigen\s+wir\s+nichts\s+mehr\b|\bhebben\s+(wij|we)\s+niets\s+meer\s+nodig\b");

    /// <summary>Whether the letter looks back on an emergency request already made (a thank-you, an update, a closure).</summary>
    public static bool LooksBackOnRequest(string text) => LooksBack.IsMatch(text);

    /// <summary>Round 22: the writer asks for something after the words that end the emergency ("she is safe; please
    /// preserve ..."): the letter is more than a report that it is over. Read up to <paramref name="until"/>, where the
    /// text carried along below the writer's own (a quoted earlier request) starts.</summary>
    public static bool AsksAfter(string text, int from, int until) =>
        from < until && AsksAnew.IsMatch(text.AsSpan(from, Math.Min(3000, Math.Min(until, text.Length) - from)));

    /// <summary>Where the writer says the emergency ended, or null. Read only when an emergency is about to be paged.</summary>
    public static Match? In(string text) => Statements(text).FirstOrDefault();

    /// <summary>The writer says the person was found ("found safe", "ritrovata sana e salva"), not that they were not.</summary>
    public static bool PersonFoundAffirmed(string text) => EmergencyReader.PersonFound.Matches(text).Any(m => !Denied(text, m));

    /// <summary>Where the last statement that it ended ends, or -1: a danger named after it is a new one.</summary>
    public static int LastEnd(string text) => Statements(text).Select(m => m.Index + m.Length).DefaultIfEmpty(-1).Max();

    private static IEnumerable<Match> Statements(string text) =>
        Stated.Matches(text).Concat(VictimFreed.Matches(text)).Concat(FoundOrSafe.Matches(text)).Concat(EmergencyReader.PersonFound.Matches(text)).Concat(NoLongerAnEmergency.Matches(text)).Concat(Resolved.Matches(text)).Where(m => !Denied(text, m)).OrderBy(m => m.Index);

    // "No longer in danger", "nicht mehr in Gefahr", "ya no está en peligro": a denial with "any more" says it ended.
    private static readonly HashSet<string> AnyMore = new(StringComparer.OrdinalIgnoreCase)
    {
        "longer", "more", "mehr", "plus", "m\u00e1s", "mas", "mais", "pi\u00f9", "langer", "meer",
    };

    private static bool Denied(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 24);
        var span = text.AsSpan(start, m.Index + m.Length - start);
        var ownStart = m.Index - start;
        var (denied, anyMore) = (false, false);
        foreach (var range in span.SplitAny(" \t\n,;:'\u2019.!?"))
        {
            var word = span[range].ToString();
            var isDenial = Denials.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase);
            if (range.Start.Value < ownStart)
            {
                // Only the words right before it: "the boy has not yet been found", "il ragazzo non è rientrato".
                denied = isDenial || (denied && word.Length == 0);
                continue;
            }
            if (isDenial) denied = true;
            if (AnyMore.Contains(word)) anyMore = true;
        }
        return denied && !anyMore;
    }
}
