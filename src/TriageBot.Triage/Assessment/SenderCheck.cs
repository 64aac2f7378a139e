using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Assessment;

/// <summary>Why a sender looks wrong, or null when it does not. Fake emergency requests come from free-mail,
/// look-alike domains and Reply-To addresses that divert the answer elsewhere. <paramref name="Strong"/>: the address
/// itself disproves the claim (free mail, a look-alike, a reply diverted to either); otherwise the domain is merely
/// unknown, which real small agencies also have.</summary>
internal sealed record SenderConcern(string Reason, string Evidence, bool Strong = true);

/// <summary>
/// A sender is suspicious when it claims government authority from an address that does not prove it: free mail,
/// a look-alike or unknown domain, or a Reply-To elsewhere. A private party writing as itself (a law firm, a
/// user, a journalist, a rights agent) claims no such authority; its request is routed by type, not doubted.
/// </summary>
internal static class SenderCheck
{
    // A private party speaking for itself or a client, in the seven languages read: counsel ("attorney of record",
    // "wir vertreten", "nous représentons", a law firm), a user (the account holder, a data-subject access request),
    // a journalist, a rights holder or its agent.
    private const string PrivatePartyPattern =
        @"\bpro\s+se\b|self-represented|represent(ing)?\s+myself|(i\s+am|i'm)\s+the\s+(plaintiff|defendant|petitioner|respondent|claimant)|in\s+propria\s+persona|\bon\s+behalf\s+of\s+(my|our)\s+client|\b(i|we)\s+represent\s+(the\s+)?(plaintiff|defendant|petitioner|respondent|claimant|my|our|[A-Z])|(i\s+am|i'm|we\s+are)\s+(a\s+|an\s+|the\s+)?(journalist|reporter|user|customer|subscriber|account\s+holder|owner\s+of\s+the\s+account|rights\s+(holder|agent|owner)|copyright\s+(owner|agent|holder)|(authori[sz]ed\s+)?agent\s+(of|for)\s+the\s+(copyright|rights))|\bmy\s+(own\s+)?account\b|\bDMCA\b|512\s*\(\s*c\s*\)|\bLLP\b|\bPLLC\b|\bEsq\.?\b|attorneys?\s+at\s+law|\blaw\s+(firm|offices?\s+of)|attorney\s+of\s+record|(counsel|attorneys?)\s+(of\s+record\s+)?for\s+(the\s+)?(plaintiffs?|defendants?|petitioners?|respondents?|claimants?|movants?|applicants?|creditors?|debtors?)|state\s+bar\s+(no|number|#)|data\s+subject\s+(access\s+)?request" +
        @"|\bwir\s+vertreten\b|\b(ich|wir)\s+(bin|sind)\s+(der|die)?\s*(inhaber(in)?\s+des\s+(kontos|accounts)|journalist(in)?)|\b(unsere|meine|unserer|meiner)\s+(kanzlei|mandant(in|schaft)?)\b|\b(wir|ich)\s+(sind|bin)\s+(als\s+)?(rechtsanw[aä]lt|anw[aä]lt)|rechtsanwaltskanzlei|als\s+privatperson" +
        @"|\bnous\s+(intervenons|agissons)\s+(pour|au\s+nom\s+de|dans\s+l'int[ée]r[êe]t\s+de)|avocat(e)?\s+au\s+barreau|\b(SELARL|SELAS|AARPI|SCP)\b[^\n]{0,60}\bavocats?\b|\bnous\s+repr[ée]sentons\b|\bje\s+repr[ée]sente\b|cabinet\s+d'avocats|\b(notre|ma|mon)\s+client(e)?\b|\bje\s+suis\s+(le\s+|la\s+)?(titulaire|journaliste|utilisat(eur|rice))|[àa]\s+titre\s+personnel" +
        @"|\brepresentamos\s+a\b|\brepresento\s+a\b|despacho\s+de\s+abogados|\ben\s+nombre\s+y\s+representaci[oó]n\s+de\b|\b(mi|nuestr[oa])\s+representad[oa]\b|\bcolegiad[oa]\s+n|\bbufete\b|\b(nuestr[oa]|mi)\s+client[ea]\b|\b(soy|somos)\s+(el\s+|la\s+)?(titular|periodistas?|usuari[oa])|[aà]\s+t[ií]tulo\s+personal" +
        @"|\brepresentamos\s+(o|a)\b|escrit[óo]rio\s+de\s+advocacia|\b(noss[oa]|me[ui]|minha)\s+client[ea]\b|\bsou\s+(o\s+|a\s+)?(titular|jornalista|usu[áa]ri[oa])" +
        @"|\brappresentiamo\b|studio\s+legale|\b(nostr[oa]|mi[oa])\s+client[ea]\b|\bsono\s+(il\s+|la\s+|un[a']?\s*)?(titolare|giornalista|utente)|a\s+titolo\s+personale" +
        @"|\b(abogad[oa]|letrad[oa])\s+(colegiad[oa]|del\s+ilustre\s+colegio)|\badvogad[oa]\b[^\n]{0,30}\bOAB\b|\bavvocat[oa]\s+(del\s+foro|iscritt[oa])|\bRechtsanw[aä]lt(in|e)?\b[^\n]{0,40}\b(Kanzlei|Mandant)|\bwe\s+act\s+(for|on\s+behalf\s+of)\b|\bwij\s+(treden\s+op\s+(voor|namens))\b|\bwij\s+vertegenwoordigen\b|advocatenkantoor|\bonze\s+cli[ëe]nt\b|\bik\s+ben\s+(de\s+)?(houder|journalist|gebruiker)" +
        // Issue 11 round 16: an insurer writing for its insured (on the insured's signed authorization) speaks for a
        // private party: "our insured", "notre assuré", "nuestra asegurada", "o nosso segurado", "il nostro
        // assicurato", "unsere Versicherungsnehmerin", "onze verzekerde".
        // Round 18: an association or foundation writing as itself ("Nuestra asociación acompaña a las familias", "onze
        // stichting"): a private organisation, not an authority.
        @"|\b(our|nuestra|notre|unser|unsere|la\s+nostra|a\s+nossa|onze)\s+(association|charity|foundation|non-?profit|asociaci[oó]n|fundaci[oó]n|ONG|fondation|verein|stiftung|associazione|fondazione|onlus|associa[çc][ãa]o|funda[çc][ãa]o|stichting|vereniging)\b" +
        @"|\bour\s+(insured|policy\s*holder)\b|\bnotre\s+assur[ée]e?\b|\bnuestr[oa]\s+asegurad[oa]\b|\b(o\s+|a\s+)?noss[oa]\s+segurad[oa]\b|\bnostr[oa]\s+assicurat[oa]\b|\bunser(e|em|en|er)?\s+versicherungsnehmer(in)?\b|\bonze\s+verzekerde\b";

