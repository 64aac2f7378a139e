using System.Text.RegularExpressions;

using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// Accounts a request names beside its target but does not ask about: the victim's, a parent's or the family's,
/// the reporting person's, a witness's, the writer's own ("my account is …"). A careful reader takes the role
/// from the words tied to the handle — right before it ("the victim's account", "cuenta de la víctima",
/// "La madre, usuaria «…»") or in the aside right after it ("(slachtoffer, niet het doelwit)", ", víctima)",
/// "; no es objeto de la solicitud"). Only short windows around each handle are read, never the whole text.
/// </summary>
internal static class NonTargetRoles
{
    // Who a non-target is, in the seven languages read. Not "mother" or "father" alone, nor "minor": a parent who
    // took a child, or a minor, can be the suspect; a parent's account is no target only when the text says so.
    private const string Role =
        @"(victim|victims|complainant|complaining\s+witness|witness|witnesses|reporting\s+(person|party|parent|mother|father|classmate)|family|plaintiff|caller|" +
        @"v[ií]ctima|denunciante|testigo|familia|" +
        @"victime|plaignante?|t[ée]moin|famille|" +
        @"v[ií]tima|queixos[oa]|testemunha|fam[ií]lia|" +
        @"opfer|gesch[aä]digte[rn]?|zeug(e|in)|anzeigeerstatter(in)?|familie|" +
        @"vittima|testimone|" +
        // Round 15: the offended party of Portuguese, Spanish and Italian procedure, the injured party of Dutch.
        @"ofendid[oa]|persona\s+offesa|benadeelde|" +
        @"slachtoffer|getuige|aangever|aangeefster|melder|meldster|" +
        // Issue 11 round 12: whoever reported or flagged it to the police ("Hinweisgeberin", "simple signalant",
        // "the parent who reported the contact", "la segnalante") is a source, not a target.
        @"reporter|informant|tipster|hinweisgeber(in)?|mitteiler(in)?|signalant(e)?|segnalante|informante|" +
        @"(parent|mother|father|friend|teacher|neighbou?r|relative|person|user|principal|classmate)\s+who\s+(reported|flagged|alerted|notified|called)|" +
        // Issue 11 round 19: the person a protection order protects, the injured party of Spanish, Portuguese, French and
        // Italian procedure ("la perjudicada", "o lesado", "la partie lésée", "il danneggiato"), and the rights owner who
        // sends a copyright notice: each is the side the request is made for, never the one asked about.
        @"protected\s+(party|person)|persona\s+protegida|personne\s+prot[ée]g[ée]e|gesch[üu]tzte\s+person|beschermde\s+persoon|persona\s+protetta|pessoa\s+protegida|" +
        @"perjudicad[oa]s?|lesad[oa]s?|partie\s+l[ée]s[ée]e|danneggiat[oa]|copyright\s+(owner|holder)|rights\s*(owner|holder)|rightsholder)";

    // The words that name an account in the seven languages.
    private const string Account =
        @"(account|profile|handle|user\s?name|user|e-?mail(\s+address)?|" +
        @"cuenta|perfil|usuari[oa]|correo|compte|profil|utilisat(eur|rice)|adresse|conta|utilizador(a)?|usu[aá]ri[oa]|" +
        @"konto|nutzerkonto|nutzer(in)?|benutzer(in|konto|name)?|profilo|utente|gebruiker(saccount)?)";

    // Who stands beside a non-target: their relative's account is no target either ("the victim's wife's account").
    private const string Relative =
        @"(wife|husband|spouse|partner|mother|father|parent|parents|sister|brother|son|daughter|girlfriend|boyfriend|fianc[ée]e?)";

    private const string Article = @"((the|la|el|le|les|a|o|het|de|die|der|des|del|da|do|della|di|his|her|their|su|sa|son|sua|seu|ihr(e|es)?|zijn|haar)\s+)?";

    // A word that qualifies a role without changing it ("simple signalant", "the minor victim", "a mere witness").
    // Issue 11 round 17: with an indefinite article and an age before it ("eine 81-jährige Geschädigte", "a 15-year-old
    // victim").
    private const string Qualifier = @"((an?|une?|una|uma|um|eine?|een)\s+)?(\d{1,3}[\s-]?(j[äa]hrige[rn]?|year[\s-]old|jarige|enne|ans|a[ñn]os|anni)\s+)?((simple|mere|only|minor|young|adult|alleged|blo(ss|ß)e[rn]?|mer[oa]|semplice|menor|mineure?|minderj[aä]hrige[rn]?)\s+)?";

    // Issue 11 round 12: the writer's client in a civil matter ("my client's account", "della mia assistita", "de mi
    // representada"): the side the writer acts for, never the one whose data is demanded. Only with "my"/"our": a
    // provider's own "client" or "Kunde" is the subscriber asked about.
    private const string Represented =
        @"(my|our|mi|mis|mon|ma|mes|notre|nos|minha|meu|nossa|nosso|mein(e[rns]?)?|unser(e[rns]?)?|mijn|onze|mio|mia|nostr[oa])\s+" +
        @"(client|clients|cliente|clientes|clienta|mandant(e|en|in)?|assistit[oa]|representad[oa]|patrocinad[oa]|constituinte|cli[eë]nt(e)?|cli[eë]nten)";

