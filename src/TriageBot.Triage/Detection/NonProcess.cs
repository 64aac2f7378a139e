using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Decides when a text that names legal process serves none: the writer says it asks for nothing now, holds no
/// process yet, or is a private party using a private right (access to its own data, a copyright notice, a
/// litigation hold). Those are "other" (hard negatives) whatever process types they name.
/// </summary>
internal static class NonProcess
{
    private const double Strong = 2.5;

    /// <param name="operative">Whether an offset lies in what the writer says now (not a quoted earlier mail).</param>
    public static LegalProcessType? Decide(List<CueHit> hits, string top, Func<string, double> score, string text, Func<int, bool>? operative = null)
    {
        // "No further records are requested by this letter": what the letter is about (a subpoena, a gag) is
        // named in its subject, but it asks for nothing. A preservation request asks to keep, not to disclose,
        // and an emergency is decided on its own cues.
        var asksNothing = hits.Any(h => h.Cue.Reason == ProcessTypeCues.AsksForNothing && h.Weight >= 1 && !OnOnePoint(text, h));
        if (asksNothing && top is not ("preservation" or "emergency")) return LegalProcessType.Other;
        // The same said in other words, where nothing commands production. "No data is to be sent" is also what a
        // preservation order says of itself (an EPOC-PR: keep, do not send yet): a text that speaks of preserving is a
        // notice only when it releases the preservation too.
        if (top is not ("preservation" or "emergency") && !hits.Any(h => h.Weight >= 1 && Commands.Contains(h.Cue.Reason)) &&
            AsksNothingMatch(text, operative) is not null &&
            (!text.AsSpan().ContainsAny(PreservationWords) || NothingAskedNow(text, operative))) return LegalProcessType.Other;

        // Round 20: a follow-up on process served earlier that asks only where it stands, commanding nothing new.
        if (top is not ("preservation" or "emergency") && hits.Any(h => h.Cue.Reason == ProcessTypeCues.FollowsUpServed && h.Weight >= 1 && operative?.Invoke(h.Offset) != false) &&
            !hits.Any(h => h.Weight >= 1 && Commands.Contains(h.Cue.Reason)) && StatusFollowUp.AsksWhereItStands(text, operative) && !ProcessAtHand.IsMatch(text)) return LegalProcessType.Other;

        // An order ending a gag or unsealing names the warrant it concerns; unless it also commands production
        // it serves nothing.
        var liftsOnly = hits.Where(h => h.Cue.Reason == ProcessTypeCues.LiftsGagOnly).Sum(h => h.Weight);
        if (liftsOnly >= Strong && !hits.Any(h => h.Weight >= 1 && Commands.Contains(h.Cue.Reason)) && !ProcessAtHand.IsMatch(text)) return LegalProcessType.Other;

        // "Our investigation has been closed": a notice about process served earlier; unless it also commands
        // production or asks to preserve, it serves nothing now.
        // A return of service reports that a subpoena was served on someone; unless it is the subpoena itself (it
        // commands production), it serves nothing either.
        // Round 25: so does a court's notice that moves a hearing.
        var closed = hits.Any(h => h.Cue.Reason is ProcessTypeCues.CaseClosed or ProcessTypeCues.ServiceReported or ProcessTypeCues.SchedulingNotice && h.Weight >= 1);
        if (closed && top is not ("preservation" or "emergency") && !hits.Any(h => h.Weight >= 1 && Commands.Contains(h.Cue.Reason))) return LegalProcessType.Other;

        // Issue 11 round 11: a letter releasing an earlier preservation names the 2703(f) letter it releases, and an
        // acknowledgement closing "nothing more is asked" names the request it closes; neither asks for anything now.
        if (top is "other" or "preservation" && NothingAskedNow(text, operative) &&
            !hits.Any(h => h.Weight >= 1 && Commands.Contains(h.Cue.Reason))) return LegalProcessType.Other;

        // Issue 11 round 18: a rights holder or its agent asking for the infringer's identity under the civil claim its
        // law gives (Lycos/Pessers, § 21 TDDDG, art. 145 CPC) makes a civil data demand: the copyright words that name
        // its grievance do not make it a takedown notice.
        if (top == "other" && CivilClaimOutranksNotice(hits)) return LegalProcessType.Civil;

        var other = score("other");
        if (other < Strong) return null;

        // The strongest reading is "other" (a question, a user's own data, no process yet): it stays "other"
        // even when it comes from abroad, unless formal international process outweighs it.
        if (top == "other" && other >= score("international")) return LegalProcessType.Other;

        // A private party asking to preserve, or a rights agent naming a future civil action, serves no process
        // until a subpoena or court order is actually there. A letter under 18 U.S.C. 2703(f) ("Request to Preserve
        // Evidence Pursuant to 2703(f)") comes from a governmental entity, the only sender the statute serves: it
        // is a preservation request: beside the statute, "request to preserve evidence" is its heading, not a private
        // hold. "Litigation hold" and "spoliation" stay private words, and a writer who says it is no authority (or
        // that its letter is no 2703(f) request) is still a private party.
        var statutory = hits.Any(h => h.Cue.Reason == ProcessTypeCues.StatutoryPreservation && h.Weight >= 1);
        var privateParty = hits.Where(h => h.Cue.Target == "other" && PrivateRight.Contains(h.Cue.Reason) && !(statutory && IsPreserveEvidenceHeading(h)))
            .Sum(h => h.Weight);
        if (privateParty >= Strong && top is "preservation" or "civil" && score("subpoena") < 1.5 && score("court_order") < 1.5 && !HasCivilSubpoena(hits))
            return LegalProcessType.Other;
        return null;
    }

