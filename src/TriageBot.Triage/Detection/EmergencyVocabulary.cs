using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// The emergency situations a request may describe, each in the seven languages the engine reads (en de fr es it
/// pt nl), inflections and compounds included. Kept as one table (situation × language) so a gap shows: every
/// situation has a row for every language. Targets are the nature of the emergency, as in <see cref="FlagCues"/>.
/// German compounds need no special handling: a pattern has no leading word boundary, so "Schulamok" or
/// "Kindesentführung" match the stem inside them. Short stems that occur inside unrelated words get boundaries.
/// </summary>
internal static class EmergencyVocabulary
{
    private const string Threat = "threat to life";

    // Words that place a harm in the next hours: a planned meeting or a threat is imminent only with one.
    private const string Soon =
        @"(tonight|today|tomorrow|this\s+(evening|afternoon|morning|weekend)|within\s+(the\s+)?(hour|\d+\s+hours?)" +
        @"|heute(\s+abend|\s+nacht)?|morgen|in\s+den\s+n[äa]chsten\s+stunden|ce\s+soir|aujourd'hui|demain|cette\s+nuit" +
        @"|esta\s+(noche|tarde)|hoy|ma[ñn]ana|hoje(\s+[àa]\s+noite)?|amanh[ãa]|esta\s+noite|stasera|stanotte|oggi|domani" +
        @"|vanavond|vannacht|vandaag|morgen)";

    // Issue 11 round 13: a danger hedged or placed in time between the verb and "in danger" ("Ein Mädchen ist heute
    // Nacht vielleicht in Gefahr", "a girl is possibly in danger tonight", "la niña podría estar esta noche en
    // peligro"). Only such words: a denial ("is not in danger") never stands between.
    private const string EnHedge = @"(possibly|probably|perhaps|maybe|likely|tonight|now|right\s+now|currently|still|really|actually|already|be|today)";
    private const string DeHedge = @"(heute|nacht|abend|jetzt|gerade|vielleicht|m[öo]glicherweise|wahrscheinlich|wohl|noch|akut|derzeit|momentan|konkret|sein|bereits|schon)";
    private const string FrHedge = @"(peut-[êe]tre|probablement|sans\s+doute|ce\s+soir|cette\s+nuit|maintenant|actuellement|encore|d[ée]j[àa]|aujourd'hui)";
    private const string EsHedge = @"(est[ée]n?|quiz[áa]s?|tal\s+vez|posiblemente|probablemente|esta\s+noche|ahora|ahora\s+mismo|actualmente|todav[íi]a|ya|hoy)";
    private const string PtHedge = @"(estej(a|am)|talvez|possivelmente|provavelmente|esta\s+noite|hoje(\s+[àa]\s+noite)?|agora|atualmente|ainda|j[áa])";
    private const string ItHedge = @"(forse|probabilmente|possibilmente|stanotte|stasera|ora|adesso|attualmente|ancora|gi[àa]|oggi)";
    private const string NlHedge = @"(misschien|mogelijk|waarschijnlijk|vannacht|vanavond|nu|momenteel|nog|al|vandaag|zijn)";