    // Each ends right before the handle (or its opening quote). One regex per form: together they pass the
    // non-backtracking engine's automaton size limit, and each reads only a short window.
    private static readonly Regex[] RoleBefore =
    [
        // "victim account:", "the victim's account", "Plaintiff's own account,", "the family account", and a relative
        // of one: "the victim's wife's account (", "the complainant's mother's profile"
        // Issue 11 round 12: with a word naming the service or kind between: "the victim's Instagram account",
        // "the complainant's personal e-mail".
        Patterns.Build(@"\b" + Role + @"('s|s')?(\s+" + Relative + @"('s|s')?)?(\s+own)?(\s+[\p{L}-]{3,15})?\s+" + Account + @"(\s*\([^()\n]{1,60}\))?\s*[:,]?(\s+(is|was))?\s*[""'«“(]?\s*\z"),
        // Issue 11 round 12: the request says it seeks nothing about the account named next: "no records are sought
        // for", "we are not requesting data about the account", "no se solicita información sobre la cuenta".
        Patterns.Build(@"\b(no\s+(records|data|information)\s+(are|is)\s+(sought|requested)|(we\s+)?(do|are)\s+not\s+(seek|request|ask|asking|seeking|requesting)(\s+(any\s+)?(records|data|information))?|no\s+se\s+solicita(n)?(\s+(datos|informaci[óo]n))?|nous\s+ne\s+demandons\s+(pas|rien)(\s+de\s+donn[ée]es)?|n[ãa]o\s+(s[ãa]o\s+)?solicita(mos|dos)?(\s+dados)?|keine\s+(daten|auskunft|angaben)\s+(zu|[üu]ber))\s+(for|about|on|regarding|concerning|sobre|de|del|de\s+la|pour|sur|concernant|zu|zum|zur)\s+" + Article + @"(" + Account + @"\s+)?[""'(]?\s*\z"),
        // "the victim, who uses the account", "la víctima, que usa la cuenta"
        // Round 27: or in brackets: "The caller (who uses the handle @".
        Patterns.Build(@"\b" + Role + @"\s*[,(]\s*(who|que|qui|die|che)\s+(uses|used|usa|utiliza|utilise|gebruikt|nutzt|usava|utilizava)\s+" + Article + Account + @"\s*[:,]?\s*[""'«“]?\s*\z"),
        // "La madre, usuaria «", "the complainant, user "
        Patterns.Build(@"\b" + Role + @"\s*,\s*" + Account + @"\s*[""'«“]?\s*\z"),
        // "cuenta de la víctima", "compte de la victime", "account of the victim", "conta da vítima"
        // and a relative of one: "the account of the victim's father", "la cuenta del padre de la víctima" is read by
        // the role alone.
        Patterns.Build(@"\b" + Account + @"\s+(de|del|da|do|of|van|di|della|du|des|der|von)\s+" + Article + Role + @"(('s|s')\s+(father|mother|parents?|guardian|sister|brother|husband|wife|spouse|partner|son|daughter))?(\s+(es|is|est|é|è|ist))?\s*[:,]?\s*[""'«“]?\s*\z"),
        // Round 15: or names the role and gives the handle in brackets: "one of our victims ("", "à ofendida (conta "".
        // Issue 11 round 11: a form's line gives the role as its label: "Vítima: titular da conta «", "Victim: holder of
        // the account "", "Victime : compte «", "Opfer: Konto "".
        Patterns.Build(@"\b" + Role + @"\s*[:(]\s*((account\s+)?(titular|holder|owner|titulaire|inhaber(in)?|houder|titolare)\s+((of|da|de|del|du|des|van|dell'|der)\s+)?" + Article + @")?(" + Account + @"\s*)?[""'«“]?\s*\z"),
        // Issue 11 round 12: "my client's account (", "the account of my client", "L'account della mia assistita (".
        Patterns.Build(@"\b" + Represented + @"('s|s')?(\s+own)?\s+" + Account + @"\s*[:,]?(\s+(is|was))?\s*[""'«“(]?\s*\z"),
        Patterns.Build(@"\b" + Account + @"\s+(de|del|da|do|of|van|di|della|du|des|der|von)\s+((the|la|el|le|les|a|o)\s+)?" + Represented + @"(\s+(es|is|est|é|è|ist))?\s*[:,]?\s*[""'«“(]?\s*\z"),
        // Issue 11 round 12: "to the victim, whose account is "", "la víctima, cuya cuenta es «", "la victime, dont le
        // compte est «", "dem Opfer, dessen Konto „".
        // Round 16: with an apposition between: "The complainant, a 26-year-old woman whose own account (".
        Patterns.Build(@"\b" + Role + @"(\s*,\s*(a|an|the|una?|la|el|une|uma|um|eine?|een|un|una)\s+[\p{L}\d -]{1,40})?\s*,?\s+(whose|cuya|cuyo|dont\s+(le|la|l')|deren|dessen|wiens|wier|la\s+cui|il\s+cui|cuja|cujo)\s*(own\s+)?" + Account + @"(\s+(is|was|es|est|ist|è|é|era|war|lautet))?\s*[:,]?\s*[""'«“„(]?\s*\z"),
        // Issue 11 round 12: the person who reported it, from their own account: "her mother reported it from her
        // account "", "the teacher flagged the post via his profile @".
        Patterns.Build(@"\b(reported|flagged|forwarded|alerted\s+(us|police)|notified\s+(us|police))(\s+(it|this|the\s+(post|message|messages|threat|video|image)))?\s+(from|via|through|using|with)\s+(her|his|their|the)\s+(own\s+)?" + Account + @"\s*[:,]?\s*[""'(]?\s*\z"),
        // The writer's own: "my account is", "mon compte est", "a minha conta é", "mi cuenta es", "mijn account"
        Patterns.Build(@"\b(my|mine|mi|mon|ma|minha|mein(e|en)?|mijn|mio|mia)\s+(own\s+|propia\s+|propre\s+|pr[oó]pria\s+|eigene(s|n)?\s+|eigen\s+)?" + Account + @"\s*(is|es|est|é|ist|è)?\s*[:,]?\s*[""'«“]?\s*\z"),
        // Round 15: the other side of the writer's own conversations ("my own conversations with her (account "",
        // "mes échanges avec lui (compte «", "meine Chats mit ihr (Konto „"): the writer asks for their own data.
        Patterns.Build(@"\b(my|our|mes|nos|mis|nuestr[oa]s|minhas|meus|nossas|nossos|meine|unsere|mijn|onze|miei|mie|nostri|nostre)\s+(own\s+)?(\p{L}+\s+)?(conversations|messages|chats|exchanges|[ée]changes|conversaciones|mensajes|conversas|mensagens|nachrichten|unterhaltungen|berichten|gesprekken|conversazioni|messaggi)\s+(with|avec|con|com|mit|met)\s+(\p{L}+\s+){0,2}\(?\s*" + Account + @"?\s*[:,]?\s*[""'«“„]?\s*\z"),
        // Round 16: a list of victims named as users: "Entre las víctimas figuran usuarios como «", "Among the victims are
        // users such as "", "Parmi les victimes figurent les comptes «", "Zu den Opfern zählen Nutzer wie „".
        Patterns.Build(@"\b" + Role + @"(s|es|n)?\s+(include|including|are|were|figuran|figuraban|incluyen|son|figurent|sont|sind|z[äa]hlen|zijn|waren|sono|erano|figurano|s[ãa]o|figuram|incluem)\s+(\p{L}+\s+){0,3}(such\s+as|like|como|comme|tels\s+que|wie|zoals|come|quali)?\s*[""'«“„]?\s*\z"),
        // Issue 11 round 17: the role, then the verb of use, with a name or a clause between: "La victime, Mme X, utilise le
        // compte «", "La persona offesa utilizza il profilo "", "A vítima que apresentou queixa utiliza o perfil "".
        Patterns.Build(@"\b" + Role + @"(\s*,\s*[^,\n]{1,40},|\s+(que|qui|who|die|der|che|dat)\s+[^,.\n]{1,40})?\s+(uses|used|usa|usaba|utiliza|utilizaba|utilizava|utilise|utilisait|utilizza|utilizzava|usava|nutzt|nutzte|verwendet|gebruikt|gebruikte)\s+((the|la|el|le|les|a|o|il|lo|l['’]|het|de|die|der|das|den|dem|su|sa|son|sua|seu|ihr(e|es|en)?|his|her|their|zijn|haar)\s*)?" + Account + @"\s*[:,]?\s*[""'«“„]?\s*\z"),
    ];

