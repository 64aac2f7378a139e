using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// What each kind of legal process looks like on paper. Weights: ~3 for what names the document itself (its title,
/// its statute), ~1 for what such documents usually say, less for what any legal letter might mention.
/// </summary>
internal static class ProcessTypeCues
{
    /// <summary>The reason of the cue that says the writer asks for nothing now; it outweighs the process named.</summary>
    public const string AsksForNothing = "says it asks for no records now";
    public const string TakedownNotice = "copyright or takedown notice";
    public const string FollowsUpServed = "follows up on process served earlier";

    /// <summary>The reason of the cue for a letter under 18 U.S.C. 2703(f), which only a governmental entity sends.</summary>
    public const string OwnData = "a user asks for their own data";

    /// <summary>The reason of the cue for the account holder's signed consent to disclosure: a private right, like
    /// <see cref="OwnData"/>, whoever forwards it.</summary>
    public const string ConsentBased = "the account holder consents to the disclosure";

    /// <summary>The reason of the cue for a notice that the case it concerns is closed (NonProcess).</summary>
    public const string CaseClosed = "says its case is closed";

    /// <summary>Reason of the cue for a return or affidavit of service: a report that process was served.</summary>
    public const string ServiceReported = "reports that process was served";

    /// <summary>Round 25: a court's notice that a hearing was set, moved or vacated: it names the motion and the
    /// subpoena it is about, and commands nothing of us.</summary>
    public const string SchedulingNotice = "a court's notice of a hearing date";

    public const string StatutoryPreservation = "18 U.S.C. 2703(f) preservation";

    /// <summary>The reason of the cue for a civil claim to a user's identity named by the law that gives it.</summary>
    public const string CivilDisclosureClaim = "a civil claim to a user's identity, named by its law";

    /// <summary>A police force, prosecutor or court, in the seven languages: with a foreign sender it is what makes a
    /// request without a named process type "international"; a foreign private party's notice names none. Read only
    /// for such requests (DecideType), so a typical request does not pay for it.</summary>
    public static readonly System.Text.RegularExpressions.Regex ForeignAuthority = TriageBot.Triage.Extraction.Patterns.Build(
        @"\b(landespolizei|bundespolizei|polizei\p{L}*|gendarmerie|police\s+(nationale|judiciaire|f[ée]d[ée]rale|cantonale|municipale)|polic[ií]a\s+(nacional|federal|civil|militar|judicial|municipal|local|de\s+investigaciones)|pol[ií]cia\s+(federal|civil|militar|judici[aá]ria|de\s+seguran[çc]a\s+p[uú]blica)|polizia\s+(di\s+stato|postale|locale|municipale)|carabinieri|politie\p{L}*|koninklijke\s+marechaussee|police\s+service|police\s+scotland|constabulary|garda|\bRCMP\b|procureur\p{L}*|parquet|staatsanwalt\p{L}*|fiscal[ií]a|minist[eé]rio\s+p[uú]blico|procura\s+della|openbaar\s+ministerie|parket|onderzoeksrechter|juge\s+d'instruction|ermittlungsrichter|juzgado|tribunale|rechtbank" +
            @"|police|polic[ií]a|pol[ií]cia|polizia|questura|squadra\s+mobile|guardia\s+civil|(public\s+)?prosecutors?|prosecution\s+service|bureau\s+of\s+investigation|cyber\s*crime\s+(bureau|unit|division|centre|center|police)|investigation\s+(agency|bureau|department)|law\s+enforcement\s+(agency|authority)|mossos|ertzaintza|interpol|europol|bundesamt|bundeskriminalamt|landeskriminalamt|kriminal(polizei|kommissar\p{L}*|hauptkommissar\p{L}*)|ermittler(in)?|enqu[êe]teur|investigador(a)?|investigatore|rechercheur|(digitale|landelijke|regionale|tactische|financi[eë]le|zeden)\s*recherche|recherchebijstand|inspecteur|inspetor(a)?|ispettore|commissaire|comisari[oa]|commissario|detective\s+(constable|sergeant|inspector)|ministry\s+of\s+(the\s+)?(interior|justice|public\s+security)|minist[èe]re\s+(de\s+l'int[ée]rieur|de\s+la\s+justice)|ministerio\s+(del\s+interior|de\s+justicia|p[úu]blico\s+fiscal)|minist[ée]rio\s+da\s+justi[çc]a|ministero\s+(dell'interno|della\s+giustizia)|ministerie\s+van\s+justitie)\b");

    /// <summary>The reason of the cue for a private person asking whether or how to report to the police.</summary>
    public const string AsksHowToReport = "a private person asks how to report to the police";

    /// <summary>A private person asking whether or how to go to the police, in the seven languages read. Shared with
    /// SenderCheck: such a writer claims no authority whichever force it names.</summary>
    public const string VictimAsksHowToReport =
        @"\b(should|do|must|can|could)\s+i\s+(first\s+)?(go\s+to|report\s+(this|it|him|her|them)\s+to|contact|call|file\s+a\s+(police\s+)?(report|complaint)\s+with)\s+the\s+police\b|\bdo\s+i\s+(need|have)\s+to\s+(first\s+)?(go\s+to\s+the\s+police|file\s+a\s+police\s+report|report\s+(it|this)\s+to\s+the\s+police)|\bhow\s+(do|can|should)\s+i\s+(report\s+(this|it|him|her|them)\s+to\s+the\s+police|file\s+a\s+police\s+report)" +
        @"|\b(tengo\s+que|debo|puedo|hace\s+falta\s+que)\s+(ir|vaya|acudir|acuda)\s+(yo\s+)?(primero\s+)?a\s+(la\s+(polic[ií]a|guardia\s+civil|comisar[ií]a)|los\s+mossos|la\s+ertzaintza)|\b(tengo\s+que|debo)\s+(poner|presentar)\s+(yo\s+)?(primero\s+)?una\s+denuncia|\bc[oó]mo\s+(denuncio|pongo\s+(una\s+)?denuncia|presento\s+(una\s+)?denuncia)" +
        @"|\b(dois-je|je\s+dois|faut-il\s+que\s+j'aille|est-ce\s+que\s+je\s+dois|puis-je)\s+(d'abord\s+)?(aller|porter\s+plainte|me\s+rendre|d[ée]poser\s+plainte)|\bcomment\s+(porter|d[ée]poser)\s+plainte\b" +
        @"|\b(muss|soll|kann)\s+ich\s+(zuerst\s+|erst\s+)?(zur\s+polizei\s+gehen|anzeige\s+erstatten|eine\s+anzeige\s+(machen|erstatten|aufgeben))|\bwie\s+(erstatte|mache)\s+ich\s+(eine\s+)?anzeige" +
        @"|\b(devo|posso|dovrei)\s+(prima\s+)?(andare\s+(dalla|alla)\s+(polizia|questura)|andare\s+dai\s+carabinieri|sporgere\s+denuncia|fare\s+(la\s+)?denuncia)|\bcome\s+(sporgo|faccio)\s+(la\s+)?denuncia" +
        @"|\b(tenho\s+que|tenho\s+de|devo|posso)\s+(primeiro\s+)?(ir\s+[àa]\s+(pol[ií]cia|esquadra|delegacia|PSP|GNR|PJ)|apresentar\s+queixa|fazer\s+(uma\s+)?(queixa|den[uú]ncia|boletim))|\bcomo\s+(fa[çc]o|apresento)\s+(uma\s+)?(queixa|den[uú]ncia)" +
        // Issue 11 round 10b: what the person is to bring or say when they themself go and report ("que informação devo
        // levar quando apresentar queixa", "what should I bring when I file a police report"): only the victim asks it.
        @"|\bwhen\s+i\s+(go\s+to\s+)?(file|make)\s+(a|the|my)\s+(police\s+)?(report|complaint)\b|\bquando\s+(eu\s+)?(for\s+)?(apresentar|fizer|fazer)\s+(a\s+)?(queixa|den[uú]ncia)|\bcuando\s+(vaya\s+a\s+)?(ponga|presente|poner|presentar)\s+la\s+denuncia|\bquand\s+j'(irai\s+)?(porterai|porter|d[ée]poserai|d[ée]poser)\s+plainte|\bwenn\s+ich\s+(die\s+)?anzeige\s+(erstatte|mache)|\bquando\s+(andr[òo]\s+a\s+)?(sporger[òo]|far[òo]|sporgo|faccio)\s+(la\s+)?denuncia|\bals\s+ik\s+aangifte\s+(doe|ga\s+doen)" +
        @"|\b(moet|kan|zal)\s+ik\s+(eerst\s+)?(naar\s+de\s+politie\s+(gaan|stappen)|aangifte\s+doen)|\bhoe\s+doe\s+ik\s+aangifte";

    /// <summary>Issue 11 round 13: the person says they have filed, or will file, the complaint themself ("J'ai déposé
    /// plainte au commissariat", "je vais porter plainte demain", "I filed a police report", "he puesto una denuncia", "ich
    /// habe Anzeige erstattet", "ho sporto denuncia", "apresentei queixa", "ik heb aangifte gedaan"): a force receives
    /// complaints, it does not file them in the first person. Apart from the one above: together they outgrow the
    /// non-backtracking automaton's size limit. Shared with SenderCheck.</summary>
    public const string PersonFiledComplaint =
        @"\bi\s+(have\s+|had\s+|already\s+|just\s+)*(filed|made|lodged)\s+a\s+police\s+report|\bi\s+(am\s+going\s+to|will|plan\s+to|intend\s+to)\s+(file|make|lodge)\s+a\s+police\s+report|\bi\s+(have\s+|already\s+)*reported\s+(it|this|him|her|them|the\s+account)\s+to\s+(the\s+)?police\b" +
        @"|\b(j'ai|je\s+vais|je\s+compte|j'irai|nous\s+avons|nous\s+allons)\s+(d[ée]j[àa]\s+|demain\s+)?(port[ée]r?|d[ée]pos[ée]r?)\s+(une\s+)?plainte|\bje\s+(porterai|d[ée]poserai)\s+plainte" +
        @"|\b(he|hemos|ya\s+he|voy\s+a|vamos\s+a)\s+(puesto|presentado|interpuesto|poner|presentar|interponer)\s+(una\s+|la\s+)?denuncia|\b(pondr[ée]|presentar[ée])\s+(una\s+|la\s+)?denuncia|\bhe\s+denunciado\b" +
        @"|\b(j[áa]\s+)?(apresentei|fiz|registrei|registei)\s+(uma\s+|a\s+)?(queixa|den[uú]ncia|boletim\s+de\s+ocorr[êe]ncia)|\bvou\s+(apresentar|fazer|registrar|registar)\s+(uma\s+|a\s+)?(queixa|den[uú]ncia|boletim)" +
        @"|\bich\s+habe\s+(bereits\s+|schon\s+)?(eine\s+)?anzeige\s+(erstattet|gemacht|aufgegeben)|\bich\s+werde\s+(morgen\s+)?(eine\s+)?anzeige\s+(erstatten|machen)" +
        @"|\bho\s+(gi[àa]\s+)?(sporto|presentato|fatto)\s+(una\s+|la\s+)?(denuncia|querela)|\b(sporger[òo]|presenter[òo])\s+(una\s+|la\s+)?(denuncia|querela)" +
        @"|\bik\s+heb\s+(al\s+|reeds\s+)?aangifte\s+gedaan|\bik\s+(ga|zal)\s+(morgen\s+)?aangifte\s+doen";

