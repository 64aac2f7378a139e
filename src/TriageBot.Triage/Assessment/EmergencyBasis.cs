using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Assessment;

/// <summary>
/// What an emergency request states of the basis for voluntary disclosure (18 U.S.C. 2702(b)(8)): who is at risk,
/// the nature of the danger, and why the data would prevent it — each with the words that state it, or null.
/// Read from the text, so that a request whose fields the extractor missed (a table, a sentence instead of a label)
/// is not told it left them out.
/// </summary>
internal sealed record EmergencyBasis(string? PersonAtRisk, string? Nature, string? Necessity)
{
    /// <summary>The danger is a concrete situation (a hostage taking, a missing child, an overdose on stream, a
    /// school threat): the situation itself says who is at risk and why the data is needed, so neither is missing.
    /// False when the request names only a generic danger ("imminent threat", "exigent") or none.</summary>
    public bool Situational { get; init; }

    /// <summary>The text states a danger of death or serious physical injury in words the emergency cues read (their
    /// weight reaches the paging threshold). False for a request that calls itself an emergency about property, money or
    /// a deadline ("nobody has been injured; the goods will be sold this week").</summary>
    public bool DangerStated { get; init; } = true;

    /// <summary>The words in which the writer says nobody is hurt or in danger ("Nobody has been injured", "nadie ha
    /// resultado herido"): the situation it describes is then no danger to a person, whatever it is called.</summary>
    public string? DeniesHarm { get; init; }

    /// <summary>The words that call the request an emergency, quoted when its basis is missing.</summary>
    public string? Claim { get; init; }

    /// <summary>The words in which the writer says it cannot give the case's facts ("We cannot share the case
    /// details", "No podemos dar más detalles del caso"): whatever situation it names, its basis is left unstated.</summary>
    public string? Withheld { get; init; }

    /// <summary>What a lawyer would still need to see, in the order a reviewer asks for it; empty when the basis
    /// is stated or plainly implied by the situation.</summary>
    /// <param name="senderUnproven">The sender's address does not prove the authority it claims (SenderCheck). A
    /// situation implies the rest only when the provider can trust who reports it: from an unproven sender the words
    /// are the whole basis for a good-faith belief, so each part must be stated (an impostor names "a kidnapping" or
    /// "a missing juvenile" and nothing else).</param>
    public IReadOnlyList<string> Missing(bool personField, bool natureField, bool necessityField, bool senderUnproven = false)
    {
        if (Withheld is not null) return ["the facts of the case, which it says it cannot share"];
        if (Situational && !senderUnproven && DangerStated) return [];
        var missing = new List<string>();
        if (!natureField && Nature is null) missing.Add("the nature of the emergency (what is happening, to whom)");
        // Issue 11 round 12: a "Nature of emergency" that describes no danger to a person fills the form, not the basis.
        else if (!DangerStated) missing.Add("a danger of death or serious physical injury to a person");
        if (!personField && PersonAtRisk is null) missing.Add("who is at risk");
        if (!necessityField && Necessity is null) missing.Add("why the information is needed to prevent the harm");
        return missing;
    }

    // Natures that are a generic claim of danger rather than a situation: they need the person and the purpose
    // stated beside them.
    private const string GenericNature = "danger to life";

