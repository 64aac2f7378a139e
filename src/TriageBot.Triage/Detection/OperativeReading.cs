using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Reads what a document does with the legal words it contains: a FOIA request or a journalist's question lists
/// kinds of process without being one; a letter lifting a gag, or an application not yet granted, mentions a
/// non-disclosure order that does not bind; a statute sets some gags itself. Each answer carries its evidence.
/// </summary>
internal static class OperativeReading
{
    /// <summary>Documents that talk about legal process rather than serve it.</summary>
    private const string MentionOnlyPattern =
        @"freedom\s+of\s+information\s+act|\bFOIA\b|public\s+records\s+(act|law|request)|(publish|next|your)\s+(\w+\s+){0,3}transparency\s+report|(i\s+am|i'm)\s+(a\s+|an\s+)?(journalist|reporter|researcher|student)|(i\s+am|i'm)\s+(a|an)\s+(\p{L}+\s+){1,2}(journalist|reporter|researcher)\b|\b(for|on)\s+a\s+(story|article|piece)\s+(about|on)|press\s+inquiry|media\s+inquiry|request\s+for\s+comment" +
        @"|no\s+active\s+emergency|there\s+is\s+no\s+(active\s+)?emergency|no\s+request\s+for\s+data|nothing\s+in\s+this\s+(order|letter)\s+requires\s+the\s+production|(i\s+am|i'm)\s+writing\s+(for|as)\s+myself|(i\s+am|i'm)\s+not\s+a\s+(lawyer|police|law\s+enforcement)|(gdpr|data\s+protection)[^.\n]{0,30}\b(article|art\.?)\s*15|subject\s+access\s+request" +
        @"|\bsou\s+(usu[aá]ri[oa]|jornalista|rep[oó]rter)|ainda\s+n[ãa]o\s+existe\s+(nenhuma\s+)?ordem|n[ãa]o\s+(somos|sou)\s+(uma\s+)?autoridade" +
        @"|non\s+siamo\s+un'?\s*autorit[aà]|\bsono\s+(un\s+|una\s+)?(giornalista|utente|reporter|cronista)\b" +
        @"|\bsoy\s+(periodista|usuari[oa]|reporter[oa]|redactor(a)?)|no\s+escribo\s+en\s+nombre\s+de\s+ninguna\s+autoridad|consulta\s+de\s+prensa" +
        @"|je\s+suis\s+(journaliste|reporter|(un\s+|une\s+)?utilisat(eur|rice))|ich\s+bin\s+(journalist(in)?|reporter(in)?|redakteur(in)?|nutzer(in)?)|ik\s+ben\s+(journalist|verslaggever|reporter|gebruiker)" +
        // A writer preparing a publication asks about kinds of requests; it serves none.
        @"|(i\s+am|i'm|we\s+are|we're)\s+(working\s+on|writing|preparing|researching)\s+(an?\s+)?(article|story|piece|report|feature|investigation)\b|questions\s+for\s+(publication|an?\s+article)" +
        @"|(ik\s+werk|wij\s+werken|we\s+werken)\s+aan\s+een\s+(artikel|verhaal|reportage|publicatie)|ik\s+schrijf\s+een\s+(artikel|verhaal)|vragen\s+voor\s+(publicatie|een\s+artikel)" +
        @"|je\s+(travaille|pr[eé]pare|r[eé]dige|[eé]cris)\s+(sur\s+)?un\s+(article|reportage|sujet)|questions\s+pour\s+(publication|un\s+article)" +
        @"|ich\s+(arbeite\s+an|schreibe|recherchiere\s+f[uü]r)\s+ein(en|em|e)?\s+(artikel|beitrag|bericht|reportage)|fragen\s+f[uü]r\s+(eine\s+)?(ver[oö]ffentlichung|einen\s+artikel)" +
        @"|estoy\s+(escribiendo|preparando|trabajando\s+en)\s+un\s+(art[ií]culo|reportaje)|preguntas\s+para\s+(publicaci[oó]n|un\s+art[ií]culo)" +
        @"|estou\s+(a\s+)?(escrever|preparar|escrevendo|preparando|trabalhando\s+em)\s+(uma?\s+)?(mat[eé]ria|reportagem|artigo)" +
        @"|sto\s+(scrivendo|preparando|lavorando\s+a)\s+(un\s+articolo|un'inchiesta|un\s+servizio)|domande\s+per\s+(la\s+pubblicazione|un\s+articolo)" +
        // Issue 11 round 11: a press inquiry by its name in the other languages read, and a journalist's research
        // ("für eine Recherche zu"); and the provider's own page or policy text sent for review, which describes how
        // requests are handled and relates to no request.
        @"|presseanfrage|f[üu]r\s+eine\s+recherche\s+(zu|über|ueber)|demande\s+(de\s+)?presse|richiesta\s+(della\s+)?stampa|pedido\s+de\s+imprensa|persvraag" +
        @"|nothing\s+(here|below|in\s+(this|the)\s+(draft|page|text|document))\s+relates\s+to\s+a(ny)?\s+(live|pending|real|specific|open|current|particular)\s+(request|case|matter)|\bno\s+action\s+on\s+any\s+(case|request|matter)\b|\b(draft|copy)\s+(of\s+|for\s+)?(the\s+|our\s+)?(public\s+)?(help[\s-]cent(er|re)|policy|faq|guidelines?)\s+(page|article|text)\b|\bhelp[\s-]cent(er|re)\s+(page|article|copy)\b";