    // Every alternative of ClosesOrReleases holds one of these words: a text with none (nearly every request) skips the pass.
    private static readonly System.Buffers.SearchValues<string> ClosingWords = System.Buffers.SearchValues.Create(
        ["nothing", "nada", "rien", "nient", "nichts", "niets", "releas", "preserv", "conserva", "sicherung", "bewaring", "bewaar"], StringComparison.OrdinalIgnoreCase);

    // Not in the process-type family: added there, its automaton grows past the point where .NET 10's non-backtracking
    // engine loses matches at a text's end (CueSetHistoryTests). Read only for a text whose strongest reading is
    // "other" or "preservation".
    private static readonly System.Text.RegularExpressions.Regex ClosesOrReleases = TriageBot.Triage.Extraction.Patterns.Build(
        // An acknowledgement that closes with "nothing more is asked", in the languages read ("Nada mais é solicitado",
        // "no se solicita nada más", "rien d'autre n'est demandé", "verder wordt niets gevraagd").
        @"\bnothing\s+(else|more)\s+is\s+(being\s+)?(requested|asked|needed|required)\b|\bnada\s+mais\s+([ée]|ser[áa])\s+(solicitado|pedido|requerido|necess[áa]rio)|\bnada\s+m[áa]s\s+(se\s+(solicita|requiere|pide)|es\s+necesario)|\bno\s+se\s+(solicita|requiere|pide)\s+nada\s+m[áa]s|\brien\s+d'autre\s+n'est\s+(demand[ée]|requis|sollicit[ée]|n[ée]cessaire)|\bnient'altro\s+[èe]\s+(richiesto|necessario)|\bnichts\s+weiter(es)?\s+(wird|ist)\s+(erbeten|erforderlich|angefordert|n[öo]tig)|\bverder\s+wordt\s+(er\s+)?niets\s+(meer\s+)?gevraagd" +
        // A release of an earlier preservation ("please release the preservation we requested", "la conservation peut
        // être levée", "die Sicherung kann aufgehoben werden").
        @"|\b(please\s+|you\s+may\s+|you\s+can\s+)?release\s+(the|our|this|its|that|any)\s+(\p{L}+\s+){0,2}(preservation|hold)\b|\bpreservation\s+(request\s+)?(is|may\s+be|can\s+be|has\s+been)\s+(now\s+)?(released|withdrawn|lifted|cancell?ed|terminated)\b|\bno\s+longer\s+need\s+(the\s+)?(records|data|account|information)\s+(to\s+be\s+)?preserved\b" +
        @"|\b(conservation|pr[ée]servation)\s+(peut\s+[êe]tre|est)\s+(lev[ée]e|lib[ée]r[ée]e|annul[ée]e)|\bconservaci[oó]n\s+(puede\s+ser|queda)\s+(levantada|liberada|sin\s+efecto)|\bpreserva[çc][ãa]o\s+(pode\s+ser|fica)\s+(levantada|liberada|sem\s+efeito)|\b(daten)?sicherung\s+(kann|darf|wird)\s+(\p{L}+\s+)?aufgehoben|\bconservazione\s+(pu[òo]\s+essere|[èe])\s+(revocata|cessata)|\bbewaring\s+(mag|kan)\s+(worden\s+)?(opgeheven|be[ëe]indigd)" +
        // Issue 11 round 12: the preservation "may end", in any wording of the languages read ("la conservazione può
        // essere interrotta", "a preservação dos dados pode cessar", "la conservation peut prendre fin", "die Sicherung
        // kann beendet werden", "the preservation may be discontinued").
        @"|\b(conservazione|conserva[çc][ãa]o|conservaci[oó]n|conservation|preserva[çc][ãa]o|preservaci[oó]n|preservation|preservazione|(daten)?sicherung|bewaring)\s+(\p{L}+\s+){0,3}(pu[òo]|pode|puede|peut|kann|darf|mag|kan|may|can)\s+(essere\s+|ser\s+|[êe]tre\s+|worden\s+|be\s+|now\s+)?(interrott[ao]|cessare|cessar|cesser|terminad[oa]|interrompid[oa]|interrumpid[oa]|interrompue|prendre\s+fin|beendet|eingestellt|stopgezet|be[ëe]indigd|ended|end|stopped|discontinued|terminated|levantad[oa])\b" +
        // Issue 11 round 13: the preservation is no longer needed or is let lapse, said after it in the clause ("la
        // conservazione non è più richiesta", "het bewaarverzoek mag vervallen", "einer weiteren Sicherung der Daten ...
        // bedarf es nicht mehr", "the preservation is no longer required", "la conservation n'est plus nécessaire").
        // "May lapse" in English stays out: "renew it, or the preservation may lapse" asks for an extension.
        @"|\b(preservation|hold|conservazione|conserva[çc][ãa]o|conservaci[oó]n|conservation|preserva[çc][ãa]o|preservaci[oó]n|(daten)?sicherung|bewaring|bewaarverzoek|bewaarplicht)\b[^.;!?]{0,80}\b(no\s+longer\s+(needed|required|necessary|requested)|(is|are)\s+not\s+(needed|required)\s+any\s+(longer|more)|bedarf\s+es\s+nicht\s+mehr|(ist|wird)\s+nicht\s+mehr\s+(erforderlich|n[öo]tig|notwendig|ben[öo]tigt|verlangt)|n'est\s+plus\s+(n[ée]cessaire|requise|demand[ée]e|utile)|ya\s+no\s+(es|resulta)\s+(necesaria|requerida)|ya\s+no\s+se\s+(requiere|necesita|solicita)|j[áa]\s+n[ãa]o\s+([ée]\s+)?(necess[áa]ria|requerida|solicitada|[ée]\s+necess[áa]ria)|n[ãa]o\s+[ée]\s+mais\s+(necess[áa]ria|requerida|solicitada)|non\s+[èe]\s+pi[ùu]\s+(richiesta|necessaria)|is\s+niet\s+(meer|langer)\s+(nodig|vereist|noodzakelijk)|mag\s+(vervallen|verlopen|aflopen|worden\s+be[ëe]indigd))");