    // Facts of a concrete situation that the emergency cues do not name as a nature: someone not found, a note left,
    // a weapon, a threat being carried out, a deadline set by an offender — in the seven languages read.
    private static readonly Regex SituationFacts = Patterns.Build(
        @"\b(has|have|had)\s+not\s+been\s+(located|found|seen|heard\s+from)|\b(cannot|could\s+not|can't|couldn't)\s+be\s+(located|found|reached)|\bleft\s+(a|behind\s+a)\s+(suicide\s+)?note|\bgoodbye\s+(note|message|letter|video)|\b(was\s+)?last\s+seen\s+(at|on|in|near|leaving|wearing)|\bsextort(ed|ing|ion)\b|\b(armed|gun|guns|firearms?|knife|knives|weapons?|rifles?|shotguns?|pistols?|handguns?|ammunition|waffen?|schusswaffe|gewehr|messer|arme\s+[àa]\s+feu|fusil|couteau|armas?\s+de\s+fuego|escopeta|pistolas?|cuchillo|rev[óo]lver|faca|fucile|coltello|vuurwapen|wapen|geweer|pistool|mes)\b|\b(swallowed|ingested|overdosed)\b|\b(explosives?|sprengstoff|sprengsatz|explosifs?|explosivos?|esplosiv[oi]|explosieven)\b|\b(unable\s+to|cannot|can't|could\s+not)\s+(locate|find|reach|trace)\b|\b(kunnen|konnten|k[öo]nnen)\s+(hem|haar|hen|ihn|sie)\s+niet\s+(lokaliseren|vinden)|\bnicht\s+(auffindbar|erreichbar)|\b(impossible\s+de\s+(le|la)\s+localiser|no\s+(hemos\s+podido|podemos)\s+localizar|n[ãa]o\s+conseguimos\s+localizar|non\s+riusciamo\s+a\s+(localizzar|rintracciar))|\b(sexual\s+(abuse|assault)|abuso\s+sessuale|violenza\s+sessuale|abuso\s+sexual|agress[ãa]o\s+sexual|agression\s+sexuelle|sexuelle[rn]?\s+(missbrauch|[üu]bergriff)|seksueel\s+misbruik|aanranding)\b|\b(farewell|messaggio\s+d'addio|lettera\s+d'addio|carta\s+de\s+despedida|mensaje\s+de\s+despedida|message\s+d'adieu|afscheidsbericht)\b|\bbarricaded\b|\bstand-?off\b|\bthreaten(s|ed|ing)\s+to\s+(post|send|publish|release|share|leak|kill|shoot|hurt|harm|stab|bomb)|\bwhereabouts\s+(are|is|remain)\s+unknown|\bfled\b|\bdomestic\s+(abuse|violence)|\b(petrol|gasoline|accelerant|arson)\b|\b(restraining|protective|protection|non-molestation)\s+order|\bthreat(s|ened)?\s+to\s+kill|\bgone\s+missing|\breported\s+missing|\bran\s+away\b|\bshots?\s+fired|\bwounded|\bbleeding|\bunconscious|\bnot\s+responding|\bransom\b" +
        @"|\baufenthaltsort\s+(ist\s+)?unbekannt|\bh[äa]usliche[rn]?\s+gewalt|\bviolences?\s+conjugales?|\bviolencia\s+(de\s+g[ée]nero|dom[ée]stica)|\bparadero\s+desconocido|\bviol[êe]ncia\s+dom[ée]stica|\bparadeiro\s+desconhecido|\bviolenza\s+domestica|\bhuiselijk\s+geweld|\bverblijfplaats\s+(is\s+)?onbekend" +
        @"|\b(wird|werden)\s+vermisst|\bseit\s+\S+\s+vermisst|\babschiedsbrief|\bbewaffnet|\b(introuvable|a\s+disparu|port[ée]e?\s+disparue?)|\blettre\s+d'adieu|\barm[ée]e?\s+d'un|\b(no\s+ha\s+sido\s+localizad[oa]|desaparecid[oa]|rescate|armad[oa]\s+con)|\b(n[ãa]o\s+foi\s+localizad[oa]|desaparecid[oa]|resgate|armad[oa]\s+com)|\b(non\s+[èe]\s+stat[oa]\s+(ritrovat[oa]|rintracciat[oa])|scompars[oa]|riscatto|armat[oa]\s+di)|\b(wordt\s+vermist|is\s+vermist|losgeld|gewapend\s+met|afscheidsbrief)");

    // Someone missing or lost whose whereabouts nobody knows, a past attempt on their own life, medication left
    // behind: the facts of a missing-person emergency as police write them.
    // (A regex of its own: added to SituationFacts it passes the non-backtracking size limit.)
    private static readonly Regex MissingPersonFacts = Patterns.Build(
        @"\b(do|does|did)\s+not\s+know\s+where\s+(she|he|they|the\s+\p{L}+)\s+(is|are|was|were)\b|\bmissing\s+([\p{L}-]+\s+){0,2}(persons?|adults?|elder(ly)?|man|woman|child|children|teen(ager)?s?|juveniles?|minors?|girl|boy|patients?|students?|hikers?)\b" +
        @"|\b(walked|wandered)\s+(away|off)\b|\b(attempted|tried)\s+to\s+(kill|drown|hang|harm|hurt|shoot|poison|cut)\s+(her|him|them|my|your)sel(f|ves)\b|\battempted\s+suicide\b|\b(no|without\s+(her|his|their))\s+(insulin|medication|medicine)\b" +
        // Issue 11 round 11: an adult who has arranged to meet a child (tonight, today) is a situation, in the languages
        // read: "has arranged to meet her tonight", "la ha citado esta noche", "lui a donné rendez-vous", "hat sich mit
        // ihr verabredet", "le ha dato appuntamento", "marcou um encontro com ela", "heeft met haar afgesproken".
        @"|\b(arranged|planned|agreed|set\s+up)\s+(a\s+meeting\s+|to\s+meet\s+)(with\s+)?(her|him|the\s+(child|girl|boy|minor|victim))|\b(la|lo|le)\s+ha\s+citado\b|\bha\s+quedado\s+con\s+(ella|[ée]l|la\s+(menor|ni[ñn]a))|\blui\s+a\s+donn[ée]\s+(un\s+)?rendez-vous|\bhat\s+sich\s+mit\s+(ihr|ihm|dem\s+kind)\s+verabredet|\b(le|gli)\s+ha\s+dato\s+(un\s+)?appuntamento|\bmarcou\s+(um\s+)?encontro\s+com\s+(ela|ele|a\s+menor|a\s+crian[çc]a)|\bheeft\s+(met\s+)?(haar|hem)\s+(afgesproken|een\s+afspraak\s+gemaakt)" +
        @"|\bvermisst(e[nr]?)?\b|\bvermist\b|\b(non\s+[èe]|is\s+niet|ist\s+nicht|n'est\s+pas|no\s+est[áa]|n[ãa]o\s+est[áa]|is\s+not)\s+(rintracciabile|reperibile|bereikbaar|erreichbar|joignable|localizable|localiz[áa]vel|contactable|reachable)\b|\bseksuele\s+afpersing|\bsextors(i[óo]n|[ãa]o|ion)\b|\bsextortion\b");

