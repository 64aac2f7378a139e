using System.Buffers;
using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Issue 11 round 19: documents that ask the provider for nothing — an invitation to a conference or a course, a
/// training bulletin, a newsletter or client alert, a research questionnaire, an internal note — name emergencies,
/// NCMEC, gags, EPOCs and warrants as their topics. They are recognised by what kind of document they are, not by
/// the words of process they contain: at least two kinds of mark (an invitation to an event, its programme, a
/// periodical, a questionnaire, a teaching or internal note), or one kind and the writer's own word that the paper
/// is no request. One mark alone never decides, so a real request that names a conference is still read.
/// </summary>
internal static class NoAskDocument
{
    // Nouns for events: an invitation counts only when one follows it ("invito a trasmettere", "vous invite à
    // communiquer", "les invitamos a remitir" are requests in the Romance languages).
    private const string EventNoun =
        @"(conference|congress|summit|symposium|seminar|colloquium|roundtable|round\s+table|workshop|webinar|training\s+day|course|panel|forum|" +
        @"congres|kennissessie|studiedag|rondetafel|tagung|fachtagung|konferenz|kongress|symposium|seminar|fortbildung|colloque|s[ée]minaire|journ[ée]e\s+d'[ée]tude|table\s+ronde|conf[ée]rence|" +
        @"congreso|jornada|seminario|taller|mesa\s+redonda|congresso|semin[áa]rio|painel|convegno|tavola\s+rotonda|giornata\s+di\s+studio|corso)";

    private static readonly Regex Invitation = Patterns.Build(
        @"\b(invitation|invit(e|es|ing)\s+(you|your|all)|uitnodiging|nodig(t|en)\s+(wij|we|ik)\s+(u|uw|jullie)|einladung|l[äa]dt\s+sie|laden\s+(wir\s+)?sie|convier|vous\s+inviter|invitaci[oó]n|(les?|os)\s+invita(mos)?|convite|convida(mos)?|invito|invitar(vi|la|e)|invitiamo|save\s+the\s+date)\b[\s\S]{0,160}?\b" + EventNoun + @"\b");

    // The programme of an event: an agenda's heading, the panels or sessions it lists, a speaker asked for, a
    // registration date.
    private static readonly Regex Programme = Patterns.Build(
        @"^[ \t>*•-]*(programme|program|programma|programa|agenda|modules?|topics|themes|themen|themas|th[èe]mes|temas|temi|sessions|sessioni(\s+previste)?|sesiones|sess[õo]es|panels?|pain[ée]is|tables\s+rondes|ordre\s+du\s+jour|orden\s+del\s+d[ií]a|tagesordnung)\b[^\n:]{0,30}:" +
        @"|\b(panels?\s+include|tables\s+rondes\s+porteront|mesas?\s+redondas?\s+(sobre|tratar)|tavol[ae]\s+rotond[ae]\s+(dei|sul|sulla)|am\s+podium)\b" +
        @"|\b(a\s+speaker|one\s+speaker|keynote|panell?ists?|een\s+(korte\s+)?presentatie|een\s+spreker|spreker\s+gevraagd|un(e)?\s+intervenant(e)?|intervienne|un(a)?\s+ponente|um(a)?\s+palestrante|un(a)?\s+relat(ore|rice)|ein(e|en)?\s+(vortrag|referent(in|en)?))\b" +
        // Round 20: sessions suggested in the running text, a provider asked to present at the event.
        @"|\b(suggested|proposed|possible|planned|tentative)\s+(sessions?|topics?|panels?|themes?|talks?|titles?)\s*:|\bto\s+(present|speak|give\s+a\s+talk)\s+at\s+(the|our)\b" +
        // Round 23: an event announced with its date ("Webinar, January 14: ...").
        @"|\b(webinar|seminar|conference|workshop|roundtable)\s*,?\s+(on\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b" +
        @"|\b(rsvp|register\s+(by|before|now|here)|registration\s+(closes|deadline|is\s+free|link)|anmeldung\s+(bis|unter)|jetzt\s+anmelden|aanmelden\s+(v[óo][óo]r|voor|via)|inscri(ption|ptions|pci[oó]n|[çc][ãa]o|zione)s?\s+(avant|hasta|at[ée]|entro|jusqu))\b");