    private static readonly System.Buffers.SearchValues<string> PreservationWords = System.Buffers.SearchValues.Create(
        ["preserv", "conserva", "sicherung", "bewaring", "bewaar", "sichern"], StringComparison.OrdinalIgnoreCase);

    // Every alternative of AsksNothingInAnyWording holds one of these words: a text with none skips the pass.
    private static readonly AnyWord NothingWords = new(["nessun", "nenhum", "ningun", "ningún", "aucun", "geen", "rien", "nada", "nulla", "niente", "nichts", "niets", "nothing",
         "necessitamos", "precisamos", "necesitamos", "requerimos", "bisogno", "necessitiamo", "occorr", "besoin",
         "arquivad", "archiviat", "archivad", "sobrese", "sans suite", "geseponeerd", "clôtur", "clotur",
         // Round 13 (NoticeClosesInItsOwnVerb): the words each of those alternatives holds.
         "requesting", "asking for", "seeking", "verzoeken", "begehrt", "verlangt", "erbeten", "angefordert", "necesario", "adempimento",
         "eingestellt", "abgeschlossen", "afgerond", "afgesloten", "gesloten", "archivó", "archivo", "arquivou", "ha archiviato",
         "satisfeito", "dar o assunto", "dar el asunto", "closes"]);

    // Issue 11 round 12: a notice that asks for nothing says so in the grammar every language read shares, not in fixed
    // phrases: "no [further] data / measure is to be sent / is required" ("Nessun dato deve essere trasmesso", "Aucune
    // autre mesure n'est requise", "Ningún dato debe ser enviado"), "nothing to send us" ("vous n'avez rien à nous
    // transmettre", "nichts zu übermitteln", "niets te verstrekken"), "we need no other information" ("Não necessitamos de
    // qualquer outra informação", "non abbiamo bisogno di altri dati"), a case closed by the prosecutor or court
    // ("arquivado pelo Ministério Público", "archiviato dal pubblico ministero"). The data noun stands right before its
    // verb, so a carve-out ("nenhum dado de conteúdo é solicitado") is not read as one. Not in the process-type family
    // (its automaton would grow past the size at which .NET loses matches at a text's end: CueSetHistoryTests).
    private static readonly System.Text.RegularExpressions.Regex AsksNothingInAnyWording = AutomatonSize.Build(
        @"\b(nessun[oa]?|nenhum[a]?|ning[uú]n[a]?|aucun[e]?|geen)\s+(further\s+|other\s+|new\s+|autre\s+|nouvelle\s+|altr[oia]\s+|ulterior[ei]?\s+|outr[oa]\s+|otr[oa]\s+|verdere\s+|andere\s+|nieuwe\s+)?(dat[oi]|dados?|datos?|donn[ée]es?|gegevens|informazion[ei]|informa[çc][ãa]o|informaci[oó]n|informations?|mesures?|medidas?|misur[ae]|maatregel(en)?|azion[ei]|a[çc][ãa]o|acci[oó]n)\s+(deve|devono|debe|deben|doit|doivent|moet|moeten|hoeft|hoeven|[èe]|[ée]|es|est|n'est|wordt|va|vanno)\s+(essere\s+|ser\s+|[êe]tre\s+|plus\s+|te\s+|worden\s+)?(trasmess[oiae]|inviat[oiae]|fornit[oiae]|richiest[oiae]|necessari[oiae]|transmitid[oa]s?|enviad[oa]s?|requerid[oa]s?|necess[áa]ri[oa]s?|necesari[oa]s?|solicitad[oa]s?|transmise?s?|envoy[ée]e?s?|requise?s?|n[ée]cessaires?|demand[ée]e?s?|verstrekt|verstrekken|geleverd|leveren|nodig|vereist|gevraagd)\b" +
            @"|\b(rien|nada|nulla|niente|nichts|niets|nothing)\s+(de\s+plus\s+|d'autre\s+|mais\s+|m[áa]s\s+|altro\s+|weiter(es)?\s+|meer\s+|more\s+|else\s+|further\s+)?(à|a|da|zu|te|to|que)\s+(nous\s+|ci\s+|nos\s+|uns\s+|ons\s+|us\s+)?(transmettre|envoyer|communiquer|fournir|trasmetter[ce]i?|inviar[ce]i?|fornir[ce]i?|comunicar[ce]i?|enviar(nos)?|transmitir(nos)?|fornecer|remitir(nos)?|[üu]bermitteln|zu\s+senden|schicken|sturen|verstrekken|send|provide|produce)\b" +
            @"|\b(n[ãa]o|no)\s+(necessitamos|precisamos|necesitamos|requerimos)\s+(de\s+)?(qualquer\s+|ning[uú]na?\s+|nenhuma?\s+)?(outr[oa]s?|otr[oa]s?|nenhuma?|ning[uú]na?)\s+(\p{L}+\s+)?(informa[çc][ãa]o|informaci[oó]n|dados?|datos?|documentos?)\b|\bnon\s+(necessitiamo|abbiamo\s+bisogno|occorr\p{L}+)\s+(di\s+)?(alcun\p{L}*|altr[ei]|ulterior[ei])\s+(\p{L}+\s+)?(dat[oi]|informazion[ei]|document[oi])\b|\bn'avons\s+(plus\s+)?besoin\s+d'aucun(e)?\s+(autre\s+)?(donn[ée]e|information|document)" +
            @"|\b(arquivad[oa]|archiviat[oa]|archivad[oa]|sobrese[ií]d[oa]|class[ée]e?\s+sans\s+suite|geseponeerd|cl[ôo]tur[ée]e?)\s+(pelo|pela|dal|dalla|por\s+el|por\s+la|par\s+le|par\s+la|door\s+het|door\s+de)\s+(minist[ée]rio\s+p[úu]blico|pubblico\s+ministero|procura\p{L}*|fiscal[ií]a|ministerio\s+fiscal|parquet|procureur|openbaar\s+ministerie|officier\s+van\s+justitie|juiz|juez|juge|giudice|tribunal|tribunale)\b" + NoticeClosesInItsOwnVerb, TriageBot.Triage.Extraction.Patterns.Insensitive, AutomatonSize.Family);