    // Issue 11 round 13: a person held or a weapon used, in the seven languages read: a shot fired, someone locked in
    // or held against their will, a person "sold" to another, an offender who says he will kill at a set time. A 911
    // relay or a hostage report states these facts and never the word "danger".
    // (A regex of its own, for the same size limit.)
    private static readonly Regex HeldOrShotFacts = Patterns.Build(
        @"\bshots?\s+(were\s+|was\s+|had\s+been\s+)?fired\b|\bfired\s+(a\s+|several\s+|two\s+|three\s+)?(shots?|rounds?)\b|\b(locked|held|trapped|chained|tied)\s+(up\s+)?in\s+(a|the|her|his|their)\s+(room|basement|house|car|trunk|apartment|closet|garage)\b|\bheld\s+(against\s+(her|his|their)\s+will|captive|hostage)\b|\bsold[""'“”]?\s+(her|him)\s+to\b|\b(he|she|they)\s+(will|would|'ll)\s+(kill|shoot)\s+(her|him|them|the|a|someone|hostages?)\b" +
        @"|\b(ein\s+)?schuss\s+(wurde\s+)?(abgegeben|abgefeuert|gefallen)|\bsch[üu]sse\s+(wurden\s+)?(abgegeben|gefallen)|\beingesperrt\b|\bgegen\s+(ihren|seinen)\s+willen\s+festgehalten|\bgeisel(n|nahme)?\b|\b(sie|ihn)\s+(an\s+\p{L}+\s+)?verkauft\b" +
        @"|\bcoups?\s+de\s+feu\b|\benferm[ée]e?s?\s+dans\b|\bs[ée]questr[ée]e?s?\b|\bretenue?s?\s+contre\s+(son|leur)\s+gr[ée]|\botages?\b|\b(l'a|les\s+a)\s+vendue?s?\b" +
        @"|\bdispar[óo]\b|\bdisparos\b|\bencerrad[oa]s?\s+en\b|\bretenid[oa]s?\s+contra\s+su\s+voluntad|\brehen(es)?\b|\b(la|lo)\s+vendi[óo]\b" +
        @"|\bdisparou\b|\btiros\b|\btrancad[oa]s?\s+(em|num|numa)\b|\brefens?\b|\b(a|o)\s+vendeu\b" +
        @"|\bha\s+sparato\b|\bcolpi\s+d'arma\b|\brinchius[oa]\s+in\b|\bostaggi?o?\b|\b(l'ha|la\s+ha)\s+vendut[oa]\b" +
        @"|\bschot(en)?\s+(heeft\s+)?gelost\b|\bopgesloten\s+in\b|\btegen\s+(haar|zijn)\s+wil\s+vastgehouden|\bgijzel(ing|t|aar|ingsituatie)\b|\bgegijzeld\b|\b(haar|hem)\s+(heeft\s+)?verkocht\b|\b(doodt|vermoordt)\b");