    /// <summary>(situation, language, pattern, weight). Weight 3 names the situation; 2.5 a word that is
    /// usually, not always, one (a shooting may be past).</summary>
    private static readonly (string Nature, string Language, string Pattern, double Weight)[] Table =
    [
        // Threat to life.
        ("danger to life", "en", @"\b(child|minor|juvenile|teen(ager)?|girl|boy|kid|baby|infant|student)\s+(is|are|may\s+be|might\s+be|could\s+be|remains?)\s+(at\s+(immediate\s+|serious\s+|imminent\s+|grave\s+)?risk|in\s+danger)\b|\b(is|are|remains?)\s+in\s+(grave|serious|immediate|mortal|imminent|acute)\s+danger|(child|minor|juvenile|person|victim|girl|boy|woman|man|baby|infant|teen(ager)?|kid|student|daughter|son|life|lives)\s+(is\s+|are\s+|may\s+be\s+|might\s+be\s+|could\s+be\s+|remains?\s+)?(" + EnHedge + @"\s+){0,2}in\s+(immediate\s+|grave\s+|serious\s+|mortal\s+|real\s+)?danger|mortal\s+danger|(threat|danger)\s+to\s+(his|her|their)\s+(life|safety)|(dementia|alzheimer\p{L}*)[^.\n]{0,80}\b(walked|wandered)\s+(away|off)|(walked|wandered)\s+(away|off)\s+from\s+(his|her|their|a|the)\s+(care\s+home|nursing\s+home|memory\s+care|care\s+facility|hospital)", 3),
        ("danger to life", "en", @"\bexigent\b", 1.5),
        ("danger to life", "de", @"(schwebt|schweben|befindet\s+sich|befinden\s+sich)\s+in\s+(akuter\s+|gro[ßs]er\s+|unmittelbarer\s+)?(lebens)?gefahr|lebensgef[äa]hr(dung|lich|det)|lebensbedroh(lich|ung)|(akute|konkrete|unmittelbare|gegenw[äa]rtige|erhebliche)\s+gefahr\s+f[üu]r\s+(leib|leben|das\s+leben|die\s+gesundheit)|(kind|person|opfer|m[äa]dchen|junge|frau|mann|jugendliche[rn]?)\s+((ist|schwebt|befindet\s+sich|k[öo]nnte)\s+)?(" + DeHedge + @"\s+){0,3}in\s+(akuter\s+|gro[ßs]er\s+)?(lebens)?gefahr", 3),
        ("danger to life", "fr", @"(se\s+trouve(nt)?|est|sont)\s+en\s+(grave\s+|r[ée]el\s+|tr[èe]s\s+grand\s+)?danger|(enfant|mineur(e)?|personne|victime|fille|gar[çc]on|femme|homme|jeune)\s+(est\s+|se\s+trouve\s+|pourrait\s+[êe]tre\s+)?(" + FrHedge + @"\s+){0,2}en\s+(grave\s+|r[ée]el\s+)?danger|(sa|leur)\s+vie\s+(est\s+)?en\s+danger|pronostic\s+vital|risque\s+vital|urgence\s+vitale|menace\s+(imminente|grave|r[ée]elle)\s+(pour|sur)\s+(la|sa)\s+vie|atteinte\s+grave\s+[àa]\s+l'int[ée]grit[ée]\s+physique|risque\s+(grave|s[ée]rieux|imminent|r[ée]el)?\s*pour\s+(la\s+vie|sa\s+vie|l'int[ée]grit[ée]\s+physique)", 3),
        ("danger to life", "es", @"(se\s+encuentra(n)?|est[áa]n?|corre(n)?)\s+(en\s+)?(grave\s+|serio\s+|inminente\s+)?peligro|(menor|ni[ñn][oa]|persona|v[íi]ctima|chic[oa]|mujer|hombre|joven)\s+(est[áa]\s+|se\s+encuentra\s+|podr[íi]a\s+estar\s+)?(" + EsHedge + @"\s+){0,2}en\s+(grave\s+|serio\s+)?peligro|(su|sus)\s+vidas?\s+(corren?|est[áa]n?)\s+(en\s+)?peligro|riesgo\s+vital|peligro\s+(real\s+)?para\s+su\s+vida|integridad\s+f[íi]sica\s+en\s+riesgo" +
            // Round 20: "Existe riesgo grave para la integridad física del menor".
            @"|riesgo\s+(grave|serio|inminente|cierto|real)?\s*(para|contra)\s+(la\s+)?(vida|integridad\s+f[íi]sica)", 3),
        ("danger to life", "pt", @"(se\s+encontra(m)?|est[áa]o?|corre(m)?)\s+(em\s+)?(grave\s+|s[ée]rio\s+|iminente\s+)?perigo|(menor|crian[çc]a|pessoa|v[íi]tima|menina|menino|mulher|homem|jovem)\s+(est[áa]\s+|se\s+encontra\s+|corre\s+|pode\s+estar\s+)?(" + PtHedge + @"\s+){0,2}(em\s+)?(grave\s+)?(perigo|risco\s+de\s+vida)|(sua|suas)\s+vidas?\s+(est[áa]|corre|correm)\s+(em\s+)?(risco|perigo)|risco\s+de\s+vida|perigo\s+de\s+vida|integridade\s+f[íi]sica\s+em\s+risco|risco\s+(grave|s[ée]rio|iminente|real)?\s*(para|contra)\s+a\s+(vida|integridade\s+f[íi]sica)", 3),
        ("danger to life", "it", @"(si\s+trova(no)?|[èe]|sono|versa(no)?)\s+in\s+(grave\s+|serio\s+)?pericolo|(minore|bambin[oa]|persona|vittima|ragazz[oa]|donna|uomo|giovane)\s+([èe]\s+|si\s+trova\s+|potrebbe\s+essere\s+)?(" + ItHedge + @"\s+){0,2}in\s+(grave\s+|serio\s+)?pericolo|(la\s+sua|la\s+loro)\s+vita\s+([èe]\s+)?in\s+pericolo|in\s+pericolo\s+di\s+vita|rischio\s+per\s+(la\s+sua\s+)?(l'incolumit[àa]|la\s+vita)|pericolo\s+concreto\s+e\s+attuale|rischio\s+(grave|serio|imminente|concreto)\s+per\s+(la\s+)?(vita|incolumit[àa]|integrit[àa]\s+fisica)", 3),
        ("danger to life", "nl", @"(verkeert|verkeren|is|zijn)\s+in\s+(acuut\s+|direct\s+|groot\s+|ernstig\s+)?(levens)?gevaar|levensbedreig(end|ing)|(kind|minderjarige|persoon|slachtoffer|meisje|jongen|vrouw|man|jongere)\s+(is\s+|verkeert\s+|bevindt\s+zich\s+|kan\s+|zou\s+)?(" + NlHedge + @"\s+){0,2}in\s+(acuut\s+|direct\s+|groot\s+|ernstig\s+)?(levens)?gevaar|(zijn|haar|hun)\s+leven\s+(is\s+|staat\s+)?(in\s+gevaar|op\s+het\s+spel)", 3),

        // Round 23: a police force that says only that "a situation of risk exists" and wants an urgent answer ("Existe
        // uma situação de risco", "Er is sprake van een risico"): three blind writers page it, as a claim of danger whose
        // basis the reviewer must still ask for (EMERGENCY_BASIS_INCOMPLETE: it names no person and no danger).
        ("danger to life", "en", @"\bthere\s+is\s+an?\s+(real\s+|serious\s+|acute\s+)?(risk|danger)\s+situation\b|\b(there\s+is\s+)?a\s+situation\s+of\s+(risk|danger)\s+(exists|has\s+arisen|requiring)\b|\bthere\s+is\s+a\s+situation\s+of\s+(risk|danger)\b", 2.5),
        ("danger to life", "de", @"\bes\s+(besteht|liegt)\s+eine\s+(akute\s+|konkrete\s+)?(gefahrenlage|gefahrensituation|risikosituation|gef[äa]hrdungslage)\b", 2.5),
        ("danger to life", "fr", @"\b(il\s+existe|il\s+y\s+a)\s+une\s+situation\s+(de\s+(danger|risque|p[ée]ril)|[àa]\s+risque)\b", 2.5),
        ("danger to life", "es", @"\b(existe|hay)\s+una\s+situaci[óo]n\s+de\s+(riesgo|peligro)\b|\bsituaci[óo]n\s+de\s+riesgo\s+que\s+requiere\b", 2.5),
        ("danger to life", "it", @"\b(sussiste|esiste|c'[èe])\s+una\s+situazione\s+di\s+(rischio|pericolo)\b", 2.5),
        ("danger to life", "pt", @"\b(existe|h[áa])\s+uma\s+situa[çc][ãa]o\s+de\s+(risco|perigo)\b|\bsitua[çc][ãa]o\s+de\s+risco\s+que\s+(requer|exige)\b", 2.5),
        ("danger to life", "nl", @"\ber\s+is\s+sprake\s+van\s+(een\s+)?(acuut\s+|ernstig\s+)?(risico|risicosituatie|gevaarlijke\s+situatie|gevaarsituatie|dreiging)\b", 2.5),

        // Issue 11 round 12: the facts of a person at risk, each too weak to page alone (a cold case says a child "has
        // not been located" too), two together or beside any other danger word do: nobody knows where they are, a note
        // left, a threat aimed at a child, a victim who "could be hurt", someone who "may still be alive", a past attempt
        // on their own life, medication left behind. A request that states such a danger pages without the words
        // "emergency" or "urgent".
        // A threat aimed at a child, named without what it is: a generic claim (it needs the facts beside it, like any
        // "danger to life"), weak alone.
        ("danger to life", "en", @"\bthreat\s+to\s+(a|the)\s+(minor|child|girl|boy|teen(ager)?)\b", 1.5),
        ("danger to life", "de", @"\bbedrohung\s+(eines|einer)\s+(kindes|minderj[äa]hrigen)", 1.5),
        ("danger to life", "fr", @"\bmenaces?\s+(sur|contre|envers)\s+(un|une|le|la)\s+(mineure?|enfant)\b", 1.5),
        ("danger to life", "es", @"\bamenaza\s+(a|contra)\s+(un|una)\s+(menor|ni[ñn][oa])\b", 1.5),
        ("danger to life", "it", @"\bminaccia\s+(a|contro)\s+(un|una)\s+(minore|bambin[oa])\b", 1.5),
        ("person at risk", "en", @"\b(she|he|they|and|who|the\s+(child|boy|girl|victim|man|woman|person|teen(ager)?|juvenile|minor|user|patient|student))\s+(has|have|had)\s+(still\s+)?not\s+(yet\s+)?been\s+(located|found|seen|heard\s+from)|\b(do|does|did)\s+not\s+know\s+where\s+(else\s+)?(she|he|they|the\s+\p{L}+)\s+(is|are|was|were|could\s+be|might\s+be|may\s+be)\b|\bleft\s+(a|behind\s+a)\s+(suicide\s+|goodbye\s+)?note\b|\b(may|might|could)\s+(still\s+)?be\s+alive\b|\b(child|minor|girl|boy|victim|she|he|they)\s+(could|may|might|will)\s+be\s+(hurt|harmed|killed|abused|assaulted|raped|taken)\b|\bwithout\s+(her|his|their)\s+(insulin|medication|medicine)\b|\b(attempted|tried)\s+to\s+(kill|drown|hang|harm|hurt|poison)\s+(her|him|them)sel(f|ves)\b", 1.5),
        ("person at risk", "de", @"\b(wurde|ist)\s+(noch\s+|bisher\s+)?nicht\s+(gefunden|aufgefunden|lokalisiert|geortet)|\b(wissen|wei[ßs])\s+nicht,?\s+wo\s+(sie|er)\s+(ist|sind|sich\s+aufh[äa]lt)|\bk[öo]nnte\s+(noch\s+)?am\s+leben\s+sein|\bohne\s+(ihre|seine)\s+(medikamente|insulin)\b|\b(hat|habe)\s+(bereits\s+|schon\s+)?(einmal\s+)?versucht,?\s+sich\s+(das\s+leben\s+zu\s+nehmen|umzubringen)", 1.5),
        ("person at risk", "fr", @"\bn'a\s+pas\s+[ée]t[ée]\s+(retrouv|localis)[ée]e?s?|\b(nous\s+ignorons|nous\s+ne\s+savons\s+pas|on\s+ignore|ne\s+sai(t|ent)\s+pas|ignore(nt)?)\s+o[uù]\b|\bsans\s+(son|ses|leur)\s+(traitement|m[ée]dicaments?|insuline)\b|\bpourrait\s+([êe]tre\s+)?(encore\s+)?(en\s+vie|vivante?)\b|\b(a\s+d[ée]j[àa]\s+)?tent[ée]\s+de\s+(se\s+suicider|mettre\s+fin\s+[àa]\s+ses\s+jours)", 1.5),
        ("person at risk", "es", @"\bno\s+(ha|han)\s+sido\s+localizad[oa]s?|\bno\s+(sabemos|sabe|saben)\s+d[óo]nde\b|\bse\s+desconoce\s+(su\s+)?paradero|\bsin\s+(su|sus)\s+(medicaci[óo]n|medicamentos|insulina)\b|\btiene\s+miedo\b|\bpodr[íi]a\s+(seguir\s+|estar\s+)?(con\s+vida|viv[oa])\b|\b(ha\s+)?intentado\s+(suicidarse|quitarse\s+la\s+vida)", 1.5),
        ("person at risk", "pt", @"\bn[ãa]o\s+foi\s+localizad[oa]|\bn[ãa]o\s+(sabemos|sabe|sabem)\s+onde\b|\bparadeiro\s+desconhecido|\bsem\s+(a\s+sua\s+|sua\s+|os\s+seus\s+|seus\s+)(medica[çc][ãa]o|medicamentos|insulina)\b|\bningu[ée]m\s+sai(r[áa])?\s+viv[oa]|\bpode\s+(ainda\s+)?estar\s+viv[oa]\b|\b(j[áa]\s+)?tentou\s+(suicidar-se|se\s+matar|tirar\s+a\s+pr[óo]pria\s+vida)", 1.5),
        ("person at risk", "it", @"\bnon\s+[èe]\s+stat[oa]\s+(ritrovat|rintracciat|localizzat)[oa]|\bnon\s+(sappiamo|sa|sanno)\s+dove\b|\bsenza\s+(i\s+suoi|la\s+sua|le\s+sue)\s+(farmaci|medicine|medicinali|insulina)\b|\bpotrebbe\s+essere\s+ancora\s+viv[oa]\b|\bha\s+(gi[àa]\s+)?tentato\s+(il\s+suicidio|di\s+togliersi\s+la\s+vita)", 1.5),
        ("person at risk", "nl", @"\bis\s+(nog\s+)?niet\s+(gevonden|gelokaliseerd|teruggevonden)|\b(weten|weet)\s+(niet|we\s+niet)\s+waar\b|\bzonder\s+(haar|zijn)\s+(medicatie|medicijnen|insuline)\b|\bkan\s+(nog\s+)?in\s+leven\s+zijn\b|\bheeft\s+(al\s+eerder\s+|eerder\s+)?geprobeerd\s+zichzelf\s+(van\s+het\s+leven\s+te\s+beroven|iets\s+aan\s+te\s+doen)", 1.5),

        // Issue 11 round 12 (fixP12): a threat that a parent or child will never be seen again ("she will never see the boy
        // again"), what a parental abductor says before taking a child away: a fact of a person at risk, weak alone (it
        // is also what a bitter ex-partner says in a custody quarrel), pages beside another.
        ("person at risk", "en", @"\bwill\s+never\s+see\s+(the|her|his|their|your|my)\s+(boy|girl|child|children|kids?|son|daughter|baby)\s+again\b", 1.5),
        ("person at risk", "de", @"\b(das|ihr|sein|den|ihren|seinen|die|ihre|seine)\s+(kind|kinder|sohn|tochter|jungen|m[äa]dchen)\s+nie\s+(mehr\s+|wieder\s+)+sehen\b", 1.5),
        ("person at risk", "fr", @"\bne\s+reverra\s+(jamais\s+)?(plus\s+(jamais\s+)?)?(son|sa|ses|l'|le|la|les)\s*(enfants?|fils|fille|petit|petite|b[ée]b[ée])\b", 1.5),
        ("person at risk", "es", @"\bno\s+volver[áa]\s+a\s+ver\s+(a\s+)?(su|sus|el|la|los|al)\s+(hij[oa]s?|ni[ñn][oa]s?|beb[ée]|chic[oa])\b", 1.5),
        ("person at risk", "pt", @"\bnunca\s+mais\s+(vai\s+|ir[áa]\s+)?ver\s+(o|a|os|as|seu|sua)\s+(filh[oa]s?|crian[çc]as?|menin[oa]s?|beb[êe])\b", 1.5),
        ("person at risk", "it", @"\bnon\s+(rivedr[àa]|vedr[àa])\s+(mai\s+)?pi[ùu]\s+(il|la|i|le|suo|sua)\s+(figli[oa]?|bambin[oaie]|piccol[oa])\b", 1.5),
        ("person at risk", "nl", @"\b(zal|zult|ziet)\s+(haar|zijn|het|de|je)\s+(kind|kinderen|zoon|dochter|jongen|meisje)\s+nooit\s+(meer\s+)?(terug)?zien\b", 1.5),

        // Rampage, active shooter.
        ("active shooter", "en", @"active\s+(shooter|gunman|assailant)|shooting\s+spree|\brampage\b|shoot\s+up\s+(the|a|his|her|their|my)\s+(school|campus|mall|church|office|workplace|class)|(threat(en(ed|s|ing)?)?|plan(s|ned|ning)?)\s+(of\s+|to\s+(carry\s+out\s+)?)?(a\s+)?(mass|school)\s+(shooting|killing|murder)|shoot\s+up\s+(the|a|his|her|their|my)\s+\p{L}+\s+(school|campus|mall|church|office|workplace|class|job|work)", 3),
        ("active shooter", "de", @"amok\p{L}*|(schul|massen)(schie[ßs]erei|massaker|m[oö]rd)\p{L}*|schie[ßs]erei\s+an\s+(der|einer)\s+schule|androhung\s+eines\s+(amok|massaker|anschlag)", 3),
        ("active shooter", "fr", @"\btuerie\b|tireur\s+(actif|arm[ée])|projet\s+de\s+tuerie|fusillade\s+(dans|au|[àa]\s+l')\s*(lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée])|menace\s+de\s+(tuerie|fusillade)|attaque\s+arm[ée]e\s+(contre|dans|au)", 3),
        ("active shooter", "es", @"tirador\s+activo|tiroteo\s+(masivo|escolar|en\s+(el|la|un|una)\s+(colegio|escuela|instituto|universidad))|\bmasacre\b|\bmatanza\b|amenaza\s+de\s+(tiroteo|masacre|matanza)", 3),
        ("active shooter", "pt", @"atirador\s+ativo|ataque\s+(armado\s+)?(a|[àa]|contra\s+(a|uma))\s+escola|\bmassacre\b|tiroteio\s+(na|numa|em\s+uma)\s+escola|amea[çc]a\s+de\s+(massacre|ataque\s+[àa]\s+escola|tiroteio)", 3),
        ("active shooter", "it", @"tiratore\s+attivo|\bstrage\b|\bmassacro\b|sparatoria\s+(a|in|nella|alla)\s+(scuola|universit[àa]|liceo)|minaccia\s+di\s+(strage|sparatoria|massacro)|attacco\s+armato", 3),
        ("active shooter", "nl", @"actieve\s+schutter|schietpartij|\bbloedbad\b|aanslag\s+op\s+(een|de|het)\s+(school|scholengemeenschap|universiteit|college)|dreig(t|de|ing)\s+met\s+(een\s+)?(schietpartij|bloedbad|aanslag)|\bamok\p{L}*", 3),
        // Round 28: an armed person at a school, filmed or seen ("empunha uma caçadeira à porta da Escola Secundária",
        // "brandishing a shotgun outside Lincoln High School"), in each language read.
        ("active shooter", "en", @"\b(brandish(es|ed|ing)?|holding|holds|wielding|armed\s+with|posing\s+with)\s+(a|an)\s+(shotgun|rifle|handgun|pistol|gun|firearm|ar-15|assault\s+rifle)\s+[^.;]{0,40}\b(school|campus)\b", 3),
        ("active shooter", "pt", @"\b(empunha(ndo|va)?|exib(e|indo)|segura(ndo)?|armad[oa]\s+com)\s+(uma?\s+)?(ca[çc]adeira|espingarda|arma(\s+de\s+fogo)?|pistola|rev[óo]lver|fuzil|carabina)\s+[^.;]{0,40}\bescola\b", 3),
        ("active shooter", "es", @"\b(empu[ñn]a(ndo|ba)?|exhib(e|iendo)|armad[oa]\s+con)\s+(una?\s+)?(escopeta|rifle|fusil|pistola|arma(\s+de\s+fuego)?|rev[óo]lver)\s+[^.;]{0,40}\b(colegio|escuela|instituto)\b", 3),
        ("active shooter", "it", @"\b(impugna(ndo|va)?|imbraccia(ndo|va)?|armat[oa]\s+di)\s+(una?\s+)?(fucile|pistola|arma|doppietta|carabina)\s+[^.;]{0,40}\b(scuola|liceo|istituto)\b", 3),
        ("active shooter", "fr", @"\b(brandi(t|ssant)|arm[ée]e?\s+d')\s*(une?\s+)?(fusil|pistolet|arme|carabine)\s+[^.;]{0,40}\b([ée]cole|lyc[ée]e|coll[èe]ge)\b", 3),
        ("active shooter", "de", @"\bmit\s+(einer|einem)\s+(schrotflinte|gewehr|pistole|schusswaffe|waffe)\s+[^.;]{0,40}\b(schule|gymnasium|gesamtschule|realschule)\b", 3),
        ("active shooter", "nl", @"\bmet\s+een\s+(jachtgeweer|geweer|pistool|vuurwapen)\s+[^.;]{0,40}\b(school|scholengemeenschap)\b", 3),

        // Bomb threat.
        ("bomb threat", "en", @"bomb\s+(scare|hoax|plot)|(plant(ed)?|place[d]?|detonate[d]?|set\s+off)\s+(a|the|an)\s+(bomb|explosive|device)|(pipe|car|nail)\s+bomb|(a|an|the)\s+(bomb|explosive|device)\s+(had|has)\s+been\s+(placed|planted|hidden)|(would|will|set\s+to)\s+(detonate|explode|go\s+off)\b|(will|would|going\s+to|gonna|threaten(s|ed|ing)?\s+to|plans?\s+to|plotting\s+to)\s+blow\s+up\b", 3),
        ("bomb threat", "de", @"bomben(drohung|anschlag|alarm|attentat|leger)\p{L}*|spreng(stoff|satz|s[äa]tze|k[öo]rper)\p{L}*|eine\s+bombe\s+(gelegt|platziert|deponiert|z[üu]nden)|in\s+die\s+luft\s+(zu\s+)?(sprengen|jagen)", 3),
        ("bomb threat", "fr", @"alerte\s+[àa]\s+la\s+bombe|engin\s+explosif|colis\s+pi[ée]g[ée]|menace\s+[àa]\s+la\s+bombe|pos(er|[ée])\s+une\s+bombe|faire\s+sauter|(faire|fera|va\s+faire|menace\s+de\s+faire)\s+exploser", 3),
        ("bomb threat", "es", @"amenaza\s+de\s+bomba|artefacto\s+explosivo|coche\s+bomba|colocar\s+una\s+bomba|(puso|poner|coloc[óo])\s+(una\s+)?bomba|hacer\s+estallar|(hacer|har[áa]|va\s+a\s+hacer)\s+(explotar|estallar)", 3),
        ("bomb threat", "pt", @"amea[çc]a\s+de\s+bomba|artefato\s+explosivo|engenho\s+explosivo|(colocar|plantar|detonar)\s+uma\s+bomba|carro[\s-]bomba|(fazer|far[áa]|vai\s+fazer|ir[áa]\s+fazer)\s+(explodir|rebentar)|explodir\s+(um|uma)\s+(engenho|bomba|artefa(c)?to|explosivo)", 3),
        ("bomb threat", "it", @"minaccia\s+(di\s+)?bomba|allarme\s+bomba|ordigno(\s+esplosivo)?|(piazzare|mettere|far\s+esplodere)\s+una\s+bomba|autobomba|(far[àa]?|fare)\s+esplodere|fara\s+saltare|far\s+saltare\s+in\s+aria", 3),
        ("bomb threat", "nl", @"bom(melding|dreiging|aanslag|alarm)\p{L}*|explosieven|explosief\s+(apparaat|middel|pakket)|een\s+bom\s+(plaatsen|geplaatst|laten\s+ontploffen)|autobom|(laten|zal\s+laten|gaat\s+laten)\s+(ontploffen|exploderen)|op\s+te\s+blazen|(gaat|zal)\s+\p{L}+\s+opblazen", 3),

        // Hostage.
        ("hostage", "en", @"hostages?|barricaded\s+(himself|herself|themselves|suspect|inside|in)\b|(active|ongoing)\s+(barricade|stand-?off)|barricade\s+(situation|incident)|at\s+(gun|knife)[\s-]?point|holding\s+(\p{L}+\s+){1,8}(hostage|with\s+a\s+(gun|knife|rifle|weapon|firearm))|\b(locked|chained|tied)\s+(her|him|them|me)\s+(up\s+)?in\s+(the|a|his|her)\s+(basement|cellar|room|closet|trunk|garage|shed)\b", 3),
        ("hostage", "de", @"geisel(nahme|n|nehmer)?\b|gefangen\s+gehalten|verbarrikadiert|hat\s+sich\s+(\p{L}+\s+){0,3}verschanzt", 3),
        ("hostage", "fr", @"prise\s+d'otages?|\bretranch[ée]e?\s+(chez|dans|[àa]\s+l'int[ée]rieur)|\bforcen[ée]\s+retranch|\botages?\b|retenue?\s+contre\s+(son|leur)\s+gr[ée]|s[ée]questr[ée]e?\s+(par|chez|dans|depuis)|s[ée]questration\s+(de\s+personne|d'une?\s)|\b(m'a|l'a|les\s+a|nous\s+a)\s+enferm[ée]e?s?\s+(dans|[àa])\b", 3),
        ("hostage", "es", @"reh[ée]n(es)?\b|\batrincherad[oa]\s+(en|dentro)|toma\s+de\s+rehenes|retenid[oa]\s+contra\s+su\s+voluntad", 3),
        ("hostage", "pt", @"ref[ée]m\b|\b(barricad|entrincheirad)[oa]\s+(em|na|no|numa|num|dentro)|ref[ée]ns\b|mantid[oa]\s+(em\s+)?c[áa]rcere\s+privado|c[áa]rcere\s+privado|mantid[oa]\s+contra\s+a\s+(sua\s+)?vontade", 3),
        ("hostage", "it", @"ostaggi?o?\b|\b(barricat|asserragliat)[oa]\s+(in|nella|nel|dentro)|presa\s+di\s+ostaggi|trattenut[oa]\s+contro\s+la\s+sua\s+volont[àa]", 3),
        ("hostage", "nl", @"gijzel(ing|aar|aars|t|de|den)\b|\bheeft\s+zich\s+(\p{L}+\s+){0,3}(verschanst|gebarricadeerd)|gegijzeld|tegen\s+(zijn|haar)\s+wil\s+vastgehouden", 3),

        // Kidnapping, abduction.
        ("kidnapping", "en", @"snatched\s+(a|the)\s+(child|girl|boy)|custodial\s+interference|interference\s+with\s+(child\s+)?custody|parental\s+(abduction|kidnapping)|(express|virtual)\s+kidnapping\s+(in\s+progress|under\s?way)|forced\s+into\s+a\s+(car|van|vehicle)|taken\s+against\s+(his|her|their)\s+will", 3),
        ("kidnapping", "de", @"entf[üu]hr\p{L}*|kindesentziehung|verschlepp(t|ung)|in\s+ein\s+(auto|fahrzeug)\s+gezerrt", 3),
        ("kidnapping", "fr", @"enl[eè]vement\s+(d'un|d'une|de\s+(la|l')|du)\s*(enfant|mineur|fille|gar[çc]on|jeune|victime|femme|homme|b[ée]b[ée]|adolescent)|enl[eè]vement\s+(parental|d'enfant|de\s+mineur)|auteur\s+de\s+l'enl[eè]vement|(enfant|fille|fillette|gar[çc]on(net)?|mineure?|victime|femme|homme|adolescente?|b[ée]b[ée]|coll[ée]gienne?|lyc[ée]enne?)(\s+de\s+\d{1,2}\s+ans)?\s+(a\s+[ée]t[ée]\s+)?enlev[ée]e?\b|kidnapp\p{L}*|rapt\b|soustraction\s+(de\s+mineure?s?|d'enfants?)|\bravisseurs?\b|demande\s+de\s+ran[çc]on", 3),
        ("kidnapping", "es", @"secuestr(o|ad[oa]s?|aron|ó)\b|sustracci[óo]n\s+(internacional\s+|parental\s+)+de\s+(menores|un\s+menor|una\s+menor)|\brapt(o|ad[oa])\b|(privaci[óo]n|privad[oa]s?)\s+(ilegal(mente)?\s+)?de\s+(la\s+|su\s+)?libertad|sustracci[óo]n\s+de\s+menores" +
            // Round 20: "Un niño de 7 años ha sido sustraído esta mañana".
            @"|\b(ha|han)\s+sido\s+(sustra[íi]d|raptad|secuestrad)[oa]s?\b|\bsustra[íi]d[oa]\s+(por|esta|ayer|anoche|de\s+su)" +
            // Issue 11 round 15: held by named captors or taken by force ("está retenido por varias personas", "se lo
            // llevaron a la fuerza"), a ransom demanded under threat.
            @"|\b(est[áa]|permanece|sigue)\s+retenid[oa]\s+(por|en)\b|\bse\s+(lo|la|los|las)\s+llevaron\s+a\s+la\s+fuerza|\bcaptores\b|\bamenaza(n|ron)?\s+con\s+(mutilar|matar|herir|torturar)(lo|la|los|las)?\b", 3),
        ("kidnapping", "pt", @"sequestrad[oa]s?\b|sequestro(-rel[âa]mpago)?\s+(em\s+curso|em\s+andamento)|sequestro-rel[âa]mpago|subtra[çc][ãa]o\s+(internacional\s+)?de\s+(menor|crian[çc]a)|rapto\s+parental|sequestro\s+(de|da|do)\s+(crian[çc]a|menor|pessoa|uma|um|v[íi]tima)|foi\s+sequestrad|\brapt(o|ad[oa])\b|extors[ãa]o\s+mediante\s+sequestro", 3),
        ("kidnapping", "it", @"rapiment\p{L}*|sequestro\s+lampo|sottrazione\s+internazionale\s+di\s+minor|rapit[oa]\b|sequestro\s+di\s+persona|sottrazione\s+di\s+minore|(bambin[oa]|minore|ragazz[oa]|donna|uomo)\s+([èe]\s+stat[oa]\s+)?sequestrat[oa]", 3),
        ("kidnapping", "nl", @"ontvoer\p{L}*|onttrekking\s+aan\s+het\s+(ouderlijk\s+)?gezag|vrijheidsberoving|kinderontvoering|meegenomen\s+tegen\s+(zijn|haar)\s+wil", 3),

        // Missing child.
        ("missing child", "en", @"missing\s+(since|from)\s+(last\s+night|this\s+morning|yesterday|\d)|(child|minor|girl|boy|daughter|son|teen(ager)?|\d{1,2}[\s-]year[\s-]old)(\s+(boy|girl|son|daughter))?\s+(has\s+been\s+|was\s+|is\s+|went\s+)(reported\s+)?missing|failed\s+to\s+return\s+home|(\d{1,2}[\s-]year[\s-]old|child|minor|girl|boy|daughter|son|teen(ager)?)(\s+(boy|girl|son|daughter))?\s+(was|has\s+been|had\s+been)\s+(lured|taken|enticed|picked\s+up)\s+(from|away|out|by)", 3),
        ("missing child", "de", @"vermisst(e|en|er|es)?\s+(kind|minderj[äa]hrige|jugendliche|sch[üu]ler(in)?|m[äa]dchen|junge|tochter|sohn)|(kind|tochter|sohn|m[äa]dchen|junge|sch[üu]ler(in)?)\s+(wird|ist)\s+(seit\s+[^.\n]{0,40})?vermisst|vermisstenfall|vermisstenanzeige|(kind|tochter|sohn|m[äa]dchen|junge|sch[üu]ler(in)?|jugendliche[rn]?|\d{1,2}-j[äa]hrige[sr]?\s+(m[äa]dchen|junge|kind))\s+(ist|wird)\s+(seit\s+[^.\n]{0,40})?(verschwunden|abg[äa]ngig|spurlos)", 3),
        ("missing child", "fr", @"disparition\s+inqui[ée]tante|(enfant|mineur(e)?|fille|fillette|gar[çc]on|adolescente?|coll[ée]gien(ne)?|lyc[ée]en(ne)?)(\s+de\s+\d{1,2}\s+ans)?,?\s+(a\s+|est\s+)?disparue?|alerte\s+enl[eè]vement|fugue\s+(d'un|d'une)\s+mineur", 3),
        ("missing child", "es", @"(ni[ñn][oa]|menor|adolescente|hij[oa]|chic[oa])(\s+de\s+\d{1,2}\s+a[ñn]os)?,?\s+(est[áa]\s+|se\s+encuentra\s+)?desaparecid[oa]|desaparici[óo]n\s+de\s+(un|una|el|la)\s+(menor|ni[ñn][oa]|adolescente)|alerta\s+amber|(ni[ñn][oa]|menor|adolescente|hij[oa]|chic[oa])(\s+de\s+\d{1,2}\s+a[ñn]os)?\s+(lleva(n)?|sigue(n)?|contin[úu]a(n)?)\s+desaparecid[oa]", 3),
        ("missing child", "pt", @"(crian[çc]a|menor|adolescente|filh[oa]|menin[oa]|jovem)(\s+de\s+\d{1,2}\s+anos)?,?\s+(est[áa]\s+|encontra-se\s+)?desaparecid[oa]|desaparecimento\s+(de|da|do)\s+(uma\s+|um\s+)?(crian[çc]a|menor|adolescente)|(crian[çc]a|menor|adolescente|filh[oa]|menin[oa]|jovem)(\s+de\s+\d{1,2}\s+anos)?\s+(continua|segue|permanece)\s+desaparecid[oa]", 3),
        ("missing child", "it", @"(bambin[oa]|minore|ragazz[oa]|adolescente|figli[oa])(\s+di\s+\d{1,2}\s+anni)?,?\s+([èe]\s+)?scompars[oa]|scomparsa\s+di\s+(un|una)\s+(minore|bambin[oa]|ragazz[oa]|adolescente)|allontanamento\s+di\s+(un|una)\s+minore|(bambin[oa]|minore|ragazz[oa]|adolescente|figli[oa])(\s+di\s+\d{1,2}\s+anni)?\s+([èe]\s+)?(sparit[oa]|irreperibile|(ancora\s+)?scompars[oa])", 3),
        ("missing child", "nl", @"vermist(e)?\s+(kind|minderjarige|meisje|jongen|tiener|dochter|zoon)|(kind|meisje|jongen|tiener|dochter|zoon)(\s+van\s+\d{1,2}(\s+jaar)?)?\s+(is\s+|wordt\s+)?(sinds\s+[^.\n]{0,40})?vermist|vermissingszaak|amber\s+alert|(kind|meisje|jongen|tiener|dochter|zoon)(\s+van\s+\d{1,2}(\s+jaar)?)?\s+(is\s+)?(sinds\s+[^.\n]{0,40})?(spoorloos|verdwenen|onvindbaar)", 3),

        // Suicide, self-harm.
        ("threat of suicide", "en", @"kill\s+(himself|herself|themselves|themself|myself)|\b(take|swallow|taking|swallowing)\s+a\s+lethal\s+(dose|quantity|amount|number)\b|\b(on|over)\s+(a|the)\s+(bridge\s+)?(railing|ledge|parapet)\s+of\s+(a|the)\s+(bridge|roof|building|overpass)\b|threaten(ed|ing|s)?\s+to\s+(end|take)\s+((his|her|their|my)\s+(own\s+)?)?life\b|last\s+(thing|post|message|video)\s+(i|i['’]ll|i\s+will)\s+(ever\s+)?(post|send|write|make)|end\s+it\s+all|goodbye\s+(note|letter|message)|(jump|jumping)\s+(off|from)\s+(a|the)\s+(bridge|roof|building)|\bnoose\b|said\s+(his\s+|her\s+|their\s+)?goodbyes?\s+to\s+(his|her|their)\s+(followers|family|friends|children|kids|parents|viewers)|(will|going\s+to|gonna|wants?\s+to|plans?\s+to)\s+(hang|shoot|drown|poison)\s+(himself|herself|themselves|themself)|farewell\s+(message|note|letter|post|video)|\b(slit|slashed|cut)\s+(her|his|their|my)\s+wrists|photo\s+of\s+(her|his|their)\s+(cut|slashed|bleeding)\s+wrists", 3),
        ("threat of suicide", "de", @"sich\s+(selbst\s+)?(umzubringen|umbringen|zu\s+t[öo]ten|etwas\s+an(zu)?tun|das\s+leben\s+zu\s+nehmen)|selbstverletz\p{L}*|abschiedsbrief|abschiedsnachricht|freitod|abschieds(brief|nachricht|video|post|botschaft)|pulsadern\s+(aufgeschnitten|aufgeritzt)|(aufgeschnittene|aufgeritzte)[nr]?\s+pulsadern" +
            // Issue 11 round 15: the leap named by its place ("werde sich heute Nacht von der Brücke stürzen").
            @"|\bsich\s+(\p{L}+\s+){0,4}(von|vom|aus)\s+(der|dem|einer|einem|den)\s+\p{L}*(br[üu]cke|dach|hochhaus|turm|balkon|fenster|klippe)\s+(zu\s+)?st[üu]rzen|\bsich\s+(\p{L}+\s+){0,3}vor\s+(den|einen)\s+zug\s+(zu\s+)?(werfen|legen)" +
            // Round 27: words between "sich" and the life it takes ("sich „heute Nacht noch“ das Leben zu nehmen"), a
            // farewell to the family, a bridge's railing.
            @"|\bsich\s+[^.\n]{1,30}\s+das\s+leben\s+(zu\s+)?nehmen|\bverabschiedet\s+sich\s+von\s+(seiner|ihrer|der)\s+(familie|freundin|mutter|eltern|kindern|frau)|\b(auf|an)\s+(einem|dem)\s+br[üu]ckengel[äa]nder", 3),
        ("threat of suicide", "fr", @"se\s+suicider|(menace|risque|intention|projet)\s+de\s+suicide|mettre\s+fin\s+[àa]\s+(ses|sa|leurs)\s+(jours|vie)|automutilation|se\s+donner\s+la\s+mort|lettre\s+d'adieu|message\s+d'adieu|(message|lettre|vid[ée]o|mot)\s+d'adieu|(taillad[ée]|ouvert|coup[ée])e?s?\s+les\s+veines|(poignets|veines)\s+(taillad|entaill|ouvert)|\bse\s+(jeter|jettera|jeter)\s+(du|d'un|de\s+la|sous\s+un)\s+(pont|toit|immeuble|train|falaise)", 3),
        ("threat of suicide", "es", @"suicid(arse|arme|ar|a)\b|quitarse\s+la\s+vida|acabar\s+con\s+su\s+vida|autolesi(o|ó)n\p{L}*|carta\s+de\s+despedida|mensaje\s+de\s+despedida|(mensaje|carta|v[ií]deo|nota)\s+de\s+despedida|(cort[óa]do|cortado|cortarse)\s+las\s+venas|(mu[ñn]ecas|venas)\s+cortadas|\b(tirarse|lanzarse|arrojarse|se\s+tirar[áa]|se\s+lanzar[áa])\s+(desde|de|por|a)\s+(el|un|la|una)\s+(puente|azotea|tejado|edificio|tren|v[íi]as)", 3),
        ("threat of suicide", "pt", @"suic[íi]d(io|ar-se|ar)|se\s+matar|tirar\s+a\s+(sua\s+|pr[óo]pria\s+)+vida|automutila\p{L}*|autoles[ãa]o|carta\s+de\s+despedida|mensagem\s+de\s+despedida|(mensagem|carta|v[ií]deo|nota)\s+de\s+despedida|pulsos\s+cortados|cortou\s+os\s+pulsos|(cortar|cortou)\s+as\s+veias", 3),
        ("threat of suicide", "it", @"suicid(arsi|io|a)\b|togliersi\s+la\s+vita|farla\s+finita|volersi\s+togliere\s+la\s+vita|autolesionis\p{L}*|lettera\s+d'addio|messaggio\s+d'addio|(messaggio|lettera|video|biglietto)\s+(di\s+|d')\s*addio|tagliat[oa]\s+le\s+vene|(polsi|vene)\s+tagliat[ei]", 3),
        ("threat of suicide", "nl", @"su[ïi]cid(aal|ale|erisico|epoging|egedachten)|(dreigt\s+met|pleegt|plegen)\s+su[ïi]cide|su[ïi]cide\s+(te\s+)?plegen|zelfmoord\p{L}*|zichzelf\s+(van\s+het\s+leven\s+(te\s+)?beroven|iets\s+aan(\s+te)?\s+doen|te\s+doden)|zelfbeschadiging|afscheidsbrief|afscheidsbericht|afscheids(bericht|brief|video|boodschap)|polsen\s+(door)?(gesneden|opengesneden)|(doorgesneden|opengesneden)\s+polsen" +
            // Round 28: "zegt dat ze er vannacht een eind aan maakt", "een einde aan haar leven maken".
            @"|\ber\s+(\p{L}+\s+){0,2}een\s+eind(e)?\s+aan\s+(te\s+)?(maken|maakt|maak|gemaakt)\b|\been\s+eind(e)?\s+aan\s+(zijn|haar|mijn|hun|het)\s+(eigen\s+)?leven\s+(te\s+)?(maken|maakt|maak)\b", 3),

        // Sexual assault imminent.
        ("sexual assault", "en", $@"pick\s+(her|him)\s+up\s+(\p{{L}}+\s+){{0,3}}{Soon}|pick\s+(the|a)\s+(child|minor|girl|boy|teen|\d{{1,2}}[\s-]year[\s-]old)\s+up\s+(\p{{L}}+\s+){{0,3}}{Soon}|(meet|meeting|meet\s+up\s+with|see)\s+(a|the|an)\s+(\d{{1,2}}[\s-]year[\s-]old|minor|child|girl|boy|teen)\s+{Soon}|(sexual\s+assault|rape)\s+(is\s+)?(imminent|planned|about\s+to)", 3),
        ("sexual assault", "de", $@"(sexuelle[rn]?\s+)?(übergriff|missbrauch|vergewaltigung)\s+(steht\s+(unmittelbar\s+)?bevor|droht|ist\s+geplant)|(treffen|verabredung|verabredet)\s+(mit\s+)?(dem|der|einem|einer)\s+(kind|minderj[äa]hrigen|m[äa]dchen|jungen|\d{{1,2}}-j[äa]hrigen)\s+{Soon}|{Soon}\s+(mit\s+)?(dem|der|einem|einer)\s+(kind|minderj[äa]hrigen|m[äa]dchen|jungen|\d{{1,2}}-j[äa]hrigen)\s+(treffen|verabredet)", 3),
        ("sexual assault", "fr", $@"(agression\s+sexuelle|viol|abus\s+sexuel)\s+(imminent|pr[ée]vu|programm[ée])|rendez-vous\s+avec\s+(un|une|le|la|l')\s*(mineur(e)?|enfant|fille|gar[çc]on|adolescente?)\s+{Soon}", 3),
        ("sexual assault", "es", $@"(agresi[óo]n|abuso|violaci[óo]n)\s+(sexual\s+)?(inminente|planeada|planificada)|(encuentro|cita|quedado)\s+con\s+(un|una|el|la)\s+(menor|ni[ñn][oa]|chic[oa]|adolescente)\s+{Soon}", 3),
        ("sexual assault", "pt", $@"(abuso|viol[êe]ncia|agress[ãa]o)\s+sexual\s+(iminente|planejad[oa]|planead[oa])|estupro\s+iminente|(encontro|encontrar-se)\s+com\s+(a|o|uma|um)\s+(menor|crian[çc]a|menina|menino|adolescente)\s+{Soon}", 3),
        ("sexual assault", "it", $@"(violenza|abuso|aggressione)\s+sessuale\s+(imminente|pianificat[oa])|(incontro|appuntamento)\s+con\s+(un|una|il|la)\s+(minore|bambin[oa]|ragazzin[oa]|adolescente)\s+{Soon}", 3),
        ("sexual assault", "nl", $@"(aanranding|verkrachting|misbruik)\s+(dreigt|is\s+gepland|staat\s+op\s+het\s+punt)|(afspraak|ontmoeting|afgesproken)\s+met\s+(een|de|het)\s+(kind|minderjarige|meisje|jongen|tiener)\s+{Soon}", 3),

        // Child exploitation in progress.
        ("imminent harm to a child", "en", @"(is|are)\s+(currently|still|actively)\s+being\s+(abused|exploited|groomed)|(live[\s-]?stream(ed|ing)?|broadcast(ing)?)\s+(the\s+)?(sexual\s+)?abuse\s+of\s+(a|the)\s+(child|minor)|ongoing\s+(sexual\s+)?(abuse|exploitation)\s+of\s+(a|the)\s+(child|minor)", 3),
        ("imminent harm to a child", "de", @"(andauernde[rn]?|fortdauernde[rn]?|laufende[rn]?)\s+(sexuelle[rn]?\s+)?missbrauch|wird\s+(gerade|derzeit|weiterhin|aktuell)\s+(sexuell\s+)?missbraucht|missbrauch\s+(findet\s+)?(live|noch\s+statt|dauert\s+an)", 3),
        ("imminent harm to a child", "fr", @"abus\s+(sexuels?\s+)?en\s+cours|(est|sont)\s+(actuellement|toujours)\s+(abus[ée]e?s?|exploit[ée]e?s?)|diffus(e|ion)\s+en\s+direct\s+d'abus", 3),
        ("imminent harm to a child", "es", @"abuso\s+(sexual\s+)?en\s+curso|(est[áa]|est[áa]n)\s+siendo\s+(abusad|explotad)[oa]s?|transmisi[óo]n\s+en\s+directo\s+de\s+abusos", 3),
        ("imminent harm to a child", "pt", @"abuso\s+(sexual\s+)?(em\s+curso|em\s+andamento|continuado)|(est[áa]|est[ãa]o)\s+(a\s+ser|sendo)\s+(abusad|explorad)[oa]s?|transmiss[ãa]o\s+ao\s+vivo\s+de\s+abusos", 3),
        ("imminent harm to a child", "it", @"abus[oi]\s+(sessual[ei]\s+)?in\s+corso|(viene|vengono)\s+(tuttora\s+|attualmente\s+)?(abusat|sfruttat)[oaie]|diretta\s+di\s+abusi", 3),
        ("imminent harm to a child", "nl", @"(lopend|voortdurend|aanhoudend)\s+(seksueel\s+)?misbruik|wordt\s+(nog\s+steeds|op\s+dit\s+moment|momenteel)\s+(seksueel\s+)?misbruikt|livestream\s+van\s+misbruik", 3),

        // Swatting (a false report that sends armed police to a home puts lives at risk): the word is borrowed
        // as is in most languages.
        ("threat to kill", "en", @"swat(ting)?[\s-](call|hoax|attack|incident)s?|\bswatted\b|fake\s+(911|hostage|shooting)\s+(call|report)", 3),
        ("threat to kill", "de", @"swatting\p{L}*|vorget[äa]uscht(e|er|en)?\s+(notruf|geiselnahme|amoklage)", 3),
        ("threat to kill", "fr", @"faux\s+appel\s+(d'urgence|au\s+17)|canular\s+(t[ée]l[ée]phonique\s+)?(d'urgence|[àa]\s+la\s+prise\s+d'otage)", 3),
        ("threat to kill", "es", @"falsa\s+(llamada|alerta)\s+(de\s+emergencia|al\s+112|de\s+rehenes)", 3),
        ("threat to kill", "pt", @"falsa\s+(chamada|den[úu]ncia)\s+(de\s+emerg[êe]ncia|ao\s+190|de\s+ref[ée]ns)", 3),
        ("threat to kill", "it", @"falsa\s+(chiamata|segnalazione)\s+(di\s+emergenza|al\s+112|di\s+ostaggi)", 3),
        ("threat to kill", "nl", @"valse\s+(melding|noodoproep)\s+(van\s+een\s+)?(gijzeling|schietpartij|noodgeval)|nep[\s-]?(112|noodmelding)", 3),
        // Round 16: a threat to set fire to a home with people inside ("darà fuoco all'abitazione in cui si trovano la
        // moglie e la figlia", "threatened to burn the house down with them inside"): a threat to kill by arson.
        ("threat to kill", "en", @"\b(set(ting)?|light(ing)?|will\s+set)\s+fire\s+to\s+(the|her|his|their|my|our|your)\s+(house|home|apartment|flat|trailer)\b|\bburn(ing)?\s+(down\s+)?(the|her|his|their)\s+(house|home|apartment|flat)\s+(down\s+)?with\s+(her|him|them|the\s+\p{L}+)\s+inside\b", 3),
        ("threat to kill", "it", @"\b(dar[àa]|dare|darebbe|appiccher[àa]|appiccare)\s+fuoco\s+(all['’]\s*abitazione|alla\s+casa|all['’]\s*appartamento)|\bincendier[àa]\s+(la\s+casa|l['’]\s*abitazione|l['’]\s*appartamento)", 3),
        ("threat to kill", "fr", @"\b(mettre|mettra|mettrait|va\s+mettre)\s+le\s+feu\s+[àa]\s+(la\s+maison|l['’]\s*appartement|son\s+domicile|leur\s+domicile|la\s+caravane)|\b(incendier|incendiera)\s+(la\s+maison|l['’]\s*appartement|le\s+domicile)", 3),
        ("threat to kill", "es", @"\b(prender|prender[áa]|pegar|pegar[áa]|dar[áa]?)\s+fuego\s+a\s+(la\s+casa|la\s+vivienda|el\s+piso|el\s+domicilio)|\b(incendiar|incendiar[áa]|quemar[áa]?)\s+(la\s+casa|la\s+vivienda|el\s+piso)", 3),
        ("threat to kill", "pt", @"\b(atear|atear[áa]|p[ôo]r|por[áa]|tocar|tocar[áa])\s+fogo\s+(na|[àa])\s+(casa|resid[êe]ncia|moradia|apartamento)|\bincendiar[áa]?\s+a\s+(casa|resid[êe]ncia|moradia)", 3),
        ("threat to kill", "de", @"\b(haus|wohnung|wohnhaus)\s+(\p{L}+\s+){0,3}(anzuz[üu]nden|anz[üu]nden|in\s+brand\s+(zu\s+)?(setzen|stecken)|abzufackeln|abzubrennen)\b", 3),
        ("threat to kill", "nl", @"\b(huis|woning|appartement)\s+(\p{L}+\s+){0,3}in\s+brand\s+((te|zal|zou|gaat|wil)\s+)?(steken|zetten|steekt|zet)\b", 3),

        // Terror attack.
        ("terror attack", "en", @"terror(ist)?\s+(attack|plot|cell)|attack\s+(is\s+)?(planned|imminent)\s+(for|on|at)|(plans|planning|plotting)\s+(an?\s+)?(attack|massacre)\s+(on|at|against)", 3),
        ("terror attack", "de", @"terror(anschlag|angriff|zelle|akt)\p{L}*|anschlag\s+(ist\s+)?(geplant|angek[üu]ndigt|droht|steht\s+bevor)|anschlagspl[äa]ne?|einen\s+anschlag\s+(ver[üu]ben|planen|angek[üu]ndigt)", 3),
        ("terror attack", "fr", @"attentat\s+(terroriste|imminent|pr[ée]vu|projet[ée]|en\s+pr[ée]paration)|projet\s+d'attentat|acte\s+terroriste|commettre\s+un\s+attentat", 3),
        ("terror attack", "es", @"atentado\s+(terrorista|inminente|planeado|planificado)|ataque\s+terrorista|cometer\s+un\s+atentado", 3),
        ("terror attack", "pt", @"atentado\s+(terrorista|iminente|planejado|planeado)|ataque\s+terrorista|cometer\s+um\s+atentado", 3),
        ("terror attack", "it", @"attentato\s+(terroristico|imminente|pianificato)|attacco\s+terroristico|compiere\s+un\s+attentato", 3),
        ("terror attack", "nl", @"terroristische\s+aanslag|terreur(aanslag|daad|dreiging)|aanslag\s+(is\s+)?(gepland|beraamd|dreigt|op\s+handen)|een\s+aanslag\s+(plegen|beramen)", 3),

        // Threat to kill others.
        ("threat to kill", "de", @"\b(k[üu]ndigt|k[üu]ndigte|hat)\s+[^.;]{0,60}\b(an|angek[üu]ndigt),?\s+[^.;]{0,80}\b(zu\s+erschie[ßs]en|umzubringen|zu\s+t[öo]ten|zu\s+erstechen|zu\s+ermorden|niederzuschie[ßs]en)\b|droht\s+(damit\s+)?,?\s*([\p{L}-]+\s+){0,4}(zu\s+t[öo]ten|umzubringen|zu\s+erschie[ßs]en|zu\s+erstechen|zu\s+ermorden|umzulegen|abzustechen)|t[öo]tungsabsicht|t[öo]tungsdrohung|(wird|werde)\s+(\p{L}+\s+){1,3}(umbringen|t[öo]ten|erschie[ßs]en|erstechen|abstechen)\b", 3),
        ("threat to kill", "fr", @"menace\s+de\s+(tuer|mort|l'abattre|les\s+tuer|poignarder)|menac[ée]\s+de\s+(tuer|mort)|(veut|va)\s+(la|le|les)\s+tuer|\b(va|vais|allait)\s+(la|le|les|l')\s*(tuer|abattre|poignarder)|\b(la|le|les|l')\s*(tuera|abattra|poignardera)\b|\btirera\s+sur\b|\b(il|elle|ils)\s+(me|te|nous|vous)\s+(tue(ra|rait)?|tueront)\b", 3),
        ("threat to kill", "es", @"amenaz(a|[óo]|an|ando|aron)\s+con\s+(matar|disparar|apu[ñn]alar|asesinar)|(va|quiere)\s+a\s+matar(la|le|lo|los)|\b(matar[áa]|disparar[áa]|apu[ñn]alar[áa])\b|\bva\s+a\s+(matar|disparar|apu[ñn]alar)\s+a\b", 3),
        ("threat to kill", "pt", @"amea[çc](a|ou|ando|aram)\s+(de\s+)?(matar|morte|esfaquear|atirar|mat[áa]-l[oa]s?)|(vai|quer)\s+mat[áa]-l[ao]s?|\b(matar[áa]|vai\s+matar|ir[áa]\s+matar|vai\s+atirar|atirar[áa]|esfaquear[áa])\b", 3),
        ("threat to kill", "it", @"minacci(a|ato|ando)\s+di\s+(uccidere|ammazzare|sparare|accoltellare)|(vuole|sta\s+per)\s+uccider(la|lo|li)|\b(uccider[àa]|ammazzer[àa]|sparer[àa]|accoltellere[àa])\b", 3),
        ("threat to kill", "nl", @"dreig(t|de)\s+(haar|hem|hen|ze)?\s*(te\s+)?(doden|vermoorden|neerschieten|neersteken)|dreig(t|de)\s+met\s+(moord|doodslag)|\b(gaat|zal)\s+(\p{L}+\s+){1,3}(vermoorden|doodschieten|neerschieten|neersteken|doodsteken)\b", 3),
    ];