    // A data subject asking about their own account: the access right of the GDPR and its translations.
    private const string DataSubjectPattern =
        @"\bart(\.|ikel|icle|[íi]culo|igo|icolo)?\s*15\s*(\(\s*\d\s*\)\s*|abs\.?\s*\d\s*)?(DSGVO|GDPR|RGPD|AVG|UK\s+GDPR)\b|\b(mein(em|es|en)?|mon|mi|minha|mio|il\s+mio|mijn)\s+(eigenen?\s+)?(konto|nutzerkonto|account|compte|cuenta|conta|profil|profile|perfil|profilo|profiel)\b|\b(meine|mes|mis|meus|miei|mijn)\s+(personenbezogenen\s+)?(daten|donn[ée]es|datos|dados|dati|(persoons)?gegevens)\b|\bmy\s+(own\s+)?(personal\s+)?data\b";

    // A journalist signing as one, or asking for an article; a researcher asking about practice (a study, its
    // ethics approval). Both write as themselves.
    private const string JournalistPattern =
        @"^[^\n]{0,80},\s*(\p{L}*journalist(in|e|a)?|reporter|redacteur|r[ée]dact(eur|rice)|periodista|giornalista|jornalista|(foreign\s+)?correspondent(e)?)\s*$|\b(press\s+(inquiry|enquiry|query)|persvra(a)?g|presseanfrage|demande\s+de\s+presse|consulta\s+de\s+prensa|for\s+an\s+article|voor\s+een\s+(artikel|reportage)|f[üu]r\s+einen\s+artikel|pour\s+un\s+article|para\s+un\s+art[íi]culo|per\s+un\s+articolo|para\s+uma\s+reportagem)\b" +
        @"|\b(research|academic)\s+(project|study)\b|\b(IRB|ethics)\s+(protocol|approval)\b|\b(i|we)\s+(am|are)\s+(a\s+)?(researchers?|academics?|doctoral\s+(student|candidate)s?|ph\.?d\.?\s+(student|candidate)s?)\b|\bforschungsprojekt\b|\bprojet\s+de\s+recherche\b|\bproyecto\s+de\s+investigaci[óo]n\b|\bprojeto\s+de\s+pesquisa\b|\bprogetto\s+di\s+ricerca\b|\bonderzoeksproject\b" +
        // An academic by title, or one asking for an interview, in the languages read ("investigador" alone is also a
        // police rank, so only with the university).
        @"|\b(universitair\s+(hoofd)?docent|hoogleraar|promovend(us|a)?|doktorand(in)?|doctorant(e)?|enseignant-chercheur|dottorand[oa]|ricercat(ore|rice)\s+(universitari|di\s+diritto|presso\s+l'universit)|doutorand[oa]|doctorand[oa])\b|\b(profesor|profesora|investigador|investigadora)\s+(titular\s+|asociad[oa]\s+|contratad[oa]\s+)?(de|en)\s+la\s+universidad\b|\b(verzoek\s+om\s+(een\s+)?interview|request\s+(for\s+)?an\s+interview|interview\s+request|demande\s+d'entretien|solicitud\s+de\s+entrevista|richiesta\s+di\s+intervista|pedido\s+de\s+entrevista|interviewanfrage)\b";