    // Issue 11 round 14: a person who has disappeared or been taken, a handgun or knife named as such, a minor gone to
    // meet an adult, in the seven languages read: "investiga la desaparición de una mujer", "a child taken in a vehicle
    // theft", "une photo d'une arme de poing", "partie rejoindre un homme majeur". Each is a situation that says who is
    // at risk and why the data is needed. (A regex of its own, for the size limit.)
    private static readonly Regex TakenOrGoneFacts = Patterns.Build(
        @"\b(disappearance|abduct(ed|ion)|kidnapp?ed|taken\s+(in|with|from|by)\s+(a|an|the|her|his)\b|(asleep|sleeping|inside)\s+in\s+the\s+(back\s+seat|car|vehicle)|desaparici[oó]n|disparition|verschwinden|scomparsa|desaparecimento|verdwijning|entf[üu]hr(t|ung)|enlev[ée]e?|enl[èe]vement|secuestrad[oa]|secuestro|raptad[oa]|sequestrad[oa]|rapit[oa]|ontvoer(d|ing))\b" +
        @"|\b(arma\s+(corta|blanca|de\s+fogo)|arme\s+(blanche|de\s+poing)|pistolet|arma\s+da\s+fuoco)\b" +
        @"|\b(left|ran\s+away|ran\s+off|went)\s+(\p{L}+\s+){0,3}to\s+meet\s+(an?\s+)?(adult|man|stranger)|\bpartie?\s+(\p{L}+\s+){0,6}(pour\s+)?rejoindre\s+(un|une)\s+(homme|adulte|inconnu)|\b(se\s+fue|sali[oó])\s+(\p{L}+\s+){0,4}para\s+(encontrarse|reunirse)\s+con\s+un\s+(hombre|adulto)|\b(saiu|fugiu)\s+(\p{L}+\s+){0,4}para\s+encontrar\s+um\s+(homem|adulto)" +
        @"|\b(taken|took|swallowed)\s+[""“]?(a|an|the)\s+(whole\s+|entire\s+)?(bottle|handful|overdose|pack)\b|\bsaid\s+(goodbye|farewell)\s+to\b|\b(do|does|did)\s+not\s+know\s+where\s+(she|he|they|the\s+\p{L}+)\s+(lives|live|is\s+staying|went|has\s+gone)\b" +
        // Round 21: pills or medicine taken to die, in the languages read ("dichiara di aver ingerito farmaci",
        // "ha tomado pastillas", "a avalé des médicaments", "Tabletten geschluckt").
        @"|\b(took|taken|swallowed|ingested)\s+(\p{L}+\s+)?(pills|tablets|medication|medicine)\b|\bingerit[oa]\s+(dei\s+|delle\s+|\p{L}+\s+)?(farmaci|pillole|medicinali|compresse)|\b(ingerido|tomado)\s+(\p{L}+\s+)?(pastillas|medicamentos|pastilhas|comprimidos)|\bingeriu\s+(\p{L}+\s+)?(comprimidos|medicamentos|rem[ée]dios)|\b(aval[ée]|ing[ée]r[ée])\s+(des|de\s+nombreux|plusieurs)\s+(m[ée]dicaments|comprim[ée]s|cachets)|\btabletten\s+(eingenommen|geschluckt)|\bpillen\s+(ingenomen|geslikt)|\bvolersi\s+(lasciar\s+)?morire|\bquiere\s+(morir|quitarse\s+la\s+vida)|\bquer\s+(morrer|tirar\s+a\s+pr[óo]pria\s+vida)");

    // Round 24: harm being done now, in the words of a 911 relay or a live stream: someone cutting or harming
    // themselves, losing blood or consciousness, a minor held for sex work ("trafficking", "they say I have to work
    // tonight"), an adult who says he will pick a child up, pills taken by the handful — in the seven languages read.
    // (A regex of its own, for the size limit.)
    private static readonly Regex HarmUnderWayFacts = Patterns.Build(
        @"\bcutting\s+((her|him|them|my|your)sel(f|ves)|(her|his|their)\s+(wrists?|arms?|forearms?|legs?|throat))\b|\bself-?harm(ing|ed)?\b|\b(lost|losing)\s+(a\s+lot\s+of\s+|much\s+|significant\s+)?(blood|consciousness)\b|\bslurring\b|\bpassing\s+out\b" +
        @"|\b(sex\s+|human\s+|child\s+)?traffick(ed|ing)\s+(victim|minor|juvenile|girl|boy|child)|\b(being|was|been)\s+trafficked\b|\b(have|has|forced|made)\s+to\s+work\s+tonight\b|\bpick\s+(her|him|the\s+(child|girl|boy|minor))\s+up\b" +
        @"|\b(taken|took|swallowed|ingested)\s+(a\s+)?(large\s+|huge\s+|great\s+)?(number|amount|quantity|lot|handful|bunch)\s+of\s+(pills|tablets|medication|medicine|painkillers)\b" +
        @"|\bse\s+(taillade|scarifie|mutile|coupe\s+les\s+veines)\b|\bperd\s+connaissance\b|\btraite\s+des\s+[êe]tres\s+humains\b" +
        @"|\b(cort[áa]ndose|se\s+est[áa]\s+cortando|autolesi[oó]n(es|ando)?)\b|\bpierde\s+el\s+conocimiento\b|\btrata\s+de\s+(personas|seres\s+humanos|menores)\b" +
        @"|\b(automutila\p{L}*|a\s+cortar-se|cortando-se)\b|\bperde(u|ndo)?\s+(os\s+sentidos|a\s+consci[êe]ncia)\b|\btr[áa]fico\s+de\s+(pessoas|seres\s+humanos|menores)\b" +
        @"|\b(si\s+sta\s+tagliando|autolesionismo|autolesion\p{L}*)\b|\bperde(ndo)?\s+(i\s+sensi|conoscenza)\b|\btratta\s+di\s+(esseri\s+umani|persone|minori)\b" +
        @"|\b(ritzt\s+sich|selbstverletz\p{L}*|verliert\s+(das\s+)?bewusstsein|bewusstlos)\b|\bmenschenhandel\b" +
        @"|\b(snijdt\s+zichzelf|zelfbeschadiging|zelfverwonding|verliest\s+(het\s+)?bewustzijn|bewusteloos)\b|\bmensenhandel\b");