    /// <summary>Researchers asking for figures, not for anyone's data.</summary>
    private const string ResearchPattern =
        @"(i\s+am|i'm|we\s+are|we're)\s+(conducting|carrying\s+out|doing)\s+(a\s+|an\s+)?(\p{L}+\s+)?(study|research|survey)\b|assegnista\s+di\s+ricerca|(sto|stiamo)\s+(conducendo|svolgendo|realizzando)\s+(uno|un)\s+(studio|ricerca|indagine\s+accademica)" +
        @"|(ich|wir)\s+(f[üu]hre|f[üu]hren)\s+(eine\s+)?(\p{L}+\s+)?(studie|untersuchung|forschungsarbeit)\s+durch|je\s+(m[eè]ne|r[ée]alise|conduis)\s+une\s+(\p{L}+\s+)?([ée]tude|recherche)|estoy\s+(realizando|haciendo|llevando\s+a\s+cabo)\s+un\s+(\p{L}+\s+)?(estudio|trabajo\s+de\s+investigaci[oó]n)" +
        @"|estou\s+(a\s+)?(realizar|fazer|conduzir|realizando|fazendo|conduzindo)\s+um\s+(\p{L}+\s+)?(estudo|trabalho\s+de\s+pesquisa)|ik\s+(doe|verricht)\s+(een\s+)?(\p{L}+\s+)?onderzoek\s+naar" +
            // A scholar who leads a research project asks about kinds of requests, not for anyone's data ("dirijo un
            // proyecto financiado sobre...", "I lead a research project on..."); "project" keeps a police
            // investigation ("dirijo la investigación") out.
            @"|(i|we)\s+(lead|run|direct|coordinate)\s+an?\s+(\p{L}+\s+){0,2}research\s+project|(dirijo|coordino|dirigimos|coordinamos)\s+un\s+proyecto\s+(de\s+investigaci[oó]n|financiado|sobre)|(ich\s+leite|wir\s+leiten)\s+ein(\s+\p{L}+)?\s+forschungsprojekt" +
            @"|(je\s+dirige|je\s+coordonne|nous\s+menons)\s+un\s+projet\s+(de\s+recherche|financ[ée]|sur)|(dirigo|coordino|coordiniamo)\s+un\s+progetto\s+(di\s+ricerca|finanziato|sul|sulla)|(coordeno|dirijo|lidero)\s+um\s+projeto\s+(de\s+(pesquisa|investiga[çc][ãa]o)|financiado|sobre)|(ik\s+leid|wij\s+leiden)\s+een\s+onderzoeksproject" +
        // Issue 11 class 2: an academic writing as itself ("Soy profesora de Derecho Penal en la Universidad de...",
        // "ik ben onderzoeker aan de universiteit") or preparing a book, a thesis or a chapter asks about kinds of
        // requests, urgent ones too, and serves none. The institution must follow, so a teacher reporting a pupil at
        // risk is still read for the emergency.
        @"|\b(i\s+am|i'm|soy|je\s+suis|ich\s+bin|sono|sou|ik\s+ben)\s+(a\s+|an\s+|un\s+|una\s+|une\s+|um\s+|uma\s+|een\s+)?(\p{L}+\s+){0,2}(professor|professora|profesor|profesora|professeur|professeure|professorin|professore|professoressa|hoogleraar|lecturer|researcher|docent|dozent(in)?|enseignant|ma[iî]tre\s+de\s+conf[ée]rences|investigador|investigadora|chercheur|chercheuse|ricercatore|ricercatrice|pesquisador|pesquisadora|onderzoeker|doctoral\s+(student|candidate)|ph\.?d\.?\s+(student|candidate)|doctorand[oa]|doctorante?|doktorand(in)?|dottorand[oa]|doutorand[oa]|promovendus)\b[^.\n]{0,80}\b(universi\p{L}*|facult\p{L}*|hochschule|institut\p{L}*|law|derecho|droit|recht|diritto|direito|rechten|research|investigaci[oó]n|recherche|forschung|ricerca|pesquisa|onderzoek|criminolog\p{L}*)" +
            @"|\b(i\s+am|i'm|we\s+are|we're)\s+(preparing|writing|working\s+on)\s+(a|my|our)\s+(book|chapter|thesis|dissertation|paper)\b|\b(estoy|estamos)\s+(preparando|escribiendo|redactando)\s+(un|una|mi)\s+(cap[ií]tulo|libro|tesis)|\bje\s+(pr[ée]pare|r[ée]dige|[ée]cris)\s+(une|un|ma|mon)\s+(th[èe]se|chapitre|livre|m[ée]moire)\b|\bich\s+(schreibe|verfasse)\s+(eine|meine|ein)\s+(dissertation|doktorarbeit|masterarbeit|buch|kapitel)\b|\bsto\s+(preparando|scrivendo)\s+(una|la\s+mia|un)\s+(tesi|capitolo|libro)\b|\bestou\s+(a\s+)?(preparar|escrever|preparando|escrevendo)\s+(uma|a\s+minha|um)\s+(tese|disserta[çc][ãa]o|cap[ií]tulo|livro)\b|\bik\s+schrijf\s+(een|mijn)\s+(proefschrift|scriptie|boek|hoofdstuk)\b" +
        // Freedom-of-information laws by their names in the other languages read: a request under them lists kinds
        // of process without serving any.
        @"|\bwoo-?\s*verzoek|\bwet\s+open\s+overheid|\bwet\s+openbaarheid\s+van\s+bestuur|informationsfreiheitsgesetz|\bIFG-?\s*antrag|acc[eè]s\s+aux\s+documents\s+administratifs|ley\s+(19/2013\s+)?de\s+transparencia|acceso\s+a\s+la\s+informaci[oó]n\s+p[uú]blica|lei\s+de\s+acesso\s+[àa]\s+informa[çc][ãa]o|acesso\s+aos\s+documentos\s+administrativos|accesso\s+civico\s+generalizzato";

    /// <summary>Both in one pass: together they pass the default automaton size limit, so they are built with the
    /// cue families' (Text/AutomatonSize); one pass over the head of the text instead of two.</summary>
    private static readonly Regex MentionOrResearch = AutomatonSize.Build($"(?:{MentionOnlyPattern})|(?:{ResearchPattern})", Patterns.Insensitive, AutomatonSize.Family);

    /// <summary>Product and event mail (a vendor's webinar, a newsletter): it names kinds of process to sell
    /// something and serves none. Two distinct marks are needed, so one stray word in a real request does not
    /// turn it into "other".</summary>
    private static readonly Regex Marketing = Patterns.Build(
        @"\bwebinar\b|\bunsubscribe\b|\b(time|minutes)\s+[^.?!\n]{0,30}\bfor\s+a\s+(quick\s+|short\s+|brief\s+|live\s+)?demo\b|\bnewsletter\b|(book|request|schedule)\s+a\s+([\w-]+\s+){0,2}demo\b|free\s+trial|(months?|weeks?)\s+(for\s+)?free\b|\bfirst\s+\d+\s+days\s+(for\s+)?free\b|register\s+(now|today|here)|seats\s+are\s+limited|you\s+(receive|are\s+receiving|received)\s+this\s+(e-?mail|message|newsletter)|manage\s+(your\s+)?(e-?mail\s+)?(preferences|subscription)|view\s+(this\s+e-?mail\s+)?in\s+(your\s+)?browser|(our|the)\s+(ai|platform|software|solution|product)\s+(reads|flags|tracks|automates|detects|handles)" +
        // Round 17: a sales meeting offered and the seller's title ("grab 15 minutes on my calendar", "Head of
        // Partnerships"), and the product doing the work ("our requester-verification platform screened").
        @"|\b(grab|book|find|pick)\s+(\d{1,2}|a\s+few|some)\s+minutes\b|\bon\s+my\s+calendar\b|\bhead\s+of\s+(partnerships|sales|growth|business\s+development)\b|\b(account\s+executive|sales\s+director|partnerships\s+manager|enterprise\s+sales|key\s+account\s+manager(in)?)\b|\bour\s+([\p{L}-]+\s+){1,2}(platform|software|solution|product)\s+(screened|screens|verified|verifies|reviewed|reviews|processed|processes)\b" +
        @"|se\s+d[eé]sinscrire|se\s+d[eé]sabonner|d[ée]sinscription|vous\s+recevez\s+(cet|ce)\s+(e-?mail|courriel|message)|d[ée]mo\s+gratuite|essai\s+gratuit" +
        @"|darse\s+de\s+baja|cancelar\s+(la\s+)?suscripci[oó]n|recibe\s+este\s+(correo|mensaje)|demo\s+gratuita|prueba\s+gratuita" +
        @"|cancelar\s+(a\s+)?(subscri[çc][ãa]o|inscri[çc][ãa]o)|descadastr|voc[êe]\s+(est[áa]\s+)?receb(e|endo)\s+este\s+(e-?mail|mensagem)|teste\s+gr[áa]tis" +
        @"|disiscriviti|annulla\s+(l')?iscrizione|ricevi\s+questa\s+(e-?mail|mail|comunicazione)|prova\s+gratuita" +
        @"|newsletter\s+abbestellen|abmelden|sie\s+erhalten\s+diese\s+(e-?mail|nachricht)|kostenlose\s+(demo|testphase)|jetzt\s+(anmelden|registrieren)" +
        @"|uitschrijven|afmelden\s+voor|u\s+ontvangt\s+deze\s+(e-?mail|nieuwsbrief)|gratis\s+(demo|proefperiode)" +
        // A demo to book and the way out of the mailing list, in each language read: "Reserve una demo", "si no desea
        // recibir más comunicaciones, responda BAJA".
        @"|(if\s+you\s+)?no\s+longer\s+wish\s+to\s+receive|(reserv[ae]|solicit[ae]|agend[ae])\s+(una|uma)\s+demo|no\s+desea\s+recibir\s+m[áa]s|responda\s+baja|r[ée]servez\s+(une\s+)?d[ée]mo|ne\s+plus\s+recevoir\s+(nos|de|ces)|n[ãa]o\s+deseja\s+(mais\s+)?receber|prenota\s+una\s+demo|non\s+desideri\s+(pi[ùu]\s+)?ricevere|demo\s+(buchen|vereinbaren)|keine\s+(weiteren\s+)?(e-?mails|nachrichten)\s+mehr\s+(erhalten|empfangen)|plan\s+een\s+demo|geen\s+(e-?mails|berichten)\s+meer\s+ontvangen" +
        // Issue 11 round 15: a demo shown, a discount or a yearly licence offered ("in een demo van twintig minuten",
        // "30 % korting op een jaarlicentie", "20% off an annual licence", "Jahreslizenz").
        @"|\bin\s+een\s+demo\b|\been\s+demo\s+van\b|\b(a|an|our)\s+(\p{L}+|\d+)[\s-]minute\s+demo\b|\bdemo\s+(de|di|von)\s+(\p{L}+|\d+)\s+minut\p{L}*|\b\d{1,2}\s*%\s+(korting|off|discount|rabatt|de\s+r[ée]duction|de\s+remise|de\s+descuento|de\s+desconto|di\s+sconto)\b|\b(jaarlicentie|jahreslizenz|annual\s+licen[cs]e|licence\s+annuelle|licencia\s+anual|licen[çc]a\s+anual|licenza\s+annuale)\b");