    /// <summary>The regex of <see cref="PersonFiledComplaint"/>. Not a cue of the family below: added there, its
    /// automaton grows past the point where the non-backtracking engine loses matches at a text's end
    /// (CueSetHistoryTests). Read only for a request typed international, civil or other.</summary>
    public static readonly System.Text.RegularExpressions.Regex FiledComplaintThemself = TriageBot.Triage.Extraction.Patterns.Build(PersonFiledComplaint);

    /// <summary>The reason of the cue for a private person who says they write as themself.</summary>
    public const string WritesAsPrivatePerson = "a private person writes as themself";

    /// <summary>Issue 11 round 10: a private person (a victim, a user) writing about their own problem says who they
    /// are in words no authority uses of itself, in the seven languages read: that they write in their own name, that
    /// they hold no official or court document, where they live ("Escribo yo misma, no tengo ningún documento",
    /// "je vous écris en mon nom", "Escrevo em nome próprio", "ich wohne in Köln"). Whatever force or court it names, it
    /// speaks for none. Shared with SenderCheck.</summary>
    public const string PrivatePersonWrites =
        @"\bi\s+(am\s+)?writ(e|ing)\s+(to\s+you\s+)?(in\s+my\s+own\s+name|on\s+my\s+own\s+behalf|for\s+myself|as\s+a\s+private\s+(person|individual|citizen))\b|\bi\s+(do\s+not|don't)\s+have\s+any\s+(court|official|legal)\s+(documents?|paperwork|papers)\b" +
        @"|\bje\s+vous\s+[ée]cris\s+(en\s+mon\s+(propre\s+)?nom|[àa]\s+titre\s+(personnel|priv[ée])|pour\s+moi-m[êe]me)|\bje\s+n'ai\s+(aucun|pas\s+de)\s+(document|papier)s?\s+(officiel|judiciaire|du\s+tribunal|de\s+la\s+justice)|\bj'habite\s+([àa]|au|en)\s" +
        @"|\bescribo\s+(yo\s+mism[oa]|en\s+(mi\s+)?nombre(\s+propio)?|a\s+t[ií]tulo\s+(personal|particular)|como\s+particular)|\bno\s+tengo\s+(ning[uú]n|ninguna)\s+(documento|orden|papel|resoluci[oó]n)|(\by|,)\s+vivo\s+en\s" +
        @"|\bescrevo\s+(em\s+nome\s+pr[óo]prio|a\s+t[íi]tulo\s+(pessoal|particular)|como\s+particular)|\bn[ãa]o\s+tenho\s+(nenhum|qualquer)\s+(documento|mandado|ordem|despacho)|(\be|,|^|[.!?])\s*vivo\s+(em|no|na|nos|nas)\s" +
        // Round 10b: the same where the sentence opens with it ("Vivo no Porto", "I live in Leeds", "Vivo en Sevilla").
        @"|(^|[.!?])\s*(i\s+live\s+in|vivo\s+en)\s" +
        @"|\bich\s+schreibe\s+(ihnen\s+)?(als\s+privatperson|(im|in)\s+eigenen\s+namen|privat)\b|\bich\s+habe\s+kein(en|e)?\s+(offizielles\s+|amtliches\s+)?(dokument|schriftst[üu]ck|gerichtsbeschluss|beschluss)|\bich\s+wohne\s+in\s" +
        @"|\b(vi\s+)?scrivo\s+(a\s+titolo\s+(personale|privato)|a\s+nome\s+mio|come\s+privat[oa]\s+cittadin[oa])|\bnon\s+ho\s+(alcun|nessun)\s+(documento|provvedimento)|\b(io\s+)?abito\s+a\s" +
        @"|\bik\s+schrijf\s+(u\s+)?(op\s+persoonlijke\s+titel|als\s+particulier|namens\s+mezelf|op\s+eigen\s+naam)|\bik\s+heb\s+geen\s+(officieel\s+)?(document|gerechtelijk\s+bevel|bevel)|\bik\s+woon\s+in\s";

    /// <summary>The reason of the cue for an order that only ends a gag or unseals (NonProcess).</summary>
    public const string LiftsGagOnly = "an order that only lifts a gag or unseals";

    private const string Usc = @"(18\s*U\.?\s*S\.?\s*C\.?\s*(§+|sec(tion|\.)?)?\s*)?";

    /// <summary>Round 25: a section number with no parenthesis of its own ("3121", "2518", "2709") is a statute only
    /// when cited as one (after "18 U.S.C.", "§" or "section", or followed by a subsection or a range): standing alone
    /// it is as often a street number ("3121 Panthersville Rd") or a docket's digits.</summary>
    private static string Cited(string section) =>
        $@"((18\s*U\.?\s*S\.?\s*C\.?\s*(§+|sec(tion|\.)?)?|§+|sections?|sec\.)\s*{section}|{section}\s*(\(|et\s+seq|[-–]\s*\d{{4}}\b))";