    // Issue 11 round 14: location data asked in an emergency says what it is for: finding the person at risk ("any
    // location data for logins since 04:30", "toute donnée de localisation", "datos de geolocalización").
    private static readonly Regex LocationAsked = Patterns.Build(
        @"\b(location|geolocation|geo-location|gps|cell[\s-]site)\s+(data|information|history|records)\b|\bdonn[ée]es?\s+de\s+(g[ée]o)?localisation\b|\bdatos\s+de\s+(geo)?localizaci[oó]n\b|\bdados\s+de\s+(geo)?localiza[çc][ãa]o\b|\bdati\s+di\s+(geo)?localizzazione\b|\b(standort|geo|ortungs)daten\b|\b(locatie|geolocatie)gegevens\b");

    // The writer says it will not give the facts, in the seven languages read.
    private static readonly Regex WithholdsFacts = Patterns.Build(
        @"\b(cannot|can\s*not|can't|are\s+unable\s+to|are\s+not\s+able\s+to|will\s+not|won't)\s+(share|give|provide|disclose|discuss|go\s+into|release)\s+(any\s+|more\s+|further\s+|additional\s+|the\s+)*(case\s+)?(details|facts|specifics|particulars)\b" +
        @"|\b(case\s+)?(details|facts|specifics|particulars)\s+(cannot|can\s*not|can't|will\s+not|won't)\s+be\s+(given|shared|provided|disclosed|released|discussed)\b" +
        @"|\bno\s+(podemos|puedo)\s+(dar|compartir|proporcionar|facilitar|revelar)\s+(m[aá]s\s+)?(detalles|datos\s+del\s+caso|hechos|pormenores)\b|\bne\s+(pouvons|peux)\s+pas\s+(donner|communiquer|partager|fournir|d[ée]voiler)\s+(plus\s+de\s+|de\s+|d')?(d[ée]tails|pr[ée]cisions|faits)\b" +
        @"|\bn[ãa]o\s+(podemos|posso)\s+(dar|partilhar|compartilhar|fornecer|revelar)\s+(mais\s+)?(detalhes|pormenores)\b|\bnon\s+(possiamo|posso)\s+(fornire|dare|condividere|rivelare)\s+(ulteriori\s+|altri\s+)?(dettagli|particolari)\b" +
        @"|\bk[öo]nnen\s+(wir\s+)?(keine|nicht)\s+(weiteren\s+|n[äa]heren\s+)?(details|einzelheiten)\b|\bkunnen\s+(wij\s+|we\s+)?(geen|niet)\s+(verdere\s+|meer\s+)?(details|bijzonderheden)\b");

    // Issue 11 round 12: the writer says no one is hurt or at risk, in the seven languages read.
    private static readonly Regex NobodyHurt = Patterns.Build(
        @"\b(nobody|no\s+one|no-one)\s+(has\s+been|was|is|were|got)\s+(hurt|injured|harmed|wounded|in\s+danger|at\s+risk|threatened)\b|\bno\s+(one|person|life)\s+(is|was)\s+(at\s+risk|in\s+danger)\b|\bno\s+(injuries|threat\s+to\s+(life|anyone)|danger\s+to\s+(life|anyone))\b" +
        @"|\bniemand\s+(wurde|ist|war)\s+(verletzt|in\s+gefahr)|\bpersonne\s+n'(a\s+[ée]t[ée]\s+bless[ée]|est\s+en\s+danger)|\bnadie\s+(ha\s+resultado|result[óo]|est[áa]|ha\s+sido)\s+(herid[oa]|en\s+peligro)|\bningu[ée]m\s+(ficou|foi|est[áa])\s+(ferid[oa]|em\s+perigo)|\bnessuno\s+([èe]\s+(rimasto|stato)\s+ferito|[èe]\s+in\s+pericolo)|\bniemand\s+(is|raakte)\s+(gewond|in\s+gevaar)");

    private static readonly Regex EmergencyClaim = Patterns.Build(
        @"\b(emergency|exigent|urgent|life[\s-]threatening|notfall|dringend|eilt|urgence|urgent|urgencia|urgente|emerg[eê]ncia|urg[eê]ncia|urgenza|emergenza|spoed|noodgeval)\w*");

