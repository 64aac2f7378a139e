using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Text;

/// <summary>
/// Splits a pasted or forwarded mail into what its writer says now (the operative part) and what it only carries
/// along: earlier mails quoted below a reply. A forward with a short covering note is the forwarded request
/// itself, so its forwarded part stays operative; a substantive reply makes the quoted chain below it context.
/// A withdrawal ("we withdraw the request below", "the child has been found safe") makes everything it
/// withdraws inoperative.
/// </summary>
internal sealed class MessageParts
{
    // Where a quoted earlier mail starts, in the languages the engine reads.
    private static readonly Regex QuoteStart = Patterns.Build(
        @"^[ \t]*(-{2,}\s*(original(e)?\s+message|ursprüngliche\s+nachricht|message\s+d'origine|mensaje\s+original|mensagem\s+original|messaggio\s+originale|oorspronkelijk\s+bericht)\s*-{2,}" +
        @"|(on|am|le|el|em|il|op)\s[^\n]{4,200}\s(wrote|schrieb|a\s+écrit|escribió|escreveu|ha\s+scritto|schreef)\s*:[ \t]*$)");

    private static readonly Regex ForwardStart = Patterns.Build(
        @"^[ \t]*(-{2,}\s*)?(forwarded\s+message|begin\s+forwarded\s+message|weitergeleitete\s+nachricht|message\s+transf[ée]r[ée]|mensaje\s+reenviado|mensagem\s+encaminhada|messaggio\s+inoltrato|doorgestuurd\s+bericht)\s*:?\s*(-{2,})?[ \t]*$");

    // An Outlook reply puts the earlier mail's header block ("From: ... Sent: ...") below the answer.
    private static readonly Regex OutlookHeader = Patterns.Build(@"^[ \t>]*(from|von|de|van|da)\s*:[^\n]*\n[ \t>]*(sent|gesendet|envoy[ée]|enviado|verzonden|inviato|date|datum)\s*:");

    private static readonly Regex ForwardNote = Patterns.Build(
        @"^\s*(subject|betreff|objet|asunto|assunto|oggetto|onderwerp)\s*:\s*(fwd?|wg|tr|rv|enc|i)\s*:|\b(fyi|see\s+below|forwarding|forwarded\s+(from|by|to)|for\s+your\s+(review|action|handling)|please\s+(handle|review|triage|see|action))\b");

    private const string BareWithdrawal =
        @"zurückgezogen|zurückgenommen|gegenstandslos|hat\s+sich\s+erledigt|retir[ée]e?s?|annul(ée|ee|ation|er|ons)|nous\s+annulons|sans\s+objet|retirad[ao]|anulad[ao]|sin\s+efecto|cancelad[ao]|sem\s+efeito|ritirat[ao]|revocat[ao]|annullat[ao]|ingetrokken|vervallen|desistimos|desistimiento|desist[êe]ncia";

    // What a withdrawal can cancel: the request itself, the process, or the duty it imposed, in each language read.
    private const string RequestNouns =
        @"request|demande|requ[êe]te|r[ée]quisitions?|ordonnance|urgence|ersuchen|anfrage|auskunftsersuchen|anordnung|beschluss|zur[üu]ckhaltung|verf[üu]gung|schreiben|solicitud|requerimiento|petici[oó]n|orden|oficio|urgencia|pedido|solicita[çc][ãa]o|requisi[çc][ãa]o|mandado|of[ií]cio|richiesta|istanza|decreto|ordine|obbligo|divieto|segreto|urgenza|verzoek|vordering|bevel|bevriezing";