    // Issue 11 round 13: a notice says it asks nothing further, that its case is closed, or that its gag is lifted, in its
    // own verb, in each language read: "we are not requesting anything further", "wij verzoeken u niet om verdere
    // gegevens", "eine Herausgabe wird nicht begehrt", "no es necesario enviar ninguna información", "não há mais nada a
    // solicitar", "nessun ulteriore adempimento è dovuto", "nous ne demandons plus rien"; "das Ermittlungsverfahren wurde
    // mit Verfügung vom 25.11.2026 gemäß § 170 StPO eingestellt", "het onderzoek is afgerond", "la Fiscalía archivó",
    // "o pedido ficou integralmente satisfeito". A gag's end alone ("you are no longer prohibited from notifying") is no
    // such notice: a new order says it too.
    // Kept out of the process-type family, whose automaton must not grow (CueSetHistoryTests); read by the same rule as
    // the wordings above (nothing commands production, no live preservation).
    private const string NoticeClosesInItsOwnVerb =
        // Round 28: a receipt for a production that closes the request ("That closes our request; nothing further is needed").
        @"|\bnothing\s+(further|more|else)\s+is\s+(needed|required|requested|necessary|outstanding)\s*([.;!\n]|\z)|\b(that|this)\s+closes\s+(out\s+)?(our|the|this)\s+(request|matter|case|file)\b" +
        @"|\b(we|i)\s+(are|am)\s+not\s+(requesting|asking\s+for|seeking|requiring)\s+(anything|any\s+(further|more|additional|other)\s+\p{L}+)|\b(wij|we|ik)\s+verzoek(en)?\s+u\s+niet\s+(meer\s+)?om\s+(verdere\s+|andere\s+|nieuwe\s+)?(gegevens|informatie|stukken)" +
        @"|\b(herausgabe|auskunft|auskunftserteilung|[üu]bermittlung|[üu]bersendung|daten)\s+(wird|werden)\s+(\p{L}+\s+)?nicht\s+(mehr\s+)?(begehrt|verlangt|erbeten|ben[öo]tigt|angefordert)\b|\bno\s+es\s+necesario\s+(enviar(nos)?|remitir(nos)?|aportar|suministrar|facilitar)\s+(ninguna|ning[uú]n|m[áa]s)\b|\bno\s+hay\s+nada\s+m[áa]s\s+que\s+(solicitar|pedir|enviar|aportar)" +
        @"|\bn[ãa]o\s+h[áa]\s+(mais\s+)?nada\s+(mais\s+)?a\s+(solicitar|pedir|requerer|enviar|fornecer)|\bnessun\s+(ulteriore\s+|altro\s+)?adempimento\s+[èe]\s+(dovuto|richiesto|necessario)|\bnous\s+ne\s+(vous\s+)?(demandons|sollicitons|requ[ée]rons)\s+plus\s+rien" +
        @"|\b(ermittlungsverfahren|strafverfahren|verfahren|sache|ermittlungen)\s+(wurde|wurden|ist|sind)\s+(\S+\s+){0,12}(eingestellt|abgeschlossen)\b|\b(zaak|strafzaak|onderzoek|dossier)\s+is\s+(\p{L}+\s+){0,3}(afgesloten|afgerond|gesloten|geseponeerd|be[ëe]indigd)\b" +
        @"|\b(fiscal[ií]a|juzgado|ministerio\s+p[úu]blico|minist[ée]rio\s+p[úu]blico|pubblico\s+ministero|procura)\s+(archiv[óo]|ha\s+archivado|arquivou|ha\s+archiviato)\b|\b(o\s+)?pedido\s+ficou\s+(integralmente\s+|totalmente\s+|plenamente\s+)?(satisfeito|cumprido|atendido)\b|\bpodem\s+dar\s+o\s+(assunto|pedido|processo|caso)\s+por\s+(encerrad|conclu[ií]d)o|\bpueden\s+dar\s+(el\s+asunto|el\s+caso)\s+por\s+(cerrad|concluid|finalizad)o";