    // Natures that name their victim: a suicide threat is about the user, a kidnapping about its victim, a bomb
    // threat or planned attack about the people where it is aimed.
    private static readonly HashSet<string> NaturesNamingAVictim = new(StringComparer.Ordinal)
    {
        "threat of suicide", "kidnapping", "missing child", "sexual assault", "imminent harm to a child", "bomb threat", "threat to kill",
    };

    // People a request names as endangered, in the seven languages read. The account holder alone is not one: in a
    // thin request ("send the subscriber information for the user x") the user is the target, not the victim.
    private static readonly Regex Person = Patterns.Build(
        @"\b(\d{1,2}[\s-]year[\s-]old|(adult|juvenile)\s+(male|female)|woman|man|girl|boy|child|children|kids?|minor|juvenile|teen(ager)?|infant|baby|victims?|hostages?|wife|husband|partner|girlfriend|boyfriend|mother|father|daughter|son|famil(y|ies)|students|pupils|staff|employees|shoppers|people|persons?|public|officers|residents|patients|passengers|worshippers|crowd|employee|worker|workers|travell?ers?|commuters)\b" +
        // Round 27: travellers and commuters in the other languages ("een groot aantal reizigers", "alle forenzen").
        @"|\b(reizigers|forenzen|passagiers|bezoekers|reisende[nr]?|fahrg[äa]ste|pendler(innen)?|voyageurs|passagers|usagers|viajeros|pasajeros|viajantes|passageiros|viaggiatori|passeggeri|pendolari)\b" +
        @"|\baged\s+\d{1,3}\b|\belder(ly)?\b|\b\d{1,2}-jarige\b|\b\d{1,2}-j[äa]hrige[rn]?\b|\b[âa]g[ée]e?\s+de\s+\d{1,3}\s+ans\b|\bde\s+\d{1,3}\s+a[ñn]os\b|\bdi\s+\d{1,3}\s+anni\b" +
        // Issue 11 round 12 (fixP12): the young, and ages, in the other languages ("uma jovem de 16 anos", "un joven",
        // "une jeune de 15 ans", "un giovane", "ein Jugendlicher", "een jongere van 16 jaar").
        @"|\b(jovens?|rapaz|rapariga|adolescentes?|idos[oa]|j[óo]venes|joven|anciano|anciana|jeunes?|adolescente?s?|mineure?s?|giovani|giovane|minori|minore|jugendliche[rn]?|minderj[äa]hrige[rn]?|teenager|jongeren?|tieners?|minderjarigen?|bejaarde)\b|\bde\s+\d{1,3}\s+anos\b|\bvan\s+\d{1,3}\s+jaar\b|\b\d{1,3}\s+jahre\s+alte?[rn]?\b" +
        @"|\b(frau|mann|m[äa]dchen|junge|kind(er)?|opfer|person(en)?|menschen|sch[üu]ler(innen)?|besucher|femme|homme|fille|gar[çc]on|enfants?|victimes?|personnes?|[ée]l[èe]ves|mujer|hombre|ni[ñn][oa]s?|menor(es)?|v[ií]ctimas?|personas?|alumnos|mulher|homem|menin[oa]s?|crian[çc]as?|v[ií]timas?|pessoas?|alunos|donna|uomo|ragazz[oa]|bambin[oaie]|vittim[ae]|persone|studenti|vrouw|meisje|jongen|kind(eren)?|slachtoffers?|personen|mensen|leerlingen)\b");