    // Each starts right after the handle (or its closing quote): the aside that gives its role or says it is no target.
    private static readonly Regex[] RoleAfter =
    [
        // Round 14: "(Opferkonto)", "(victim account)": the role and the word for an account, written as one.
        Patterns.Build(@"\A\s*[""'»”]?\s*[(,\[]\s*" + Article + Qualifier + Role + @"(\s*-?\s*(konto|nutzerkonto|account|profile?|cuenta|compte|conta|profilo))?\s*[,;)\]]"),
        // Issue 11 round 12: in brackets, the role may go on ("(the VICTIM - do not …)", "(the parent who reported
        // the contact)"), but not into a possessive: "(the victim's ex-partner)" can be the suspect.
        Patterns.Build(@"\A\s*[""'»”]?\s*[(\[]\s*((account|konto|compte|cuenta|conta|profilo|nutzerkonto)\s+[^)\]\n]{0,5}\s*)?" + Article + Qualifier + Role + @"((\s+|\s*-\s*)[^()\[\]']{0,60})?\s*[)\]]"),
        // Issue 11 round 12: "… "x" belongs to the victim", "« x » est celui de la victime", "pertenece a la víctima".
        // Not into a possessive ("belongs to the victim's stepfather" can be the suspect).
        Patterns.Build(@"\A\s*[""'»”]?\s*[)\]]?\s*(,\s*which\s+)?(belongs\s+to|belonged\s+to|is\s+(that|the\s+one)\s+of|is|is\s+(owned|used|held)\s+by|est\s+celui\s+d[eu']|appartient\s+[àa]|pertenece\s+a|pertence\s+[àa]|geh[öo]rt\s+(zu|dem|der)|appartiene\s+a(l|lla|llo|i|gli|lle|ll['’])?|behoort\s+(toe\s+)?aan|is\s+van|[ée]\s+d[ao]|es\s+((la|el)\s+)?de(l|\s+la)?|è\s+(quell[oa]\s+)?del(la|l')?|ist\s+(das|die)\s+(des|der))\s*" + Article + Qualifier + Role + @"\b[^'’\n]"),
        // The aside may stand on the next line in brackets ("«x»\n   (não visada; os dados desta conta não são pedidos)").
        // Issue 11 round 12: the rest of the handle's sentence says so, across line breaks and brackets ("… only
        // reshared it and is not under investigation", "ihr Konto ist nicht Gegenstand des Ersuchens", "… est celui
        // de la victime et ne fait pas l'objet de la présente demande"). The caller cuts the window at the next
        // account named and at a blank line, so a disclaimer about a later account is not read as this one's.
        Patterns.Build(@"\A\s*[""'»”]?[^""«»“”.!?]{0,140}\b(not\s+(a|the)\s+(target|suspect|subject)|not\s+targeted|(is|are)\s+not\s+to\s+be\s+searched|n[ãa]o\s+visad[oa]|non\s+vis[ée]e?|no\s+(es\s+)?objetivo|nicht\s+(das\s+)?ziel|niet\s+geviseerd|non\s+(oggetto|destinatari[oa])|do\s+not\s+treat\s+((it|this(\s+account)?|them)\s+)?as\s+(a\s+|the\s+)?targets?|no\s+es\s+objeto|no\s+investigad[oa]|" +
            @"not\s+(the\s+)?(subject|object|focus)\s+of\b|not\s+(being\s+|currently\s+)?(under\s+investigation|investigated|suspected)|not\s+(a\s+|the\s+)?(suspect|target)\b|not\s+(a\s+)?person\s+of\s+interest|not\s+(implicated|accused)\b|" +
            @"no\s+es\s+(el\s+)?(objetivo|investigad[oa])|no\s+(es|son|est[áa]n?)\s+(objeto|investigad[oa]s?|sospechos[oa]s?)|no\s+forma\s+parte\s+de\s+(la|esta)\s+(solicitud|petici[óo]n|investigaci[óo]n)|" +
            @"n'est\s+pas\s+(vis[ée]e?|la\s+cible|concern[ée]e?|mise?\s+en\s+cause|suspect[ée]?|l'objet)|ne\s+fait\s+pas\s+l'objet|ne\s+sont\s+pas\s+(vis[ée]s|concern[ée]s)|" +
            @"n[ãa]o\s+[ée]\s+(alvo|objeto|investigad[oa]|suspeit[oa])|n[ãa]o\s+(s[ãa]o|est[áa]\s+sendo)\s+(alvo|objeto|investigad[oa]s?)|" +
            @"niet\s+het\s+doelwit|geen\s+doelwit|geen\s+(onderwerp|verdachte)|niet\s+(het\s+)?onderwerp\s+van|niet\s+verdacht|" +
            @"kein(e)?\s+(ziel|beschuldigte[r]?|tatverd[aä]chtige[r]?|betroffene\s+der\s+ma(ss|ß)nahme)|nicht\s+(betroffen|beschuldigt|tatverd[aä]chtig)|nicht\s+gegenstand|" +
            @"non\s+[èe]\s+(il\s+)?(bersaglio|oggetto|indagat[oa]|sospettat[oa])|non\s+sono\s+(oggetto|indagat)|estrane[oa]\s+a(i|lle|gli)?\s+fatti|" +
            // Round 24: "(kestrel.reads) and the parent are witnesses, not subjects", "… is het slachtofferaccount".
            @"not\s+(subjects|targets|suspects)\b|(is|zijn)\s+het\s+slachtoffer(account|profiel)\b|ist\s+das\s+opferkonto\b)"),
        // Round 15: the paper says it asks nothing about the account ("no records are sought from it", "nothing is
        // requested about her account", "is not subject to this subpoena", "n'est visé par aucune demande", "ne fait
        // l'objet d'aucune demande"), or the next sentence gives its role ("Her account is the victim's account", "His
        // account is not to be preserved or disclosed"). Its own regex: the one above is near the automaton size limit.
        Patterns.Build(@"\A\s*[""'»”]?[^""«»“”.!?]{0,140}\b(no\s+(records|data|information)\s+(are|is|will\s+be)\s+(being\s+)?(sought|requested|asked\s+for)\s+(from|for|about|on|regarding)\s+(it|this|that|her|him|them)\b|nothing\s+is\s+(sought|requested|asked)\s+(from|for|about|of)\s+(it|this|that|her|him|them)\b|" +
            @"not\s+subject\s+to\s+(this|the|our)\s+(subpoena|request|order|warrant|demand|letter)|(we|i)\s+(ask|request|seek)\s+nothing\s+(about|from|on|regarding)|" +
            // Round 28: "(jt.ellison.865) is the victim's and is not part of this request".
            @"(is|are)\s+not\s+(a\s+)?part\s+of\s+(this|the|our)\s+(request|subpoena|order|warrant|demand|investigation)|" +
            @"n['’](est|sont)\s+vis[ée]e?s?\s+par\s+aucune?|ne\s+fait\s+l['’]objet\s+d['’]aucune|ne\s+font\s+l['’]objet\s+d['’]aucune|nada\s+se\s+(solicita|pide)\s+(sobre|de)|nada\s+[ée]\s+(solicitado|pedido)\s+sobre)" +
            @"|\A\s*[""'»”]?[^""«»“”.!?]{0,140}[.;]\s+(her|his|their|this|that)\s+(own\s+)?(account|profile)\s+(is|was)\s+(not\s+to\s+be\s+(preserved|disclosed|searched|produced)|not\s+(a|the)\s+(target|subject)|the\s+(victim|complainant|witness)(['’]s)?\s+(own\s+)?(account|profile)\b|(listed|named|mentioned)\s+(here\s+)?only\s+(for|as)\s+(context|background))"),
        // Round 16: the person a protective order protects ("Daniela (cuenta "x"), quien tiene a su favor una medida cautelar
        // de prohibición de acercamiento", "who holds a restraining order against him"): the one in danger, not the target.
        Patterns.Build(@"\A\s*[""'»”]?\s*\)?\s*,?\s*(who|quien|que|qui|die|der|che|a\s+quem)\s+(has|holds|tiene|posee|a|b[ée]n[ée]ficie\s+d['’]|hat|heeft|ha|tem)\s+(a\s+su\s+favor\s+|in\s+(her|his)\s+favou?r\s+)?(a|an|una?|une|eine?|een|um|uma)?\s*(medida\s+(cautelar|protetiva|de\s+protecci[oó]n)|orden\s+de\s+(alejamiento|protecci[oó]n)|(protective|restraining|protection|no-contact)\s+order|ordonnance\s+de\s+protection|interdiction\s+de\s+contact|schutzanordnung|kontaktverbot|gewaltschutz\p{L}*|contactverbod|straatverbod|ordine\s+di\s+protezione|divieto\s+di\s+avvicinamento)"),
    ];