    /// <summary>True when a mention-only mark is product or event mail rather than a writer who says what it is
    /// (a journalist, a FOIA requester).</summary>
    public static bool IsMarketing(string mark) => Marketing.IsMatch(mark) && !MentionOrResearch.IsMatch(mark);

    /// <summary>A gag that has been lifted, vacated or has ended.</summary>
    private static readonly Regex Lifted = Patterns.Build(
        @"\b(lift(ed|s|ing)?|vacat(e|ed|es|ing)|revok(ed|es|ing)|(is|are|was|were|has\s+been|hereby)\s+terminated|dissolv(e|ed)|rescind(ed|s)?|set\s+aside|no\s+longer\s+(in\s+(force|effect)|applies|bound|prohibited|required)|has\s+expired|expired\s+on|may\s+now\s+(notify|disclose|inform)|(denied|refused|declined|rejected)\s+(our|the|its|a)\s+(request|application|motion)|(request|application|motion)\s+(was|has\s+been)\s+(denied|refused|rejected)|(is|are)\s+(hereby\s+)?released\s+from|aufgehoben|lev[ée]e?|levantad[oa]|revogad[oa]|revocat[oa]|opgeheven|revoca|revocaci[oó]n|revoga[çc][ãa]o|aufhebung|opheffing|mainlev[ée]e" +
        // Expired, in the other languages read ("die termijn is verstreken", "ist abgelaufen", "a expiré").
        @"|(is|zijn)\s+verstreken|verstreken\s+op|(ist|sind)\s+abgelaufen|abgelaufen\s+am|endete\s+am|(a|ont)\s+expir[ée]|(est|sont)\s+expir[ée]e?s?|ha\s+(expirado|vencido)|expirou|venceu|[èe]\s+scadut[oa]|sono\s+scadut[ie]" +
        // Issue 11 round 15: an end told in plain words ("ran out on November 25"), a refusal with the gag named
        // between ("the application for preclusion of notice is DENIED"), a German lifting with its verb split ("hebe
        // ich hiermit auf"), and the writer's own word that notice may now be given ("you are free to notify the
        // customer", "einer Benachrichtigung steht nichts mehr entgegen", "vous êtes libres d'informer").
        @"|ran\s+out|(has|have)\s+run\s+out|(request|application|motion|petition)\s+[^.;]{0,120}\b(is|are|was|has\s+been)\s+(hereby\s+)?(denied|refused|rejected)|(anordnung|verf[üu]gung|beschluss|auflage)\s+(hebe|heben|hebt)\s+[^.;]{0,40}\bauf\b|\b(hebe|heben)\s+(ich|wir)\s+[^.;]{0,40}\bauf\b|steh(t|en)\s+nichts\s+(mehr\s+)?entgegen" +
        @"|(is|are)\s+(now\s+)?free\s+to\s+(notify|inform|tell|disclose)|(est|[êe]tes|sont)\s+(d[ée]sormais\s+)?libres?\s+d'(informer|aviser|notifier)|(es|son|est[áa]n?)\s+libres?\s+de\s+(informar|notificar)|([ée]|est[áa]|s[ãa]o)\s+livres?\s+(de|para)\s+(informar|notificar)|([èe]|siete|sono)\s+liber[aoie]\s+di\s+(informare|avvisare)|(bent|is|zijn)\s+vrij\s+om\s+[^.;]{0,40}\b(informeren|inlichten))\b");

    /// <summary>A gag asked for, not (yet) granted.</summary>
    private static readonly Regex AppliedOnly = Patterns.Build(
        // Round 18: an adverb or the statute between ("has separately applied under 18 U.S.C. § 2705(b) for an order").
        // Round 23: or what the application asks after the statute ("an application under 18 U.S.C. 2705(b) asking the
        // Court to preclude notice").
        @"\b(appli(ed|es|cation)\s+(\p{L}+ly\s+)?((under|pursuant\s+to)\s+[^;]{1,40}?\s+)?for|\bapplication\s+(under|pursuant\s+to)\s+[^;]{1,40}?\s+(asking|seeking|requesting)\b|\b(has|have)\s+not\s+yet\s+(decided|ruled|granted|acted|signed)\b|(has|have|will|shall|may|intends?\s+to)\s+(\p{L}+ly\s+)?(apply|seek|request|move)|(order|non-?disclosure|gag|2705\s*\(\s*b\s*\))[^.;]{0,60}\b(is|are|was|were|has\s+been|have\s+been|will\s+be|may\s+be|might\s+be|could\s+be|would\s+be|shall\s+be|can\s+be|to\s+be)\s+(not\s+)?(being\s+)?(sought|requested|applied\s+for)|(order|non-?disclosure|gag|2705\s*\(\s*b\s*\))\s+(\p{L}+\s+){0,3}(may|might|will|could|should|is\s+expected\s+to)\s+(\p{L}+\s+)?follow\b|\bapplication\s+of\s+[^.;]{1,80}\bfor\s+(an?\s+)?(\p{L}+\s+)?order\b|appli(ed|es)\s+to\s+(the|a)\s+court|appli(ed|es)\s+to\s+the\s+([\p{L}.]+\s+){1,6}court\b|has\s+not\s+(yet\s+)?been\s+ruled\s+on|application\s+is\s+pending|requested\s+\(not\s+ordered\)|\bnot\s+ordered\b|anordnung[^.;]{0,30}liegt\s+nicht\s+vor|pending\s+(before|with)|motion\s+for|we\s+(are\s+)?(asking|requesting|seeking)\s+(the\s+court|a\s+court|an?\s+order)|not\s+yet\s+(been\s+)?(granted|issued|signed)|no\s+(order|court\s+order)\s+(has\s+been|was)\s+(issued|granted|signed|obtained))\b");