    // With the request nouns beside each bare word it passes the default automaton size: built as a cue family is.
    private static readonly Regex Withdrawal = AutomatonSize.Build(
        @"\b(withdraw(s|n|ing)?|rescind(s|ed|ing)?|retract(s|ed|ing)?|cancel(s|led|ling)?)\b[^.\n]{0,40}\b(request|emergency|subpoena|order|demand|letter|warrant)" +
        @"|\b(request|emergency|subpoena|order|warrant)\b[^.\n]{0,30}\b(is|has\s+been)\s+(withdrawn|rescinded|cancell?ed|moot)" +
        @"|\bno\s+longer\s+(needed|required|necessary|seeking|requesting|an\s+emergency)" +
        @"|\b(was|were|has\s+been|have\s+been)\s+(located|found)\s+(safe|alive|unharmed|and\s+is\s+safe)|\b(is|are)\s+(now\s+)?(safe|in\s+custody|accounted\s+for)\b[^.\n]{0,30}\bno\s+(further|longer)" +
        @"|\bplease\s+disregard\b|\bstand\s+down\b" +
        // Round 22: the writer closes the request in their own words: "No further disclosure is needed; please treat
        // our request as closed", "Nothing further owed", "LVMPD closed out the ... EDR".
        @"|\bno\s+further\s+(disclosure|information|data|records|production|response)\s+(is\s+|will\s+be\s+)?(needed|required|necessary|owed)\b|\bnothing\s+(further|more)\s+(is\s+)?(owed|due)\b" +
        @"|\b(treat|consider|mark)\s+(our|the|this|my)\s+([\w-]+\s+){0,2}(request|emergency|matter)\s+as\s+(closed|withdrawn|resolved|moot|complete)\b|\bclos(e|ed|ing)\s+out\s+(the|our|this|its)\b[^.\n]{0,40}\b(request|EDR|emergency|matter)\b" +
        // A bare word of cancelling says what is cancelled only beside it: "la réquisition ci-dessous est RETIRÉE",
        // "ANNULATION - demande urgente", "QUEDA SIN EFECTO nuestra solicitud"; "l'annulation de deux contrats"
        // cancels something else, and the request it stands in is still operative.
        @"|\b(" + BareWithdrawal + @")\b[^.!?]{0,80}\b(" + RequestNouns + @")|\b(" + RequestNouns + @")\b[^.!?]{0,80}\b(" + BareWithdrawal + @")\b" +
        // The same, said the ways the other languages say it: "hierbij trek ik het verzoek in", "nicht mehr
        // erforderlich", "n'est plus nécessaire", "ya no es necesario", "foi localizada com vida", ...
        @"|\bhierbij\s+trek(ken)?\s+(ik|wij|we)\b|\b(trek|trekken)\s+(ik|wij|we)\s+[^.\n]{0,60}\bin\s*[.;\n]|\bniet\s+meer\s+(vereist|noodzakelijk)|\bplus\s+n[ée]cessaire|\bintrekking\b|\bniet\s+(meer|langer)\s+nodig\b|\bhoeft\s+geen\s+(gegevens|informatie)\s+meer\b|\b(is|werd)\s+(veilig\s+|ongedeerd\s+)?(teruggevonden|aangetroffen)\b" +
        @"|\bnicht\s+mehr\s+(erforderlich|ben[öo]tigt|notwendig|n[öo]tig)\b|\bziehen\s+(wir|ich)\s+[^.\n]{0,60}\bzur[üu]ck\b|\bnehmen\s+(wir|ich)\s+(unser(e|en)?|mein(e|en)?|das|die|den)\s+[^;!?\n]{0,80}\bzur[üu]ck\b|\b(wurde|ist)\s+(wohlbehalten|unversehrt|lebend)\s+(aufgefunden|gefunden)\b" +
        @"|\b(n'est|ne\s+sont)\s+plus\s+n[ée]cessaires?\b|\bnous\s+retirons\b|\ba\s+[ée]t[ée]\s+retrouv[ée]e?\s+(saine?\s+et\s+sau(f|ve)|vivante?|en\s+bonne\s+sant[ée])" +
        @"|\bya\s+no\s+(es|son|resulta)\s+necesari[oa]s?\b|\bretiramos\b|\b(ha\s+sido|fue)\s+(localizad|encontrad|hallad)[oa]\s+(san[oa]|con\s+vida|a\s+salvo)" +
        @"|\b(j[áa]\s+)?n[ãa]o\s+([ée]|s[ãa]o)\s+mais\s+necess[áa]ri|\bj[áa]\s+n[ãa]o\s+([ée]|s[ãa]o)\s+necess[áa]ri|\b(foi|j[áa]\s+foi)\s+(localizad|encontrad)[oa]\s+(com\s+vida|bem|em\s+seguran[çc]a|s[ãa]o|s[ãa])\b" +
        @"|\bnon\s+([èe]|sono)\s+pi[ùu]\s+necessari|\britiriamo\b|\b[èe]\s+stat[oa]\s+(ritrovat|rintracciat)[oa]\s+(san[oa]|in\s+buone|illes[oa]|viv[oa])", Patterns.Insensitive, AutomatonSize.Family);