    // A periodical, and the ways out of its mailing list. Round 23: "afmelden" / "abmelden" only as leaving a list
    // ("u kunt zich hier afmelden"): "tijdstippen van aan- en afmelden" are a request's log-on and log-off times.
    private static readonly Regex Periodical = Patterns.Build(
        @"\b(newsletter|bulletin|digest|client\s+alert|legal\s+alert|attorney\s+advertising|nieuwsbrief|rundbrief|lettre\s+d'information|veille\s+(p[ée]nale|juridique|l[ée]gislative)|bolet[íi]n|boletim|notiziario|unsubscribe|you\s+(receive|are\s+receiving|received)\s+this\s+(\p{L}+\s+)?(bulletin|digest|alert|newsletter|e-?mail)|you\s+are\s+receiving\s+this\s+because\s+you\s+(subscribed|signed\s+up|registered|opted\s+in)|(zich|u)\s+(hier\s+)?afmelden|afmelden\s+(voor|van|via)|(sich|hier)\s+abmelden|abmelden\s+(unter|von|vom)|abbestellen|d[ée]sinscri(re|vez)|darse\s+de\s+baja|descadastr\p{L}*|disiscriv\p{L}*)\b");

    // A questionnaire for research, a teaching note, a team's own note about past cases.
    private static readonly Regex StudyOrNote = Patterns.Build(
        @"\b(survey|questionnaire|questionario|question[áa]rio|umfrage|fragebogen|encuesta|cuestionario|vragenlijst|enqu[êe]te\s+(anonyme|en\s+ligne)|" +
        @"training\s+(bulletin|academy|purposes|unit|network)|course\s+bulletin|for\s+training\s+purposes|(sample|example)\b[^\n]{0,20}\(?do\s+not\s+send|lessons\s+learned|\bretro\b|" +
        @"formaci[oó]n|forma[çc][ãa]o|formazione|schulung|opleiding|academy|academie|akademie|acad[ée]mie|academia|accademia|formation\s+(des|du|de\s+la|continue)\s+(enqu[êe]teurs|policiers|agents|membres|personnel))\b");

    // Round 23: a court's docket notice (a clerk's notice of a hearing, an order's entry on the docket), which the filing
    // system mails to every party and which asks the provider for nothing itself.
    private static readonly Regex DocketNotice = Patterns.Build(
        @"\bnotice\s+of\s+electronic\s+filing\b|\bgenerated\s+by\s+the\s+cm\s*/\s*ecf\s+system\b|\bthis\s+is\s+a\s+text-only\s+entry\b");

    // Round 20: no case is open now ("No active case right now; just want to be ready", "ik heb op dit moment geen
    // concrete zaak", "No se trata de ninguna solicitud concreta en este momento").
    private static readonly Regex NoCaseNow = Patterns.Build(
        // Round 28: the case is not at that stage ("I haven't included the account name since we aren't at that stage
        // yet", "we will probably need to preserve an account"): a need to come, asked about beside a procedure question.
        @"(\bnot|n't)\s+(yet\s+)?at\s+that\s+stage\b|\b(we|i)\s+(will|may|might)\s+(probably|likely|eventually)\s+need\s+to\s+(preserve|send|serve|request|obtain|get)\b|" +
        @"\bno\s+(active|current|concrete|specific|live|particular|pending|actual)\s+(case|request|investigation|matter|emergency)\b|\b(just|only)\s+(want|wanted|trying)\s+to\s+(be\s+(ready|prepared)|understand\s+the\s+process)|\b(this\s+is|it's|it\s+is)\s+(just|only|simply)\s+a\s+(general\s+|procedural\s+)?(question|enquiry|inquiry)" +
        @"|\bgeen\s+(concrete|lopende|specifieke|actuele)\s+(zaak|vordering|verzoek|casus|onderzoek)\b|\b(algemene|eenvoudige)\s+vraag\b" +
        @"|\bkein(en)?\s+(konkreten|aktuellen|laufenden)\s+(fall|anlass|vorgang|ersuchen|verfahren)\b|\bkeine\s+konkrete\s+(anfrage|ermittlung)|\ballgemeine\s+(frage|anfrage)\b" +
        @"|\bil\s+ne\s+s'agit\s+(pas|d'aucune)\s+(d'une\s+)?(demande|r[ée]quisition|affaire)\s+(pr[ée]cise|concr[èe]te|particuli[èe]re|en\s+cours)|\bil\s+ne\s+s'agit\s+d'aucun\s+(dossier|cas)\s+(en\s+particulier|pr[ée]cis|concret|en\s+cours)|\baucune\s+(affaire|demande|enqu[êe]te)\s+(concr[èe]te\s+)?en\s+cours\b|\bquestion\s+(g[ée]n[ée]rale|de\s+proc[ée]dure)\b" +
        @"|\bno\s+se\s+trata\s+de\s+(ninguna|una)\s+solicitud\s+(concreta|espec[íi]fica|real)|\bno\s+(tenemos|hay)\s+(ning[úu]n\s+caso|ninguna\s+solicitud)\s+(activ[oa]|concret[oa]|en\s+curso|abiert[oa])|\bconsulta\s+general\b" +
        @"|\bn[ãa]o\s+se\s+trata\s+de\s+(nenhum|um)\s+pedido\s+(concreto|espec[íi]fico|real)|\bn[ãa]o\s+(h[áa]|temos)\s+(nenhum\s+)?(caso|pedido|processo)\s+(em\s+curso|concreto|ativo|aberto)|\bpergunta\s+geral\b" +
        @"|\bnon\s+si\s+tratta\s+di\s+(una|alcuna)\s+richiesta\s+(specifica|concreta|reale)|\bnon\s+(c'[èe]|abbiamo)\s+(alcun|nessun)\s+(caso|procedimento)\s+(in\s+corso|specifico|concreto|aperto)|\bdomanda\s+generale\b");