    /// <summary>A party's right to challenge an order ("may apply to vary or revoke this order") is not an
    /// application for a gag.</summary>
    private static readonly Regex RightToChallenge = Patterns.Build(
        @"\b(may|can|is\s+entitled\s+to|has\s+(the\s+)?(right|liberty)\s+to)\s+(apply|move|petition)\s+(to\s+the\s+court\s+)?(to|for)\s+(vary|revoke|set\s+aside|modify|quash|discharge|challenge|review|an?\s+(variation|review))|\bliberty\s+to\s+apply\b");

    /// <summary>Words that tie a lifting or an expiry to a gag rather than to some other paper.</summary>
    private static readonly Regex GagWords = Patterns.Build(
        @"non-?\s*disclosure|nondisclosure|\bgag\b|2705\s*\(\s*b\s*\)|2709\s*\(\s*c\s*\)|secrecy|(prohibit(ed|ing|s)?|preclud(ed|ing|es)|barred|restrain(ed|ing))\s+from\s+(notif|disclos|inform|tell)|notify(ing)?\s+(its|the|your)\s+(user|subscriber|customer|account\s+holder)|geheimhaltung|sigilo|segreto|secreto|geheimhouding|confidentialit" +
        // The ban named by its own word, or the user it shields ("il divieto è revocato: potete informare l'utente").
        @"|preclusion\s+of\s+notice|delayed[\s-]notice|nicht\s+zu\s+(unterrichten|informieren|benachrichtigen)|benachrichtigung\s+(des|der)\s+(nutzers|nutzerin|kontoinhabers|betroffenen)" +
        @"|\b(divieto|verbot|interdiction|prohibici[oó]n|proibi[çc][ãa]o|verbod)\b|\b(informare|informer|informar|informieren|informeren|benachrichtigen|notificare|notificar)\s+(l'utente|l'utilisat(eur|rice)|al\s+usuario|o\s+usu[áa]rio|o\s+utilizador|den\s+(nutzer|kontoinhaber)|de\s+gebruiker)");

    private static readonly Regex Granted = Patterns.Build(
        @"\b(hereby\s+ordered|it\s+is\s+(further\s+)?ordered|(is|are|was|were|has\s+been|have\s+been)\s+(granted|issued|signed|entered|ordered)|court\s+(has\s+)?(ordered|issued|granted)|pursuant\s+to\s+(the|an?)\s+(attached|enclosed|accompanying)|accompan(y|ies|ied)|attached\s+(order|non-?disclosure))\b");

    /// <summary>Issue 11 round 14: beside a lifting, only an order made now keeps a gag in force. An amended order
    /// that vacates its gag tells the gag's history in the past ("On October 2 this Court ordered ... not to notify
    /// the subscriber"): the history binds no longer. A grant or an extension told in the past still binds.</summary>
    private static readonly Regex GrantedNow = Patterns.Build(
        @"\b(hereby\s+ordered|it\s+is\s+(further\s+)?ordered|(is|are|was|were|has\s+been|have\s+been)\s+(granted|issued|signed|entered|ordered)|court\s+(has\s+ordered|(has\s+)?(issued|granted)|(now\s+|hereby\s+)?(orders|grants|issues))|pursuant\s+to\s+(the|an?)\s+(attached|enclosed|accompanying)|accompan(y|ies)|attached\s+(order|non-?disclosure))\b");

    /// <summary>The writer asks, rather than a court or statute ordering: "we ask you not to inform the user".</summary>
    private static readonly Regex RequestOnly = Patterns.Build(
        @"\b(please|kindly|we\s+(would\s+)?(ask|request|prefer)|(i|we)\s+would\s+(appreciate|be\s+grateful)|wir\s+bitten|wir\s+ersuchen|bitte|bittet|(wird|werden)\s+(hiermit\s+)?gebeten|(es\s+)?(wird|werden)\s+(sie\s+)?gebeten|wird\s+ersucht|il\s+vous\s+est\s+demand[ée]|se\s+ruega|se\s+le\s+solicita|wordt\s+(u\s+)?verzocht|[ée]\s+solicitado|si\s+chiede|si\s+prega|chiediamo|vi\s+prego|la\s+prego|chiedo|je\s+vous\s+(prie|demande)|le\s+ruego|pe[çc]o|ik\s+verzoek|nous\s+vous\s+(prions|demandons)|merci\s+(\p{L}+\s+)?de|(nous\s+)?vous\s+remerci(ons|e)\s+(par\s+avance\s+)?de|le\s+rogamos|(le\s+)?solicitamos|pedimos|solicita-se|(wij\s+)?verzoeken|gelieve" +
        // Gratitude is a wish, not a command: "vous saurait gré de ne pas informer", "wäre dankbar".
        @"|saur(ait|ions)\s+(\p{L}+\s+)?gr[ée]|serait\s+reconnaissant|w[äa]ren?\s+(Ihnen\s+)?dankbar|agradecer[ií](a|amos)|ficar(ia|[íi]amos)\s+grat|sar(ebbe|emmo)\s+(\p{L}+\s+)?grat[aeio]|zou(den)?\s+het\s+op\s+prijs\s+stellen|would\s+(\p{L}+\s+)?be\s+grateful" +
        // Round 20: the wish reported ("they also asked us not to tell the user").
        @"|(asked|asks|requested|requests)\s+(us|you|that\s+we|that\s+you)\s+(also\s+)?(not|to\s+not|to\s+refrain|refrain))\b");

    /// <summary>Round 20: no order is at hand — the reader of a forwarded request finds none ("I don't see an order
    /// attached"), or the writer will seek it later ("We will obtain a court order on that point if needed", "wir werden
    /// ggf. einen Beschluss erwirken"): a wish not to notify beside it binds nobody yet.</summary>
    private static readonly Regex OrderToCome = Patterns.Build(
        @"\b(i|we)\s+(don't|do\s+not|did\s+not|didn't|can't|cannot|could\s+not|couldn't)\s+(see|find)\s+(an?|any)\s+(\p{L}+\s+){0,2}order\b|\bno\s+(\p{L}+\s+)?order\s+(is|was)\s+(attached|enclosed)\b|" +
        @"\b(we|i)\s+(will|would|shall|can|could|may|might|intend\s+to|plan\s+to)\s+(\p{L}+\s+)?(obtain|seek|apply\s+for|request|get|move\s+for)\s+(a|an|the)\s+(\p{L}+\s+){0,2}order\b" +
        @"|\b(wir|ich)\s+(werden|w[üu]rden|k[öo]nnen)\s+(\p{L}+\s+){0,3}(beschluss|anordnung)\s+(\p{L}+\s+)?(erwirken|beantragen|einholen)|\bnous\s+(solliciterons|obtiendrons|demanderons|pourrons\s+(solliciter|obtenir|demander))\s+(une|l')\s*(ordonnance|d[ée]cision)" +
        @"|\b(solicitaremos|obtendremos|pediremos|podremos\s+(solicitar|obtener))\s+(una|la)\s+(orden|resoluci[óo]n)|\b(solicitaremos|obteremos|pediremos|poderemos\s+(solicitar|obter))\s+(uma|a)\s+(ordem|decis[ãa]o)" +
        @"|\b(chiederemo|otterremo|richiederemo|potremo\s+(chiedere|ottenere))\s+(un|il)\s+(ordine|provvedimento|decreto)|\b(wij|we|ik)\s+(zullen|zal|kunnen)\s+(\p{L}+\s+){0,3}(bevel|beschikking)\s+(\p{L}+\s+)?(vragen|vorderen|aanvragen)");