    // Issue 11 round 12 (fixP12): a person the request names anywhere by age, or whose life it names ("un jeune de 19 ans",
    // "salvaguarda da vida de uma pessoa", "the life of a 15-year-old"), in the seven languages read: when no sentence
    // that states the danger names anyone (the danger only in the subject line), that is who is at risk.
    private static readonly Regex NamedByAgeOrLife = Patterns.Build(
        // Round 27: "a 19 y/o female", "ein junger Mann (geschätzt 20–25 Jahre)", "eine männliche Person".
        @"\b\d{1,2}\s?y/o\b|\b\d{1,2}\s*[–-]\s*\d{1,2}\s+(jahre|jaar|ans|a[ñn]os|anos|anni|years?\s+old)\b|\b(m[äa]nnliche|weibliche)\s+person\b|\bjunge[rn]?\s+(mann|frau)\b|\bjonge\s+(man|vrouw)\b|\byoung\s+(man|woman)\b|" +
        @"\b\d{1,2}[\s-]year[\s-]old\b|\baged\s+\d{1,3}\b|\b\d{1,2}-j[äa]hrige[rn]?\b|\b\d{1,3}\s+jahre\s+alte?[rn]?\b|\b[âa]g[ée]e?\s+de\s+\d{1,3}\s+ans\b|\b(jeune|enfant|fille|gar[çc]on|homme|femme|adolescente?)\s+de\s+\d{1,3}\s+ans\b" +
        @"|\bde\s+\d{1,3}\s+a[ñn]os\b|\bde\s+\d{1,3}\s+anos\b|\bdi\s+\d{1,3}\s+anni\b|\bvan\s+\d{1,3}\s+jaar\b|\b\d{1,2}-jarige\b" +
        // Round 28: an age estimated ("een meisje van naar schatting 16 jaar", "d'environ 16 ans", "de unos 16 años").
        @"|\b(van|de|di|d')\s*(naar\s+schatting|ongeveer|circa|ca\.|environ|unos|unas|cerca\s+de|aproximadamente|circa|tipo)\s+\d{1,3}\s+(jaar|ans|a[ñn]os|anos|anni)\b|\b(about|around|approximately|roughly)\s+\d{1,2}\s+years\s+old\b|\b(etwa|ungef[äa]hr|ca\.)\s+\d{1,2}\s+jahre\s+alte?[rn]?\b" +
        @"|\b(life|lives|vida|vidas|vie|vies|vita|vite|leben|leven)\s+(of|de|da|do|das|dos|des|du|di|della|del|dello|der|des|van)\s+(a|an|the|uma|um|una|un|une|einer|eines|een|la|el|o|a|il|lo|le|het|de)\s+(person|pessoa|persona|personne|persoon|man|woman|child|homem|mulher|crian[çc]a|hombre|mujer|ni[ñn][oa]|homme|femme|enfant|uomo|donna|bambin[oa]|frau|mann|kind|kindes|vrouw|jovem|joven|jeune|giovane|jugendlichen|jongere)\b");

    // A form's label for the person at risk, with an answer after it.
    private static readonly Regex PersonLabel = Patterns.Build(
        @"^[ \t\d.)-]*(person(s|\(s\))?|people|individual(s)?|victim(s)?|who\s+is)\s+(at\s+risk|in\s+danger|endangered)\s*[:|-][ \t]*\S|^[ \t\d.)-]*(gef[äa]hrdete\s+person(en)?|personne(s)?\s+en\s+danger|persona(s)?\s+en\s+(riesgo|peligro)|pessoa(s)?\s+em\s+(risco|perigo)|persona\s+a\s+rischio|persone\s+a\s+rischio|perso(o)?n(en)?\s+in\s+gevaar)\s*[:|-][ \t]*\S");

    // Why the data helps: to find, identify or stop someone, in the seven languages. "Secure" is that verb only
    // with its object ("to secure the child"); "send it to our secure mailbox" says where, not why.
    private static readonly Regex Purpose = Patterns.Build(
        @"\b(to|in\s+order\s+to|so\s+(that\s+)?(\p{L}+\s+){0,2}(we|officers|police|deputies|they|agents|carriers?|operators?|teams?|units?|searchers?)\s+(can|could|may)|needed\s+to|necessary\s+to|help\s+(us\s+)?)\s+(\p{L}+\s+){0,2}(locate|find|identify|trace|track|rescue|reach|prevent|stop|end|resolve|protect|save|intercept|apprehend|arrest|safeguard|intervene|evacuate|warn|contact|secure\s+(the|her|him|his|their|them|a|an)\b|ensure\s+(the\s+|their\s+|her\s+|his\s+)?safety|get\s+to|send\s+(a\s+|officers|help|units|deputies|a\s+crisis)|see\s+where|confirm\s+(the\s+|her\s+|his\s+)?(location|whereabouts|identity|safety)|determine\s+(the\s+)?(location|whereabouts|identity)|learn\s+(which|where)|find\s+out\s+(which|where))" +
        @"|\b(um\s+[^.]{0,60}\s+zu\s+(finden|lokalisieren|orten|identifizieren|ermitteln|sch[üu]tzen|retten|verhindern))|\bzur\s+(lokalisierung|ortung|identifizierung|ermittlung|abwehr|rettung)" +
        @"|\b(afin\s+de|pour)\s+(\p{L}+\s+){0,2}(localiser|retrouver|identifier|prot[ée]ger|sauver|emp[êe]cher|pr[ée]venir)" +
        @"|\bpara\s+(\p{L}+\s+){0,2}(localizar|encontrar|identificar|proteger|salvar|evitar|impedir|prevenir|salvaguarda(r)?)" +
        // Round 12 (fixP12): the purpose as a noun, "to safeguard a life" in every language read ("para salvaguarda da
        // vida", "pour la sauvegarde de la vie", "per la salvaguardia della vita", "zum Schutz des Lebens", "ter bescherming
        // van het leven", "for the protection of life").
        @"|\b(para|pour|per|zum|zur|ter|for|in)\s+(a\s+|la\s+|the\s+|de\s+)?(salvaguarda|salvaguardia|sauvegarde|protec[çc][ãa]o|protecci[óo]n|protezione|protection|schutz|rettung|bescherming|preservation|preserva[çc][ãa]o)\s+(da|de|del|della|des|of|van|het)\s+(\p{L}+\s+)?(vida|vita|vie|life|lives|leben[s]?|leven)\b" +
        // A search under way for the person says what the data is for: finding them.
        @"|\b(search(es)?\s+(is|are)\s+(under\s?way|ongoing|in\s+progress)|ricerche\s+(sono\s+)?in\s+corso|b[úu]squeda\s+(est[áa]\s+)?en\s+curso|buscas\s+(est[ãa]o\s+)?em\s+curso|recherches\s+(sont\s+)?en\s+cours|suche\s+(l[äa]uft|ist\s+im\s+gange)|zoektocht\s+is\s+(gaande|bezig))" +
        // Round 19: with the object pronoun joined to the verb ("per localizzarlo", "para localizarla", "localizá-lo").
        @"|\bper\s+(\p{L}+\s+){0,2}(localizzar|rintracciar|trovar|identificar|proteggere|protegger|salvar|evitar|impedir)(e|l[oaie]|gli|ne)\b" +
        @"|\bpara\s+(\p{L}+\s+){0,2}(localiz[aá]r?|encontr[aá]r?|identific[aá]r?|proteg[eê]r?|salv[aá]r?)(-?(l[oa]s?|me|nos))\b" +
        @"|\bom\s+[^.]{0,60}\s+te\s+(lokaliseren|vinden|identificeren|beschermen|redden|voorkomen)|\bter\s+(voorkoming|lokalisering|identificatie)" +
        // Round 28: the account is the only line to the person holding the danger ("He is communicating only through your
        // app under the username ..."): why the data is needed is plain.
        @"|\b(communicating|talking|messaging|negotiating|in\s+contact)\s+(with\s+(us|police|officers|negotiators)\s+)?(only\s+|solely\s+|exclusively\s+)?(through|via|on|using|over)\s+(your|the)\s+(app|application|service|platform|site|account)\b");