    // Round 24: a short reply that says nothing is needed any more ("Ya no necesitamos nada más", "we no longer need
    // anything", "wir benötigen nichts mehr") does not hand the reader the request quoted below it, in the seven
    // languages read. (A regex of its own: Withdrawal's automaton is at its size limit.)
    private static readonly Regex NothingNeededNow = Patterns.Build(
        @"\b(we|i)\s+(no\s+longer\s+need|do\s+not\s+need|don't\s+need)\s+(anything|any\s+(further|more)\s+(data|information|records))\b|\b(ya\s+)?no\s+necesitamos\s+(nada|ning[úu]n\s+dato)\s*(m[áa]s)?\b" +
        @"|\bn'avons\s+plus\s+besoin\b|\bj[áa]\s+n[ãa]o\s+(precisamos|necessitamos)\b|\bnon\s+abbiamo\s+pi[ùu]\s+bisogno\b|\b(ben[öo]tigen|brauchen)\s+(wir|ich)\s+nichts\s+mehr\b|\b(hebben|heb)\s+(wij|we|ik)\s+(verder\s+)?niets\s+meer\s+nodig\b");

    public int OperativeEnd { get; }
    public int QuotedStart { get; }
    public bool IsForward { get; }
    public bool QuotedIsOperative { get; }
    public Match? WithdrawalMatch { get; }

    /// <summary>The operative top part of the text (all of it when nothing is quoted).</summary>
    public bool HasQuoted => QuotedStart < _length;

    private readonly int _length;
    private readonly bool[] _quotedLine;
    private readonly NormalizedText _text;