    // A vendor's marketing or a newsletter: it sells to legal teams and names every kind of process, but claims no
    // authority of its own.
    private const string CommercialPattern =
        @"\bunsubscribe\b|\bwebinar\b|\bregister\s+(now|today|here)\b|\bbook\s+a\s+demo\b|\brequest\s+a\s+demo\b|\bfree\s+trial\b|\bnewsletter\b|\bnewsbrief\b|\bseats\s+are\s+limited\b|\b(sich|hier)\s+abmelden\b|\babmelden\s+(unter|von|vom)\b|\bse\s+d[ée]sinscrire\b|\bd[ée]sabonner\b|\bdarse\s+de\s+baja\b|\bcancelar\s+(a\s+)?inscri[çc][ãa]o\b|\bdisiscriviti\b|\b(zich|u)\s+(hier\s+)?afmelden\b|\bafmelden\s+(voor|van|via)\b|\buitschrijven\b" +
        // A demo to book and a way to stop the mailings, in the other languages read. "Afmelden" / "abmelden" only as leaving
        // a list: "tijdstippen van aan- en afmelden" are a request's log-off times (round 24).
        @"|\b(reserve|solicite|pida|agende|marque|r[ée]servez|demandez|prenota|richiedi|buchen\s+sie|vraag)\s+(una?|uma|eine?|een)\s+d[ée]mo\b|\bdemo\s+(buchen|anfordern|vereinbaren|aanvragen|plannen)\b|\bno\s+desea\s+recibir\s+m[áa]s\b|\bne\s+plus\s+recevoir\b|\bn[ãa]o\s+deseja\s+(mais\s+)?receber\b|\bnon\s+desideri\s+(pi[ùu]\s+)?ricevere\b|\bkeine\s+weiteren\s+(e-?mails|nachrichten|mitteilungen)\b|\bgeen\s+(e-?mails|berichten|nieuwsbrieven)\s+meer\b";

    // The writer says in so many words that it is no authority: "Wir sind keine Behörde", "je ne suis pas de la
    // police", "we are not law enforcement". That outweighs every other sign.
    private const string DeniesAuthorityPattern =
        @"\b(we\s+are|i\s+am|we're|i'm)\s+not\s+(a\s+|an\s+)?(law\s+enforcement|government|police|public\s+authority|authority|agency)|\bnot\s+a\s+law\s+enforcement\s+request|\b(wir\s+sind|ich\s+bin)\s+(keine\s+(beh[öo]rde|polizei|staatsanwaltschaft)|kein(e)?\s+(polizist(in)?|beamter?|beamtin))|\b(je\s+ne\s+suis|nous\s+ne\s+sommes)\s+pas\s+(de\s+la\s+police|policier|une?\s+autorit[ée]|un\s+service\s+de\s+police)|\bno\s+(soy|somos)\s+(de\s+la\s+)?(polic[ií]a|autoridad)|\bn[ãa]o\s+(sou|somos)\s+(da\s+)?(pol[ií]cia|policial|autoridade)|\bnon\s+(sono|siamo)\s+(della\s+)?(polizia|un'autorit[àa]|autorit[àa])|\b(ik\s+ben|wij\s+zijn)\s+geen\s+(politie|agent|overheid|instantie)" +
        // Round 18: "We do not represent any government", "no representamos a ninguna autoridad", "nous ne représentons
        // aucun gouvernement", "wir vertreten keine Behörde", "non rappresentiamo alcun governo", "não representamos
        // nenhum governo", "wij vertegenwoordigen geen overheid".
        @"|\b(we|i)\s+(do\s+not|don't)\s+represent\s+(any|a|the)\s+(government|authority|public\s+authority|law\s+enforcement|state)\b|\bno\s+represent(amos|o)\s+a\s+ningun[oa]?\s+(gobierno|autoridad)|\b(nous\s+ne|je\s+ne)\s+repr[ée]sent(ons|e)\s+aucun(e)?\s+(gouvernement|autorit[ée])|\b(wir|ich)\s+vertret(en|e)\s+keine\s+(beh[öo]rde|regierung|staatliche\s+stelle)|\bnon\s+rappresent(iamo|o)\s+(alcun|alcuna|nessun|nessuna)\s+(governo|autorit[àa])|\bn[ãa]o\s+represent(amos|o)\s+(nenhum|nenhuma|qualquer)\s+(governo|autoridade)|\b(wij|ik)\s+vertegenwoordig(en)?\s+geen\s+(overheid|regering|instantie)";