    /// <summary>The writer says no order forbids notice: "Eine gerichtliche Anordnung hierzu liegt nicht vor", "no
    /// non-disclosure order has been issued". A wish not to inform the user beside it binds nobody.</summary>
    private static readonly Regex NoOrder = Patterns.Build(
        @"\b(is|are|was|were)\s+not\s+(accompanied\s+by|subject\s+to)\s+(a|an|any)\s+(non-?disclosure|gag|delayed-?notice|order\s+(under|pursuant\s+to))|\b(contains|includes|carries)\s+no\s+(non-?disclosure|gag)|\bno\s+non-?disclosure\s+order\b|\b(anordnung|beschluss|verf[üu]gung)[^.;]{0,30}\bliegt\s+nicht\s+vor|\bkeine\s+(gerichtliche\s+)?(anordnung|beschluss)|\bno\s+(non-?disclosure\s+|gag\s+|court\s+|such\s+)?order\s+(has\s+been|was|is|exists|have\s+been)|\bthere\s+is\s+no\s+(non-?disclosure\s+|gag\s+|court\s+)?order|\bwithout\s+a\s+(court\s+|non-?disclosure\s+)?order\b" +
        @"|\bil\s+n'(existe|y\s+a)\s+(pas|aucune)\s+(d'|de\s+)?(ordonnance|d[ée]cision)|\baucune\s+(ordonnance|d[ée]cision\s+(judiciaire|de\s+justice|d'un\s+(juge|magistrat)|du\s+(juge|tribunal)))|\bno\s+(existe|hay)\s+(ninguna\s+)?(orden|resoluci[oó]n)|\bsin\s+(orden|resoluci[oó]n)\s+judicial" +
        @"|\bn[ãa]o\s+(existe|h[áa])\s+(nenhuma\s+)?(ordem|decis[ãa]o)|\bsem\s+ordem\s+judicial|\bnon\s+(esiste|c'[èe])\s+(alcun\s+)?(ordine|provvedimento)|\bnessun\s+(ordine|provvedimento)|\b(er\s+is\s+)?geen\s+(rechterlijk(e)?\s+)?(bevel|beschikking)" +
        // Issue 11 class 7: the writer says the court made no such order, with words between ("no separate
        // nondisclosure order has been entered", "the court did not enter an order under 2705(b)").
        @"|\bno\s+(\p{L}+\s+){0,2}(non-?disclosure|gag|secrecy|delayed-?notice)\s+order|\bno\s+(\p{L}+\s+){0,2}order\s+(under|pursuant\s+to)\s+[^;\n]{0,40}\b(has\s+been|have\s+been|was|is)\s+(obtained|entered|issued|granted|signed|sought|made)" +
        @"|\b(did|does|has|have|had)\s+not\s+(enter(ed)?|issue[ds]?|grant(ed)?|sign(ed)?|obtain(ed)?|seek|sought|request(ed)?|make|made|apply\s+for|applied\s+for)\s+(a|an|any)\s+([\p{L}-]+\s+){0,2}(order|gag)" +
        // The paper itself says it forbids nothing: "nothing in this Order prohibits the provider from notifying".
        @"|\bnothing\s+in\s+(this|the)\s+(\p{L}+\s+)?(order|warrant|subpoena|decision|letter|request)\s+(prohibits|prevents|bars|precludes|forbids|restricts|restrains)\b" +
        @"|\b(anordnung|beschluss)[^.;]{0,30}\b(ergeht|erging|besteht|existiert|wurde|wird)\s+nicht\b|\bkeine\s+(\p{L}+\s+){0,2}(anordnung|beschluss)" +
        @"|\bno\s+se\s+ha\s+(solicitado|dictado|emitido|acordado|obtenido)\s+(ninguna\s+)?(orden|resoluci[oó]n|auto)|\bn[ãa]o\s+foi\s+(expedida|emitida|proferida|requerida|decretada|obtida)\s+(nenhuma\s+)?(ordem|decis[ãa]o)" +
        @"|\bn'a\s+(pas\s+)?(rendu|prononc[ée]|d[ée]livr[ée]|[ée]t[ée]\s+rendu)\s+(d'|aucune\s+)(ordonnance|d[ée]cision)|\bnon\s+[èe]\s+stat[oa]\s+(emess|dispost|richiest)[oa]\s+(alcun\s+|alcuna\s+)?(ordine|provvedimento|decreto)|\b(is|werd)\s+geen\s+(\p{L}+\s+)?(bevel|beschikking)");

    /// <summary>The court refused the gag ("the motion to prohibit notice under 2705(b) is DENIED"), or the order says
    /// no duty of secrecy is imposed ("aucune obligation de garder le secret n'est ordonnée"). Kept apart from
    /// <see cref="NoOrder"/> only because one automaton for both would pass the engine's size limit.</summary>
    private static readonly Regex Refused = Patterns.Build(
        @"\b(motion|application|request|petition|antrag|demande|requ[êe]te|solicitud|petici[óo]n|pedido|requerimento|richiesta|istanza|verzoek|vordering)\b[^;]{0,160}\b((is|are|was|were|be)\s+(hereby\s+)?(denied|refused|rejected|dismissed)|(wird|wurde)\s+(\p{L}+\s+)?(abgelehnt|zur[üu]ckgewiesen)|(est|a\s+[ée]t[ée])\s+(rejet[ée]e?|refus[ée]e?)|(se\s+deniega|se\s+desestima|(es|fue)\s+(denegad|desestimad|rechazad)[ao])|([ée]|foi)\s+(indeferid|rejeitad|negad)[oa]|([èe]|viene|[èe]\s+stat[oa])\s+(respint|rigettat)[oa]|(wordt|is)\s+(afgewezen|geweigerd))" +
        @"|\bno\s+(application|motion|request)\s+(under|pursuant\s+to|for)\s+[^;\n]{0,60}\b(has\s+been|have\s+been|was|is)\s+(made|filed|submitted|sought|granted)" +
        @"|\bno\s+(duty|obligation|requirement)\s+(of|to)\s+(secrecy|confidentiality|keep\s+[^.;]{0,30}(secret|confidential))\s+(is|has\s+been|was)\s+(imposed|ordered)|\baucune\s+obligation\s+de\s+(garder\s+le\s+secret|secret|confidentialit[ée]|discr[ée]tion)\s+n'(est|a\s+[ée]t[ée])\s+(ordonn[ée]e|impos[ée]e|prononc[ée]e)|\bkeine\s+(geheimhaltungs|verschwiegenheits)(pflicht|verpflichtung)|\bno\s+se\s+(impone|ordena|acuerda)\s+(ninguna\s+)?(obligaci[óo]n|deber)\s+de\s+(secreto|confidencialidad|reserva)|\bn[ãa]o\s+(é|foi)\s+(imposta|determinada|decretada)\s+(qualquer|nenhuma)?\s*(obriga[çc][ãa]o|dever)\s+de\s+(sigilo|segredo|confidencialidade)|\bnessun\s+obbligo\s+di\s+(segreto|segretezza|riservatezza)|\bgeen\s+(geheimhoudingsplicht|geheimhoudingsverplichting|zwijgplicht)");