    public static EmergencyBasis Read(NormalizedText text, CueContext context, string? nature, IEnumerable<CueHit> emergencyHits)
    {
        var hits = emergencyHits.Where(h => h.Weight > 0).ToList();
        var value = text.Value;
        string? person = hits.FirstOrDefault(h => NaturesNamingAVictim.Contains(h.Cue.Target))?.Text;
        person ??= Operative(text, context, PersonLabel);
        // A person named in the very sentence that states the danger ("a threat of death to shoppers and staff").
        foreach (var hit in hits)
        {
            if (person is not null) break;
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            if (Person.Match(value, start, end - start) is { Success: true } m) person = m.Value;
        }
        if (hits.Count > 0) person ??= Operative(text, context, NamedByAgeOrLife);
        var necessity = Operative(text, context, Purpose) ?? (hits.Count > 0 ? Operative(text, context, LocationAsked) : null);
        var natureHit = hits.FirstOrDefault(h => h.Cue.Target != GenericNature) ?? hits.FirstOrDefault();
        var natureText = natureHit?.Text ?? nature;
        // The situation states the basis when a cue names a concrete danger, or the text states the facts of one.
        var situation = hits.FirstOrDefault(h => h.Cue.Target != GenericNature)?.Text ?? Operative(text, context, SituationFacts) ?? Operative(text, context, MissingPersonFacts) ?? Operative(text, context, HeldOrShotFacts) ?? Operative(text, context, TakenOrGoneFacts) ?? Operative(text, context, HarmUnderWayFacts);
        natureText ??= situation;
        return new EmergencyBasis(person, natureText, necessity)
        {
            Situational = situation is not null,
            Claim = OperativeAt(text, context, EmergencyClaim) is { } at ? Sentence(text, at) : null,
            Withheld = WithholdsFacts.Match(value) is { Success: true } w && !context.Parts.IsContext(w.Index) ? w.Value : null,
            DeniesHarm = Operative(text, context, NobodyHurt),
        };

        static string Sentence(NormalizedText text, (int Index, int Length) at)
        {
            var (start, end) = text.SentenceAround(at.Index, at.Length, 120);
            return text.Value[start..end].Trim();
        }

        static string? Operative(NormalizedText text, CueContext context, Regex regex) =>
            OperativeAt(text, context, regex) is { } at ? text.Value.Substring(at.Index, at.Length) : null;

        static (int Index, int Length)? OperativeAt(NormalizedText text, CueContext context, Regex regex)
        {
            foreach (var match in regex.EnumerateMatches(text.Value))
                if (context.Multiplier(text, match.Index, match.Length) > 0.2) return (match.Index, match.Length);
            return null;
        }
    }
}