    public static readonly CueSet Set = new(
    [
        // subpoena
        new("subpoena", @"grand\s+jury\s+subpoena", 4, "grand jury subpoena"),
        new("subpoena", @"administrative\s+subpoena", 4, "administrative subpoena"),
        new("subpoena", @"subpoena\s+duces\s+tecum", 3.5, "subpoena duces tecum"),
        new("subpoena", @"(trial|state|criminal|federal|investigative|county)\s+subpoena", 3, "criminal subpoena"),
        new("subpoena", @"subpoena(ed|s)?", 1.6, "mentions a subpoena"),
        // Issue 11 round 12: a U.S. subpoena in Spanish (Puerto Rico's courts and prosecutors: "Citación para presentar
        // documentos", "citación duces tecum", "se le ordena producir").
        // Round 13: the same title with a noun ("Citación para producción de documentos", "para la entrega de récords").
        new("subpoena", @"\bcitaci[oó]n\s+(para\s+((presentar|producir|entregar)|(la\s+)?(producci[oó]n|presentaci[oó]n|entrega)\s+de)\s+(los\s+)?(documentos|evidencia|r[ée]cords|expedientes|registros)|duces\s+tecum)\b", 3.5, "subpoena duces tecum"),
        new("subpoena", @"\bse\s+le\s+(ordena|requiere)\s+(que\s+)?(produ(cir|zca)|present(ar|e)|entreg(ar|ue)|comparec(er|a))\b", 1.5, "commands production (subpoena language)"),
        new("subpoena", @"you\s+are\s+(hereby\s+)?commanded\s+to\s+(appear|produce|provide)", 1.5, "commands production (subpoena language)"),
        new("subpoena", @"administrative\s+summons|26\s*U\.?\s*S\.?\s*C\.?\s*(§+\s*)?760[29]|19\s*U\.?\s*S\.?\s*C\.?\s*(§+\s*)?1509|you\s+are\s+(hereby\s+)?summoned|civil\s+investigative\s+demand", 3.5, "administrative summons or demand"),
        new("subpoena", @"\bsummons\b", 1.2, "mentions a summons"),
        new("subpoena", @"2703\s*\(\s*c\s*\)\s*\(\s*2\s*\)", 1.2, "2703(c)(2) basic subscriber records"),
        new("subpoena", @"(21\s*U\.?S\.?C\.?\s*(§\s*)?876|18\s*U\.?S\.?C\.?\s*(§\s*)?3486|inspector general act)", 2, "administrative subpoena authority"),

        // civil litigation
        new("civil", @"(fed(eral)?\.?\s*r(ules?)?\.?\s*(of\s+)?civ(il)?\.?\s*p(roc(edure)?)?\.?\s*)45|rule\s+45", 4, "civil subpoena under Rule 45"),
        new("civil", @"civil\s+(action|case|matter|litigation|subpoena|suit|proceeding)", 2.5, "civil litigation"),
        new("civil", @"(counsel|attorneys?)\s+for\s*:?\s*(the\s+)?(plaintiffs?|defendants?|petitioner|respondent)", 2.5, "private counsel for a party"),
        // Issue 11 round 12: who issues the process. A criminal case is brought by the sovereign (People, State, United
        // States, Commonwealth v. …); a caption whose first party is a company, or whose other side is unnamed Does, is a
        // suit between private parties, and a court of equity (Delaware's Court of Chancery) hears no criminal case.
        new("civil", @"\b(LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLP|L\.P\.|GmbH|S\.A\.|B\.V\.)\s*,?\s+(et\s+al\.?,?\s+)?(v\.|vs\.?|versus)\s+\S|\b(v\.|vs\.?|versus)\s+(john\s+|jane\s+)?does?\s+(\d|[ivx]+\b|through)|\bcourt\s+of\s+chancery\b|\bchancery\s+(court|division)\b", 2.5, "a case between private parties"),
        new("civil", @"plaintiffs?\b", 0.6, "mentions a plaintiff"),
        new("civil", @"(divorce|custody|dissolution\s+of\s+marriage|probate|causa\s+di\s+(separazione|divorzio)|separazione\s+(giudiziale|consensuale)|divorzio|divorcio|div[oó]rcio|ehescheidung|scheidungsverfahren|echtscheiding|defamation|breach\s+of\s+contract|difamaci[oó]n|derecho\s+al\s+honor|injurias\s+y\s+calumnias|diffamation|diffamazione|difama[çc][ãa]o|verleumdung|smaad)", 1.2, "civil subject matter"),
        new("civil", @"\b(LLP|PLLC|P\.C\.|Esq\.?)\b|\bthis\s+firm\b", 1.5, "private law firm"),
        // A firm abroad by its partners' names ("X & Y Abogados") or a lawyer signing with a bar number ("abogada
        // (ICAM 1234)", "avocat au barreau"): the European counterparts of "LLP" and "Esq.". The client's side
        // ("nuestro cliente") is counsel's voice, never a police force's.
        new("civil", @"&\s+\p{L}+\s+(abogados|avocats|advogados|avvocati|advocaten|rechtsanw[aä]lte)\b|\b(abogad[oa]|letrad[oa])\s*[(,]?\s*(ica[a-z]{1,3}|colegiad[oa])\b|\b(nuestr[oa]s?|mi)\s+(client[ea]s?|representad[oa]s?|mandante)\b", 1.5, "private law firm (foreign language)"),
        new("civil", @"\brepresents?\s+(the\s+)?(petitioner|respondent|plaintiff|defendant|claimant)|in\s+re\s+(the\s+)?marriage\s+of", 3, "private party's counsel"),
        new("civil", @"(i\s+am|i'm)\s+the\s+(plaintiff|defendant|petitioner|respondent|claimant)|represent(ing)?\s+myself|\bpro\s+se\b|self-represented|small\s+claims" +
            // The same party in the other languages read: "je me représente seule", "petites créances", "me represento a
            // mí misma", "ich vertrete mich selbst", "mi rappresento da solo", "represento-me a mim mesmo".
            @"|\bje\s+me\s+repr[ée]sente\s+(moi-m[êe]me|seule?)\b|\bpetites\s+cr[ée]ances\b|\bme\s+represento\s+(a\s+m[ií]\s+mism[oa]|sol[oa])\b|\bich\s+vertrete\s+mich\s+selbst\b|\bmi\s+rappresento\s+da\s+sol[oa]\b|\brepresento-me\s+a\s+mim\s+mesm[oa]\b|\bik\s+(procedeer|sta)\s+(zelf|mezelf\s+bij)\b" +
            // A litigant acting in their own right and the small-claims courts by their names: "actúo por derecho
            // propio", "juicio de menor cuantía", "em causa própria", "juizado especial cível", "in eigener Sache".
            @"|\b(act[uú]o|comparezco|litigo)\s+por\s+(mi\s+)?(propio\s+)?derecho(\s+propio)?\b|\bpor\s+derecho\s+propio\b|\b(juicio|proceso|demanda|reclamaci[oó]n)\s+de\s+(menor|m[ií]nima)\s+cuant[ií]a\b|\bem\s+causa\s+pr[óo]pria\b|\bjuizado\s+especial\s+c[ií]vel\b|\bpequenas\s+causas\b|\bin\s+eigener\s+sache\b" +
            // Round 14: an Italian party in their own case ("Sono in causa di separazione", "siamo in causa").
            @"|\b(sono|siamo)\s+in\s+causa\b", 3, "a party writing for itself"),
        new("civil", @"\bR\.?\s*Civ\.?\s*P\.?|(in\s+the\s+matter\s+of|in\s+re)\s+the\s+marriage\s+of|\b512\s*\(\s*h\s*\)\s+subpoena|family\s+(court|code)|(at\s+the\s+request\s+of|on\s+behalf\s+of)\s+(the\s+)?(respondent|petitioner|plaintiff|defendant|claimant)|attorney\s+of\s+record", 3, "civil procedure or a party's counsel"),
        // Private parties' counsel in other languages: a law firm abroad asking for data is civil, not foreign
        // government process.
        new("civil", @"(actuamos|act[uú]o)\s+en\s+(nombre\s+y\s+)?representaci[oó]n\s+de|\b(bufete|despacho\s+de\s+abogados|abogad[oa]\s+colegiad[oa]|demandante|parte\s+actora|juzgado\s+de\s+primera\s+instancia|procedimiento\s+ordinario|juicio\s+(ordinario|verbal)|competencia\s+desleal)\b" +
            @"|\b(cabinet\s+d'avocats|avocat\s+au\s+barreau|notre\s+client(e)?|nos\s+clients|nous\s+repr[ée]sentons|ordonnance\s+(de\s+type\s+)?norwich|recours\s+en\s+diffamation|partie\s+demanderesse|tribunal\s+judiciaire|tribunal\s+de\s+commerce|proc[eé]dure\s+civile|concurrence\s+d[eé]loyale)\b" +
            @"|\b(rechtsanwalt|rechtsanw[aä]ltin|rechtsanwaltskanzlei|kanzlei|unsere[rn]?\s+mandant(in|en)?|kl[aä]ger(in)?|zivilprozess|zivilverfahren|zivilkammer|unlauterer\s+wettbewerb)\b" +
            @"|\b(escrit[oó]rio\s+de\s+advocacia|advogad[oa]s?\s+(inscrit[oa]|da\s+autora|do\s+autor)|\bOAB\b|a[çc][ãa]o\s+c[ií]vel|vara\s+c[ií]vel|processo\s+civil|concorr[eê]ncia\s+desleal)\b" +
            @"|\b(studio\s+legale|avv\.|nostr[oa]\s+assistit[oa]|parte\s+attrice|causa\s+civile|procedimento\s+civile|concorrenza\s+sleale)\b" +
            @"|\b(advocatenkantoor|advocaat|onze\s+cli[eë]nt|eiser(es)?|civiele\s+(procedure|zaak)|kort\s+geding|oneerlijke\s+concurrentie)\b", 2.5, "a private party's counsel (foreign language)"),
        new("civil", @"code\s+civ(il)?\.?\s+proc|rules?\s+of\s+civil\s+procedure|interstate\s+(and\s+international\s+)?depositions?\s+and\s+discovery", 2, "civil procedure"),

        // 2703(d) court order
        new("court_order", Usc + @"2703\s*\(\s*d\s*\)\s*(order|application)?", 3.5, "order under 18 U.S.C. 2703(d)"),
        new("court_order", @"specific\s+and\s+articulable\s+facts", 2.5, "2703(d) standard: specific and articulable facts"),
        new("court_order", @"(application\s+(of\s+the\s+united\s+states\s+)?for\s+(an\s+)?order|court\s+order)", 1.3, "court order"),
        // Round 23: a state's own stored-communications order, the 2703(d) of Pennsylvania (18 Pa.C.S. 5743(d)).
        new("court_order", @"pa\.?\s*c\.?\s*s\.?\s*(a\.?\s*)?§*\s*5743\b", 3, "order under a state stored-communications statute"),
        new("court_order", @"it\s+is\s+(hereby\s+)?ordered", 1.2, "order language"),

        // search warrant
        new("search_warrant", @"search\s+(and\s+seizure\s+)?warrant", 3, "search warrant"),
        new("search_warrant", @"warrant\s+(to\s+search|for\s+(records|information|contents|stored))", 3, "search warrant"),
        new("search_warrant", @"(fed(eral)?\.?\s*r(ules?)?\.?\s*(of\s+)?crim(inal)?\.?\s*p(roc(edure)?)?\.?\s*|rule\s+)41", 2.5, "warrant under Fed. R. Crim. P. 41"),
        new("search_warrant", @"probable\s+cause", 1.2, "probable cause"),
        new("search_warrant", @"you\s+are\s+(hereby\s+)?commanded\s+to\s+(search|execute)", 2.5, "commands a search"),
        new("search_warrant", @"\bwarrant\b", 0.8, "mentions a warrant"),
        // Warrant equivalents that do not say "warrant": a military commander's or magistrate's search
        // authorization (Mil. R. Evid. 315), an administrative inspection warrant, a state investigative order to
        // search, and the same wording in other languages.
        new("search_warrant", @"(search|search\s+and\s+seizure|command|commander'?s)\s+authori[sz]ation|(mil(itary)?\.?\s*r(ules?)?\.?\s*(of\s+)?evid(ence)?\.?|M\.?R\.?E\.?|rule)\s*315|inspection\s+warrant|(search|seizure)\s+order", 3, "search authorization (warrant equivalent)"),
        new("search_warrant", @"you\s+are\s+(hereby\s+)?authori[sz]ed\s+to\s+(search|seize|obtain|collect)", 1.5, "authorizes a search or seizure"),
        new("search_warrant", @"durchsuchungs(beschluss|anordnung)|beschlagnahme(beschluss|anordnung)|mandat\s+de\s+perquisition|ordonnance\s+de\s+perquisition|orden\s+de\s+(registro|allanamiento)|auto\s+de\s+(entrada\s+y\s+)?registro|mandado\s+de\s+busca(\s+e\s+apreens[ãa]o)?|decreto\s+di\s+perquisizione|bevel\s+tot\s+doorzoeking", 2, "search warrant (foreign language)"),
        new("search_warrant", @"2703\s*\(\s*(a|b(\)\s*\(\s*1\s*\)\s*\(\s*a)?)\s*\)", 1.2, "2703(a)/(b) contents under a warrant"),

        // pen register / trap and trace
        new("pen_register", @"pen\s+registers?", 3.5, "pen register"),
        new("pen_register", @"trap\s+(and|&)\s+trace", 3.5, "trap and trace"),
        new("pen_register", Cited("31(2[1-7])"), 2, "18 U.S.C. 3121-3127"),

        // wiretap
        new("wiretap", @"title\s+iii", 3, "Title III order"),
        new("wiretap", Cited("2518"), 3, "18 U.S.C. 2518"),
        new("wiretap", @"wire\s*tap", 3, "wiretap"),
        // Round 26: a state's interception order by its own name (New York's CPL article 700 "eavesdropping warrant").
        new("wiretap", @"\beavesdropping\s+(warrant|order)\b|\barticle\s+700\s+of\s+the\s+(new\s+york\s+)?criminal\s+procedure\s+law\b", 5, "eavesdropping warrant (state interception order)"),
        new("wiretap", @"(real[\s-]time\s+)?interception\s+of\s+(wire|electronic|oral)", 2.5, "interception of communications"),
        new("wiretap", @"\bintercept(ion|ed)?\b", 0.8, "interception"),

        // emergency disclosure request
        new("emergency", @"emergency\s+(disclosure\s+)?request", 4, "emergency disclosure request"),
        new("emergency", @"emergency\s+disclosure", 3, "emergency disclosure"),
        new("emergency", @"on\s+an\s+(emergency|exigent)\s+basis", 3, "asked on an emergency basis"),
        new("emergency", @"(exigent|emergency)\s+(circumstances|situation)", 2, "exigent circumstances"),
        // Issue 11 round 11: a writer who says there is no time for legal process ("no time for a subpoena", "I cannot
        // wait for a warrant") claims an emergency in the exception's own terms; the process it names is the one it
        // does not have. Typed emergency whoever sends it, so it is paged with the sender and basis findings beside it.
        new("emergency", @"\b((no|(do\s*n['’]?t|do\s+not)\s+have\s+(the\s+|any\s+)?)\s*time\s+(for|to\s+(get|obtain|wait\s+for))|(cannot|can't|can\s+not|unable\s+to|could\s+not|couldn't)\s+wait\s+(for|on))\s+(a\s+|the\s+|any\s+)?(subpoena|(search\s+)?warrant|court\s+order|legal\s+process|paperwork)" +
            // Round 12 (fixP12): "I don't have time for paperwork", "we do not have the time to get a warrant".
            // Round 12: the same said of the process's delay ("the subpoena will take days", "we cannot wait for it to be
            // signed").
            @"|\b(subpoena|warrant|court\s+order|legal\s+process|paperwork)\s+(will|would|could)\s+take\s+(days|weeks|too\s+long|hours)\b|\b(cannot|can't|can\s+not|unable\s+to)\s+wait\s+for\s+(it|the\s+order|the\s+warrant|the\s+subpoena)\s+to\s+be\s+(signed|issued|granted|served)\b", 4, "says there is no time for legal process"),
        new("emergency", Usc + @"2702\s*\(\s*(b\s*\)\s*\(\s*8|c\s*\)\s*\(\s*4)\s*\)", 3.5, "18 U.S.C. 2702(b)(8)/(c)(4) voluntary emergency disclosure"),
        // The statute's emergency exception invoked in plain words, without its number: "under emergency provisions".
        new("emergency", @"\b(under|pursuant\s+to|invoking|per)\s+(the\s+|your\s+)?(emergency|exigent)\s+(provisions?|exception|disclosure\s+provisions?|clause)", 3, "invokes the emergency provisions"),
        new("emergency", @"(danger|risk)\s+of\s+death\s+or\s+serious\s+(physical|bodily)\s+injury", 1.5, "danger of death or serious physical injury"),
        // Issue 11 class 3: "urgent" is how a deadline is pressed, not a life at risk ("URGENTE – le juge attend le
        // rapport"); alone it cannot make an emergency, the situation (FlagCues.Emergency) must (Triage: IsUrgencyOnly).
        new("emergency", @"\b(notfall|emergencia|emerg[eê]ncia|emergenza|noodgeval)\b", 1.0, "emergency (foreign language)"),
        // "Gefahr im Verzug" is German procedure's exigency (evidence would be lost by waiting, StPO 98, 105): urgency,
        // an emergency only beside a danger to life or limb.
        new("emergency", @"\bgefahr\s+im\s+verzug?\b", 1.0, "urgency: exigent circumstances (German procedure)"),
        new("emergency", @"\b(eilt|dringend|urgence|urgente|spoed)\b", 1.0, "urgency (foreign language)"),
        new("emergency", @"(notfall(anfrage|ersuchen)|demande\s+d'urgence|solicitud\s+de\s+emergencia|petici[oó]n\s+de\s+emergencia|(pedido|solicita[çc][ãa]o|requisi[çc][ãa]o)\s+de\s+emerg[eê]ncia|richiesta\s+di\s+emergenza|noodverzoek|exigent\s+request|emergency\s+(data\s+)?request)", 3, "emergency request (title)"),
        new("emergency", @"(eilersuchen|demande\s+urgente|r[eé]quisition\s+urgente|solicitud\s+urgente|(pedido|solicita[çc][ãa]o|requisi[çc][ãa]o)\s+urgente|richiesta\s+urgente|spoedverzoek|spoedeisend\s+verzoek)", 3, "urgent request (title)"),

        // preservation
        new("preservation", @"preservation\s+(request|letter|notice|demand)", 4, "preservation request"),
        new("preservation", Usc + @"2703\s*\(\s*f\s*\)", 3.5, StatutoryPreservation),
        new("preservation", @"(request|ask)\s+(that\s+)?(you|northwind|your\s+company)?\s*(take\s+all\s+necessary\s+steps\s+to\s+)?preserve", 2, "asks to preserve records"),
        new("preservation", @"(please|kindly)\s+preserve", 2.5, "asks to preserve records"),
        new("preservation", @"(further|second|third|additional|renewed)\s+(\d{2,3}[\s-]day\s+)?(extension|renewal)|extension\s+of\s+(the\s+|our\s+)?preservation|(extend|renew)(ing|ed)?\s+(the|our|this|its)\s+(\d{2,3}[\s-]day\s+)?preservation", 3, "asks to extend a preservation"),
        new("preservation", @"2258\s*A\s*\(\s*h\s*\)|treated\s+as\s+a\s+request\s+to\s+preserve", 3.5, "NCMEC report: a request to preserve (18 U.S.C. 2258A(h))"),
        new("preservation", @"preserv(e|ed|ation)\b", 0.6, "mentions preservation"),
        new("preservation", @"(sicherung|sichern|conservation|conserver|conservaci[oó]n|conservar)\s", 0.8, "preservation (foreign language)"),

        // international
        new("international", @"mutual\s+legal\s+assistance|\bMLAT\b|\bMLA\s+request", 4, "mutual legal assistance (MLAT)"),
        new("international", @"letters?\s+rogatory|commission\s+rogatoire|comisi[oó]n\s+rogatoria|rechtshilfeersuchen", 4, "letter rogatory"),
        new("international", @"overseas\s+production\s+order|crime\s+\(overseas\s+production\s+orders\)\s+act", 4, "UK Overseas Production Order"),
        new("international", @"international\s+production\s+order|designated\s+international\s+agreement", 3.5, "international production order (CLOUD Act agreement)"),
        new("international", @"cloud\s+act\s+(executive\s+)?agreement|executive\s+agreement\s+under\s+the\s+cloud\s+act|data\s+access\s+agreement", 3, "CLOUD Act executive agreement"),
        new("international", @"office\s+of\s+international\s+affairs", 2, "DOJ Office of International Affairs"),
        new("international", @"(staatsanwaltschaft|ermittlungsverfahren|auskunftsersuchen|bestandsdaten|strafprozessordnung|\bStPO\b|polizeipr[aä]sidium|landeskriminalamt|bundeskriminalamt)", 2, "German criminal procedure"),
        new("international", @"(r[eé]quisition|proc[eè]s-verbal|code\s+de\s+proc[eé]dure\s+p[eé]nale|procureur\s+de\s+la\s+r[eé]publique|gendarmerie|police\s+judiciaire|officier\s+de\s+police)", 2, "French criminal procedure"),
        new("international", @"(requerimiento|ley\s+de\s+enjuiciamiento\s+criminal|diligencias\s+previas|juzgado\s+de\s+instrucci[oó]n|polic[ií]a\s+nacional|guardia\s+civil|fiscal[ií]a|mossos\s+d'esquadra)", 2, "Spanish criminal procedure"),
        new("international", @"(procura\s+della\s+repubblica|codice\s+di\s+procedura\s+penale|\bc\.?p\.?p\.?\b|polizia\s+(di\s+stato|postale)|carabinieri|guardia\s+di\s+finanza|decreto\s+di\s+acquisizione|pubblico\s+ministero)", 2, "Italian criminal procedure"),
        new("international", @"(minist[eé]rio\s+p[uú]blico|pol[ií]cia\s+(federal|civil|judici[aá]ria)|tribunal\s+de\s+justi[çc]a|c[oó]digo\s+de\s+processo\s+penal|marco\s+civil|lei\s+n?[ºo°.]?\s*12\.?965|mandado\s+judicial|delegacia|inqu[eé]rito\s+(policial|n\.?\s*[ºo°])|guarda\s+nacional\s+republicana|pol[ií]cia\s+de\s+seguran[çc]a\s+p[uú]blica)", 2, "Portuguese or Brazilian criminal procedure"),
        new("international", @"(openbaar\s+ministerie|officier\s+van\s+justitie|wetboek\s+van\s+strafvordering|\bsv\b\s*art|rechter[\s-]commissaris|nationale\s+politie|vordering\s+(tot\s+)?(verstrekking|gegevens))", 2, "Dutch criminal procedure"),
        // Belgium: the investigating judge's orders cite the code as "art. 46bis Sv" / "art. 88bis CIC".
        new("international", @"(\bart(\.|ikel|icle)?\s*\d{2,3}\s*(bis|ter|quater|quinquies)?(\s*,\s*§\s*\d+)?\s+(sv|cic|c\.\s?i\.\s?cr\.)\b|onderzoeksrechter|procureur\s+des\s+konings|federale\s+gerechtelijke\s+politie|juge\s+d'instruction|procureur\s+du\s+roi|police\s+judiciaire\s+f[ée]d[ée]rale)", 2, "Belgian criminal procedure"),
        new("international", @"(european\s+production\s+order|\bEPOC\b|european\s+preservation\s+order|\bEPOC-PR\b|regulation\s+\(eu\)\s+2023/1543|e-evidence\s+regulation)", 4, "EU European Production Order (e-Evidence)"),
        new("international", @"(criminal\s+code[^\n]{0,25}487\.01[0-9]|general\s+production\s+order|ontario\s+provincial\s+police|toronto\s+police\s+service|s[uû]ret[eé]\s+du\s+qu[eé]bec|ontario\s+court\s+of\s+justice)", 2, "Canadian criminal procedure"),
        new("international", @"(preservation\s+(demand|order)|production\s+order|ordre\s+de\s+pr[ée]servation|ordonnance\s+de\s+(communication|conservation))[^\n]{0,40}(criminal\s+code|C\.\s?cr\.|code\s+criminel|487\.01[0-9])|487\.01[0-9][^\n]{0,40}((preservation|production)\s+(demand|order)|ordonnance\s+de\s+(communication|conservation))", 4, "Canadian preservation demand or production order (Criminal Code)"),
        new("international", @"(investigatory\s+powers\s+act|police\s+and\s+criminal\s+evidence\s+act|national\s+crime\s+agency|metropolitan\s+police\s+service|royal\s+canadian\s+mounted\s+police|australian\s+federal\s+police|europol|eurojust|european\s+investigation\s+order)", 1.5, "foreign authority or law"),


        // national security
        new("national_security", @"national\s+security\s+letter", 5, "National Security Letter"),
        new("national_security", Cited("2709"), 3, "18 U.S.C. 2709 (NSL)"),
        new("national_security", @"foreign\s+intelligence\s+surveillance|\bFISA\b|\bFISC\b|50\s*U\.?S\.?C\.?\s*(§+\s*)?18\d\d", 4, "FISA process"),

        // other: consent, questions about process
        new("other", @"(signed|written)\s+consent|consent\s+(form|of\s+the\s+(account\s+holder|user|subscriber))|with\s+(the\s+)?(user|account\s+holder)'?s\s+consent", 3, ConsentBased),
        new("other", @"how\s+(do|can|should)\s+(we|i)\s+(submit|serve|send|request|obtain)", 3, "asks how to submit a request"),
        new("other", @"(what|which)\s+(information|records|legal\s+process)\s+(do\s+you|does\s+your)", 2, "general question about process"),
        new("other", @"(point\s+of\s+contact|where\s+to\s+(send|serve)|accept\s+(service|legal\s+process)\s+(by|via))", 2, "question about service"),
        new("other", @"(have\s+not|haven't)\s+(yet\s+)?(attached|enclosed|sent|served)\s+(any\s+)?legal\s+process|(am|are)\s+not\s+requesting\s+any\s+(new\s+)?(records|data|information)|this\s+is\s+(just|only)\s+(a\s+question|to\s+(ask|make\s+sure|confirm|check))", 3, "says it requests nothing yet"),
        // Hard negatives: writers who hold no process yet, ask for nothing, are not an authority, or use a private
        // right (access to one's own data, copyright). Each is "other" even when it names process types.
        new("other", @"(i|we)\s+(do\s+not|don't|did\s+not|didn't)\s+(yet\s+)?have\s+(a|an|any)\s+(subpoena|warrant|court\s+order|order|legal\s+process)|no\s+(subpoena|warrant|court\s+order|legal\s+process|production\s+order)\s+(has\s+(yet\s+)?been|was|is)\s+(yet\s+)?(issued|obtained|served|signed)|(have|has)\s+not\s+yet\s+(obtained|sought|applied\s+for)\s+(a|an|any)\s+(subpoena|warrant|order)", 3, "says it holds no legal process yet"),
        new("other", @"(gerichtliche\s+)?(anordnung|beschluss)\s+liegt\s+(derzeit\s+|noch\s+)?nicht\s+vor|noch\s+kein(en)?\s+(beschluss|anordnung|durchsuchungsbeschluss)", 3, "says it holds no legal process yet (German)"),
        new("other", @"(pas\s+encore\s+de|aucune)\s+(r[eé]quisition|ordonnance|commission\s+rogatoire)", 3, "says it holds no legal process yet (French)"),
        new("other", @"(todav[ií]a|a[uú]n)\s+no\s+(tenemos|hay|existe)\s+(ninguna\s+|una\s+)?(orden|requerimiento|mandamiento|auto)", 3, "says it holds no legal process yet (Spanish)"),
        new("other", @"ainda\s+n[ãa]o\s+(temos|h[áa]|existe)\s+(nenhuma?\s+|uma?\s+)?(ordem|mandado|requisi[çc][ãa]o|decis[ãa]o)", 3, "says it holds no legal process yet (Portuguese)"),
        new("other", @"non\s+(abbiamo|c'[eè])\s+ancora\s+(un\s+|alcun\s+)?(decreto|ordine|provvedimento)", 3, "says it holds no legal process yet (Italian)"),
        new("other", @"nog\s+geen\s+(vordering|bevel|rechtshulpverzoek|machtiging)", 3, "says it holds no legal process yet (Dutch)"),
        new("other", @"(no|none)\s+(further\s+|additional\s+|other\s+|new\s+)?(records|data|information|documents)\s+(is|are)\s+(being\s+)?(requested|sought)(\s+(by|in|with)\s+this|\s+(at\s+this\s+time|now)|\s*[.,;\n])|no\s+(new|further|other)\s+request\s+is\s+(being\s+)?made|this\s+(letter|e-?mail|message)\s+makes\s+no\s+(new\s+|further\s+)?request|(i|we)\s+(am|are)\s+not\s+(yet\s+)?(requesting|seeking|asking\s+for)\s+(any\s+)?(records|data|information|disclosure)\s+(at\s+this\s+(time|stage)|yet|now)" +
            // Issue 11 class 2: a notice about process (a gag extended or vacated, a question before the paper is
            // written) says it asks for nothing: "Nothing further is requested", "does not seek any further records",
            // "I'm not asking you for any records on this e-mail".
            @"|\bnothing\s+(further|more|else|new)\s+is\s+(being\s+)?(requested|sought|required|asked)|\b(does|do|did)\s+not\s+seek\s+any\s+(further|more|additional)\s+(records|data|information|disclosure|production)|\b(i|we)('m|'re|\s+am|\s+are)\s+not\s+(yet\s+)?(requesting|seeking|asking\s+(you\s+)?for)\s+(any\s+)?(records|data|information|disclosure)\s+(on|in|with|by|through)\s+this\s+(e-?mail|letter|message|note)" +
            @"|(ich|wir)\s+(frage|fragen|fordere|fordern|erbitte|erbitten)\s+(derzeit\s+|momentan\s+|noch\s+|zurzeit\s+)?keine\s+(daten|informationen|ausk[uü]nfte)|(je|nous)\s+ne\s+(vous\s+)?(demande|demandons|sollicitons|requ[eé]rons)\s+(pour\s+l'instant\s+|pour\s+le\s+moment\s+|encore\s+)?aucune\s+(donn[eé]e|information)" +
            @"|no\s+(les\s+|le\s+|os\s+)?(solicitamos|pedimos|solicito|pido|requerimos)\s+(todav[ií]a\s+|a[uú]n\s+|por\s+ahora\s+|de\s+momento\s+)?(ning[uú]n\s+dato|datos|informaci[oó]n)|n[ãa]o\s+(estamos|estou)\s+(a\s+)?(solicitar|pedir|requisitar|solicitando|pedindo)\s+(nenhum|quaisquer|dados)" +
            @"|no\s+(further|additional|other)\s+(production|disclosure|response|compliance)\s+(is|will\s+be)\s+(required|needed|necessary|requested|sought)|keine\s+weitere(n)?\s+(herausgabe|auskunft|ausk[üu]nfte|datenherausgabe)\s+(ist\s+)?(erforderlich|notwendig|n[öo]tig)" +
            @"|aucune\s+(autre\s+)?(production|communication|r[ée]ponse)\s+n'est\s+(plus\s+)?(requise|n[ée]cessaire|demand[ée]e)|no\s+se\s+requiere\s+(ninguna\s+)?(otra\s+|m[áa]s\s+)?(entrega|producci[óo]n|informaci[óo]n|respuesta)|n[ãa]o\s+([ée]|ser[áa])\s+necess[áa]ri[oa]\s+(qualquer\s+)?(outra\s+|nova\s+)?(entrega|produ[çc][ãa]o|resposta)" +
            @"|non\s+[èe]\s+richiesta\s+(alcuna\s+)?(ulteriore\s+)?(produzione|trasmissione|risposta)|geen\s+(verdere\s+)?(verstrekking|levering|gegevensverstrekking)\s+(van\s+gegevens\s+)?(meer\s+)?(is\s+)?(nodig|vereist)" +
            @"|non\s+(chiediamo|chiedo|richiediamo|richiedo)\s+(ancora\s+|per\s+ora\s+|al\s+momento\s+|in\s+alcun\s+modo\s+)?(alcun|dati|informazioni)|(ik|wij|we)\s+vra(ag|gen)\s+(op\s+dit\s+moment\s+|nu\s+|nog\s+|momenteel\s+)*geen\s+gegevens" +
            // A question before any paper exists: "non vi chiedo di inviarci nulla", "not asking you to send anything".
            @"|non\s+vi\s+(chiedo|chiediamo)\s+di\s+(inviar|trasmetter|mandar)\p{L}*\s+(nulla|niente)|\bnot\s+(yet\s+)?asking\s+you\s+to\s+(send|provide|disclose)\s+(us\s+)?anything", 3, AsksForNothing),
        // A cue of its own (the one above is at the automaton size limit). A user or victim asking how police would
        // get data: "I'm not asking you to give me his information"; a notice about process that closes "no action
        // is required on your part".
        new("other", @"\b(i'm|i\s+am|we're|we\s+are)\s+not\s+asking\s+(you\s+)?(to\s+(give|send|provide|disclose)\s+(me|us)|for)\s+(his|her|their|its|any)\s+(information|data|details|records)|\bno\s+action\s+is\s+(required|needed)\s+(on\s+your\s+part|(of|from)\s+you)" +
            // The same in the other languages read: "no les pido que me den sus datos", "je ne vous demande pas de me
            // donner ses données", "ich bitte Sie nicht, mir seine Daten zu geben".
            @"|\bno\s+(les|le|os)\s+(pido|pedimos|estoy\s+pidiendo)\s+que\s+me\s+(den|d[ée]|faciliten|facilite|env[ií]en|pasen)\s+(sus|los|esos)\s+datos|\bn[ãa]o\s+(lhes?\s+|vos\s+)?(estou\s+a\s+pedir|estou\s+pedindo|pe[çc]o)\s+que\s+me\s+(deem|d[êe]em|enviem|passem)\s+(os\s+)?(seus\s+|dados)" +
            @"|\b(je\s+ne\s+vous\s+demande|nous\s+ne\s+vous\s+demandons)\s+pas\s+de\s+me\s+(donner|communiquer|transmettre)\s+(ses|les|leurs)\s+(donn[ée]es|coordonn[ée]es|informations)|\bnon\s+vi\s+(chiedo|chiediamo)\s+di\s+(darmi|darci|fornirmi|comunicarmi)\s+i\s+(suoi|loro)\s+dati" +
            @"|\b(ich\s+bitte|wir\s+bitten)\s+(sie\s+)?nicht\s*(darum\s*)?,?\s*(mir|uns)\s+(seine|ihre|die)\s+daten|\bik\s+vraag\s+(u\s+)?niet\s+om\s+(mij|me)\s+(zijn|haar|hun|de)\s+gegevens", 3, AsksForNothing),
        // Issue 11 class 2: a writer who says it needs no one's data ("No necesito datos de ningún usuario", "we will
        // not need the records"), or sends a notice for information only, asks for nothing whatever it names.
        new("other", @"\b(i|we)\s+(do\s+not|don't|will\s+not|won't|no\s+longer)\s+(need|require)\s+(any\s+|the\s+)?(user\s+|personal\s+|account\s+)?(data|records|information)\b|\bno\s+(necesito|necesitamos)\s+(ning[uú]n\s+dato|datos)|\b(je|nous)\s+n'(ai|avons)\s+besoin\s+d'aucune\s+donn[ée]e|\b(ich|wir)\s+(ben[öo]tige|ben[öo]tigen|brauche|brauchen)\s+keine\s+(\p{L}+\s+)?daten|\bnon\s+(ho|abbiamo)\s+bisogno\s+di\s+(alcun\s+dato|dati)|\bn[ãa]o\s+(preciso|precisamos)\s+de\s+(nenhum\s+dado|dados)|\b(ik\s+heb|wij\s+hebben|we\s+hebben)\s+geen\s+(\p{L}+\s+)?gegevens\s+nodig" +
            @"|\bnothing\s+(is\s+)?(pending|outstanding)\s+with\s+you|\bfor\s+your\s+(records|information)\s+only\b|\bno\s+(response|reply)\s+is\s+(required|necessary|needed|expected)\b" +
            // Round 21: "No further action is needed from you at this time" closes a thank-you note.
            @"|\bno\s+(further|other)\s+action\s+is\s+(needed|required|necessary|expected)\s+(from|by|on\s+the\s+part\s+of)\s+(you|your\s+(team|company|office))\b|\byou\s+(need|have)\s+(not|no)\s+(to\s+)?(take\s+)?(any\s+)?further\s+action\b", 3, AsksForNothing),
        // A notice for information only, in the languages read: "no new request for data", "merely informative",
        // "no reply is needed", "we are not asking you to produce or preserve anything", "nothing was served on you".
        new("other", @"\b(does|do|did)\s+not\s+(request|ask\s+for|require)\s+any\s+(further|more|additional|new)\s+(records|data|information|disclosure|production)|\b(i'm|i\s+am|we're|we\s+are)\s+not\s+asking\s+(you\s+)?to\s+(produce|provide|preserve|disclose|send)\s+(or\s+\p{L}+\s+)?anything|\bnothing\s+(was|has\s+been)\s+served\s+on\s+(you|your\s+company)|\bfyi\s+only\b|\bfor\s+information\s+only\b" +
            @"|\bn[ãa]o\s+h[áa]\s+(nova|nenhuma)\s+(requisi[çc][ãa]o|solicita[çc][ãa]o|ordem)|\bcar[áa]ter\s+meramente\s+informativo|\bnenhuma\s+resposta\s+[ée]\s+necess[áa]ria|\b(a\s+t[íi]tulo|con\s+car[áa]cter)\s+(meramente\s+)?informativo|\bno\s+(se\s+requiere|es\s+necesaria)\s+(ninguna\s+)?respuesta|\bno\s+(le|les)\s+(solicitamos|pedimos)\s+nada" +
            @"|\baucune\s+r[ée]ponse\s+n'est\s+(n[ée]cessaire|requise|attendue)|\bnous\s+ne\s+vous\s+demandons\s+rien|\b[àa]\s+titre\s+(purement\s+)?informatif|\b(keine|eine)\s+antwort\s+ist\s+nicht\s+erforderlich|\bkeine\s+(antwort|r[üu]ckmeldung|reaktion)\s+(ist\s+)?(erforderlich|n[öo]tig|notwendig)|\b(dient|dienen)\s+(lediglich|nur|ausschlie[ßs]lich)\s+(der|zur)\s+(information|kenntnisnahme)|\bwir\s+(fordern|verlangen|erbitten)\s+(nichts|keine\s+weiteren\s+daten)" +
            @"|\bnon\s+[èe]\s+(necessaria|richiesta)\s+(alcuna\s+)?risposta|\ba\s+titolo\s+(puramente\s+|meramente\s+)?informativo|\bnon\s+vi\s+(chiediamo|chiedo)\s+(nulla|niente)|\b(wij|we|ik)\s+vra(ag|gen)\s+(u\s+)?niets|\b(er\s+is\s+)?geen\s+(reactie|antwoord)\s+(is\s+)?(nodig|vereist)|\b(wij|we|ik)\s+vra(ag|gen)\s+(\p{L}+\s+)?geen\s+(\p{L}+\s+)?gegevens", 3, AsksForNothing),
        // A notice that the case is closed: the process it names was served before and nothing is asked now
        // (NonProcess weighs it against any command in the text).
        new("other", @"\b(investigation|case|matter|inquiry|proceedings?)\b[^.;]{0,100}\b(has|have)\s+been\s+(closed|concluded|dismissed|terminated)\b|\b(investigation|case|matter|inquiry)\s+(is|was)\s+(now\s+)?(closed|concluded|dismissed)\b" +
            @"|\benqu[êe]te\s+(a\s+[ée]t[ée]\s+|est\s+)(cl[ôo]tur[ée]e|class[ée]e)|\bverfahren\s+(wurde|ist)\s+(\p{L}+\s+)?eingestellt|\b(caso|procedimiento|expediente)\s+(ha\s+sido|fue)\s+(archivad|sobrese[ií]d)[oa]|\bprocedimento\s+[èe]\s+stato\s+archiviato|\b(inqu[ée]rito|processo)\s+foi\s+arquivado|\bonderzoek\s+is\s+(afgesloten|geseponeerd|be[ëe]indigd)" +
            // The same with the case's other names and the prosecutor's closing words: "l'affaire a été classée sans
            // suite", "la causa è stata archiviata", "die Sache wurde eingestellt", "de zaak is geseponeerd".
            @"|\b(affaire|proc[ée]dure|dossier|plainte)\b[^.;]{0,100}\b(a\s+[ée]t[ée]|est)\s+(cl[ôo]tur[ée]e?|class[ée]e?|close?)\b|\bclass(ement|[ée]e?)\s+sans\s+suite\b|\b(causa|indagine|denuncia|querela)\b[^.;]{0,80}\b[èe]\s+stata\s+archiviata|\b(sache|ermittlungsverfahren)\s+(wurde|ist)\s+(\p{L}+\s+)?eingestellt|\b(zaak|onderzoek)\s+is\s+(\p{L}+\s+)?geseponeerd|\b(causa|investigaci[óo]n|diligencias)\b[^.;]{0,80}\b(ha\s+sido|han\s+sido|fue|fueron)\s+(archivad|sobrese[ií]d)[oa]s?|\b(investiga[çc][ãa]o|caso)\b[^.;]{0,80}\bfoi\s+arquivad[oa]", 1.5, CaseClosed),
        // Issue 11 round 9: a private person (a victim) asking whether or how to go to the police; a police force or
        // a court never asks that of a provider. "¿Tengo que ir yo a la Guardia Civil?", "dois-je porter plainte",
        // "muss ich zur Polizei gehen", "should I go to the police": it writes as itself, whatever force it names.
        new("other", VictimAsksHowToReport, 3, AsksHowToReport),
        new("other", PrivatePersonWrites, 3, WritesAsPrivatePerson),
        // Issue 11 round 10: a reply saying the records came and nothing more is needed, or that the provider may close
        // its file, in the seven languages read: "nous n'avons besoin de rien d'autre", "No precisamos nada más; pueden
        // dar por cerrada la solicitud", "wir benötigen nichts weiter", "you may close this request".
        new("other", @"\b(we|i)\s+(need|require)\s+nothing\s+(else|further|more)\b|\b(we|i)\s+(do\s+not|don't)\s+need\s+anything\s+(else|further|more)\b|\byou\s+(may|can)\s+(now\s+)?close\s+(the|this|your)\s+(request|file|matter|ticket)\b" +
            @"|\bn'(avons|ai)\s+besoin\s+de\s+rien\s+(d'autre|de\s+plus)|\b(le\s+dossier|la\s+demande)\s+(d'enqu[êe]te\s+)?peut\s+[êe]tre\s+(ferm[ée]e?|cl[ôo]tur[ée]e?|class[ée]e?)|\bvous\s+pouvez\s+(fermer|clore|cl[ôo]turer|classer)\s+(le\s+dossier|la\s+demande|votre\s+dossier)" +
            @"|\bno\s+(precisamos|necesitamos|requerimos)\s+nada\s+m[áa]s|\bpueden?\s+dar\s+por\s+(cerrad|finalizad|concluid)[oa]\s+(la\s+solicitud|el\s+requerimiento|el\s+expediente|la\s+petici[oó]n)" +
            @"|\bn[ãa]o\s+(precisamos|necessitamos)\s+de\s+mais\s+nada|\bpodem\s+(dar\s+por\s+(encerrad|conclu[ií]d)[oa]|encerrar|arquivar)\s+(o\s+pedido|a\s+solicita[çc][ãa]o|o\s+processo|o\s+expediente)" +
            @"|\bwir\s+(ben[öo]tigen|brauchen)\s+(nichts\s+(weiter|mehr)|keine\s+weiteren\s+(daten|unterlagen|ausk[üu]nfte))|\bsie\s+k[öo]nnen\s+(den\s+vorgang|die\s+anfrage|das\s+ersuchen)\s+(schlie[ßs]en|abschlie[ßs]en)" +
            @"|\bnon\s+(abbiamo|ho)\s+bisogno\s+di\s+(nient'altro|altro|null'altro)|\bpotete\s+(chiudere|archiviare)\s+(la\s+richiesta|la\s+pratica|il\s+fascicolo)" +
            @"|\b(wij|we|ik)\s+(hebben|heb)\s+niets\s+meer\s+nodig|\bu\s+kunt\s+(het\s+verzoek|het\s+dossier|de\s+zaak)\s+(sluiten|afsluiten)" +
            // Round 11: "you need not supply any further data" ("U hoeft geen verdere gegevens te verstrekken").
            @"|\bu\s+hoeft\s+(ons\s+)?geen\s+(verdere\s+|andere\s+|nieuwe\s+)?(gegevens|informatie|stukken)\s+(meer\s+)?(te\s+)?(verstrekken|leveren|sturen|toe\s+te\s+sturen|aan\s+te\s+leveren)" +
            @"|\byou\s+(need\s+not|do\s+not\s+need\s+to|don't\s+need\s+to|are\s+not\s+required\s+to)\s+(provide|produce|send|supply|disclose)\s+(us\s+)?(any\s+)?(further|more|additional)\s+(data|records|information)", 3, AsksForNothing),
        // A notice that asks for no more data: "aucune donnée supplémentaire n'est demandée", "no further data is requested".
        new("other", @"\b(no|nor)\s+(further|additional|more)\s+(data|records|information)\s+(is|are)\s+(being\s+)?(requested|sought|required|needed)\b|\baucune\s+(autre\s+donn[ée]e|donn[ée]e\s+suppl[ée]mentaire)\s+n'est\s+(plus\s+)?(demand[ée]e|requise|sollicit[ée]e)|\bno\s+se\s+(solicitan|requieren|piden)\s+(m[áa]s|otros)\s+datos|\bnon\s+sono\s+richiesti\s+(ulteriori|altri)\s+dati|\bn[ãa]o\s+s[ãa]o\s+(solicitados|pedidos|requeridos)\s+(mais|outros)\s+dados|\bweitere\s+daten\s+werden\s+nicht\s+(angefordert|ben[öo]tigt|erbeten)|\ber\s+worden\s+geen\s+(verdere|andere)\s+gegevens\s+(meer\s+)?(gevraagd|gevorderd)", 3, AsksForNothing),
        new("other", @"(we\s+are|i\s+am|i'm|we're)\s+not\s+(a\s+|an\s+)?(law\s+enforcement|government|police|public\s+authority|authority)|(wir\s+sind|ich\s+bin)\s+keine\s+(beh[oö]rde|polizei)|je\s+ne\s+suis\s+pas\s+(de\s+la\s+police|policier|une\s+autorit)|nous\s+ne\s+sommes\s+pas\s+une\s+autorit|[aà]\s+titre\s+personnel|no\s+somos\s+(una\s+)?autoridad|(wij\s+zijn|ik\s+ben)\s+geen\s+(overheid|politie|autoriteit|instantie)", 3, "writer says it is not an authority"),
        new("other", @"(gdpr|rgpd|dsgvo|avg|lgpd|uk\s+gdpr)[^.\n]{0,40}\b(art(icle|ikel|[ií]culo|igo|icolo)?\.?)\s*15\b|\b(art(icle|ikel|[ií]culo|igo|icolo)?\.?)\s*15\b[^.\n]{0,25}(gdpr|rgpd|dsgvo|avg|lgpd)|subject\s+access\s+request|droit\s+d'acc[eè]s|derecho\s+de\s+acceso|direito\s+de\s+acesso|diritto\s+di\s+accesso|inzageverzoek|recht\s+op\s+inzage|auskunftsrecht|copy\s+of\s+(all\s+)?(of\s+)?my\s+(own\s+|personal\s+)?(data|information)", 3.5, OwnData),
        new("other", @"\bDMCA\b|digital\s+millennium\s+copyright|notice\s+of\s+(claimed\s+)?infringement|17\s*U\.?\s*S\.?\s*C\.?\s*(§+\s*)?512\s*\(\s*c|copyright\s+(infringement|owner|agent|holder)|takedown\s+notice|urheberrechtsverletzung|droit\s+d'auteur|derechos?\s+de\s+autor|direitos?\s+autora(is|l)|diritto\s+d'autore|auteursrecht", 3, TakedownNotice),
        // Notice-and-action by a rights holder or any person (EU DSA art. 16, French LCEN, German NetzDG): asks to
        // remove content, not to disclose data.
        new("other", @"notice[\s-]and[\s-]action|(article|art\.?)\s*16\s+(du\s+|of\s+the\s+|des\s+|del\s+|do\s+|della\s+|van\s+de\s+)?(r[èe]glement|regulation|verordnung|reglamento|regulamento|regolamento|verordening)?\s*\(?(ue|eu)\)?\s*2022/2065|\bDSA\b[^.\n]{0,40}(notice|notification|meldung|notifica|notificaci[oó]n|notifica[çc][ãa]o|melding)|\bLCEN\b|notification\s+de\s+contenus?\s+illicites?|meldung\s+(rechtswidriger|illegaler)\s+inhalte|\bNetzDG\b|notificaci[oó]n\s+de\s+contenidos?\s+il[ií]citos?|notifica[çc][ãa]o\s+de\s+conte[uú]dos?\s+il[ií]citos?|segnalazione\s+di\s+contenuti\s+illeciti|melding\s+van\s+illegale\s+inhoud" +
            @"|trademark\s+(infringement|owner|holder)|counterfeit\s+(goods|products|items)|titulaire\s+de\s+la\s+marque|markenrechtsverletzung|markeninhaber|falsificaci[oó]n\s+de\s+marca|titular\s+de\s+la\s+marca|titular\s+da\s+marca|titolare\s+del\s+marchio|merkinbreuk|namaak(producten|goederen)?" +
            // Round 23: counterfeiting as a rights holder's grievance only: "contrefaçon de monnaie" (forged money) is a
            // crime a prosecutor investigates.
            @"|contrefa[çc]on\s+(de\s+(la\s+|sa\s+|notre\s+|nos\s+|ses\s+)?(marques?|produits|marchandises|brevets?|dessins|mod[èe]les|logiciels?)|en\s+ligne)|(produits?|articles?)\s+de\s+contrefa[çc]on|action\s+en\s+contrefa[çc]on" +
            @"|contrafa[çc][ãa]o\s+de\s+(marcas?|produtos|mercadorias)|produtos?\s+contrafeitos?|contraffazione\s+(del\s+|dei\s+|di\s+)?(marchi?o?|prodotti|merci)|prodotti\s+contraffatti", 3, TakedownNotice),
        // A user's own data (GDPR art. 15, LGPD art. 18 and the like), in the user's own words.
        new("other", @"\blgpd\b[^.\n]{0,40}\b(art(igo)?\.?)\s*18\b|\b(art(igo)?\.?)\s*18\b[^.\n]{0,60}(lgpd|13\.?709)|(sou|como)\s+(o\s+|a\s+)?titular\s+(da\s+conta|dos\s+dados)|titular\s+dos\s+dados|c[óo]pia\s+de\s+(todos\s+)?(os\s+)?(meus\s+)?dados|(acesso|acceso)\s+a\s+(los\s+|aos\s+)?(mis|meus)\s+(propios\s+|pr[óo]prios\s+)?dados|copia\s+de\s+(todos\s+)?(mis|los)\s+datos|(copie|acc[èe]s)\s+([àa]\s+)?(de\s+)?(toutes\s+)?(mes|les)\s+donn[ée]es\s+(personnelles\s+)?(me\s+concernant)?|kopie\s+(aller\s+)?(meiner|der\s+mich\s+betreffenden)\s+(personenbezogenen\s+)?daten|copia\s+(di\s+tutti\s+)?(dei\s+)?miei\s+dati|kopie\s+van\s+(al\s+)?mijn\s+(persoons)?gegevens|(my|meine|mes|mis|meus|miei|mijn)\s+(own\s+|eigenen\s+|propres\s+|propios\s+|pr[óo]prios\s+)?(account|konto|compte|cuenta|conta|account)\s+(data|daten|donn[ée]es|datos|dados|dati|gegevens)" +
            @"|\bmy\s+own\s+(login|sign-?in|account|ip|data|records|information|messages|history|activity)|\b(mi|mon|ma|minha|meu|mein(em|es|er)?|mijn|il\s+mio|del\s+mio|mio)\s+(propia|propio|propre|pr[óo]pria|pr[óo]prio|eigene[ms]?|eigen|proprio)\s+(cuenta|perfil|compte|profil|conta|konto|nutzerkonto|account|profilo|profiel)\b|\b(asking|writing|request(ing)?)\s+as\s+the\s+account\s+(owner|holder)|\bi\s+am\s+the\s+(account\s+(owner|holder)|owner\s+of\s+the\s+account)", 3.5, OwnData),
        // An order whose only business is ending a gag or unsealing: it asks for nothing.
        new("other", @"order\s+(terminating|lifting|vacating|dissolving|rescinding|ending)\s+(the\s+)?((18\s*U\.?\s?S\.?\s?C\.?\s*)?(§+\s*)?2705\s*\(\s*[ab]\s*\)\s+)?(delay(ed)?\s+(of\s+)?notic|non-?disclosure|nondisclosure|gag|(prior\s+)?order\s+(delaying|precluding|prohibiting)|sealing)|(aufhebung|beendigung)\s+(des|der)\s+(geheimhaltung|benachrichtigungsverbot|zur[üu]ckstellung)|lev[ée]e\s+de\s+(la\s+)?(confidentialit[ée]|l'interdiction\s+d'informer)|(levantamiento|alzamiento)\s+del?\s+(secreto|la\s+prohibici[óo]n)|se\s+ha\s+alzado\s+el\s+secreto|levantamento\s+do\s+(sigilo|segredo)|lev[ée]e\s+du\s+secret\b|revoca\s+del\s+(segreto|divieto)|opheffing\s+van\s+(de\s+)?(geheimhouding|zwijgplicht)" +
            // Issue 11 round 15: a clerk's notice that the court granted a motion to end the gag ("granted the
            // Government's motion to vacate the non-disclosure order"; "the prohibition on notifying ... is lifted").
            @"|(motion|application|request|petition)\s+to\s+(vacate|lift|terminate|dissolve|rescind|set\s+aside)\s+(the\s+)?(non-?disclosure|nondisclosure|gag|delayed[\s-]notice|sealing|preclusion)|prohibition\s+on\s+(notifying|disclosing|notice)\s+[^.;]{0,60}\b(is|has\s+been)\s+(hereby\s+)?(lifted|vacated|terminated|dissolved)" +
            // Round 18: an EU certificate's deferral of informing the user lifted by letter ("Opheffing uitstel informeren
            // gebruiker", "Aufhebung der Zurückstellung der Unterrichtung", "levée du report de l'information", "revoca del
            // differimento", "levantamiento del aplazamiento", "lifting of the deferral of notice"): a new request it is not.
            @"|opheffing\s+(van\s+(het\s+)?)?(uitstel|opschorting)\s+(van\s+(het\s+)?)?(informeren|kennisgeving|informatie)|(aufhebung|beendigung)\s+(des\s+aufschubs|der\s+zur[üu]ckstellung)\s+(der|zur)\s+(unterrichtung|benachrichtigung)|lev[ée]e\s+du\s+(report|diff[ée]r[ée])\s+de\s+l'information|revoca\s+del\s+(differimento|rinvio)\s+dell'informazione|(levantamiento|alzamiento)\s+del\s+aplazamiento\s+de\s+la\s+(informaci[oó]n|notificaci[oó]n)|levantamento\s+do\s+adiamento\s+da\s+(informa[çc][ãa]o|notifica[çc][ãa]o)|lifting\s+(of\s+)?the\s+(deferral|delay|postponement)\s+of\s+(the\s+)?(notice|information|notification)", 3, LiftsGagOnly),
        // "Litigation is reasonably anticipated": the words that start a private party's duty to keep its own
        // documents, not a governmental request to preserve a user's records.
        new("other", @"litigation\s+hold|(demand|request|notice)\s+to\s+preserve\s+evidence|spoliation|litigation\s+(is\s+)?(reasonably\s+)?(anticipated|foreseeable)|(reasonable\s+)?anticipation\s+of\s+litigation", 2.5, "a private party's litigation hold"),
        // A process server's return or affidavit of service reports that process was served; it is not the process
        // (NonProcess weighs it against any command in the text, as it does a closed case). Not "I served the
        // attached subpoena": that is the covering note of the subpoena itself.
        // Round 23: not a warrant's instruction where to send it back ("Return of service and records to: SA ...").
        new("other", @"\bclerk'?s\s+notice\s+of\s+(continuance|hearing)\b|\bnotice\s+of\s+(continued|rescheduled|continuance\s+of)\s+hearing\b|\bhearing\b[^.;]{0,80}\bhas\s+been\s+(continued|rescheduled|reset|vacated|taken\s+off\s+calendar)\b", 1.5, SchedulingNotice),
        new("other", @"\b(affidavit|declaration|proof)\s+of\s+service\b|^[ \t]*return\s+of\s+service[ \t]*:?[ \t]*$|\breturn\s+of\s+service\s+(executed|form|filed|completed)\b|\b(this|the\s+attached|the\s+enclosed|my|our)\s+return\s+of\s+service\b", 1.5, ServiceReported),
        // A court or a party holding production back until a ruling ("should not produce any information responsive
        // to the subpoena until the Court rules"): nothing is to be produced on this paper.
        new("other", @"\b(should|shall|must|need|will)\s+not\s+produce\b[^.;]{0,80}\buntil\b|\bhold\s+(its|your|the)\s+(response|production)\s+pending\b", 3, AsksForNothing),
        // Issue 11 round 11: a notice that closes what it refers to asks for nothing more: "No further production is
        // requested", "Aucune nouvelle donnée n'est demandée", "Nada mais é solicitado", "o pedido está integralmente
        // satisfeito", "We will not be serving further process".
        new("other", @"\bno\s+(further|additional|more)\s+(production|process|disclosure)\s+(is|will\s+be)\s+(being\s+)?(requested|sought|required|served)\b|\b(we|i)\s+will\s+not\s+be\s+serving\s+(any\s+)?(further|additional)\s+process\b" +
            @"|\baucune\s+(nouvelle|autre)\s+(donn[ée]e|information|demande)\s+n'est\s+(plus\s+)?(demand[ée]e|requise|sollicit[ée]e)|\bnada\s+m[áa]s\s+(se\s+)?(solicita|requiere|pide)\b|\bnada\s+mais\s+(lhes\s+|vos\s+)?([ée]\s+)?(solicitado|pedido|requerido|requisitado)\b" +
            @"|\b(o\s+)?pedido\s+(est[áa]|fica|foi)\s+(integralmente\s+|totalmente\s+|plenamente\s+)?(satisfeito|cumprido|atendido)\b|\bnient'altro\s+[èe]\s+richiesto|\b(es\s+)?wird\s+nichts\s+(weiter(es)?|mehr)\s+(angefordert|ben[öo]tigt|erbeten|verlangt)|\ber\s+wordt\s+niets\s+meer\s+(gevraagd|gevorderd)", 3, AsksForNothing),
        new("other", @"certificat(e|ion)\s+of\s+authenticity|business\s+records\s+certification|custodian\s+(of\s+records\s+)?(certification|declaration|affidavit)|902\s*\(\s*11\s*\)", 2.5, "records certification request"),
    ]);