    /// <summary>Round 24: the judge declined to issue the gag asked for ("she declined to issue one", "the court refused
    /// to sign the non-disclosure order", "der Richter hat den Erlass abgelehnt", "le juge a refusé de la rendre").</summary>
    private static readonly Regex Declined = Patterns.Build(
        @"\b(judge|court|magistrate|she|he|they)\s+(\p{L}+\s+){0,2}(declined|refused)\s+to\s+(issue|sign|grant|enter|order)\b|\b(declined|refused)\s+(the|our)\s+(request|application|motion)\s+for\s+(a|an)\s+(non-?disclosure|nondisclosure|sealing|gag)\b" +
        @"|\b(a|ont)\s+refus[ée]\s+de\s+(la\s+|le\s+|l')?(rendre|d[ée]livrer|prononcer|signer)\b|\bse\s+neg[óo]\s+a\s+(dictar|emitir|firmar)l[ao]\b|\bsi\s+[èe]\s+rifiutat[oa]\s+di\s+(emetter|firmar)l[oa]\b|\brecusou-se\s+a\s+(emiti|assin[áa])-l[ao]\b|\b(richter\p{L}*|gericht)\s+(hat|haben)\s+(\p{L}+\s+){0,3}(abgelehnt|verweigert)\b|\bweigerde\s+(\p{L}+\s+){0,2}(uit\s+te\s+vaardigen|te\s+geven)\b");

    /// <summary>Round 18: the writer says no gag binds yet, in words other than "no order": "you are not bound by any
    /// non-disclosure requirement", "a non-disclosure order under s. 487.0191 was not sought" (a citation's dots
    /// inside), "Sie sind an keine Geheimhaltungspflicht gebunden", "vous n'êtes tenus par aucune obligation de
    /// confidentialité", "no están vinculados por ninguna orden", "não estão vinculados a qualquer", "non siete
    /// vincolati da alcun", "u bent niet gebonden aan een". Own automaton: NoOrder is near the size limit.</summary>
    private static readonly Regex NotBound = Patterns.Build(
        @"\b(are|is|were|was)\s+not\s+(\p{L}+\s+)?(bound|subject)\s+(by|to)\s+(a|an|any)\s+([\p{L}-]+\s+){0,2}(non-?disclosure|nondisclosure|gag|secrecy|confidentiality|delayed-?notice|order)" +
        @"|\b(order|gag|non-?disclosure|nondisclosure)\b[^;]{0,60}?\b(was|were|has\s+been|have\s+been|is|are)\s+not\s+(sought|requested|applied\s+for|obtained|made|granted|issued|entered)\b" +
        @"|\ban\s+(keine|keinerlei)\s+(\p{L}+\s+)?(geheimhaltungs\p{L}*|verschwiegenheits\p{L}*|anordnung|auflage)\s+gebunden|\b(anordnung|geheimhaltung\p{L}*)\b[^.;]{0,60}\b(wurde|ist)\s+nicht\s+(beantragt|erlassen|ergangen|angeordnet)" +
        @"|\b(n'[êe]tes|n'est|ne\s+sont|n'[ée]tiez)\s+(\p{L}+\s+)?(li[ée]e?s?|tenue?s?|soumise?s?)\s+(par|[àa])\s+aucune?\s+(\p{L}+\s+){0,2}(ordonnance|obligation|interdiction)|\b(ordonnance|interdiction)\b[^.;]{0,60}\bn'a\s+pas\s+[ée]t[ée]\s+(demand[ée]e|sollicit[ée]e|requise|rendue|prononc[ée]e)" +
        @"|\bno\s+(est[áa]n?|est[áa]is)\s+(\p{L}+\s+)?(vinculad|obligad|sujet)[oa]s?\s+(por|a)\s+(ninguna|ning[úu]n)|\bn[ãa]o\s+(est[áa]|est[ãa]o|fica|ficam)\s+(\p{L}+\s+)?(vinculad|obrigad|sujeit)[oa]s?\s+(a|por)\s+(qualquer|nenhum[a]?)" +
        @"|\bnon\s+(siete|sei|[èe]|sono)\s+(\p{L}+\s+)?(vincolat|obbligat|soggett|tenut)[oaie]\s+(da|a)\s+(alcun[oa]?|nessun[oa]?)|\b(bent|is|zijn)\s+(u\s+)?niet\s+(\p{L}+\s+)?(gebonden|onderworpen)\s+aan\s+(een|enig\p{L}*|geen)|\b(bevel|beschikking|verbod)\b[^.;]{0,60}\b(is|werd)\s+niet\s+(gevorderd|aangevraagd|gevraagd|gegeven|verleend)");

    private static readonly Regex EuCertificate = Patterns.Build(
        @"\bEPOC\b|regulation\s+\(eu\)\s+2023/1543|(regolamento|verordnung|r[èe]glement|reglamento|regulamento|verordening)\s+\((ue|eu)\)\s+2023/1543");

    private static readonly Regex CitationCut = Patterns.Build(@"\b(U\.\s?S\.\s?C|U\.\s?S|C|Stat|Art|No|sec)\.\s*\z");

    private static readonly Regex OrderWords = Patterns.Build(
        @"\b(order(ed|s)?|court|judge|statute|pursuant|anordnung|beschluss|ordonnance|orden|ordem|ordine|decreto|bevel|gericht|tribunal|tribunale|juzgado|rechter)\b");

    /// <summary>A stated period: an order, not a wish ("for a period of 6 months", "180 days", "until").</summary>
    private static readonly Regex Duration = Patterns.Build(
        @"\b(\d{1,3}|one|two|three|six|twelve|sechs|zw[oö]lf|six|douze|seis|doce|sei|dodici|zes|twaalf)\s+(days?|weeks?|months?|years?|tage[n]?|wochen|monate[n]?|jahre?|jours|semaines|mois|ans?|d[ií]as|semanas|meses|a[nñ]os?|giorni|settimane|mesi|anni|dagen|weken|maanden|jaar)\b");

    /// <summary>Gags that come with the process by statute: their end is set by the statute or the court.</summary>
    private static readonly Regex StatutoryGag = Patterns.Build(
        @"3123\s*\(\s*d\s*\)|2511\s*\(\s*2\s*\)\s*\(\s*a\s*\)\s*\(\s*ii\s*\)|2709\s*\(\s*c\s*\)|1861\s*\(\s*d\s*\)|3511");

