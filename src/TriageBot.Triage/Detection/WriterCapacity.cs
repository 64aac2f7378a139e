using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>The capacity a writer gives themself: an official (a rank, a unit, a badge, an office in the
/// self-introduction or the signature), a private person (a name and nothing more, a complainant, a victim), or
/// neither said.</summary>
internal enum WriterStanding { Unstated, Official, PrivatePerson }

/// <summary>What the writer says they are, and the words that say it.</summary>
internal sealed record WriterVoice(WriterStanding Standing, string? Evidence)
{
    public bool IsPrivatePerson => Standing == WriterStanding.PrivatePerson;
}

/// <summary>
/// Issue 11, five blind rounds running: a private person (a victim asking how to report, a person forwarding their
/// own police complaint, a victim of image abuse asking for removal) names the police they went to, and police words
/// anywhere in a text made it "international" and its sender one "claiming government authority". Whose authority a
/// letter speaks with is what its WRITER says they are: the self-introduction ("I am / je suis / soy / sou / sono /
/// ik ben / ich bin …", "my name is …"), the signature block (a rank, a unit, an agency, a badge number) and the
/// sender's domain (read by the caller). Agency words elsewhere in the text are what the writer talks about, not who
/// they are. A writer who introduces themself as a private person (by name alone, as the complainant, as the victim)
/// and claims no office anywhere in their own voice is a private person.
/// </summary>
internal static class WriterCapacity
{
    // Ranks and offices a person holds, in the seven languages read: words for the person, not the agency
    // ("gendarme", not "gendarmerie"), so "je suis allée à la gendarmerie" claims nothing.
    private const string Office =
        @"detective|det\.|officer|(special\s+)?agent|sergeant|sgt\.?|deputy|trooper|investigator|constable|lieutenant|lt\.|captain|capt\.|inspector|sheriff|(assistant\s+|deputy\s+)?(district|state'?s|county|prosecuting|u\.\s*s\.)\s+attorney|prosecutor|police\s+officer|policeman|policewoman|magistrate|judge" +
        @"|commissaire|commandant|capitaine|brigadier|gendarme|officier|enqu[êe]teur|enqu[êe]trice|adjudant|procureur|substitut|juge" +
        // Round 14: the French officer by the short form of the judicial-police qualification ("OPJ au commissariat"),
        // and the plain word for a police officer.
        @"|OPJ|APJ|policier|polici[èe]re|gardien\s+de\s+la\s+paix" +
        @"|agente|inspector[a]?|subinspector[a]?|comisari[oa]|sargento|cabo|guardia\s+civil|fiscal|investigador[a]?\s+(de\s+la\s+)?polic\p{L}*|polic[ií]a\s+(nacional|local|municipal)" +
        @"|inspetor[a]?|delegad[oa]|escriv[ãa][oa]?|comiss[áa]ri[oa]|subcomiss[áa]ri[oa]|procurador[a]?|agente\s+da\s+pol\p{L}*|policial" +
        @"|ispettore|ispettrice|sovrintendente|commissario|vice\s+questore|maresciallo|brigadiere|appuntato|carabiniere|sostituto\s+procuratore|pubblico\s+ministero|poliziott[oa]" +
        @"|rechercheur|hoofdagent|politieagent|wijkagent|officier\s+van\s+justitie|hoofdinspecteur" +
        @"|kriminal(ober|haupt)?kommissar(in)?|polizei(ober|haupt)?kommissar(in)?|kommissar(in)?|polizeibeamt(er|e|in)|polizist(in)?|staatsanw[äa]lt(in)?|oberstaatsanw[äa]lt(in)?|ermittler(in)?|KHK(in)?|KOK(in)?|POK(in)?|PHK(in)?" +
        // Round 13: the German ranks written as their short form ("KK Dennis …", "EKHK", "POM", "PHM").
        @"|KK(in)?|EKHK(in)?|POM(in)?|PHM(in)?" +
        // Round 18: ranks an impostor signs with from consumer mail ("Subcomisario P. Ruiz", "Wachtmeester R. de Groot"):
        // the Spanish-speaking forces' and the Dutch military police's ranks, and the Dutch and German inspectors.
        @"|subcomisari[oa]|subinspector[a]?|teniente|suboficial|oficial\s+de\s+polic[ií]a|(opper)?wachtmeester|marechaussee|inspecteur|agent\s+van\s+politie|polizei(ober|haupt)?meister(in)?";

    // The self-introduction that names an office: "I am Detective …", "je suis le commandant …", "Sono Mario Rossi,
    // ispettore della …", "ich bin Kriminalhauptkommissarin …", "I'm with the … Police Department".
    private const string Intro =
        // Round 12: the self-introduction in the third person ("Le escribe el Agente del Ministerio Público …", "vous écrit le
        // commandant …", "Ihnen schreibt Kriminalkommissarin …", "le scrive l'ispettore …", "schrijft u rechercheur …").
        @"(le|les)\s+escribe|vous\s+[ée]crit|ihnen\s+schreibt|(le|vi)\s+scrive|(lhe|vos)\s+escreve|schrijft\s+u|" +
        @"i\s+am|i'm|this\s+is|my\s+name\s+is|je\s+suis|je\s+m'appelle|soy|me\s+llamo|mi\s+nombre\s+es|sou|chamo-me|(o\s+)?meu\s+nome\s+[ée]|sono|mi\s+chiamo|ik\s+ben|ik\s+heet|mijn\s+naam\s+is|ich\s+bin|mein\s+name\s+ist";

    // The agency itself, as it names itself when it speaks ("hier Kriminalpolizei", "au nom de la gendarmerie").
    private const string AgencyItself =
        @"(kriminalpolizei|kripo|polizei\p{L}*|police(\s+(department|dept|nationale|municipale|judiciaire)|\s+de\b)|gendarmerie|polic[ií]a|pol[ií]cia|polizia|carabinieri|guardia\s+(civil|di\s+finanza)|politie|sheriff'?s?\s+office|staatsanwaltschaft|parquet|fiscal[ií]a|procura" +
        // Round 14: the station or unit the writer speaks from, and the forces known by their initials ("la Squadra
        // Mobile della Questura", "au commissariat", "na PSP do Porto", "beim LKA", "the District Attorney's Office").
        @"|questura|squadra\s+mobile|commissariato|commissariat|comisar[ií]a|esquadra\s+da\s+psp|PSP|GNR|LKA|BKA|landeskriminalamt|bundeskriminalamt|mossos|ertzaintza" +
        // Round 18: the forces that are not called "police" ("Koninklijke Marechaussee", "Carabineros", "Gendarmería",
        // "the U.S. Marshals Service").
        @"|(koninklijke\s+)?marechaussee|carabineros|gendarmer[ií]a|marshals?\s+service" +
        @"|(district|state'?s|county|prosecuting|commonwealth'?s)\s+attorney'?s\s+office|prosecutor'?s\s+office)";

    private const string Article =
        @"(a|an|the|el|la|le|l'|il|lo|o|de|der|die|un|una|une|um|uma|een)\s*";

    // The forms that give a name ("my name is", "je m'appelle", "ich heiße" …): what follows is the writer's name.
    private const string NameGiven =
        @"my\s+name\s+is|je\s+m'appelle|me\s+llamo|mi\s+nombre\s+es|chamo-me|(o\s+)?meu\s+nome\s+[ée]|mi\s+chiamo|ik\s+heet|mijn\s+naam\s+is|mein\s+name\s+ist|ich\s+hei(ß|ss)e";

    // Round 14: after "from" (von, de, della, van …), an article and up to three words, then the agency.
    private const string AgencyAfterFrom =
        @"((the|la|l'|le|les|el|a|o|de|het|der|des|den|dem)[ \t]*)?(\p{L}[\p{L}'-]*[ \t]+){0,3}?" + AgencyItself + @"\b";

    private static readonly Regex OfficialIntro = Family(
        @"\b(" + Intro + @")\s+(" + Article + @")?(" + Office + @")\b" +
        @"|\b(" + Intro + @")\s+(\p{L}[\p{L}'.-]*\s+){1,4}?\p{L}[\p{L}'.-]*\s*,\s*(" + Article + @")?(" + Office + @")\b" +
        @"|\b(i\s+am|i'm|we\s+are|we're)\s+with\s+the\s+[^.\n]{0,40}\b(police|sheriff|prosecutor|attorney'?s\s+office|bureau|department\s+of\s+justice)" +
        // Round 13: the agency introducing itself at the head of a sentence ("hier Kriminalpolizei Köln", "ici la police
        // de Lyon", "aquí la Policía Local", "qui Polizia di Stato", "aqui é a Polícia Civil", "hier is de politie",
        // "this is the Dayton Police Department"): the writer speaks as the agency.
        @"|(^|[.!:,]\s*)[ \t]*(hier(\s+ist|\s+spricht|\s+is)?|ici|aqu[ií](\s+(habla|es))?|qui|aqui(\s+(fala|[ée]))?|this\s+is)\s+((die|der|das|la|le|l'|el|il|a|de|het|the)\s*)?(\p{L}[\p{L}'.-]*\s+){0,3}?" + AgencyItself + @"\b" +
        // ... or writing on its behalf ("scrivo per conto della Guardia di Finanza", "I am writing on behalf of the
        // Dayton Police Department", "je vous écris au nom de la gendarmerie", "escribo en nombre de la Policía").
        @"|\b(scrivo|scriviamo|i\s+(am\s+)?writ(e|ing)|we\s+(are\s+)?writ(e|ing)|j'[ée]cris|je\s+vous\s+[ée]cris|nous\s+[ée]crivons|escribo|escribimos|le\s+escribo|escrevo|escrevemos|(ich\s+)?schreibe(\s+ihnen)?|wir\s+schreiben(\s+ihnen)?|(ik\s+)?schrijf(\s+u)?|wij\s+schrijven(\s+u)?)\s+(on\s+behalf\s+of|per\s+conto\s+(della|del|dello|dei|di)|au\s+nom\s+(de\s+la|du|de)|en\s+nombre\s+(de\s+la|del|de)|em\s+nome\s+(da|do|de)|im\s+auftrag\s+(der|des|von)|namens)\s+((the|la|l'|le|el|a|o|de|het|der|des)\s*)?(\p{L}[\p{L}'.-]*\s+){0,3}?" + AgencyItself + @"\b" +
        // Round 14: a self-introduction by name, then the agency the writer is from ("mein Name ist Dieter Braun von der
        // Kriminalpolizei", "My name is Ryan Miller from the Dayton Police Department", "me llamo Carlos Ruiz, de la
        // Policía Nacional", "mijn naam is Kees Visser van de politie"): the same claim as a rank.
        @"|\b(" + NameGiven + @")[ \t]+(\p{L}[\p{L}'.-]*[ \t]+){0,3}\p{L}[\p{L}'.-]*[ \t]*,?[ \t]*(von|vom|bei(m)?|from|of|with|at|de|du|des|da|do|della|dello|del|dei|dalla|van|bij)[ \t]+" + AgencyAfterFrom +
        // After "I am / ich bin / soy …" the words may be a predicate ("I am writing at the request of …"): a name only
        // with a comma before the agency, or a word that can only mean "from".
        @"|\b(this\s+is|i\s+am|i'm|ich\s+bin|je\s+suis|soy|sou|sono|ik\s+ben)[ \t]+(\p{L}[\p{L}'.-]*[ \t]+){0,2}\p{L}[\p{L}'.-]*[ \t]*(,[ \t]*(von|vom|bei(m)?|from|of|with|at|de|du|des|da|do|della|dello|del|dei|dalla|van|bij)|[ \t](von|vom|from|van|della|dalla))[ \t]+" + AgencyAfterFrom +
        // ... or saying where they work, in the first person ("I work for the Dayton Police Department", "je travaille à la
        // brigade de gendarmerie", "trabajo en la comisaría", "trabalho na PSP", "lavoro alla Squadra Mobile", "ich arbeite
        // beim LKA", "ik werk bij de politie"). A relative who works there is told of in the third person.
        @"|\b(i\s+work|i\s+serve|i'm\s+working|je\s+travaille|je\s+suis\s+en\s+poste|trabajo|presto\s+servicio|trabalho|presto\s+servi[çc]o|lavoro|presto\s+servizio|sono\s+in\s+servizio|ich\s+arbeite|ich\s+bin\s+t[äa]tig|ik\s+werk)[ \t]+(for|at|in|à|au|aux|pour|dans|en|para|na|no|em|alla|al|allo|presso|nella|nel|per|bei(m)?|f[üu]r|im|in\s+der|bij|voor)[ \t]+" + AgencyAfterFrom);

    // A rank at the head of a line followed by a name: a signature or a self-introduction. The name is written with a
    // capital ("Officer J. Ruiz"); a rank word that only starts a wrapped line of prose ("… and the\nofficer said to
    // contact you") is someone the writer tells of (round 18).
    private static readonly Regex RankAtLineHead = Family(@"^[ \t]*(detective|det\.|officer|special\s+agent|sgt\.|sergeant|deputy|trooper|investigator|constable|lieutenant|lt\.|capt\.|captain|inspector|commissaire|commandant|capitaine|brigadier|kommissar(in)?|kriminal(ober|haupt)?kommissar(in)?|KHK(in)?|KOK(in)?|POK(in)?|agente|ispettore|ispettrice|commissario|maresciallo|inspecteur|rechercheur|delegad[oa]|comiss[áa]ri[oa]|subcomiss[áa]ri[oa]|inspetor[a]?|inspector[a]?|subinspector[a]?|comisari[oa]|subcomisari[oa]|teniente|sargento|(opper)?wachtmeester|hoofdagent|brigadier)\s+\p{L}");

    // What an official signature carries besides a rank: a badge or service number, a unit, the agency itself.
    private static readonly Regex OfficialSignature = Family(
        @"\b(" + Office + @")\b" +
        @"|\b(badge|shield|service\s+no|dienstnummer|matricule|placa|matr[ií]cula|tessera|n[úu]mero\s+profissional)\b" +
        @"|\b(police|sheriff|constab\p{L}*|marshal|attorney'?s\s+office|district\s+attorney|task\s+force|state\s+patrol|highway\s+patrol|polizei\p{L}*|staatsanwaltschaft|landeskriminalamt|bundeskriminalamt|LKA|BKA|kripo|gendarmerie|parquet|polic[ií]a|pol[ií]cia|polizia|questura|carabinieri|guardia\s+di\s+finanza|politie|procura|fiscal[ií]a|minist[eé]rio\s+p[uú]blico|openbaar\s+ministerie|\bPSP\b|\bGNR\b|\bPJ\b|mossos|ertzaintza" +
        // Round 12: a unit of investigators by its name ("Team Digitale Recherche", "Squadra Mobile", "Police judiciaire").
        @"|(digitale|landelijke|regionale|financi[eë]le|tactische|zeden)\s*recherche|team\s+recherche|opsporing|police\s+judiciaire|polizia\s+giudiziaria|squadra\s+mobile|nucleo\s+investigativo|kriminalpolizei|brigada\s+de\s+investiga\p{L}*" +
        // Round 18: forces named by the name or initials they sign with ("KMar Schiphol", "PDI Chile", "Guardia Civil").
        @"|marechaussee|KMar|guardia\s+civil|gendarmer[ií]a|carabineros|\bPDI\b|brigada\s+investigadora)\b");

    // How a person introduces themself, in the seven languages read, when they write as themself: by name, as the
    // one who filed the complaint, as the victim, by age; or by saying they are no police officer.
    private static readonly Regex PrivateSelf = Family(
        // By name.
        @"\b(my\s+name\s+is|je\s+m'appelle|me\s+llamo|mi\s+nombre\s+es|chamo-me|(o\s+)?meu\s+nome\s+[ée]|mi\s+chiamo|ich\s+hei(ß|ss)e|mein\s+name\s+ist|ik\s+heet|mijn\s+naam\s+is)\s+\p{L}" +
        @"|^[ \t]*(hola|hello|hi|bonjour|buongiorno|ciao|ol[áa]|bom\s+dia|boa\s+tarde|hallo|guten\s+tag|goedendag|goedemiddag)\s*,\s*(i'm|i\s+am|je\s+suis|soy|sou|sono|ik\s+ben|ich\s+bin)\s+\p{L}" +
        // "Ik, Maarten …, uit Zwolle": the writer names themself and where they live.
        @"|^[ \t]*(ik|ich|je|io|eu|yo|i)\s*,\s*(\p{L}[\p{L}'.-]*\s+){1,4}(uit|aus|de|di|da|from)\s+\p{L}" +
        // As the complainant: "I filed a police report", "ich habe Anzeige erstattet", "meine Strafanzeige", "j'ai porté
        // plainte", "he puesto una denuncia", "já fiz o boletim de ocorrência", "ho presentato denuncia", "ik heb aangifte gedaan".
        @"|\bi\s+(have\s+)?(already\s+)?(filed|made|lodged|submitted)\s+(a|an|my)\s+(police\s+)?(report|complaint)\b|\bi\s+(have\s+)?(already\s+)?reported\s+(it|this|him|her|them)\s+to\s+the\s+police\b|\bmy\s+police\s+(report|complaint)\b" +
        @"|\b(ich\s+habe|hab\s+ich|habe\s+ich)\s+(bereits\s+|schon\s+)?(eine\s+|die\s+)?(straf)?anzeige\b|\bmeine(r|n)?\s+(straf)?anzeige\b|\bmeine\s+anzeigebest[äa]tigung\b" +
        @"|\bj'ai\s+(d[ée]j[àa]\s+)?(port[ée]|d[ée]pos[ée])\s+plainte\b|\bma\s+plainte\b" +
        @"|\b(he|hemos|ya\s+he)\s+(puesto|presentado|interpuesto)\s+(ya\s+)?(una|la|mi)\s+denuncia\b|\bmi\s+denuncia\b" +
        @"|\b(j[áa]\s+)?(fiz|registrei|apresentei|prestei)\s+(o|um|uma|a)\s+(boletim\s+de\s+ocorr[êe]ncia|B\.?\s*O\.?|queixa|den[úu]ncia)\b|\bminha\s+(queixa|den[úu]ncia)\b|\bj[áa]\s+apresentei\s+queixa\b" +
        @"|\bho\s+(gi[àa]\s+)?(presentato|sporto|fatto)\s+(una\s+|la\s+)?(denuncia|querela)\b|\bla\s+mia\s+(denuncia|querela)\b" +
        @"|\bik\s+heb\s+(al\s+|reeds\s+)?aangifte\s+gedaan\b|\bmijn\s+aangifte\b" +
        // As the victim.
        @"|\b(i\s+am|i'm|i\s+was)\s+the\s+victim\b|\b(je\s+suis|j'ai\s+[ée]t[ée])\s+(la\s+|une\s+)?victime\b|\b(soy|fui)\s+(la\s+|una\s+)?v[ií]ctima\b|\b(sou|fui)\s+(a\s+|uma\s+)?v[ií]tima\b|\b(sono|sono\s+stat[oa])\s+(la\s+|una\s+)?vittima\b|\bich\s+bin\s+(das\s+)?opfer\b|\bik\s+ben\s+(het\s+)?slachtoffer\b" +
        // As the one harmed, in the first person: "the account keeps threatening me", "me está amenazando", "me
        // harcèle", "bedroht mich", "mi perseguita", "me ameaça", "bedreigt mij". A force writes of "the victim".
        @"|\b(threaten(s|ed|ing)?|harass(es|ed|ing)?|blackmail(s|ed|ing)?|stalk(s|ed|ing)?|insult(s|ed|ing)?|scamm(ed|ing)|defraud(ed|ing)?|extort(s|ed|ing)?)\s+me\b" +
        @"|\bme\s+(est[áa]\s+)?(amenaza(ndo)?|acosa(ndo)?|chantajea(ndo)?|extorsiona(ndo)?|insulta(ndo)?|estaf[óo]|amea[çc]a(ndo)?|persegue|perseguindo|chantageia(ndo)?|bloqueou|enganou|menace|harc[èe]le|fait\s+chanter|insulte)\b|\bm'a\s+(escroqu[ée]e?|menac[ée]e?|harcel[ée]e?)\b" +
        @"|\bmi\s+(sta\s+)?(minaccia(ndo)?|perseguita|ricatta(ndo)?|insulta|molesta)\b|\bmi\s+ha\s+(truffat[oa]|minacciat[oa]|ricattat[oa])\b" +
        @"|\b(bedroht|bel[äa]stigt|beleidigt|erpresst|stalkt|verfolgt)\s+mich\b|\bhat\s+mich\s+(bedroht|betrogen|erpresst|beleidigt)\b|\b(bedreigt|chanteert|intimideert|belaagt|beledigt)\s+(mij|me)\b|\bheeft\s+(mij|me)\s+(bedreigd|opgelicht|gechanteerd)\b" +
        // By age: "(ho 24 anni)", "tengo 24 años", "I'm 16".
        @"|\b(i'm|i\s+am)\s+\d{1,2}\s+years\s+old\b|\btengo\s+\d{1,2}\s+a[ñn]os\b|\bho\s+\d{1,2}\s+anni\b|\bj'ai\s+\d{1,2}\s+ans\b|\btenho\s+\d{1,2}\s+anos\b|\bich\s+bin\s+\d{1,2}\s+jahre\s+alt\b|\bik\s+ben\s+\d{1,2}\s+jaar\b" +
        // Round 18: an association or foundation writing as itself ("Nuestra asociación acompaña a las familias", "our
        // association", "notre association", "unser Verein", "la nostra associazione", "a nossa associação", "onze
        // stichting"): a private organisation, whatever force its members went to.
        @"|\b(our|nuestra|notre|unser|unsere|la\s+nostra|a\s+nossa|onze)\s+(association|charity|foundation|non-?profit|asociaci[oó]n|fundaci[oó]n|ONG|fondation|verein|stiftung|associazione|fondazione|onlus|associa[çc][ãa]o|funda[çc][ãa]o|stichting|vereniging)\b" +
        // By saying they are none: "Não sou advogada nem policial", "I'm not a lawyer or a police officer".
        @"|\b(n[ãa]o\s+sou|no\s+soy|je\s+ne\s+suis\s+pas|non\s+sono|ich\s+bin\s+kein(e)?|ik\s+ben\s+geen|i\s+am\s+not|i'm\s+not)\s+(a\s+|an\s+|una?\s+|une?\s+|uma?\s+)?(\p{L}+\s+(nem|ni|n[ée]|noch|nor|or|of|o|ou)\s+(a\s+|an\s+|una?\s+|une?\s+|uma?\s+)?)?(police\s+officer|policial|policier|polic[ií]a|poliziott[oa]|polizist(in)?|politieagent|polizei|police|law\s+enforcement)\b");

    // The courtesy that closes a letter: what follows it is the signature block.
    private static readonly Regex Closing = Patterns.Build(
        @"^[ \t]*(regards|best\s+regards|kind\s+regards|warm\s+regards|sincerely|respectfully|yours\s+(sincerely|faithfully|truly)|thank\s+you|thanks|many\s+thanks|cordialement|bien\s+cordialement|salutations|merci|atentamente|saludos|un\s+saludo|cordialmente|gracias|muchas\s+gracias|atenciosamente|cumprimentos|com\s+os\s+melhores\s+cumprimentos|melhores\s+cumprimentos|obrigad[oa]|muito\s+obrigad[oa]|cordiali\s+saluti|distinti\s+saluti|saluti|grazie|mit\s+freundlichen\s+gr(ü|ue)(ß|ss)en|freundliche\s+gr(ü|ue)(ß|ss)e|viele\s+gr(ü|ue)(ß|ss)e|beste\s+gr(ü|ue)(ß|ss)e|hochachtungsvoll|danke|vielen\s+dank|met\s+vriendelijke\s+groet(en)?|vriendelijke\s+groet(en)?|hoogachtend|bedankt|groeten)\b");

    // Each pattern lists the ranks of seven languages: over the default automaton size, so built with the families' limit.
    private static Regex Family(string pattern) => AutomatonSize.Build(pattern, Patterns.Insensitive, AutomatonSize.Family);

    /// <summary>What the writer says they are, read from the text (the sender's domain is the caller's to weigh).
    /// Only the first <c>20,000</c> characters: a writer introduces themself at the top and signs at the end of their
    /// own part.</summary>
    public static WriterVoice Read(NormalizedText text, MessageParts parts)
    {
        var value = text.Value;
        var head = value.Length > 20_000 ? value[..20_000] : value;
        if (OfficialIntro.Match(head) is { Success: true } intro) return new(WriterStanding.Official, intro.Value.Trim());
        foreach (Match rank in RankAtLineHead.Matches(head))
            if (char.IsUpper(rank.Value[^1])) return new(WriterStanding.Official, rank.Value.Trim());
        if (SignatureBlock(text, parts) is { } signature && OfficialSignature.Match(signature) is { Success: true } signed)
            return new(WriterStanding.Official, signed.Value.Trim());
        return PrivateSelf.Match(head) is { Success: true } self ? new(WriterStanding.PrivatePerson, self.Value.Trim()) : new(WriterStanding.Unstated, null);
    }

    // Issue 11 round 12: an official writes as their office even without a rank ("we are investigating", "unsere
    // Ermittlungen", "notre enquête", "nuestra investigación", "la nostra indagine", "a nossa investigação", "ons
    // onderzoek", "this office"): the first person of an agency at work. A private person says "I" and "my complaint".
    private static readonly Regex AgencyVoice = Family(
        @"\b(we|i)\s+(are|am)\s+(currently\s+|now\s+)?investigating\b|\bour\s+(\p{L}+\s+)?(investigation|inquiry|enquiry|detectives?|officers?|investigators?|agents?)\b|\bthis\s+(agency|department|office|unit|squad|division)\s+(is|has|requests|seeks|needs)\b" +
        @"|\b(wir\s+ermitteln|ermitteln\s+wir|unsere[rnm]?\s+(ermittlungen|dienststelle|beh[öo]rde|ermittler\p{L}*)|hiesige[rnm]?\s+(dienststelle|beh[öo]rde))\b" +
        @"|\b(nous\s+enqu[êe]tons|notre\s+(enqu[êe]te|service\s+d'enqu[êe]te|brigade|unit[ée]\s+d'enqu[êe]te)|nos\s+enqu[êe]teurs)\b" +
        @"|\b(investigamos|nuestra\s+(investigaci[oó]n|unidad|brigada)|nuestros\s+(agentes|investigadores))\b" +
        @"|\b((a\s+)?nossa\s+(investiga[çc][ãa]o|unidade|divis[ãa]o|equipa\s+de\s+investiga[çc][ãa]o)|investigamos|os\s+nossos\s+(agentes|investigadores|inspetores))\b" +
        @"|\b(la\s+nostra\s+(indagine|sezione|squadra)|il\s+nostro\s+(reparto|comando|nucleo)|questo\s+(ufficio|comando|reparto|nucleo)\s+(sta|ha|chiede|procede))\b" +
        @"|\b(ons\s+onderzoek|onze\s+(eenheid|recherche|rechercheurs)|wij\s+onderzoeken|(wij|we)\s+doen\s+onderzoek\s+naar)\b" +
        // An office's own mailbox or server named as the writer's ("nuestro servidor institucional", "our official e-mail",
        // "mon adresse institutionnelle", "meine dienstliche E-Mail"): a claim of office in any wording.
        @"|\b(nuestr[oa]s?|mis?|noss[oa]s?|meus?|minhas?|notre|nos|ma|mon|mes|nostr[oa]|mi[oa]|unser\p{L}*|mein\p{L}*|our|my|onze|ons|mijn)\s+(servidor|servidores|correo|cuenta|e-?mail|buz[oó]n|direcci[oó]n|conta|caixa|endere[çc]o|serveur|messagerie|adresse|server|casella|indirizzo|account|mailbox|address|sistema|syst[eè]me|system)\s+(institucional|institutionnel(le)?|istituzionale|official|oficial|officiel(le)?|ufficiale|dienstlich\p{L}*|agency|departmental)\b|\bdienstlich\p{L}*\s+(e-?mail|adresse|postfach|server|mailadresse)\b" +
        // Round 18: the agency itself as the subject of the writer's sentence, telling the provider what it does or wants
        // ("La Policía de Investigaciones de Chile (PDI), Brigada …, les informa que", "De Koninklijke Marechaussee,
        // Brigade Schiphol, onderzoekt een zaak", "The U.S. Marshals Service is seeking", "la gendarmerie vous informe",
        // "die Kriminalpolizei ermittelt"), and the Dutch officer's statutory demand ("Wij vorderen"): an office claimed
        // without a rank. A private person tells of the police in their own first person ("mi denuncia"), read first.
        @"|(^|[.!?:]\s+)((the|la|le|l'|el|de|die|der|il|a|o|het)\s*)?(\p{L}[\p{L}'.-]*\s+){0,3}?" + AgencyItself + @"\b[^.!?;]{0,110}?\b(is\s+(investigating|seeking|requesting|conducting)|investigates|requests|requires|informs\s+you|(les|le)\s+informa|investiga|solicita|requiere|vous\s+informe|enqu[êe]te|sollicite|requiert|teilt\s+(ihnen\s+)?mit|ermittelt|ersucht|vi\s+informa|indaga|sta\s+indagando|richiede|lhes?\s+informa|requer|deelt\s+u\s+mee|onderzoekt|verzoekt|vordert)\b" +
        @"|\b(wij|we)\s+vorderen\b|\bvorderen\s+wij\b");

    // A mail header line ("De: …", "Asunto: …"): not the writer's letterhead.
    private static readonly Regex HeaderLine = Patterns.Build(@"\A[ \t>]*\p{L}[\p{L} .-]{0,24}:[ \t]*\S");

    /// <summary>Issue 11 round 12: whether a writer who states no capacity still speaks for an agency: its name at
    /// the head of the letter (a letterhead, above the greeting), in the sender's display name, or the first person of
    /// an agency at work ("our investigation"). A letter that does none of these, nor names an office in its
    /// self-introduction or signature (<see cref="Read"/>), never says its writer is an official.</summary>
    public static bool SpeaksForAnAgency(NormalizedText text, MessageParts parts, string? fromName)
    {
        if (fromName is not null && OfficialSignature.IsMatch(fromName)) return true;
        if (Letterhead(text, parts) is { } head && OfficialSignature.IsMatch(head)) return true;
        var value = text.Value;
        var end = parts.QuotedIsOperative ? value.Length : Math.Min(value.Length, Math.Max(parts.OperativeEnd, 1));
        return AgencyVoice.IsMatch(value.AsSpan(0, Math.Min(end, 20_000)));
    }

    /// <summary>The short lines at the head of the writer's own part, after any mail header and above the greeting or
    /// the first line of prose: where a letterhead stands. Null when there are none.</summary>
    internal static string? Letterhead(NormalizedText text, MessageParts parts)
    {
        var end = parts.QuotedIsOperative ? text.Length : Math.Min(text.Length, parts.OperativeEnd);
        if (end == 0) return null;
        var last = text.LineIndexOf(Math.Max(0, end - 1));
        var builder = new System.Text.StringBuilder();
        var taken = 0;
        for (var i = 0; i <= last && taken < 8; i++)
        {
            var line = text.Line(i);
            if (line.IsWhiteSpace()) continue;
            if (taken == 0 && HeaderLine.IsMatch(line)) continue;
            // Prose or the greeting ends the letterhead: a long line, or a short one closed by a comma or a colon.
            var trimmed = line.Trim();
            if (Words(trimmed) > 12 || (trimmed.Length > 0 && trimmed[^1] is ',' or ':' && Words(trimmed) <= 6)) break;
            builder.Append(trimmed).Append('\n');
            taken++;
        }
        return taken == 0 ? null : builder.ToString();
    }

    private static int Words(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    // Every alternative of InPerson holds one of these words.
    private static readonly System.Buffers.SearchValues<string> LawyerWords = System.Buffers.SearchValues.Create(
        ["advoca", "avocat", "abogad", "advogad", "avvocat", "anwalt", "lawyer", "attorney", "voer zelf"], StringComparison.OrdinalIgnoreCase);

    // Issue 11 round 11: a party conducting their own case without a lawyer ("voer zelf (zonder advocaat) een procedure",
    // "je mène seule la procédure sans avocat"): the lawyer's absence beside the proceedings it concerns.
    private static readonly Regex InPerson = Patterns.Build(
        @"\bvoer\s+zelf\b[^.\n]{0,40}\bprocedure\b|\b(procedure|zaak|rechtszaak)\b[^.\n]{0,40}\bzonder\s+advocaat\b|\bzonder\s+advocaat\b[^.\n]{0,40}\b(procedure|zaak|rechtszaak)\b|\bsans\s+avocat\b[^.\n]{0,40}\b(proc[ée]dure|instance|proc[èe]s)\b|\b(proc[ée]dure|instance|proc[èe]s)\b[^.\n]{0,40}\bsans\s+avocat\b|\bsin\s+abogad[oa]\b[^.\n]{0,40}\b(procedimiento|juicio|demanda|pleito)\b|\b(procedimiento|juicio|demanda|pleito)\b[^.\n]{0,40}\bsin\s+abogad[oa]\b|\bsem\s+advogad[oa]\b[^.\n]{0,40}\b(processo|a[çc][ãa]o)\b|\bsenza\s+avvocat[oa]\b[^.\n]{0,40}\b(causa|procedimento|giudizio)\b|\bohne\s+(rechts)?anwalt\b[^.\n]{0,40}\b(verfahren|klage|prozess)\b|\b(lawsuit|proceedings?|case)\b[^.\n]{0,40}\bwithout\s+(a\s+)?(lawyer|attorney)\b" +
        // Round 13: the party who says they have no lawyer for their own suit ("No tengo abogado, yo misma llevo el caso",
        // "je n'ai pas d'avocat pour mon procès", "não tenho advogado no processo").
        @"|\b(no\s+tengo\s+|n[ãa]o\s+tenho\s+|je\s+n'ai\s+pas\s+d'|non\s+ho\s+(un\s+)?|ich\s+habe\s+keinen\s+|ik\s+heb\s+geen\s+)(abogad[oa]|advogad[oa]|avocat|avvocato|anwalt|rechtsanwalt|advocaat)\b[^.\n]{0,60}\b(caso|demanda|juicio|processo|a[çc][ãa]o|proc[èe]s|proc[ée]dure|causa|verfahren|klage|zaak|procedure)\b");

    /// <summary>The words in which a party says they conduct their own civil case without a lawyer, or null.</summary>
    public static string? LitigantInPerson(string text) =>
        text.AsSpan().ContainsAny(LawyerWords) && InPerson.Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>The writer's signature block: the lines after the last closing courtesy of the writer's own part (and
    /// the rest of that line: "Grazie, Giorgia …"), else its last paragraph; at most a dozen lines.</summary>
    internal static string? SignatureBlock(NormalizedText text, MessageParts parts)
    {
        var end = parts.QuotedIsOperative ? text.Length : Math.Min(text.Length, parts.OperativeEnd);
        if (end == 0) return null;
        var last = text.LineIndexOf(Math.Max(0, end - 1));
        while (last > 0 && text.Line(last).IsWhiteSpace()) last--;
        var first = Math.Max(0, last - 14);
        for (var i = last; i >= first; i--)
        {
            if (!Closing.IsMatch(text.Line(i))) continue;
            return Join(text, i, last);
        }
        // No courtesy: the last paragraph.
        var start = last;
        while (start > first && !text.Line(start - 1).IsWhiteSpace()) start--;
        return Join(text, start, Math.Min(last, start + 11));
    }

    private static string Join(NormalizedText text, int from, int to)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = from; i <= to; i++) builder.Append(text.Line(i)).Append('\n');
        return builder.ToString();
    }
}