    // Every request is asked both questions below, and a typical one matches neither, so each costs a whole pass of
    // the text: the alternatives of one question in one regex make one pass, not five (IsMatch of an alternation is
    // the "or" of its parts).
    private static readonly Regex DisclaimsAuthority = AutomatonSize.Build(
        DeniesAuthorityPattern + "|" + CommercialPattern, Patterns.Insensitive, AutomatonSize.Family);

    private static readonly Regex WritesAsPrivateParty = AutomatonSize.Build(
        PrivatePartyPattern + "|" + DataSubjectPattern + "|" + JournalistPattern, Patterns.Insensitive, AutomatonSize.Family);

    // Read only for a request typed "other": a private person asking how to report names a force it does not speak for.
    private static readonly Regex VictimAsksHowToReport = Patterns.Build(ProcessTypeCues.VictimAsksHowToReport);

    // And a person who says they write as themself (in their own name, holding no official document). Apart: with the
    // one above it outgrows the non-backtracking automaton's size limit.
    private static readonly Regex PrivatePersonWrites = Patterns.Build(ProcessTypeCues.PrivatePersonWrites);

    private static readonly Regex AuthorityWords = Patterns.Build(
        @"police|sheriff|constab|department\s+of\s+(justice|homeland)|bureau\s+of\s+investigation|marshal|attorney'?s\s+office|district\s+attorney|prosecutor|law\s+enforcement|task\s+force|state\s+patrol|highway\s+patrol|court|polizei|staatsanwaltschaft|gendarmerie|policia|pol[ií]cia|polizia|carabinieri|politie|procura|fiscal[ií]a|minist[eé]rio\s+p[uú]blico|openbaar\s+ministerie|parquet|tribunal|tribunale");

    private static readonly Regex SelfIdentifies = Patterns.Build(
        @"^[ \t]*(detective|det\.|officer|special\s+agent|sgt\.?|sergeant|deputy|trooper|investigator|constable|lieutenant|lt\.|capt\.|captain|inspector|commissaire|kommissar(in)?|kriminalhauptkommissar(in)?|agente|ispettore|inspecteur|brigadier|delegad[oa]|comissári[oa])\s+[A-Z]|\b(i\s+am|this\s+is|my\s+name\s+is)\s+(a\s+|an\s+)?(detective|officer|special\s+agent|agent|sergeant|deputy|trooper|investigator|constable|prosecutor|police)");