    /// <summary>A gag that runs until the court decides again has no end of its own: "until further order", "bis auf
    /// weiteres", "jusqu'à nouvel ordre", "hasta nueva resolución", "até ulterior deliberação", "fino a diversa
    /// disposizione", "tot nader order", in every wording of "further" and "decision" the languages read use. Shared
    /// with the finding rules, which read a period written so as open-ended.</summary>
    public const string UntilFurtherDecisionWords =
        @"until\s+(further\s+(order|notice|decision|ruling|direction)|otherwise\s+ordered|the\s+court\s+(orders|directs|decides)\s+otherwise)|bis\s+auf\s+weiteres|bis\s+zu\s+einer\s+(weiteren|anderslautenden|neuen)\s+(entscheidung|anordnung)" +
        @"|jusqu'[aà]\s+(nouvel\s+ordre|nouvelle\s+d[ée]cision|d[ée]cision\s+(contraire|ult[ée]rieure))|hasta\s+(nueva|otra|ulterior|posterior)\s+(orden|resoluci[oó]n|decisi[oó]n|providencia)|hasta\s+que\s+(el\s+juzgado|se)\s+(acuerde|resuelva|disponga)\s+(lo\s+)?(contrario|otra\s+cosa|su\s+levantamiento|el\s+levantamiento)" +
        @"|at[ée]\s+(ulterior\s+|nova\s+|posterior\s+)?ordem\s+em\s+contr[aá]rio|at[ée]\s+(ulterior|nova|posterior|outra)\s+(delibera[çc][ãa]o|decis[ãa]o|ordem|determina[çc][ãa]o)" +
        @"|fino\s+a\s+(nuovo\s+|diverso\s+)?ordine(\s+contrario)?|fino\s+a\s+(nuova|diversa|ulteriore|successiva)\s+(decisione|disposizione|determinazione|provvedimento)|tot\s+nader\s+order|tot\s+(een\s+)?(nadere|andere|nieuwe)\s+(beslissing|beschikking)" +
        // Round 17: until the authority revokes it or says otherwise ("bis auf Widerruf", "jusqu'à nouvel avis du
        // Ministère public", "hasta nuevo aviso", "até novo aviso", "fino a nuovo avviso", "tot wederopzegging").
        @"|until\s+(revoked|further\s+advised)|bis\s+(auf|zum)\s+widerruf|jusqu'[aà]\s+(nouvel\s+avis|r[ée]vocation)|hasta\s+(nuevo\s+aviso|su\s+revocaci[oó]n)|at[ée]\s+(novo\s+aviso|(sua\s+)?revoga[çc][ãa]o)|fino\s+a\s+(nuovo\s+avviso|revoca)|tot\s+(wederopzegging|nader\s+bericht|herroeping)";

    private static readonly Regex UntilFurtherOrder = Patterns.Build(UntilFurtherDecisionWords);

    private static readonly Regex DemoOffer = Patterns.Build(
        @"^(book|request|schedule)\s+a\s+|^(time|minutes)\s|^(reserv[ae]|solicit[ae]|agend[ae])\s+(una|uma)\s+demo|^r[ée]servez|^prenota|^demo\s+(buchen|vereinbaren)|^plan\s+een\s+demo");

    public static Match? MentionOnlyMatch(string text)
    {
        // Read in place: a copy of the head would cost a long request 12 KB.
        var length = Math.Min(text.Length, 6000);
        var m = MentionOrResearch.Match(text, 0, length);
        if (m.Success) return m;
        Match? first = null;
        for (var mark = Marketing.Match(text, 0, length); mark.Success; mark = mark.NextMatch())
        {
            // Round 21: an offer to book a demo of a product is a sales pitch by itself; no authority asks for one.
            if (DemoOffer.IsMatch(mark.ValueSpan)) return mark;
            if (first is null) first = mark;
            else if (!mark.Value.Equals(first.Value, StringComparison.OrdinalIgnoreCase)) return first;
        }
        return null;
    }

    public enum GagStatus { None, InForce, AppliedFor, Lifted }