    // Round 20: a question about how to send requests at all ("what is the fastest way to reach you?", "hoe dien ik een
    // vordering in?", "¿cuál es el procedimiento para enviarles una solicitud?"): the writer asks the provider's
    // procedure, not for data. Alone it decides nothing; with the writer's word that no case is open now, or another
    // mark (a training), the paper asks for nothing.
    private static readonly Regex ProcedureQuestion = Patterns.Build(
        @"\bhow\s+(do|can|should|would|could|must)\s+(we|i|officers|agencies|law\s+enforcement|our\s+\p{L}+)\s+(best\s+)?(submit|send|serve|make|reach|contact|get\s+(in\s+touch|a\s+request)|request|file|transmit|route)\b" +
        @"|\bwhat\s+is\s+the\s+(fastest|quickest|best|correct|proper|right|preferred|usual)\s+(way|process|procedure|channel|method|route)\s+(to|for)\b" +
        @"|\bwhat\s+(information|details|data|documents|paperwork)\s+(do|would|will)\s+you\s+(need|require)\b|\bis\s+there\s+a\s+(form|portal|template|dedicated\s+(address|channel|line|e-?mail))\b|\bdo\s+you\s+accept\s+(requests|emergency\s+requests|epocs?|e-?mail)\b" +
        @"|\bhoe\s+(dien|kan|moet|stuur|verstuur|bereik|werkt)\b[^?\n]{0,80}\?|\bhoe\s+(kunnen|moeten|dienen)\s+(wij|we)\b[^?\n]{0,80}\?|\bwelke\s+gegevens\s+(heeft|hebt|hebben)\s+(u|jullie)\b[^?\n]{0,30}\bnodig|\baccepteert\s+u\b" +
        @"|\bwie\s+(k[öo]nnen|sollen|m[üu]ssen)\s+wir\b[^?\n]{0,80}\?|\bwelche\s+(angaben|daten|informationen|unterlagen)\s+(ben[öo]tigen|brauchen)\s+sie\b|\bakzeptieren\s+sie\b" +
        @"|\bquelle\s+est\s+la\s+(proc[ée]dure|d[ée]marche|voie)\b|\bcomment\s+(pouvons-nous|devons-nous|faut-il|puis-je|dois-je)\b[^?\n]{0,80}\?|\bquelles\s+(informations|donn[ée]es|pi[èe]ces)\s+(vous\s+)?(faut-il|sont\s+n[ée]cessaires|vous\s+sont\s+n[ée]cessaires)|\bacceptez-vous\b" +
        @"|\bcu[áa]l\s+es\s+el\s+(procedimiento|cauce|canal|medio)\b|\bc[óo]mo\s+(podemos|debemos|deber[íi]amos|puedo|debo)\b[^?\n]{0,80}\?|\bqu[ée]\s+(datos|informaci[óo]n|documentos)\s+(necesitan|requieren)\b|\bsi\s+aceptan\b" +
        @"|\bqual\s+([ée]\s+)?o\s+(procedimento|canal|meio)\b|\bcomo\s+(podemos|devemos|posso|devo)\b[^?\n]{0,80}\?|\bque\s+(dados|informa[çc][õo]es|documentos)\s+(voc[êe]s\s+)?(precisam|necessitam)\b|\b(voc[êe]s\s+)?aceitam\b" +
        @"|\bqual\s+[èe]\s+la\s+(procedura|modalit[àa])\b|\bcome\s+(possiamo|dobbiamo|posso|devo)\b[^?\n]{0,80}\?|\b(quali\s+(dati|informazioni)\s+(vi\s+)?servono|di\s+quali\s+(dati|informazioni)\s+avete\s+bisogno)\b|\baccettate\b");