    // Situations that are a danger now in the words that name them. The others (a kidnapping, a hostage taking, a
    // bomb threat, a shooting, a threat to kill) are also the names of offences, which a warrant's or an order's
    // recital gives as what the records are evidence of ("evidence of the offenses of kidnapping and assault").
    private static readonly HashSet<string> PresentDangers = new(StringComparer.Ordinal)
    {
        "danger to life", "imminent harm to a child", "sexual assault", "threat of suicide", "missing child", "person at risk",
    };

    /// <summary>Whether the hits state a danger that exists now, rather than only name an offence: what compulsory
    /// process (a warrant, an order, a subpoena) must say before it pages, since its recital names offences.</summary>
    public static bool StatesPresentDanger(IEnumerable<CueHit> hits) =>
        hits.Any(h => h.Weight > 0 && PresentDangers.Contains(h.Cue.Target));

    /// <summary>The reasons of the cues that name a death threat as an offence ("death threats", "menaces de mort",
    /// "amenazas de muerte", "Morddrohung"): the name of what someone did, not a danger someone is in now.</summary>
    public const string DeathThreatNamed = "death threat named";
    public const string DeathThreatNamedForeign = "death threat (foreign language)";

    /// <summary>Does the hit only name an offence? A request that names nothing else pages only when its own type
    /// cues call it an emergency: "harcèlement et menaces de mort" in a requisition, "there was a death threat in
    /// September" in a victim's mail are the case's history.</summary>
    public static bool IsOffenceLabel(CueHit hit) => hit.Cue.Reason is DeathThreatNamed or DeathThreatNamedForeign;