    /// <summary>The operative words in which a notice says, in any wording of the languages read, that nothing is to be
    /// sent, or that its case is closed by the prosecutor or court; null when none.</summary>
    public static System.Text.RegularExpressions.Match? AsksNothingMatch(string text, Func<int, bool>? operative)
    {
        if (!NothingWords.In(text.AsSpan())) return null;
        for (var m = AsksNothingInAnyWording.Match(text); m.Success; m = m.NextMatch())
            if ((operative is null || operative(m.Index)) && !NothingNewOnly(text, m)) return m;
        return null;
    }

    // Round 16: "I am not asking for anything new" asks again for what was produced before (a certified copy for a
    // trial, a business-records certification): the paper it covers still asks for those records.
    private static readonly System.Text.RegularExpressions.Regex NewAfter = TriageBot.Triage.Extraction.Patterns.Build(@"\A\s+(new|different|fresh)\b");

    private static bool NothingNewOnly(string text, System.Text.RegularExpressions.Match m)
    {
        var from = m.Index + m.Length;
        return from < text.Length && NewAfter.IsMatch(text.AsSpan(from, Math.Min(20, text.Length - from)));
    }

    private static bool NothingAskedNow(string text, Func<int, bool>? operative) => NothingAskedNowMatch(text, operative) is not null;