    // The writer's own word that the paper is no request, in the languages read.
    private static readonly Regex NoRequestSaid = Patterns.Build(
        @"\bplease\s+do\s+not\s+(respond|reply)\s+to\s+this\s+e-?mail\s+because\s+the\s+mail\s?box\s+is\s+unattended|" +
        @"\b(this|it)\b[^.\n]{0,60}\b(is|are)\s+not\s+(a|an|any)\s+(request|demand)\s+for\s+(any\s+)?(user\s+|customer\s+|subscriber\s+|account\s+|personal\s+)?(records|data|information)" +
        @"|\b(does|do)\s+not\s+constitute\s+(a\s+|an\s+)?(request|demand|legal\s+process)" +
        @"|\bno\s+(records|data|information|user\s+data)\s+(is|are)\s+(being\s+)?(requested|sought)\s+(by|in|with)\s+this" +
        @"|\b(we\s+are|i\s+am|we're|i'm)\s+not\s+(requesting|asking\s+for|seeking)\s+any\s+(user\s+|personal\s+|customer\s+|account\s+)?(data|records|information)" +
        @"|\bnothing\s+to\s+action\b|\bno\s+action\s+(is\s+)?(needed|required)\s+on\s+any" +
        @"|\b(dit|deze|het)\s+(\p{L}+\s+){0,2}(is|bevat)\s+geen\s+(\p{L}+\s+){0,5}(vordering|verzoek|bevel)" +
        @"|\bne\s+(constitue|vaut)\s+(pas|ni|aucune?)\b[^.\n]{0,40}\b(r[ée]quisition|demande)|\baucune\s+demande\s+(de\s+(donn[ée]es|renseignements)\s+)?n'est\s+(pr[ée]sent[ée]e|formul[ée]e|faite|adress[ée]e)" +
        @"|\bno\s+constituye\s+(un[a]?\s+)?(requerimiento|solicitud|petici[oó]n|orden)" +
        @"|\bn[ãa]o\s+constitui\s+(uma?\s+)?(requisi[çc][ãa]o|pedido|solicita[çc][ãa]o|ordem)" +
        @"|\bnon\s+costituisce\s+(una\s+)?(richiesta|ordine|provvedimento)|\bnon\s+(vi\s+)?(richiediamo|chiediamo)\s+(alcun|nessun)\s+dato" +
        // Round 23: "Al momento non vi chiediamo alcun dato", "no les solicitamos ningún dato", "nous ne vous demandons
        // aucune donnée", "wij vragen u (nog) geen gegevens".
        @"|\bno\s+(les\s+)?(solicitamos|pedimos|requerimos)\s+(ning[úu]n\s+dato|datos)\b|\bn[ãa]o\s+(vos\s+|lhes\s+)?(solicitamos|pedimos)\s+(nenhum|quaisquer)\s+dados?\b|\bnous\s+ne\s+vous\s+demandons\s+(aucune\s+donn[ée]e|pas\s+de\s+donn[ée]es)\b|\b(wij|we)\s+vragen\s+(u\s+)?(nog\s+)?geen\s+gegevens\b" +
        @"|\b(ist|stellt)\s+kein(e|en)?\s+(\p{L}+\s+){0,2}(ersuchen|anfrage|auskunftsersuchen|anordnung|herausgabeverlangen)\b|\bwir\s+(fordern|erbitten|verlangen)\s+keine\s+(\p{L}+\s+)?daten");