    /// <summary>Does the request speak with a government's authority? Its type (legal process other than a
    /// civil case), a law-enforcement agency name or a rank in its signature say so; a private party's own voice
    /// (counsel, a user, a journalist, a rights agent) says it does not.</summary>
    /// <param name="writerIsPrivate">Asked only when needed: the writer introduces themself as a private person and
    /// claims no office in their own voice (Detection/WriterCapacity). Such a writer claims no authority unless the
    /// paper is compulsory process, which only an authority issues.</param>
    /// <param name="writerIsOfficial">Asked only for a request typed "other" that names no agency: the writer gives
    /// themself an office in their own voice, in any of the languages read (Detection/WriterCapacity: "OPJ au
    /// commissariat", "trabalho na PSP", a rank in the signature).</param>
    public static bool ClaimsAuthority(LegalProcessType type, string text, string? agencyName, Func<bool>? writerIsPrivate = null, Func<bool>? writerIsOfficial = null)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        if (type == LegalProcessType.Civil || DisclaimsAuthority.IsMatch(head)) return false;
        if (type is not (LegalProcessType.Subpoena or LegalProcessType.CourtOrder or LegalProcessType.SearchWarrant or LegalProcessType.PenRegister or
                LegalProcessType.Wiretap or LegalProcessType.NationalSecurity) && writerIsPrivate is not null && writerIsPrivate()) return false;
        if (WritesAsPrivateParty.IsMatch(head) && !SelfIdentified(head)) return false;
        if (type != LegalProcessType.Other) return true;
        // A victim asking whether to go to the police names the force it would go to, not one it speaks for; a person
        // writing in their own name speaks for none.
        if (VictimAsksHowToReport.IsMatch(head) || PrivatePersonWrites.IsMatch(head) || ProcessTypeCues.FiledComplaintThemself.IsMatch(head)) return false;
        return (agencyName is not null && AuthorityWords.IsMatch(agencyName)) || SelfIdentified(head) ||
               // Issue 11 round 14: an officer who introduces themself in their own language, with no legal process
               // the cues can type (a plain ask for "the data and the IPs"), claims the office all the same.
               (writerIsOfficial is not null && writerIsOfficial());
    }

    /// <summary>The writer names their rank: "I am a detective", or a rank at a line's head before a capitalised name
    /// ("Officer J. Ruiz"). A rank word that only begins a wrapped line of prose ("… and the\nofficer said …",
    /// "ispettore mi ha detto") is someone the writer tells of (round 18).</summary>
    private static bool SelfIdentified(string head)
    {
        foreach (Match m in SelfIdentifies.Matches(head))
            if (m.Length < 2 || !char.IsWhiteSpace(m.Value[^2]) || char.IsUpper(m.Value[^1])) return true;
        return false;
    }

    /// <param name="requestCountry">The country the engine placed the request in: a national body's domain under
    /// that country's own code is read as the body's (see <see cref="AgencyDomain.NamedAgency"/>).</param>
    public static SenderConcern? Assess(DomainCatalog domains, string? from, string? replyTo, bool claimsAuthority, string text = "", string? requestCountry = null)
    {
        var fromDomain = DomainCatalog.DomainOf(from);
        var replyDomain = DomainCatalog.DomainOf(replyTo);

        if (fromDomain is not null && !domains.IsOwn(fromDomain))
        {
            // The bare national word (politie.nl, policia.es) under a country's code is held by that country's own
            // body, not a look-alike of it: a look-alike dresses it up ("politie-nl.com").
            // Issue 11 round 11: not when the word is a listed force's name and the code is another country's than the
            // letter's (politie.co for a Dutch letter, the force mailing from politie.nl): the force's name is known
            // and no force mails from a foreign country's code.
            var codeCountry0 = DomainCatalog.CountryOf(fromDomain);
            var foreignCodeOfListedName = codeCountry0 is not null && requestCountry is not null && codeCountry0 != requestCountry &&
                                          domains.BareAuthorityWordListedOnlyElsewhere(fromDomain);
            if (claimsAuthority && foreignCodeOfListedName && !domains.IsGovernment(fromDomain))
                return new($"sent from {fromDomain}, a national police or justice name the list knows under other country codes, under the code of {codeCountry0}, while the letter comes from {requestCountry}", from!);
            var nationalBody = DomainCatalog.BareAuthorityWordUnderCountryCode(fromDomain) is { } word &&
                               (AgencyDomain.NameWrittenAsAgency(word, text) is not null || codeCountry0 == requestCountry);
            // An office's mailbox under its county's or city's own domain (prosecutor.<county>county.us) names a
            // department of the body the letter names: a look-alike dresses up the registered name itself.
            if (!nationalBody && OfficeUnderNamedBody(domains, fromDomain, claimsAuthority, text, requestCountry)) nationalBody = true;
            if (!nationalBody && domains.LookAlikeToken(fromDomain, claimsAuthority) is { } token &&
                !OwnBareName(fromDomain, token, text, requestCountry))
                return new($"sent from {fromDomain}, a look-alike of an agency domain (\"{token}\" outside a government domain)", from!);
            if (claimsAuthority && domains.IsFreeMail(fromDomain))
                return new($"sent from a free-mail address ({fromDomain}) by a sender claiming government authority", from!);
            // A listed agency's own registered name under another top level (a force on .on.ca writing from the same
            // name on .co or .com) is a look-alike: the agency's domain is known, and this is not it.
            // Under the request's own country's code it may be the force's own website domain (guardiacivil.es).
            if (claimsAuthority && !domains.IsGovernment(fromDomain) && domains.ListedNameUnderOtherTopLevel(fromDomain) &&
                (DomainCatalog.CountryOf(fromDomain) is not { } fromCountry || fromCountry != requestCountry))
                return new($"sent from {fromDomain}, the registered name of a listed agency domain under another top level", from!);
            // Issue 11 round 10: a listed agency's acronym under the code of a country the letter does not come from
            // (vpd.co for a Vancouver force that mails from vpd.ca): no force mails from a foreign country's code.
            if (claimsAuthority && !domains.IsGovernment(fromDomain) && requestCountry is not null &&
                DomainCatalog.CountryOf(fromDomain) is { } codeCountry && codeCountry != requestCountry &&
                domains.ListedAcronymUnderOtherOrganisation(fromDomain))
                return new($"sent from {fromDomain}, a listed agency's name under the country code of {codeCountry}, while the letter comes from {requestCountry}", from!);
        }

        // Round 27: the writer explains away its own address ("Our office is temporarily using this e-mail while our
        // systems are upgraded", "our official e-mail server is under maintenance"): the classic impostor's excuse, whose
        // address then proves nothing whatever domain it is on (a listed city's .net among them), unless a government's by name.
        if (fromDomain is not null && claimsAuthority && !domains.IsGovernmentByName(fromDomain) && ExcusesAddress.Match(text) is { Success: true } excuse)
            return new($"sent from {fromDomain} by a sender claiming government authority who explains away the address (\"{excuse.Value}\")", from!);

        // A Reply-To on the sender's own registered domain (another mailbox of the same team) diverts nothing: the
        // From check above has already judged that domain.
        if (replyDomain is not null && !domains.IsOwn(replyDomain) && fromDomain is not null &&
            DomainCatalog.Organisation(replyDomain) != DomainCatalog.Organisation(fromDomain))
        {
            if (domains.LookAlikeToken(replyDomain, claimsAuthority) is { } token)
                return new($"sent with a Reply-To pointing to {replyDomain}, a look-alike of an agency domain (\"{token}\")", replyTo!);
            if (claimsAuthority && domains.IsFreeMail(replyDomain))
                return new($"sent with a Reply-To pointing to a free-mail address ({replyDomain})", replyTo!);
            // A reply to another domain of the same agency (its city's, its own unlisted one the letter names) keeps
            // the answer inside the organisation; only a reply to a domain that names nothing of the letter diverts it.
            if (claimsAuthority && !domains.IsGovernment(replyDomain) &&
                AgreeingName(domains, replyDomain, claimsAuthority, text, requestCountry) is null)
                return new($"sent with a Reply-To on {replyDomain}, another domain than the sender's ({fromDomain})", replyTo!,
                    // A government From with the answer diverted off government is the classic spoof.
                    Strong: domains.IsGovernment(fromDomain));
        }

        // A .gov proves a government sender, not which agency: a federal agent writing from a town's domain is not
        // shown to be one. A city's police on the city's own domain (seattle.gov for the Seattle Police Department)
        // is who its letterhead says; a federal agency at the foot of its letter is then one it works with, and
        // only a self-introduction ("this is Special Agent …, FBI") claims to be it.
        if (fromDomain is not null && claimsAuthority && domains.IsGovernment(fromDomain) &&
            !AgencyDomain.FederalProsecutorWrites(fromDomain, text) &&
            (ForeignFederalClaim(fromDomain, text) ?? ForeignStateClaim(fromDomain, text)) is { } national)
            // A government address does not disprove the claim (a task-force officer writes from the town's domain):
            // a warning with the words quoted, never a blocker.
            return new($"sent from {fromDomain}, a government domain that is not the {national}'s, by a sender who says it is the {national}", from!, Strong: false);

        // Round 14: a government domain under one country's code, for a letter whose agency and law are another
        // country's (Brazil's Polícia Federal citing the Marco Civil from a .gov.pt address): no national force mails
        // from a foreign government's domain. Not when the writer says why it is abroad (an embassy's attaché, a
        // liaison officer) or passes on another state's request (mutual legal assistance); the United States is left
        // out both ways, as its agencies execute foreign requests and foreign letters cite its statutes.
        if (fromDomain is not null && claimsAuthority && domains.IsGovernment(fromDomain) &&
            DomainCatalog.CountryOf(fromDomain) is { } governmentCountry && requestCountry is not null &&
            governmentCountry != requestCountry && governmentCountry != CountryNames.UnitedStates && requestCountry != CountryNames.UnitedStates &&
            !WritesFromAbroad.IsMatch(text))
            return new($"sent from {fromDomain}, a government domain of {governmentCountry}, for a letter that comes from {requestCountry}", from!, Strong: false);

        // A government mailbox of a department that has no police or court in it (a city's health or schools
        // department) does not prove a police officer or a prosecutor: the agency named is not the domain's.
        if (fromDomain is not null && claimsAuthority && domains.IsGovernment(fromDomain) &&
            DomainCatalog.CivilDepartment(fromDomain) is { } department)
            return new($"sent from {fromDomain}, a government mailbox of a {department} department, by a sender claiming police or judicial authority", from!, Strong: false);

        // A city or county department on its municipality's own domain (cityoftulsa.org for the Tulsa Police
        // Department) is the agency it names; a domain naming no agency of the text proves nothing.
        if (fromDomain is not null && !domains.IsOwn(fromDomain) && claimsAuthority && !domains.IsGovernment(fromDomain) &&
            AgreeingName(domains, fromDomain, claimsAuthority, text, requestCountry) is null)
            return new($"from {fromDomain}, not a recognised government or law-enforcement domain, while claiming government authority", from!, Strong: false);
        return null;
    }

    // A writer posted in another state, or one passing on another state's request, in the seven languages read.
    // The sender's excuse for writing from this address: a temporary mailbox, an official server that is down.
    private static readonly Regex ExcusesAddress = Patterns.Build(
        @"\b(temporarily|currently|for\s+now)\s+(using|use|uses|writing\s+from|sending\s+from)\s+(this|a|my|our)\s+(\p{L}+\s+)?(e-?mail|address|account|mailbox)\b" +
        @"|\b(official|usual|normal|regular|department(al)?|agency|work)\s+(e-?mail|mail|email\s+server|mail\s+server|e-?mail\s+system|mail\s+system|e-?mail\s+account|mailbox)\s+(server\s+)?(is|are)\s+(currently\s+|temporarily\s+)?(down|under\s+maintenance|being\s+(upgraded|migrated|repaired)|not\s+working|unavailable|offline|out\s+of\s+service)\b" +
        @"|\bwhile\s+our\s+(systems?|e-?mail|servers?|network)\s+(is|are)\s+(being\s+)?(upgraded|migrated|repaired|down|restored)\b");

    private static readonly Regex WritesFromAbroad = Patterns.Build(
        @"\b(embass(y|ies)|consulate|consular|attach[ée]e?|liaison|seconded|posted\s+(to|at|in)|on\s+behalf\s+of\s+the\s+(government|authorities)|mutual\s+(legal\s+)?assistance|\bMLA(T)?\b|letters?\s+rogatory|rogatoire|rogatoria|european\s+investigation\s+order|\bEIO\b|decisi[oó]n\s+europea\s+de\s+investigaci[oó]n|d[ée]cision\s+d'enqu[êe]te\s+europ[ée]enne|europ[äa]ische\s+ermittlungsanordnung|interpol|europol|eurojust|" +
        @"botschaft|konsulat|verbindungsbeamt\w*|rechtshilfe|ambassade|consulat|officier\s+de\s+liaison|entraide|embajada|consulado|agregad[oa]|oficial\s+de\s+enlace|asistencia\s+judicial|embaixada|adid[oa]|oficial\s+de\s+liga[çc][ãa]o|coopera[çc][ãa]o\s+jur[ií]dica|ambasciata|consolato|ufficiale\s+di\s+collegamento|assistenza\s+giudiziaria|ambassade|verbindingsofficier|rechtshulp)");

    /// <summary>The federal agency the sender claims to be when the domain is not that agency's; null otherwise.
    /// Reading which agency the letterhead names is the costly part, so it is asked only when the signature or
    /// self-introduction names a federal agency that does not mail from this domain.</summary>
    private static string? ForeignFederalClaim(string fromDomain, string text)
    {
        static bool Home((string Agency, string[] Homes) claim, string domain) =>
            claim.Homes.Any(home => domain == home || domain.EndsWith("." + home, StringComparison.Ordinal));

        if (AgencyDomain.ClaimedNationalAgency(text) is not { } claim || Home(claim, fromDomain)) return null;
        if (AgencyDomain.NamedAgency(fromDomain, text) is null) return claim.Agency;
        return AgencyDomain.ClaimedNationalAgency(text, signatureCounts: false) is { } introduced && !Home(introduced, fromDomain)
            ? introduced.Agency : null;
    }

    /// <summary>Round 26: the state police or bureau the sender says it is, when it writes from a government domain
    /// that is neither that state's nor a federal agency's and names no agency of the letter (a town clerk's mailbox
    /// signing as the Illinois State Police); null otherwise.</summary>
    private static string? ForeignStateClaim(string fromDomain, string text)
    {
        if (AgencyDomain.ClaimedStateAgency(text) is not { } claim || AgencyDomain.StateDomain(fromDomain, claim.StateCode) ||
            DomainCatalog.Organisation(fromDomain) is "usdoj.gov" or "fbi.gov" or "dhs.gov" or "ice.gov" or "dea.gov" or "atf.gov" or
                "secretservice.gov" or "usmarshals.gov" or "uspis.gov" or "usps.gov" or "irs.gov" or "treasury.gov")
            return null;
        return AgencyDomain.NamedAgency(fromDomain, text) is null ? claim.Agency : null;
    }

    /// <summary>The agency word stands only in a label below the registered domain, and that registered domain,
    /// clean of agency words itself, is the county's or city's the letter names as an agency.</summary>
    private static bool OfficeUnderNamedBody(DomainCatalog domains, string fromDomain, bool claimsAuthority, string text, string? requestCountry)
    {
        var organisation = DomainCatalog.Organisation(fromDomain);
        return organisation != fromDomain && organisation.Contains('.') &&
               domains.LookAlikeToken(organisation, claimsAuthority) is null &&
               AgencyDomain.NamedAgency(organisation, text, requestCountry) is not null;
    }

    /// <summary>The registered name is exactly the agency's own name or acronym as the letter gives it (lvmpd.com for
    /// the "Las Vegas Metropolitan Police Department", carabinieri.it for the "Arma dei Carabinieri"): the agency's
    /// domain, not a look-alike of it. Agencies that mail only from government suffixes (FBI, DEA, RCMP) are the
    /// exception: their bare name elsewhere is someone else's.</summary>
    private static bool OwnBareName(string domain, string token, string text, string? requestCountry) =>
        DomainCatalog.IsBareName(domain, token) && !DomainCatalog.MailsOnlyFromGovernment(token) &&
        (AgencyDomain.NamedAgency(domain, text, requestCountry) is not null || AgencyDomain.NameWrittenAsAgency(token, text) is not null);

    /// <summary>What in the letter the unlisted, non-government domain agrees with: the agency it names, or the
    /// country's own word for its police under that country's code; null when it agrees with nothing.</summary>
    private static string? AgreeingName(DomainCatalog domains, string domain, bool claimsAuthority, string text, string? requestCountry)
    {
        if (AgencyDomain.NamedAgency(domain, text, requestCountry) is { } named) return named;
        if (DomainCatalog.BareAuthorityWordUnderCountryCode(domain) is { } word &&
            (AgencyDomain.NameWrittenAsAgency(word, text) is not null || DomainCatalog.CountryOf(domain) == requestCountry))
            return word;
        if (OfficeUnderNamedBody(domains, domain, claimsAuthority, text, requestCountry))
            return AgencyDomain.NamedAgency(DomainCatalog.Organisation(domain), text, requestCountry);
        // The registered name is the agency's acronym or its words run together as the letter writes them (nypd.org
        // for "NYPD Computer Crimes Squad", guardiacivil.org for "Guardia Civil"), on an open top level or the
        // agency's own country's code, and the list knows no other domain of that name.
        if (!domains.NameListedElsewhere(domain) && AgencyDomain.BareNameWrittenAsAgency(domain, text, requestCountry) is { } bare) return bare;
        return AgencyDomain.NationalPortalOffice(domain, requestCountry, text);
    }

    /// <summary>With no mail header: the first address in the letter on a domain that is the agency's own by what
    /// the letter names (an officer at poliziadistato.it signing for a Questura), so that neither the provider's
    /// address the letter was sent to nor a target's stands for the sender. Null when none is.</summary>
    public static string? AgencyAddressIn(DomainCatalog domains, IEnumerable<string> addresses, string text, string? requestCountry)
    {
        foreach (var address in addresses)
        {
            if (DomainCatalog.DomainOf(address) is not { } domain || domains.IsOwn(domain) || domains.IsFreeMail(domain) || domains.IsGovernment(domain)) continue;
            if (domains.LookAlikeToken(domain, claimsAuthority: true) is { } token && !OwnBareName(domain, token, text, requestCountry)) continue;
            if (AgreeingName(domains, domain, claimsAuthority: true, text, requestCountry) is not null) return address;
        }
        return null;
    }

    /// <summary>The sender claims authority from a domain that is neither a government one nor on the list, but
    /// names the agency the text names (springfieldpolice.org for "Springfield Police Department"). Real city and
    /// county departments mail from such domains, and so could an impostor who registered one: not suspicious, not
    /// verified either. Returns the note to show, or null.</summary>
    public static string? UnlistedAgencyDomain(DomainCatalog domains, string? from, bool claimsAuthority, string text, string? requestCountry = null)
    {
        var fromDomain = DomainCatalog.DomainOf(from);
        if (!claimsAuthority || fromDomain is null || domains.IsOwn(fromDomain) || domains.IsGovernment(fromDomain) || domains.IsFreeMail(fromDomain))
            return null;
        return AgreeingName(domains, fromDomain, claimsAuthority, text, requestCountry) is { } place ? $"{fromDomain} (matches \"{place}\", named in the letter)" : null;
    }
}
