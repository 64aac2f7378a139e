using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>What a request is about (the matter type) and which categories of data it asks for.</summary>
internal static class TopicCues
{
    public static readonly CueSet MatterType = new(
    [
        new("Child sexual exploitation", @"child\s+(sexual\s+)?(exploitation|abuse|pornography)|\bCSAM\b|sextortion|enticement\s+of\s+a\s+minor|225[12]A?\b|kinderpornograph|pornograf[ií]a\s+infantil|p[eé]dopornograph", 3, ""),
        new("Homicide", @"homicide|murder|manslaughter|killing\s+of|mord\b|totschlag|meurtre|homicidio|asesinato", 3, ""),
        new("Kidnapping", @"kidnapp|abduct|hostage|entf[uü]hrung|enl[eè]vement|secuestro", 3, ""),
        new("Missing person", @"missing\s+(person|child|juvenile|minor|teen)|vermisst|disparition|desaparici[oó]n", 2.5, ""),
        new("Threat of self-harm", @"suicid|self[\s-]harm|suizid", 2.5, ""),
        new("Terrorism / threats of violence", @"terroris|bomb\s+threat|explosive|mass\s+shooting|school\s+shooting|planned\s+attack|2332b|terrorisme|terrorismo", 3, ""),
        new("Threats / harassment / stalking", @"threat(s|ening)?\b|harass|stalk|cyberstalking|2261A|875\s*\(\s*c\s*\)|bedrohung|harc[eè]lement|acoso|amenazas", 1.5, ""),
        new("Fraud", @"fraud|scam|wire\s+fraud|1343\b|1344\b|1029\b|identity\s+theft|1028A?\b|phishing|betrug|escroquerie|estafa|fraude", 2, ""),
        new("Extortion", @"extortion|ransomware|blackmail|erpressung|extorsion|extorsi[oó]n", 2.5, ""),
        new("Computer intrusion", @"computer\s+intrusion|unauthori[sz]ed\s+access|hacking|1030\b|data\s+breach|computer\s+fraud", 2.5, ""),
        new("Drug trafficking", @"narcotic|drug\s+trafficking|controlled\s+substance|fentanyl|\b841\b|distribution\s+of\s+(methamphetamine|cocaine|heroin)|bet[aä]ubungsmittel|stup[eé]fiants|narcotr[aá]fico", 2.5, ""),
        new("Money laundering", @"money\s+laundering|1956\b|1957\b|geldw[aä]sche|blanchiment|blanqueo", 2.5, ""),
        new("Human trafficking", @"human\s+trafficking|sex\s+trafficking|1591\b|menschenhandel|traite\s+des\s+[eê]tres|trata\s+de\s+personas", 3, ""),
        new("Robbery / assault", @"robbery|armed\s+robbery|assault|battery|raub|vol\s+[aà]\s+main|robo\s+con", 2, ""),
        new("Firearms", @"firearm|weapon|922\s*\(\s*g\s*\)|waffen|armes?\s+[aà]\s+feu|armas", 1.5, ""),
        new("Intellectual property / civil dispute", @"copyright|trademark|defamation|breach\s+of\s+contract|divorce|custody|trade\s+secret", 2, ""),
    ]);

    public static readonly CueSet RequestedData = new(
    [
        new("basic subscriber information", @"(basic\s+)?subscriber\s+(information|records|info|details)|account\s+holder\s+(information|details)|registration\s+(information|details)|bestandsdaten", 1, ""),
        new("names and e-mail addresses", @"(name|names)\s*(,|and)\s*(e-?mail|address)|e-?mail\s+address(es)?\s+(associated|linked|on\s+file)", 1, ""),
        new("IP address logs", @"\bIP\s+(address(es)?|logs?|history|records)|internet\s+protocol|login\s+IP|verkehrsdaten|adresses?\s+IP|direcciones\s+IP", 1, ""),
        new("login and session records", @"(login|log-in|sign-in|session|access|connection)\s+(history|records|logs|times|data|timestamps)|session\s+times", 1, ""),
        new("payment and billing records", @"payment\s+(information|method|records|details)|billing\s+(information|records|address)|credit\s+card|means\s+and\s+source\s+of\s+payment", 1, ""),
        new("device identifiers", @"device\s+(information|identifiers?|ids?|data)|user[\s-]agent|IMEI|browser\s+fingerprint", 1, ""),
        new("location data", @"location\s+(data|information|history)|geolocation|GPS|cell\s+site", 1, ""),
        new("account creation and length of service", @"account\s+creation|date\s+of\s+creation|length\s+of\s+service|creation\s+date", 1, ""),
        new("phone numbers", @"(telephone|phone)\s+numbers?\s+(associated|linked|on\s+file|used)|instrument\s+number", 1, ""),
        new("contents of communications", @"contents?\s+of\s+(any|all|the)?\s*(communications?|messages?|conversations?|chats?)|chat\s+(history|logs?|transcripts?)|conversation\s+(history|logs?)|(private|direct)\s+messages|prompts\s+(and|&)\s+(outputs|responses|completions)", 1, ""),
        new("stored files and media", @"(uploaded|stored|shared)\s+(files|documents|images|photos|videos|media)", 1, ""),
        new("non-content transactional records", @"non[\s-]?content|transactional\s+records|header\s+information|to/from|routing\s+information|dialing|signaling", 1, ""),
    ]);
}