    private MessageParts(NormalizedText text)
    {
        _text = text;
        _length = text.Length;
        _quotedLine = new bool[text.LineCount];
        var value = text.Value;

        // Lines written with "> " are quoted wherever they stand.
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i).TrimStart(' ');
            _quotedLine[i] = line.Length > 0 && line[0] == '>';
        }

        var start = value.Length;
        var forward = false;
        // Only the first few kilobytes decide where the writer's own words end: a chain is read from the top.
        var head = Math.Min(value.Length, 64 * 1024);
        var headText = value[..head];
        if (QuoteStart.Match(headText) is { Success: true } q) start = q.Index;
        if (ForwardStart.Match(headText) is { Success: true } f && f.Index <= start) { start = f.Index; forward = true; }
        if (OutlookHeader.Match(headText) is { Success: true } o && o.Index < start && HasWordsBefore(value, o.Index)) { start = o.Index; forward = false; }
        var firstQuotedLine = Array.IndexOf(_quotedLine, true);
        if (firstQuotedLine >= 0 && text.LineStart(firstQuotedLine) < start) start = text.LineStart(firstQuotedLine);

        QuotedStart = start;
        OperativeEnd = start;
        var top = value.AsSpan(0, start);
        IsForward = forward || (start < value.Length && ForwardNote.IsMatch(top));
        // A covering note that says little ("FYI, see below") hands the reader the message below it.
        QuotedIsOperative = start < value.Length && (IsForward || CountWords(top, 60) < 60) && !WithdrawalIn(top, out _) && !NothingNeededNow.IsMatch(top);
        WithdrawalMatch = WithdrawalIn(start < value.Length ? top : value.AsSpan(0, Math.Min(value.Length, 4000)), out var w) ? w : null;
    }

    public static MessageParts Of(NormalizedText text) => new(text);

    /// <summary>Whether the writer's own words withdraw something again after this offset ("She was found safe. Please
    /// disregard the subpoena"): a second withdrawal reaches what follows the first.</summary>
    public bool WithdrawsAgainAfter(int offset)
    {
        var end = HasQuoted ? QuotedStart : Math.Min(_length, 4000);
        return offset < end && Withdrawal.IsMatch(_text.Value.AsSpan(offset, end - offset));
    }

    private static bool WithdrawalIn(ReadOnlySpan<char> span, out Match? match)
    {
        var value = span.ToString();
        for (match = Withdrawal.Match(value); match.Success; match = match.NextMatch())
        {
            // Round 20: "If you have already responded, please disregard; otherwise please produce": a courtesy for a
            // reply that crossed in the post, not a withdrawal.
            var from = Math.Max(0, match.Index - 90);
            if (AlreadyAnswered.IsMatch(value.AsSpan(from, match.Index - from))) continue;
            // Round 26: "please DISREGARD that one entirely and process only this corrected one": an earlier version
            // set aside for the one sent now, which stands.
            var around = Math.Max(0, match.Index - 200);
            if (Replacement.IsMatch(value.AsSpan(around, Math.Min(value.Length, match.Index + match.Length + 150) - around))) continue;
            return true;
        }
        return false;
    }

    // A version sent now in place of an earlier one, in the seven languages read.
    private static readonly Regex Replacement = Patterns.Build(
        @"\b(corrected|amended|revised|replacement|updated)\s+(version|one|copy|subpoena|order|warrant|request|letter|document|attachment)\b|\b(process|use|rely\s+on|act\s+on)\s+(only\s+)?this\s+(one|version|corrected|amended|revised|updated)\b|\binstead\s+of\s+the\s+(earlier|previous|original|first)\b" +
        @"|\b(berichtigte|korrigierte|ge[äa]nderte)\s+(fassung|version)\b|\bversion\s+(corrig[ée]e|rectifi[ée]e|modifi[ée]e)\b|\bversi[óo]n\s+(corregida|rectificada)\b|\bvers[ãa]o\s+(corrigida|retificada)\b|\bversione\s+(corretta|rettificata)\b|\b(gecorrigeerde|verbeterde)\s+versie\b");

    private static readonly Regex AlreadyAnswered = Patterns.Build(
        @"\b(if|in\s+case|should|where)\b[^.!?\n]{0,60}\b(already|previously)\b[^.!?\n]{0,50}\z|\b(falls|wenn|sofern)\b[^.!?\n]{0,60}\b(bereits|schon)\b[^.!?\n]{0,50}\z" +
        @"|\bsi\b[^.!?\n]{0,60}\b(d[ée]j[àa]|ya)\b[^.!?\n]{0,50}\z|\bse\b[^.!?\n]{0,60}\b(j[áa]|gi[àa])\b[^.!?\n]{0,50}\z|\b(indien|als|mocht)\b[^.!?\n]{0,60}\b(al|reeds)\b[^.!?\n]{0,50}\z");

    /// <summary>True when a span lies in carried-along text that does not speak for the request now.</summary>
    public bool IsContext(int offset)
    {
        if (offset < QuotedStart) return _quotedLine[_text.LineIndexOf(offset)] && !QuotedIsOperative;
        return !QuotedIsOperative;
    }

    private static bool HasWordsBefore(string value, int index)
    {
        // Header lines at the very top are the message's own header block, not a quoted one.
        var words = CountWords(value.AsSpan(0, index), 12);
        return words >= 12 && !IsOnlyHeaders(value.AsSpan(0, index));
    }

    private static bool IsOnlyHeaders(ReadOnlySpan<char> span)
    {
        foreach (var line in span.EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            var colon = trimmed.IndexOf(':');
            if (colon is < 1 or > 14) return false;
        }
        return true;
    }

    private static int CountWords(ReadOnlySpan<char> span, int stopAt)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words >= stopAt) return words;
            inWord = letter;
        }
        return words;
    }
}