    /// <summary>Issue 11 round 16: cues read as a family of their own, after the words they need were seen: added to
    /// <see cref="Set"/>, its automaton grows past the size at which .NET's non-backtracking engine loses matches at a
    /// text's end (CueSetHistoryTests). A typical request holds none of the words and pays one vectorised search.</summary>
    public static readonly CueSet Round16 = new(
    [
        // Issue 11 round 16: the account holder's signed consent to disclosure (18 U.S.C. 2702(b)(3), (c)(2)) sent by
        // the holder's lawyer, an insurer or the police, in the seven languages read: "signed and notarized consent",
        // "Authorization for Release of Account Information", "consentimiento firmado de la titular", "consentimento
        // expresso e por escrito", "consenso espresso e sottoscritto", "consentement écrit", "schriftliche
        // Einwilligung", "schriftelijke toestemming". The holder asks for their own data through another: no process.
        new("other", @"\b((signed|written|notari[sz]ed|express)(\s+(and|&)\s+(signed|written|notari[sz]ed|dated|witnessed))?\s+(consent|authori[sz]ation\s+(for|to)\s+(the\s+)?(release|disclos))|consent\s+to\s+(the\s+)?(release|disclosure)\s+of|authori[sz]ation\s+for\s+(the\s+)?release\s+of|consent-based\s+request" +
            @"|consentimiento\s+(expreso|firmado|escrito|por\s+escrito)|consentimento\s+(expresso|assinado|escrito|por\s+escrito)|termo\s+de\s+consentimento|consenso\s+(espresso|scritto|firmato|sottoscritto)|modulo\s+di\s+consenso|consentement\s+([ée]crit|sign[ée]|expr[eè]s)|formulaire\s+de\s+consentement" +
            @"|(schriftliche|unterzeichnete|unterschriebene|ausdr[üu]ckliche)[nr]?\s+(einwilligung|einverst[äa]ndniserkl[äa]rung|zustimmung)|einwilligungserkl[äa]rung|(schriftelijke|ondertekende|getekende|uitdrukkelijke)\s+toestemming|toestemmingsverklaring" +
            // The holder's own express authorization: "I expressly authorize", "autorizo expresamente", "solicitar e
            // autorizar expressamente", "j'autorise expressément", "autorizzo espressamente", "ich willige ausdrücklich
            // ein", "ik geef uitdrukkelijk toestemming".
            @"|i\s+(hereby\s+)?expressly\s+(authori[sz]e|consent)|autoriz(o|ar|amos)\s+expresamente|autoriz(o|ar|amos)\s+expressamente|j'autorise\s+express[ée]ment|autorizzo\s+espressamente|(ich|wir)\s+(willige|willigen|stimme|stimmen)\s+(hiermit\s+)?ausdr[üu]cklich|(ik|wij)\s+(geef|geven)\s+(hierbij\s+)?uitdrukkelijk\s+toestemming)\b", 3.5, ConsentBased),
        // Issue 11 round 16: an order or notice about a gag (extending it, lifting it) says it asks for no records in its
        // own words: "This Order does not require the production of any additional records", "Aucune nouvelle demande
        // de renseignements n'est formulée par la présente", "no se formula ninguna nueva solicitud", "es wird kein
        // neues Ersuchen gestellt", "non si formula alcuna nuova richiesta", "er wordt geen nieuw verzoek gedaan".
        new("other", @"\b(does|do|did|shall)\s+not\s+(require|request|compel|command|seek)\s+(the\s+)?(production|disclosure)\s+of\s+any\s+(further\s+|more\s+|additional\s+|new\s+|other\s+)?(records|data|information)\b" +
            @"|\baucune\s+(nouvelle|autre)\s+demande(\s+de\s+\p{L}+)?\s+n'est\s+(formul[ée]e|pr[ée]sent[ée]e|faite|adress[ée]e)|\bno\s+se\s+(formula|realiza|presenta)\s+(ninguna\s+)?(nueva|otra)\s+solicitud|\bn[ãa]o\s+([ée]\s+)?(se\s+)?(formula|formulad[oa]|apresenta|apresentad[oa])\s+(qualquer\s+|nenhum\s+|nenhuma\s+)?(novo|nova|outro|outra)\s+(pedido|solicita[çc][ãa]o)" +
            @"|\bnon\s+(si\s+)?(formula|viene\s+formulata)\s+(alcuna\s+)?(nuova|ulteriore|altra)\s+richiesta|\b(wird|werden)\s+(hiermit\s+)?kein(e)?\s+(neue[sn]?|weitere[sn]?)\s+(ersuchen|anfrage|auskunftsersuchen)\s+gestellt|\bgeen\s+(nieuw|verder|ander)\s+verzoek\s+(\p{L}+\s+)?(gedaan|ingediend)", 3, AsksForNothing),
        // Issue 11 round 18: the civil claim a private party has to learn who is behind an account, named by the law or
        // the leading case that gives it: the Dutch intermediary test (HR Lycos/Pessers), § 21 TDDDG, art. 145 of the
        // French code of civil procedure, the Spanish preliminary proceedings (diligencias preliminares, art. 256 LEC), a
        // Norwich order. A rights organisation or counsel invoking it makes a civil data demand, not a takedown notice.
        // Round 18: a follow-up on process already served that says it brings nothing new ("Checking on the status of the
        // search warrant I served … I'm not attaching anything new"; "no adjunto nada nuevo", "je ne joins rien de
        // nouveau", "ich füge nichts Neues bei", "non allego nulla di nuovo", "não anexo nada de novo", "ik stuur niets
        // nieuws mee"): it asks for nothing now; the case is found by its reference.
        new("other", @"\b(i'm|i\s+am|we're|we\s+are)\s+not\s+(attaching|sending|enclosing|serving)\s+anything\s+(new|further|else)\b|\bnothing\s+(new|further)\s+(is\s+)?(attached|enclosed)\b" +
            // Round 27: "No new process is being served with this e-mail", "No further action needed on your end".
            @"|\bno\s+new\s+(legal\s+)?process\s+is\s+(being\s+)?(served|attached|sent|enclosed)\b|\bno\s+(further|other)\s+action\s+(is\s+)?(needed|required|necessary)\s+(on\s+your\s+(end|side|part)|from\s+(you|your\s+(team|company|office)))\b" +
            @"|\bno\s+(adjunto|adjuntamos|env[ií]o|enviamos)\s+nada\s+nuevo\b|\bje\s+ne\s+(joins|vous\s+envoie|transmets)\s+rien\s+de\s+nouveau\b|\b(ich|wir)\s+(f[üu]ge|f[üu]gen|sende|senden)\s+nichts\s+neues\b|\bnon\s+(allego|alleghiamo|invio|inviamo)\s+nulla\s+di\s+nuovo\b|\bn[ãa]o\s+(anexo|anexamos|envio|enviamos)\s+nada\s+de\s+novo\b|\b(ik|wij|we)\s+(stuur|sturen|voeg|voegen)\s+niets\s+nieuws\b", 3, AsksForNothing),
        // Round 20: a caption against a company ("Kessler v. Arbor Health Systems, Inc."), and a subpoena to a non-party,
        // are litigation between private parties ("State v. John Doe" is not: a criminal case names an unknown suspect
        // so). Here, apart from the main family, whose automaton these would grow.
        new("civil", @"\b(v\.|vs\.?|versus)\s+[\p{L}&.\-]+(\s+[\p{L}&.\-]+){0,4},?\s+(LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLP|L\.P\.)", 2.5, "a case between private parties"),
        new("civil", @"\bnon-?\s?party\s+(subpoena|discovery)", 2, "a subpoena to a non-party in litigation"),
        // Round 20: a status follow-up on process served earlier (Detection/StatusFollowUp) asks for nothing now.
        new("other", StatusFollowUp.ServedBefore, 1, FollowsUpServed),
        // Round 24: the writer says in so many words that this is no new request ("Non si tratta di una nuova richiesta:
        // l'ordine europeo di produzione seguirà"), in the seven languages read. Weighed high: the order it announces in the
        // same sentence ("seguirà a breve") scales the sentence down as a mention of later process.
        new("other", @"\bthis\s+is\s+not\s+a\s+new\s+request\b|\bil\s+ne\s+s'agit\s+pas\s+d'une\s+nouvelle\s+(demande|r[ée]quisition)\b|\bno\s+se\s+trata\s+de\s+una\s+nueva\s+solicitud\b|\bn[ãa]o\s+se\s+trata\s+de\s+um\s+novo\s+pedido\b|\bnon\s+si\s+tratta\s+di\s+una\s+nuova\s+richiesta\b|\bes\s+handelt\s+sich\s+nicht\s+um\s+ein\s+neues\s+(ersuchen|auskunftsersuchen|anfrage)\b|\bdit\s+is\s+geen\s+nieuw\s+verzoek\b", 6, AsksForNothing),
        // Round 26: the writer says the request is still to come ("I'm not sending a request yet, just trying to get it
        // right", "Before I write anything up I'd like to know what you require").
        new("other", @"\b(i'm|i\s+am|we're|we\s+are)\s+not\s+(yet\s+)?(sending|submitting|serving|filing)\s+(you\s+)?(a|any|the)\s+(\p{L}+\s+)?(request|process|subpoena|warrant|order)(\s+yet)?\b|\bbefore\s+(i|we)\s+(write|draft|send|submit|serve|prepare)\s+(anything|a\s+(request|warrant|subpoena|order)|the\s+(request|warrant|subpoena|order))(\s+up)?\b" +
            // And a general question in the writer's words ("es handelt sich nur um eine allgemeine Anfrage", "Bevor wir
            // Anfragen stellen", "il s'agit simplement d'une question générale").
            @"|\b(it\s+is|it's|this\s+is)\s+(only|just|simply|merely|purely)\s+a\s+general\s+(question|enquiry|inquiry)\b|\b(nur|lediglich)\s+um\s+eine\s+allgemeine\s+(anfrage|frage)\b|\bbevor\s+(wir|ich)\s+(\p{L}+\s+){0,2}(anfragen|ersuchen|auskunftsersuchen)\s+(stellen|senden|richten)\b" +
            @"|\bil\s+s'agit\s+(seulement|simplement|uniquement)\s+d'une\s+(question|demande)\s+g[ée]n[ée]rale\b|\bse\s+trata\s+(solo|s[óo]lo|simplemente|[úu]nicamente)\s+de\s+una\s+(consulta|pregunta)\s+general\b|\btrata-se\s+(apenas|somente|simplesmente)\s+de\s+uma\s+(consulta|pergunta)\s+geral\b" +
            @"|\bsi\s+tratta\s+(solo|soltanto|semplicemente)\s+di\s+una\s+(domanda|richiesta)\s+generale\b|\bhet\s+gaat\s+(slechts|alleen|enkel|louter)\s+om\s+een\s+algemene\s+(vraag|informatievraag)\b", 6, AsksForNothing),
        new("civil", @"\blycos\s*/\s*pessers\b|\bpessers\b|\b(§\s*)?21\s*(abs(atz|\.)?\s*\d\s*)?TDDDG\b|\bnorwich\s+(order|pharmacal|application)|\bordonnance\s+(de\s+type\s+)?norwich\b|\bart(icle|\.)?\s*145\s+(du\s+)?(code\s+de\s+proc[ée]dure\s+civile|CPC)\b|\bdiligencias\s+preliminares\b|\bart(\.|[íi]culo)?\s*256\s+(de\s+la\s+)?(LEC|ley\s+de\s+enjuiciamiento\s+civil)\b", 4.5, CivilDisclosureClaim),
    ]);