    // Words one of which each kind cannot match without: a vectorised look for them spares most requests the
    // regex walks over the whole head (round 20: this reader cost a typical request 0.1 ms).
    private static SearchValues<string> Stems(params string[] stems) => SearchValues.Create(stems, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> InvitationStems =
        Stems("invit", "uitnodig", "nodig", "einladung", "ladt", "laden", "convi", "save");

    private static readonly SearchValues<string> ProgrammeStems =
        Stems("program", "agenda", "module", "topics", "theme", "themen", "themas", "temas", "temi", "sess", "sesion",
              "panel", "pain", "rondes", "jour", "orden", "tagesordnung", "mesa", "tavol", "podium",
              "speaker", "keynote", "presentatie", "spreker", "intervenant", "intervienne", "ponente", "palestrante", "relatore", "relatrice",
              "vortrag", "referent", "rsvp", "register", "registration", "topic", "talk", "present at", "speak at", "anmeld", "aanmeld", "inscri",
              "webinar", "seminar", "conference", "workshop", "roundtable");

    private static readonly SearchValues<string> PeriodicalStems =
        Stems("newsletter", "bulletin", "digest", "alert", "advertising", "nieuwsbrief", "rundbrief", "lettre", "veille", "bolet",
              "notiziario", "unsubscribe", "afmeld", "abmeld", "abbestell",
              "sinscri", "baja", "descadastr", "disiscriv");

    private static readonly SearchValues<string> StudyOrNoteStems =
        Stems("survey", "questionn", "questionario", "umfrage", "fragebogen", "encuesta", "cuestionario", "vragenlijst",
              "enqu", "training", "course", "lessons", "retro", "formaci", "formac", "formation",
              "formazione", "schulung", "opleiding", "acad", "akadem", "accadem");

    // Stems are ASCII, so the look stays vectorised; words spelt with other letters are found by those letters.
    private static readonly SearchValues<char> Accented = SearchValues.Create("äÄèÈáÁçÇõÕéÉóÓêÊíÍúÚãÃöÖüÜ");

    private static readonly SearchValues<string> QuestionStems =
        Stems("how ", "what is", "what info", "what det", "what data", "what doc", "what paper", "is there a", "accept", "aceit", "accett", "hoe ", "welke", "wie ", "welche", "akzept", "quelle",
              "comment", "quelles", "cual", "como", "que ", "qual", "come ", "quali", "di quali");

    private static readonly (Regex Kind, Func<ReadOnlySpan<char>, bool> MayMatch)[] Kinds =
    [
        (DocketNotice, head => head.Contains("ecf", StringComparison.OrdinalIgnoreCase) || head.Contains("filing", StringComparison.OrdinalIgnoreCase) || head.Contains("text-only", StringComparison.OrdinalIgnoreCase)),
        (ProcedureQuestion, head => head.ContainsAny(QuestionStems) || head.ContainsAny(Accented)),
        (Invitation, head => head.ContainsAny(InvitationStems) || head.ContainsAny(Accented)),
        (Programme, head => head.ContainsAny(ProgrammeStems) || head.ContainsAny(Accented)),
        // "you received this e-mail" only with the word after; "received" alone is in most requests.
        (Periodical, head => head.ContainsAny(PeriodicalStems) || Followed(head, "receiv", "this", 20)),
        // "example ... (do not send)" only with the words after; example.com is in many requests.
        (StudyOrNote, head => head.ContainsAny(StudyOrNoteStems) || head.ContainsAny(Accented) || Followed(head, "sample", "send", 80) || Followed(head, "example", "send", 80)),
    ];

    /// <summary>Whether <paramref name="second"/> starts within <paramref name="within"/> characters after some
    /// <paramref name="first"/>.</summary>
    private static bool Followed(ReadOnlySpan<char> head, string first, string second, int within)
    {
        for (var at = head.IndexOf(first, StringComparison.OrdinalIgnoreCase); at >= 0; )
        {
            head = head[(at + first.Length)..];
            if (head[..Math.Min(within + second.Length, head.Length)].Contains(second, StringComparison.OrdinalIgnoreCase)) return true;
            at = head.IndexOf(first, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>The first mark of a document that asks the provider for nothing, or null. Read from the head of the
    /// text, like the other mention-only readers.</summary>
    public static Match? Match(string text)
    {
        // The head is read in place: a copy of it would cost a long request 12 KB.
        var length = Math.Min(text.Length, 6000);
        Match? first = null;
        var kinds = 0;
        foreach (var (kind, mayMatch) in Kinds)
        {
            if (!mayMatch(text.AsSpan(0, length))) continue;
            var m = kind.Match(text, 0, length);
            if (!m.Success) continue;
            kinds++;
            if (first is null || m.Index < first.Index) first = m;
        }
        if (first is null) return null;
        if (kinds >= 2) return first;
        if (NoRequestSaid.Match(text, 0, length) is { Success: true } said) return said;
        return NoCaseNow.Match(text, 0, length) is { Success: true } none ? none : null;
    }
}