    /// <summary>Re-weighs non-disclosure cues by what their sentence says about the order's standing.</summary>
    public static (List<CueHit> Hits, GagStatus Status) ReweighNonDisclosure(NormalizedText text, List<CueHit> hits)
    {
        var result = new List<CueHit>(hits.Count);
        var lifted = false;
        var applied = false;
        bool? euCertificate = null;
        foreach (var hit in hits)
        {
            if (hit.Weight <= 0) { result.Add(hit); continue; }
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            // A citation's abbreviation ("18 U.S.C. 2705(b)") is no sentence end: read from the sentence it cuts.
            for (var back = 0; back < 3 && start > 1 && CitationCut.IsMatch(text.Value.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12))); back++)
                (start, _) = text.SentenceAround(start - 2, 0, 200);
            var sentence = text.Value[start..end];
            // The paper says no gag comes with it ("is not accompanied by a non-disclosure order").
            if (NoOrder.IsMatch(sentence) || Refused.IsMatch(sentence) || NotBound.IsMatch(sentence) || Declined.IsMatch(sentence))
            {
                result.Add(hit with { Weight = 0 });
                continue;
            }
            if (LiftedIn(sentence, 0, sentence.Length))
            {
                lifted = true;
                result.Add(hit with { Weight = 0 });
            }
            else if (AppliedOnly.IsMatch(RightToChallenge.Replace(sentence, " ")) && !Granted.IsMatch(sentence))
            {
                applied = true;
                result.Add(hit with { Weight = hit.Weight * 0.1 });
            }
            // In an EU production order certificate the issuing authority's request not to inform binds the provider
            // (Regulation (EU) 2023/1543, art. 13(4)), however politely the form words it.
            else if (RequestOnly.IsMatch(sentence) && !Granted.IsMatch(sentence) && !OrderWords.IsMatch(sentence) && !(euCertificate ??= EuCertificate.IsMatch(text.Value)))
            {
                // A wish not to notify, beside a statement that no order exists, is no gag at all.
                // Round 24: and the sentence before it ("we asked the judge for a non-disclosure order but she declined
                // to issue one. We would still appreciate it if you could hold off notifying the user").
                var (_, next) = text.SentenceAround(Math.Min(text.Length - 1, end + 1), 0, 200);
                var (previous, _) = start > 1 ? text.SentenceAround(start - 2, 0, 200) : (start, start);
                var neighbourhood = text.Value[Math.Max(0, Math.Min(start, previous) - 1)..Math.Min(text.Length, Math.Max(end, next))];
                result.Add(hit with { Weight = hit.Weight * (NoOrder.IsMatch(neighbourhood) || Refused.IsMatch(neighbourhood) || NotBound.IsMatch(neighbourhood) || Declined.IsMatch(neighbourhood) || OrderToCome.IsMatch(neighbourhood) ? 0.1 : 0.5) });
            }
            else if (Duration.IsMatch(sentence))
                result.Add(hit with { Weight = hit.Weight * 1.5 });
            else result.Add(hit);
        }
        // The lifting or expiry may stand in a sentence of its own, without the words the cues look for ("That
        // order expired on ...; Northwind is no longer prohibited from notifying its user").
        if (!lifted && hits.Count > 0) lifted = LiftedStatement(text);
        // A letter lifting a gag talks about that gag throughout (its caption, its history): only a sentence that
        // itself grants an order keeps binding force beside the lifting.
        if (lifted)
        {
            // Round 18: the grant told in the past before the act that vacates it ("On March 3 the Court issued an order
            // under 2705(b) ... On November 24 the Court granted the motion to vacate that non-disclosure order") is
            // the history of the gag now lifted; a letter that extends a gag keeps its earlier grant.
            var liftedAt = Extended.IsMatch(text.Value) ? -1 : FirstLiftingOf(text);
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].Weight <= 0) continue;
                var (start, end) = text.SentenceAround(result[i].Offset, result[i].Length, 200);
                var sentence = text.Value.AsSpan(start, end - start);
                if (!GrantedNow.IsMatch(sentence) || (end <= liftedAt && !GrantedPresent.IsMatch(sentence))) result[i] = result[i] with { Weight = 0 };
            }
        }
        var inForce = result.Any(h => h.Weight >= 1);
        var status = inForce ? GagStatus.InForce : lifted ? GagStatus.Lifted : applied ? GagStatus.AppliedFor : GagStatus.None;
        return (result, status);
    }

    /// <summary>A grant made by the paper itself, in the present: "IT IS HEREBY ORDERED", "the Court grants", an attached order.</summary>
    private static readonly Regex GrantedPresent = Patterns.Build(
        @"\b(hereby\s+ordered|it\s+is\s+(further\s+)?ordered|court\s+(now\s+|hereby\s+)?(orders|grants|issues)|pursuant\s+to\s+(the|an?)\s+(attached|enclosed|accompanying)|accompan(y|ies)|attached\s+(order|non-?disclosure)|(is|are)\s+(hereby\s+)?(granted|issued|ordered))\b");

    /// <summary>A gag extended or renewed: its earlier grant still binds.</summary>
    internal static readonly Regex Extended = Patterns.Build(
        @"\b(extend(s|ed|ing)?|extension|renew(s|ed|al)?|verl[äa]ngert|verl[äa]ngerung|prorog[ée]e?|prolong[ée]e?|prorrogad[oa]|prorroga|prorrogat[oa]|proroga|verlengd|verlenging)\b");

    /// <summary>Where the first act that lifts a gag is told (its sentence names the gag), or -1.</summary>
    private static int FirstLiftingOf(NormalizedText text)
    {
        foreach (Match m in Lifted.Matches(text.Value))
        {
            var from = Math.Max(0, m.Index - 50);
            if (ProvisoBefore.IsMatch(text.Value.AsSpan(from, m.Index - from))) continue;
            var (start, end) = text.SentenceAround(m.Index, m.Length, 200);
            if (GagWords.IsMatch(text.Value.AsSpan(start, end - start))) return start;
        }
        return -1;
    }

    /// <summary>A proviso is no lifting: "for six months, salvo revoca anticipata", "unless the court vacates it
    /// sooner", "sauf révocation": the gag stands until then, and its end may come early.</summary>
    private static readonly Regex ProvisoBefore = Patterns.Build(
        @"\b(salvo|salvi|unless|sauf|sofern|es\s+sei\s+denn|tenzij|a\s+menos\s+que|a\s+no\s+ser\s+que|if\s+not\s+sooner|if\s+not\s+earlier)\b[^.;:!?]{0,40}\z");

    /// <summary>True when a lifting or an end is stated in [start, start+length) of the text other than as a proviso.</summary>
    /// <summary>Round 18: a gag that lapses now together with the request it came with ("Het verzoek om de gebruiker niet
    /// te informeren vervalt eveneens", "entfällt ebenfalls", "devient également caduque", "decae igualmente", "caduca
    /// também", "decade anch'essa", "also lapses"); not a term's own end ("after which this restriction lapses without
    /// further order"). Read only in the sentences of the gag's own cues: no whole-text pass. Shared with
    /// NonDisclosureScope.</summary>
    public const string LapsesWithItWords =
        @"\b(vervalt|vervallen)\s+(eveneens|ook|daarmee|hiermee|tegelijk)|\b(entf[äa]llt|entfallen|erlischt|erl[öo]schen)\s+(ebenfalls|damit|gleichfalls|zugleich)" +
        @"|\b(devient|deviennent|est|sont)\s+(\p{L}+\s+)?(également|egalement|aussi|de\s+ce\s+fait|par\s+cons[ée]quent)\s+(caduque?s?|sans\s+objet)|\b(decae|decaen)\s+(tambi[ée]n|igualmente|asimismo)|\bqueda(n)?\s+(tambi[ée]n|igualmente|asimismo)\s+sin\s+efecto" +
        @"|\b(caduca|caducam)\s+(tamb[ée]m|igualmente)|\bfica(m)?\s+(tamb[ée]m|igualmente)\s+sem\s+efeito|\b(decade|decadono)\s+(anch'ess[oa]|anche|altres[iì]|parimenti)|\b(viene|vengono)\s+(altres[iì]|anch'ess[oa]|parimenti)\s+meno" +
        @"|\b(also|likewise)\s+(lapses|falls\s+away|ends)\b|\b(lapses|falls\s+away)\s+(with\s+it|as\s+well|too|accordingly|together\s+with)";

    private static readonly Regex Lapses = Patterns.Build(LapsesWithItWords);

    private static bool LiftedIn(string text, int start, int length)
    {
        if (Lapses.IsMatch(text.AsSpan(start, length))) return true;
        foreach (Match m in Lifted.Matches(text.Substring(start, length)))
        {
            var from = Math.Max(0, start + m.Index - 50);
            if (!ProvisoBefore.IsMatch(text.AsSpan(from, start + m.Index - from))) return true;
        }
        return false;
    }

    private static bool LiftedStatement(NormalizedText text)
    {
        foreach (Match m in Lifted.Matches(text.Value))
        {
            var from = Math.Max(0, m.Index - 50);
            if (ProvisoBefore.IsMatch(text.Value.AsSpan(from, m.Index - from))) continue;
            var (start, end) = text.SentenceAround(m.Index, m.Length, 200);
            var sentence = text.Value.AsSpan(start, end - start);
            if (GagWords.IsMatch(sentence)) return true;
            // "That order expired on ...": the order the sentence before named.
            if (start > 0)
            {
                var (prevStart, _) = text.SentenceAround(Math.Max(0, start - 2), 0, 200);
                if (GagWords.IsMatch(text.Value.AsSpan(prevStart, start - prevStart))) return true;
            }
        }
        return false;
    }

    // The noun a withdrawal names is the writer's own earlier wish ("that request", "our request"), not a paper.
    private static readonly Regex WithdrawsRequestWord = Patterns.Build(@"\b(request|ask|asking|wish|demand)\b");
    private static readonly Regex WithdrawsProcessWord = Patterns.Build(@"\b(subpoena|warrant|emergency|preservation|production|records?\s+request)\b");

    /// <summary>Issue 11 round 15: the withdrawal's sentence is about a gag ("has withdrawn that request and the Court
    /// vacated the related non-disclosure order"), and what it withdraws is a request, not the process itself.</summary>
    public static bool WithdrawsOnlyGag(NormalizedText text, Match withdrawal)
    {
        if (!WithdrawsRequestWord.IsMatch(withdrawal.Value) || WithdrawsProcessWord.IsMatch(withdrawal.Value)) return false;
        var index = text.Value.IndexOf(withdrawal.Value, StringComparison.Ordinal);
        if (index < 0) return false;
        var (start, end) = text.SentenceAround(index, withdrawal.Length, 200);
        return GagWords.IsMatch(text.Value.AsSpan(start, end - start)) && !WithdrawsProcessWord.IsMatch(text.Value.AsSpan(start, end - start));
    }

    public static bool IsStatutory(string text, IEnumerable<CueHit> hits) =>
        hits.Any(h => h.Weight > 0 && StatutoryGag.IsMatch(h.Text));

    public static Match? UntilFurtherOrderMatch(string text)
    {
        var m = UntilFurtherOrder.Match(text);
        return m.Success ? m : null;
    }

    private static readonly Regex FollowUp = Patterns.Build(
        @"^\s*(subject|betreff|objet|asunto|assunto|oggetto|onderwerp)\s*:\s*(re|aw|sv|rif|antw)\s*:|\b(follow(ing)?[\s-]up\s+(on|to|regarding)|further\s+to\s+(our|my|the)|(a\s+)?(gentle\s+|friendly\s+)?reminder\s+(about|of|regarding|that)|second\s+request|(any|an)\s+update\s+on|status\s+of\s+(our|my|the)\s+(request|subpoena|order|warrant)|in\s+reference\s+to\s+our|regarding\s+our\s+(earlier|previous|prior)|as\s+previously\s+requested)\b");

    /// <summary>A follow-up on an earlier request, read in the writer's own words (not in what they quote).</summary>
    public static Match? FollowUpMatch(string text, MessageParts parts)
    {
        var end = Math.Min(text.Length, Math.Min(parts.OperativeEnd, 4000));
        var m = FollowUp.Match(text[..end]);
        return m.Success ? m : null;
    }
}