    // Issue 11 round 19: the role, then the person's name in apposition, then their account in brackets: "We represent
    // the plaintiff, Elaine Doe (account "", "la perjudicada, Ana Ruiz (cuenta «", and a list of them: "victims named in
    // the affidavit (accounts "a", "". The name must be written as one (each word capitalised, checked by the caller):
    // "the victim, contacted by the suspect (account "" names the suspect's account.
    private static readonly Regex RoleNameBracket = Patterns.Build(
        @"\b" + Role + @"(s|es|n)?(\s*,\s*(?<name>[\p{L}'.-]+(\s+[\p{L}'.-]+){0,3})\s*|\s+(named|listed|identified|mentioned|cited)\s+[^.;()\n""«“„]{0,30})\(\s*" + Account +
        @"s?\s*:?\s*([""'«“„]?@?[\p{L}\p{N}_.-]+[""'»”“]?\s*(,|and|y|et|und|en|e)\s*)*[""'«“„]?\s*\z");

    // Issue 11 round 19: right after the handle, the account is the one that reported the offence ("(account "x"), made
    // the report", "« x » a porté plainte", "«x» presentó la denuncia"): the source of the case, not its subject.
    private static readonly Regex ReporterAfter = Patterns.Build(
        @"\A\s*[""'»”]?\s*\)?\s*,?\s*((who|which|que|qui|die|che)\s+)?(made\s+the\s+report|filed\s+the\s+(report|complaint)|reported\s+(the|this|it)\b|" +
        @"hizo\s+la\s+denuncia|present[óo]\s+(la\s+)?denuncia|a\s+(port[ée]\s+plainte|signal[ée]\s+les\s+faits|d[ée]nonc[ée]\s+les\s+faits)|hat\s+(die\s+)?anzeige\s+erstattet|erstattete\s+(die\s+)?anzeige|" +
        @"ha\s+(sporto\s+denuncia|denunciato\s+i\s+fatti|segnalato\s+i\s+fatti)|(apresentou|fez)\s+(a\s+)?(queixa|den[úu]ncia)|(deed|heeft)\s+aangifte" +
        // Round 20: who raised the alarm ("(compte @x, qui nous a alertés)", "(account @x, who alerted us)").
        @"|(alerted|notified|warned|called)\s+(us|the\s+police|police|officers)\b|(forwarded|showed|provided)\s+(us|the\s+police|police|officers|detectives)\s+(the|these|those|her|his|their|copies|screenshots)\b|nous\s+a\s+(alert[ée]e?s?|pr[ée]venu\p{L}*|avis[ée]e?s?)|nos\s+(alert[óo]|avis[óo])|ci\s+ha\s+(allertat\p{L}*|avvisat\p{L}*)|nos\s+(alertou|avisou)|(heeft|had)\s+ons\s+(gewaarschuwd|gealarmeerd)|hat\s+uns\s+(alarmiert|verst[äa]ndigt|informiert))");