    private static readonly System.Buffers.SearchValues<string> Round16Words = System.Buffers.SearchValues.Create(
        ["consent", "consens", "authori", "autori", "willig", "einverst", "zustimmung", "ausdr", "toestemming",
         "not require", "not request", "not compel", "not command", "not seek", "aucune", "formula", "presenta", "realiza", "kein", "geen",
         "pessers", "tdddg", "norwich", "145", "preliminares", "256", "anything new", "anything further", "anything else", "nothing new", "nothing further", "nada nuevo", "rien de nouveau", "nichts neues", "nulla di nuovo", "nada de novo", "niets nieuws",
         "follow", "checking", "writing to", "suite", "seguimiento", "seguimento", "relaci", "seguito", "aanleiding", "vervolg", "bezugn",
         // Round 24: the words of every language's "we sent you" and reminder (StatusFollowUp.ServedBefore).
         "hebben", "avons", "remit", "enviamos", "abbiamo", "haben wir", "relanc", "sollecit", "ricordiamo", "recordamos", "reiteramos", "relembramos", "erinnern", "herinneren",
         "new request", "nouvelle", "nueva", "novo pedido", "nuova", "neues", "nieuw",
         // Round 26: a request still to come ("not sending a request yet", "before I write anything up").
         "no new process", "no further action", "no other action", "not sending", "not submitting", "not serving", "not filing", "before i ", "before we ", "general q", "general e", "general i", "allgemeine", "bevor", "d'une question", "d'une demande", "consulta", "pergunta", "una domanda", "richiesta generale", "algemene",
         " v.", " vs", "versus", "non-party", "nonparty", "non party"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The hits of <see cref="Round16"/>, or none when the text holds none of its words.</summary>
    public static List<CueHit> ScanRound16(NormalizedText text, CueContext context) =>
        text.Value.AsSpan().ContainsAny(Round16Words) ? Round16.Scan(text, context) : [];
}