    /// <summary>The operative words that close a request ("nothing more is asked") or release a preservation, or null.
    /// The engine shows them as the type's evidence and does not let the learned model read the closed request named
    /// beside them as a new one.</summary>
    public static System.Text.RegularExpressions.Match? NothingAskedNowMatch(string text, Func<int, bool>? operative)
    {
        if (!text.AsSpan().ContainsAny(ClosingWords)) return null;
        for (var m = ClosesOrReleases.Match(text); m.Success; m = m.NextMatch())
            if ((operative is null || operative(m.Index)) && !(NothingBeyond.IsMatch(m.Value) && AsksExtension(text, operative))) return m;
        return null;
    }

    // Round 17: "nothing else is needed" beside a renewed preservation ask means nothing beyond the extension: the
    // writer asks to keep the hold, not to close it. A release is a release whatever else is said.
    private static readonly System.Text.RegularExpressions.Regex NothingBeyond = TriageBot.Triage.Extraction.Patterns.Build(
        @"\A(nothing|nada|rien|nient|nichts|verder|no\s+se)\b");

    // An extension of a preservation asked for in the writer's own words, in the seven languages read.
    private static readonly System.Text.RegularExpressions.Regex ExtensionAsked = TriageBot.Triage.Extraction.Patterns.Build(
        @"\b(first|second|further|additional|1st|2nd)\s+(\d{2,3}[\s-]day\s+)?(extension|renewal)\b|\b(request|requests|requesting|ask|asks)\s+(an?|the)\s+(\d{2,3}[\s-]day\s+)?(extension|renewal)\b|2703\s*\(\s*f\s*\)\s*\(\s*2\s*\)" +
        @"|\bverl[äa]ngerung\s+(der|unserer|dieser)\s+(daten)?sicherung|\bprolongation\s+de\s+(la|notre|cette)\s+(conservation|pr[ée]servation)|\bpr[óo]rroga\s+de\s+(la|nuestra|esta)\s+conservaci[oó]n|\bprorroga[çc][ãa]o\s+d[ao]\s+(preserva[çc][ãa]o|conserva[çc][ãa]o)|\bproroga\s+della\s+conservazione|\bverlenging\s+van\s+(de|onze|deze)\s+bewaring");