    // "named in the application as a witness who reported ...", "identified as the complainant": read only when the
    // words after the handle hold " as ".
    private static readonly Regex NamedAsRole = Patterns.Build(
        @"\A\s*[""'»”]?[^""«»“”\n]{0,40}\b(named|identified|listed|described|mentioned|cited|referred\s+to)\b[^""«»“”\n.;]{0,40}\bas\s+(a|an|the)\s+" + Role + @"\b");

    // Right after the handle: what is asked about it ("the victim's account "x": last login IP and time only").
    // A bystander's account whose data the request asks for is a target all the same.
    private static readonly Regex AskedAbout = Patterns.Build(@"\A\s*[""'»”]?\s*:[ \t]*\S");

    // Issue 11 round 11: the aside says the victim is to be located through the account ("(vittima, da localizzare)",
    // "(victim, missing)"): the account is asked about to find her, so it is specified like the target's.
    private static readonly Regex ToBeLocated = Patterns.Build(
        @"\A\s*[""'»”]?\s*[(,\[][^)\]\n]{0,60}\b(to\s+(be\s+)?locate[d]?|to\s+be\s+found|missing|da\s+localizzare|scompars[oa]|(a|por)\s+localizar|desaparecid[oa]|[àa]\s+localiser|disparue?|zu\s+(lokalisieren|orten)|vermisst|te\s+(lokaliseren|vinden)|vermist)\b");