    // The label a request puts before the offence it concerns, at the start of a line, in the seven languages read:
    // "Faits :", "Offence:", "Tatvorwurf:", "Hechos:", "Reato:", "Factos:", "Strafbaar feit:".
    private static readonly System.Text.RegularExpressions.Regex OffenceLabel = TriageBot.Triage.Extraction.Patterns.Build(
        @"\A[ \t]*(faits|infractions?|qualification|facts|offen[cs]es?|charges?|tatvorwurf|straftat(en)?|delikt|hechos|delitos?|fatti|reato|reati|factos|fatos|crimes?|il[ií]citos?|feiten|strafbare?\s+feit(en)?)\s*(reproch[ée]s\s*)?:");

    /// <summary>Does the hit lie on a line that labels the offence a request concerns ("Faits : menaces de mort")?
    /// A threat named there is the case's offence, not a danger the writer says exists now.</summary>
    public static bool OnOffenceLine(string text, CueHit hit)
    {
        var start = hit.Offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(hit.Offset, text.Length) - 1) + 1;
        return OffenceLabel.IsMatch(text.AsSpan(start, Math.Min(40, text.Length - start)));
    }

    // Issue 11 round 12: the end of a unit's name that fights an offence, just before the offence's word: "Dirección
    // contra el Secuestro", "Anti-Kidnapping Unit", "Brigade de lutte contre les enlèvements", "Dezernat gegen
    // Entführung". The letterhead names what the unit investigates, not a danger anyone is in.
    private static readonly System.Text.RegularExpressions.Regex UnitAgainst = TriageBot.Triage.Extraction.Patterns.Build(
        @"\b(contra|contre|against|gegen|tegen|contro|anti)[\s-]*((el|la|los|las|le|les|l'|il|lo|the|die|den|het|o|a|os|as)\s+)?\z");

    // Issue 11 round 15: the goods an offence deals in, just before the word: "the sale of illegal explosive devices",
    // "possession of an explosive device", "Handel mit Sprengstoff", "la vente d'engins explosifs". The case concerns
    // a trade or a holding, not a device set to go off.
    private static readonly System.Text.RegularExpressions.Regex TradeIn = TriageBot.Triage.Extraction.Patterns.Build(
        @"\b(sale|sales|selling|sold|possession|possessing|trafficking|traffic|manufactur(e|ing)|purchas(e|ing)|distribution|distributing|import(ation|ing)?|export(ation|ing)?|dealing|smuggling|verkauf|handel|besitz|herstellung|vente|d[ée]tention|trafic|fabrication|venta|tenencia|tr[áa]fico|fabricaci[óo]n|vendita|detenzione|traffico|fabbricazione|venda|posse|fabrico|verkoop|bezit|handel)\s+(of|in|von|mit|de|d'|des|di|del|dei|van)\s*((an?|the|illegal|illicit|unlicensed|unregistered|homemade|home-made|illegale[rn]?|ill[ée]gaux|ill[ée]gale?s?|ilegal(es)?|illegali|illegale|de|d'|des|di|dei|van|un|une|una|um|uma|een|der|die|das)\s*){0,3}\z");

    // Issue 11 round 17: a contact line that routes a kind of case ("Eilfälle bei Gefahr für Leib oder Leben: +49 ...",
    // "In case of a threat to life, call our 24/7 desk at ...", "en cas de danger pour la vie : 17", "in caso di pericolo
    // di vita contattare ..."): the condition before the words and a number or address after them on the same line say
    // where such cases go, not that one exists.
    private static readonly System.Text.RegularExpressions.Regex RouteCondition = TriageBot.Triage.Extraction.Patterns.Build(
        @"\b(bei|im\s+falle?\s+(von|einer|eines)|in\s+(the\s+)?(case|cases|event)\s+of|for\s+(cases|emergencies|situations|matters|requests)\s+(of|involving|with)|en\s+cas\s+de|en\s+caso\s+de|em\s+caso\s+de|in\s+caso\s+di|bij|in\s+geval\s+van)\s+((an?|any|a\s+real|einer|eines|un|une|una|uma|een|akuter|akute)\s+)?\z");

    private static readonly System.Text.RegularExpressions.Regex RouteContact = TriageBot.Triage.Extraction.Patterns.Build(
        @"\A[^\n]{0,80}(\+?\d[\d ().\/-]{6,}\d|[\w.-]+@[\w-]+\.[\w.]+)");

    private static bool OnContactRoute(string text, CueHit hit)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Offset - 1)) + 1;
        var before = Math.Max(lineStart, hit.Offset - 40);
        if (!RouteCondition.IsMatch(text.AsSpan(before, hit.Offset - before))) return false;
        var from = Math.Min(text.Length, hit.Offset + hit.Length);
        return RouteContact.IsMatch(text.AsSpan(from, Math.Min(120, text.Length - from)));
    }

    /// <summary>The hits with those that name the offence a unit fights ("Unidad contra el Secuestro", "Anti-Kidnapping
    /// Unit") weighed 0, those that name the goods an offence deals in ("the sale of explosive devices"), and those
    /// on a contact line that routes such cases ("Eilfälle bei Gefahr für Leib oder Leben: +49 ...").</summary>
    public static List<CueHit> WithoutUnitNames(string text, List<CueHit> hits)
    {
        List<CueHit>? result = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Weight <= 0 || hit.Offset <= 0) continue;
            var start = Math.Max(0, hit.Offset - 24);
            var tradeStart = Math.Max(0, hit.Offset - 60);
            if (!UnitAgainst.IsMatch(text.AsSpan(start, hit.Offset - start)) && !TradeIn.IsMatch(text.AsSpan(tradeStart, hit.Offset - tradeStart)) &&
                !OnContactRoute(text, hit)) continue;
            result ??= [.. hits];
            result[i] = hit with { Weight = 0 };
        }
        return result ?? hits;
    }

    public static IEnumerable<Cue> Cues =>
        Table.Select(row => new Cue(row.Nature, row.Pattern, row.Weight, $"{row.Nature} ({row.Language})"));

    /// <summary>The situations and languages the table covers, for the tests that keep it complete.</summary>
    public static IEnumerable<(string Nature, string Language)> Coverage => Table.Select(r => (r.Nature, r.Language));
}