    private static bool AsksExtension(string text, Func<int, bool>? operative)
    {
        for (var m = ExtensionAsked.Match(text); m.Success; m = m.NextMatch())
            if (operative is null || operative(m.Index)) return true;
        return false;
    }

    // "No response is required from you on that point": nothing is asked about one point (whether to notify the user),
    // while the subpoena the letter carries still asks for records.
    private static readonly System.Text.RegularExpressions.Regex OnePoint = TriageBot.Triage.Extraction.Patterns.Build(
        @"\A[ \t\n]*((from|of)\s+(you|us)\s+)?(on|as\s+to|regarding|concerning|about|in\s+respect\s+of)\s+(that|this|the\s+(latter|former))\s+(point|issue|question|matter|aspect|request)\b" +
        // Round 16: nothing is asked about one person (the complainant, a witness) while the paper asks about the
        // target: "we are not asking for any records about her", "no pedimos datos sobre ella", "über sie".
        @"|\A[ \t\n]*(about|on|of|regarding|concerning|relating\s+to|sobre|acerca\s+de|sur|concernant|[üu]ber|zu|su\s+di|riguardo\s+a|over|van)\s+(her|him|them|the\s+(complainant|victim|witness|reporting\s+party|informant|other\s+user|third\s+part(y|ies))|ella|[ée]l|ellos|elle|lui|eux|ela|ele|eles|ihr|ihn|sie|lei|lui|loro|haar|hem|hen)\b");

    private static bool OnOnePoint(string text, CueHit hit)
    {
        var from = hit.Offset + hit.Length;
        return from < text.Length && OnePoint.IsMatch(text.AsSpan(from, Math.Min(60, text.Length - from)));
    }

    // Issue 11 round 16: "No pedimos ningún dato de otras cuentas", "we are not asking for any information about the
    // complainant's account", "nous ne demandons aucune donnée sur les autres comptes": the "nothing" is bounded by
    // whose data it is, so it carves the others out of a request that asks for the holder's own. Read right after the
    // hit, within its clause.
    private static readonly System.Text.RegularExpressions.Regex OfOthers = TriageBot.Triage.Extraction.Patterns.Build(
        @"\A[ \t\n]*(about|of|from|regarding|concerning|de|del|sobre|da|do|das|dos|di|della|dei|degli|delle|des|du|sur|concernant|von|über|zu|van|over)\s+(\p{L}+['’]?\p{L}*\s+){0,3}?(accounts?|cuentas?|contas?|comptes?|kontos?|konten|profiles?|perfil(es)?|profil[oi]?|profielen|profiel|complainant|victim|third|other|others|otr[oa]s|outr[oa]s|autres?|altr[ie]|andere[nr]?|terceir[oa]s|tercer[oa]s|terz[ie]|tiers|dritte[rn]?|derden)\b");

