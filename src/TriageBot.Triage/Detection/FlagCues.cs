using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>Cues for the flags that change how a request is handled. Targets name the flag (or, for emergencies,
/// the nature of the emergency so the summary can say what it is).</summary>
internal static class FlagCues
{
    /// <summary>A threat to life or limb, or imminent harm to a child. Targets are the nature of the emergency.</summary>
    public static readonly CueSet Emergency = new(
    [
        new("danger to life", @"(danger|risk|threat)\s+of\s+(imminent\s+)?(death|serious\s+(physical|bodily)\s+injury)", 3, "danger of death or serious physical injury"),
        new("danger to life", @"(imminent|immediate|ongoing|credible|active)\s+(danger|threat|risk)\s+(to|of)\s+(life|the\s+life|(a|the)\s+(person|child|victim|minor)|harm|death|serious)", 3, "imminent danger to a person"),
        new("danger to life", @"(life|lives)\s+(is|are|may\s+be)\s+(at\s+risk|in\s+(imminent\s+)?danger)|(risk|danger)\s+to\s+(human\s+)?life", 3, "life at risk"),
        new("threat of suicide", @"(threat(s|ened)?\s+(of|to\s+(commit|attempt))\s+suicide|suicid(e|al)\s+(threat|ideation|note|message|attempt|risk|intent)|threaten(ed|ing|s)?\s+to\s+(kill|harm|hurt)\s+(himself|herself|themselves|themself)|(take|end)\s+(his|her|their)\s+(own\s+)?life|self[\s-]harm)", 3, "threat of suicide or self-harm"),
        new("threat to kill", @"threaten(ed|ing|s)?\s+to\s+(kill|shoot|stab|murder|bomb|harm|hurt)|(death|kill)\s+threats?", 2.5, "threat to kill or harm others"),
        new("kidnapping", @"(kidnapp(ed|ing)?|abduct(ed|ion)|hostage|held\s+against\s+(his|her|their)\s+will)", 3, "kidnapping, abduction or hostage"),
        new("missing child", @"(missing|endangered|runaway)\s+(child|minor|juvenile|teen(ager)?|girl|boy|\d{1,2}[\s-]year[\s-]old)|amber\s+alert", 3, "missing or endangered child"),
        new("imminent harm to a child", @"(imminent|immediate|ongoing)\s+(harm|abuse|danger|risk)\s+(to|of)\s+(a|the)?\s*(child|minor|victim)", 3, "imminent harm to a child"),
        new("bomb threat", @"bomb\s+threat|explosive\s+device|(mass|school|active)\s+shoot(ing|er)|planned\s+attack|terrorist\s+attack", 3, "bomb threat or planned attack"),
        new("danger to life", @"(lebensgefahr|gefahr\s+f[uü]r\s+leib\s+(oder|und)\s+leben|suizid(gefahr|drohung|absicht)|danger\s+de\s+mort|danger\s+imm[eé]diat|menace\s+de\s+suicide|risque\s+suicidaire|peligro\s+(de\s+muerte|inminente|para\s+la\s+vida)|riesgo\s+de\s+suicidio|amenaza\s+de\s+suicidio)", 3, "danger to life (foreign language)"),
    ]);

    /// <summary>Child sexual exploitation. A signature line naming an ICAC task force is deliberately not a cue.</summary>
    public static readonly CueSet Ncmec = new(
    [
        new("ncmec", @"cyber\s*tip(line)?(\s+report)?", 4, "CyberTipline report"),
        // NCMEC also handles missing children: its name alone is not a child-exploitation matter; a report is.
        new("ncmec", @"\bNCMEC\s+(cyber\s*tip(line)?\s+)?(report|tip|referral)s?\b", 3.5, "NCMEC report"),
        new("ncmec", @"\bNCMEC\b|national\s+center\s+for\s+missing\s+(and|&)\s+exploited\s+children", 1.5, "mentions NCMEC"),
        new("ncmec", @"\bCT\s*#\s*\d", 3, "CyberTipline report number"),
        new("ncmec", @"child\s+sexual\s+(abuse|exploitation)(\s+material)?|\bCSAM\b|\bCSEA?\b", 3, "child sexual abuse material"),
        new("ncmec", @"child\s+pornography|sexual\s+exploitation\s+of\s+(a\s+)?(child|children|minors?)|sexually\s+explicit\s+(images?|material|conduct|content)\s+(of|involving)\s+(a\s+)?(minor|child)", 3, "sexual exploitation of a minor"),
        new("ncmec", @"(online\s+)?enticement\s+of\s+a\s+minor|sextortion|grooming\s+(of\s+)?(a\s+)?(minor|child)", 2.5, "enticement or sextortion of a minor"),
        new("ncmec", @"18\s*U\.?S\.?C\.?\s*(§+\s*)?(225[12]A?|2422\s*\(\s*b\s*\)|2258A?)", 3, "child exploitation statute"),
        new("ncmec", @"(kinderpornograph|kinderpornografie|p[eé]dopornograph|pornograf[ií]a\s+infantil|abus\s+sexuels?\s+sur\s+mineur|abuso\s+sexual\s+infantil|sexueller\s+missbrauch\s+von\s+kindern)", 3, "child sexual abuse (foreign language)"),
    ]);

    /// <summary>Asking for the contents of communications (or stored files), which needs a warrant.</summary>
    public static readonly CueSet Content = new(
    [
        new("contentRequested", @"(the\s+)?contents?\s+of\s+(any|all|the)?\s*(stored\s+)?(communications?|messages?|e-?mails?|chats?|conversations?|prompts?|files?|accounts?|uploads?)", 3, "contents of communications"),
        new("contentRequested", @"(stored|electronic)\s+(communications?\s+)?contents?|stored\s+communications\s+content", 2.5, "stored contents"),
        new("contentRequested", @"(private|direct)\s+messages|\bDMs\b|message\s+(content|bodies|text)", 2.5, "private messages"),
        new("contentRequested", @"(chat|conversation|message)\s+(history|histories|logs?|transcripts?|threads?)", 2.5, "chat or conversation history"),
        new("contentRequested", @"(all\s+)?(prompts|inputs)\s+(and|&|,)\s+(the\s+)?(outputs|responses|completions|replies)", 3, "prompts and responses"),
        new("contentRequested", @"(the\s+)?(full\s+)?text\s+of\s+(all\s+)?(the\s+)?(messages|conversations|chats|communications)", 3, "text of messages"),
        new("contentRequested", @"(uploaded|stored|shared)\s+(files|documents|images|pictures|photos|photographs|videos|attachments|media)|(files|documents|images|pictures|photos|photographs|videos)\s+(the\s+(account|user)\s+)?(uploads?|uploaded|stored|shared|sent)", 2, "stored or uploaded files"),
        new("contentRequested", @"(all|any|every|each)\s+(of\s+the\s+)?(chat\s+|text\s+)?(messages|conversations|chats|prompts|threads)", 2.5, "all messages or conversations"),
        new("contentRequested", @"(text|content|portions?|transcripts?)\s+of\s+(every|each|all|any|the)?\s*(last\s+|recent\s+)?(messages?|conversations?|chats?|prompts?)", 2.5, "text of messages"),
        new("contentRequested", @"(her|his|their|the\s+user's|the\s+account's|the\s+subscriber's)\s+(own\s+)?(conversations|messages|chats|prompts)", 2, "the user's conversations"),
        new("contentRequested", @"(typed|entered|wrote|written|said)\s+(in|into)\s+(a|the|any)\s+(conversation|chat)|(other|all)\s+shared\s+(links\s+or\s+)?conversations", 2, "what the user wrote in a conversation"),
        new("contentRequested", @"(involves|is|are|includes?|constitutes?)\s+(stored\s+)?content\b|(chat|text|instant)\s+messages", 2, "says it asks for content"),
        new("contentRequested", @"(inhalte?|inhalt\s+der\s+(kommunikation|nachrichten|chats))|(contenu|contenus)\s+des\s+(messages|conversations|[eé]changes|communications)|contenido\s+de\s+(las|los)\s+(comunicaciones|mensajes|conversaciones|chats)|chatverl[aä]uf|nachrichteninhalt", 3, "contents (foreign language)"),
    ]);

    /// <summary>A gag: the provider may not tell the user.</summary>
    public static readonly CueSet NonDisclosure = new(
    [
        new("nonDisclosureOrder", @"2705\s*\(\s*b\s*\)", 4, "order under 18 U.S.C. 2705(b)"),
        new("nonDisclosureOrder", @"non[\s-]?disclosure\s+(order|requirement|provision|obligation)|gag\s+order|order\s+(of|for)\s+non[\s-]?disclosure|order\s+(commanding|precluding|prohibiting)[^.;\n]{0,60}(notif|disclos)", 4, "non-disclosure order"),
        // Order language binds; a request ("please do not notify the user") alone does not make an order.
        new("nonDisclosureOrder", @"(shall|must)\s+(not|refrain\s+from)\s+(disclos|notif|reveal|inform)|(is|are)\s+(hereby\s+)?(ordered|commanded|directed|required)\s+(not\s+to|to\s+refrain\s+from)\s+(disclos|notif|reveal|inform)|(commands|orders|directs|requires|prohibits)\s+[^.;\n]{0,40}\s(not\s+to\s+|from\s+)(notify|notifying|disclose|disclosing|reveal|revealing|inform|informing)", 2.5, "prohibits notifying the user"),
        new("nonDisclosureOrder", @"(please\s+)?(do\s+not|don't|not\s+to|refrain\s+from)\s+(notify|notifying|inform|informing|tell|alert|advise)\s+(the\s+)?(subscriber|user|account\s+holder|customer|target|subject)", 1.2, "asks not to notify the user"),
        new("nonDisclosureOrder", @"2705\s*\(\s*a\s*\)|delay(ed)?\s+(of\s+)?notice", 2, "delayed notice under 2705(a)"),
        new("nonDisclosureOrder", @"2709\s*\(\s*c\s*\)", 3, "NSL non-disclosure under 2709(c)"),
        new("nonDisclosureOrder", @"(geheimhaltung|nicht\s+(zu\s+)?(informieren|benachrichtigen|unterrichten)|keine\s+benachrichtigung|ne\s+pas\s+(informer|aviser|notifier)|confidentialit[eé]\s+absolue|secreto\s+de\s+(las\s+)?(actuaciones|sumario)|no\s+(informar|notificar|comunicar)\s+al\s+usuario)", 2.5, "non-disclosure (foreign language)"),
    ]);
}