    // Issue 11 round 12: the request limits itself to one account ("We request for @x only:", "únicamente sobre la
    // cuenta «x»"): the others it names (the missing girl's, her mother's) are context, not targets. "Only" must
    // close the phrase after the handle, so "@x only reshared it" is not read as a limit.
    private static readonly Regex OnlyAfter = Patterns.Build(
        @"\A[""')]?[ \t]*(only|alone|solely|exclusively|[úu]nicamente|solamente|exclusivamente|uniquement|seulement|exclusivement|nur|ausschlie(ss|ß)lich|soltanto|esclusivamente|apenas|somente|alleen|uitsluitend)[ \t]*([:;,.)\n]|\z)");

    private static readonly Regex OnlyBefore = Patterns.Build(
        @"\b(only|solely|exclusively|[úu]nicamente|solamente|exclusivamente|uniquement|seulement|exclusivement|nur|ausschlie(ss|ß)lich|soltanto|unicamente|esclusivamente|apenas|somente|alleen|uitsluitend)\s+" +
        @"(for|about|on|concerning|regarding|para|sobre|de|del|pour|sur|concernant|f[üu]r|zu|[üu]ber|per|su|riguardo|voor|over|van)\s+" + Article +
        @"(" + Account + @"\s+)?[""'(]?\s*\z");