    /// <summary>The hits with an "asks for nothing" bounded to other people's accounts weighed 0.</summary>
    public static List<CueHit> WithoutCarveOuts(string text, List<CueHit> hits)
    {
        List<CueHit>? result = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Weight <= 0 || hit.Cue.Reason != ProcessTypeCues.AsksForNothing) continue;
            var from = hit.Offset + hit.Length;
            if (from >= text.Length || !OfOthers.IsMatch(text.AsSpan(from, Math.Min(80, text.Length - from)))) continue;
            result ??= [.. hits];
            result[i] = hit with { Weight = 0 };
        }
        return result ?? hits;
    }

    // Round 26: beside the gag it lifts or the process it follows up, the court entered a new or amended order that asks
    // for production ("The same day the Court entered an Amended Order under 2703(d) ... Under the amended order,
    // please produce"), or the writer sends the process again ("The subpoena is attached again for convenience").
    private static readonly System.Text.RegularExpressions.Regex ProcessAtHand = TriageBot.Triage.Extraction.Patterns.Build(
        @"\b(entered|issued|signed|granted)\s+(an?\s+)?(amended|new|second|further|supplemental)\s+(order|warrant)\b|\b(under|per|pursuant\s+to)\s+the\s+(amended|new|supplemental)\s+(order|warrant)\s*,?\s+(please\s+)?(produce|provide|disclose)\b" +
        @"|\b(subpoena|order|warrant|request|letter)\s+(is|are)\s+(attached|enclosed|re-?attached)\s+again\b|\b(re-?attach(ed|ing)?|resend(ing)?|re-?sending)\s+(the|our|my)\s+(subpoena|order|warrant)\b|\battach(ed|ing)\s+(it|the\s+(subpoena|order|warrant))\s+again\b");

    private static readonly HashSet<string> Commands =
        ["commands production (subpoena language)", "commands a search", "authorizes a search or seizure"];

    private const string LitigationHold = "a private party's litigation hold";

    private static bool IsPreserveEvidenceHeading(CueHit hit) =>
        hit.Cue.Reason == LitigationHold && hit.Text.Contains("evidence", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> PrivateRight =
        [ProcessTypeCues.TakedownNotice, LitigationHold, "writer says it is not an authority", ProcessTypeCues.OwnData, ProcessTypeCues.ConsentBased];

    // Round 25: a civil subpoena the letter names, served or announced ("Plaintiff intends to serve a civil subpoena for
    // these materials"), makes a private hold on users' data the first step of a civil demand, not a hold on the
    // provider's own documents.
    private static bool HasCivilSubpoena(List<CueHit> hits) =>
        hits.Any(h => h.Cue.Target == "civil" && (h.Weight >= 2 &&
                      (h.Cue.Reason.Contains("Rule 45", StringComparison.Ordinal) || h.Cue.Reason == ProcessTypeCues.CivilDisclosureClaim) ||
                      h.Weight > 0 && h.Text.StartsWith("civil", StringComparison.OrdinalIgnoreCase) && h.Text.EndsWith("subpoena", StringComparison.OrdinalIgnoreCase)));

    // A civil identity claim named, and nothing on the "other" side but the grievance a rights holder or a litigant names.
    private static bool CivilClaimOutranksNotice(List<CueHit> hits) =>
        hits.Any(h => h.Weight >= 1 && h.Cue.Reason == ProcessTypeCues.CivilDisclosureClaim) &&
        hits.Where(h => h.Cue.Target == "other" && h.Weight > 0).All(h => h.Cue.Reason is ProcessTypeCues.TakedownNotice or LitigationHold);
}