    // Whether a window can hold a match of Role, Represented or the "only" words, asked before their regexes: each of
    // those forms costs 4–20 µs a window (their automata are large), and most windows around a handle hold none of
    // the words. Each list holds a piece of every alternative (case-insensitively, as the regexes read them; no
    // piece has a "k", whose Kelvin-sign variant the regexes accept and OrdinalIgnoreCase does not), so a window
    // without any piece cannot match and the forms' answers stay the same.
    private static readonly System.Buffers.SearchValues<string> RolePieces = System.Buffers.SearchValues.Create(
        ["ctim", "tima", "complainant", "witness", "reporting", "fam", "plaintiff", "denunciante", "testigo", "plaignant", "moin",
         "queixos", "testemunha", "opfer", "digte", "zeug", "anzeigeerstatter", "testimone", "slachtoffer", "getuige", "aangever",
         "aangeefster", "melder", "meldster", "reporter", "informant", "tipster", "hinweisgeber", "mitteiler", "signalant",
         "segnalante", "who", "ofendid", "offesa", "benadeelde", "protect", "protegid", "protég", "protege", "schützte", "schutzte",
         "beschermde", "protett", "perjudicad", "lesad", "partie", "danneggiat", "copyright", "holder", "caller"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> RepresentedPieces = System.Buffers.SearchValues.Create(
        ["cli", "mandant", "assistit", "representad", "patrocinad", "constituinte"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OnlyPieces = System.Buffers.SearchValues.Create(
        ["only", "solely", "exclusiv", "nicamente", "solamente", "uniquement", "seulement", "nur", "ausschlie", "soltanto",
         "esclusiv", "apenas", "somente", "alleen", "uitsluitend"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Which of <see cref="RoleBefore"/> need a Role word (the others need other words).</summary>
    private static readonly bool[] BeforeNeedsRole = [true, false, true, true, true, true, false, false, true, false, false, false, true, true];

    /// <summary>Which of <see cref="RoleBefore"/> need a Represented word.</summary>
    private static readonly bool[] BeforeNeedsRepresented = [false, false, false, false, false, false, true, true, false, false, false, false, false, false];

    /// <summary>Which of <see cref="RoleAfter"/> need a Role word.</summary>
    private static readonly bool[] AfterNeedsRole = [true, true, true, false, false, false];

    private const int WindowBefore = 70;
    private const int WindowAfter = 120;

    /// <summary>Whether a handle or address is tied to a non-target role where the text names it, and nowhere
    /// asked about itself.</summary>
    public static bool IsNonTarget(string text, string handle) => IsNonTarget(text, handle, []);

    /// <summary>The same, where <paramref name="others"/> are the other accounts the text names: the words after a
    /// handle are read only up to the next of them (or a blank line), so what is said of that one stays its own.</summary>
    public static bool IsNonTarget(string text, string handle, IReadOnlyCollection<string> others) => IsNonTarget(text, handle, others, false);

    /// <summary>The same; with <paramref name="ignoreRepresented"/>, the writer's client's account ("my client's
    /// account") does not count as a bystander's.</summary>
    public static bool IsNonTarget(string text, string handle, IReadOnlyCollection<string> others, bool ignoreRepresented)
    {
        var name = handle.TrimStart('@');
        if (name.Length < 3) return false;
        var checks = 0;
        var bystander = false;
        for (var at = IgnoreCase.IndexOf(text, name); at >= 0 && checks < 20;
             at = IgnoreCase.IndexOf(text, name, at + name.Length), checks++)
        {
            var end = at + name.Length;
            // Only the whole handle: "x_y" inside "x_y_z" is another account.
            if (at > 0 && IsNameChar(text[at - 1]) || end < text.Length && IsNameChar(text[end]) && text[end] != '.') continue;
            var start = at > 0 && text[at - 1] == '@' ? at - 1 : at;
            var from = Math.Max(0, start - WindowBefore);
            var after = text.AsSpan(end, Math.Min(WindowAfter, text.Length - end));
            if (AskedAbout.IsMatch(after) || ToBeLocated.IsMatch(after)) return false;
            // Once a bystander, always one: only a later place that asks about the handle (above) changes the answer.
            if (bystander) continue;
            var before = text.AsSpan(from, start - from);
            var beforeRole = before.ContainsAny(RolePieces);
            var beforeRepresented = before.ContainsAny(RepresentedPieces);
            for (var f = 0; f < RoleBefore.Length && !bystander; f++)
            {
                if ((BeforeNeedsRole[f] && !beforeRole) || (BeforeNeedsRepresented[f] && (!beforeRepresented || ignoreRepresented))) continue;
                bystander = RoleBefore[f].IsMatch(before);
            }
            after = OwnClause(after, name, others);
            var afterRole = after.ContainsAny(RolePieces);
            for (var f = 0; f < RoleAfter.Length && !bystander; f++)
            {
                if (AfterNeedsRole[f] && !afterRole) continue;
                bystander = RoleAfter[f].IsMatch(after);
            }
            if (!bystander && afterRole && after.Contains(" as ", StringComparison.OrdinalIgnoreCase)) bystander = NamedAsRole.IsMatch(after);
            if (!bystander && beforeRole && before.Contains('(')) bystander = NamedInBrackets(before);
            if (!bystander) bystander = ReporterAfter.IsMatch(after);
        }
        return bystander;
    }

    /// <summary>Whether the window ends in a role, a person's name and the bracket that gives their account (see
    /// <see cref="RoleNameBracket"/>); a name in apposition must be capitalised word by word.</summary>
    private static bool NamedInBrackets(ReadOnlySpan<char> before)
    {
        foreach (var m in RoleNameBracket.EnumerateMatches(before))
        {
            var match = RoleNameBracket.Match(before[m.Index..].ToString());
            if (!match.Success) continue;
            var name = match.Groups["name"];
            if (!name.Success) return true;
            if (name.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]))) return true;
        }
        return false;
    }

    /// <summary>For each form, whether it matches the window and whether the word pre-checks let it be asked
    /// (tests: a form the pre-checks skip must never match).</summary>
    internal static List<(string Form, bool Matches, bool Asked)> FormsOn(string before, string after)
    {
        var forms = new List<(string, bool, bool)>();
        bool beforeRole = before.AsSpan().ContainsAny(RolePieces), beforeRepresented = before.AsSpan().ContainsAny(RepresentedPieces);
        bool afterRole = after.AsSpan().ContainsAny(RolePieces);
        for (var f = 0; f < RoleBefore.Length; f++)
            forms.Add(($"before {f}", RoleBefore[f].IsMatch(before), !(BeforeNeedsRole[f] && !beforeRole) && !(BeforeNeedsRepresented[f] && !beforeRepresented)));
        for (var f = 0; f < RoleAfter.Length; f++)
            forms.Add(($"after {f}", RoleAfter[f].IsMatch(after), !(AfterNeedsRole[f] && !afterRole)));
        forms.Add(("named as", NamedAsRole.IsMatch(after), afterRole));
        forms.Add(("only before", OnlyBefore.IsMatch(before), before.AsSpan().ContainsAny(OnlyPieces)));
        return forms;
    }

    // Issue 11 round 16: in a request for the holder's own data (consent, access), the other side of the holder's
    // conversations: "the chats of the account with the users «", "exchanged between her account and the account "",
    // "as mensagens que a minha conta enviou ao perfil "", "los mensajes con el usuario «", and the later handles of its list ("«a» e «b»"). The holder asks for their
    // own messages; the account they wrote to is no target. Read only for such requests (the engine asks).
    private static readonly Regex CounterpartyBefore = Patterns.Build(
        @"\b(conversations?|messages?|chats?|exchanges|dms|direct\s+messages|[ée]changes|conversaciones|mensajes|conversas|mensagens|nachrichten|unterhaltungen|berichten|gesprekken|conversazioni|messaggi)\b[^.;\n]{0,80}\b(with|avec|con|com|mit|met|to|ao|aos|à|al|an|aan|and|e|y|et|und|en)\s+(the\s+|gli\s+|los\s+|les\s+|l['’]|o\s+|os\s+|die\s+|dem\s+|den\s+|de\s+|el\s+|il\s+|lo\s+|la\s+|a\s+|le\s+|het\s+)?(users?|utenti|utente|usuari[oa]s?|utilisat(eur|rice)s?|utilizador(es|as?)?|nutzer(n|in)?|gebruikers?|accounts?|profiles?|perfil(es)?|perfis|profils?|profil[oi]|comptes?|kont(o|en)|cuentas?|contas?)\s*([""'«“„]?@?[\p{L}\p{N}_.-]+[""'»”]?\s*(,|and|e|y|et|und|en|&)\s*)*[""'«“„@]?\s*\z");

    /// <summary>Whether the handle is named only as the other side of the holder's conversations (see
    /// <see cref="CounterpartyBefore"/>) and nowhere asked about itself.</summary>
    public static bool IsCounterparty(string text, string handle)
    {
        var name = handle.TrimStart('@');
        if (name.Length < 3) return false;
        var checks = 0;
        var counterparty = false;
        for (var at = IgnoreCase.IndexOf(text, name); at >= 0 && checks < 20;
             at = IgnoreCase.IndexOf(text, name, at + name.Length), checks++)
        {
            var end = at + name.Length;
            if (at > 0 && IsNameChar(text[at - 1]) || end < text.Length && IsNameChar(text[end]) && text[end] != '.') continue;
            var start = at > 0 && text[at - 1] == '@' ? at - 1 : at;
            if (AskedAbout.IsMatch(text.AsSpan(end, Math.Min(WindowAfter, text.Length - end)))) return false;
            var from = Math.Max(0, start - 120);
            var before = text.AsSpan(from, start - from);
            counterparty |= CounterpartyBefore.IsMatch(before);
        }
        return counterparty;
    }

    /// <summary>Whether the request limits itself to this account ("for @x only", "only for the account "x"").</summary>
    public static bool IsOnlyTarget(string text, string handle)
    {
        var name = handle.TrimStart('@');
        if (name.Length < 3) return false;
        var checks = 0;
        for (var at = IgnoreCase.IndexOf(text, name); at >= 0 && checks < 20;
             at = IgnoreCase.IndexOf(text, name, at + name.Length), checks++)
        {
            var end = at + name.Length;
            if (at > 0 && IsNameChar(text[at - 1]) || end < text.Length && IsNameChar(text[end])) continue;
            var start = at > 0 && text[at - 1] == '@' ? at - 1 : at;
            var from = Math.Max(0, start - WindowBefore);
            var before = text.AsSpan(from, start - from);
            if (OnlyAfter.IsMatch(text.AsSpan(end, Math.Min(24, text.Length - end))) || (before.ContainsAny(OnlyPieces) && OnlyBefore.IsMatch(before)))
                return true;
        }
        return false;
    }

    /// <summary>The words after a handle up to the next other account named or a blank line.</summary>
    private static ReadOnlySpan<char> OwnClause(ReadOnlySpan<char> after, string name, IReadOnlyCollection<string> others)
    {
        var cut = after.Length;
        var blank = after.IndexOf("\n\n");
        if (blank >= 0) cut = blank;
        foreach (var other in others)
        {
            var o = other.TrimStart('@');
            if (o.Length < 3 || o.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var at = IgnoreCase.IndexOf(after[..cut], o);
            if (at >= 0) cut = at;
        }
        return after[..cut];
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
