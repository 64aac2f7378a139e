using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// The response deadline as real letters write it when the first reading (ReferenceExtractor's cue list and
/// "within N days") finds none: a date in words or without a year after a cue ("on or before the fourteenth day
/// of December", "bis zum fünfzehnten Dezember", "uiterlijk 7 december a.s."), cues in the seven languages read
/// ("Production is due", "Return:", "Frist ...: 10 Tage, d. h. bis", "no más tarde del", "a más tardar", "entro il", "Prazo: até", "vóór",
/// "répondre pour le"), and an EU certificate's time limit ("délai de 10 jours à compter de la réception (reçu le
/// 27/11/2026)", "Termine: [X] 10 giorni dal ricevimento"). One merged pass, run only as that fallback.
/// The deadline is the date to answer by, never the date the letter was issued or received.
/// </summary>
internal static class DeadlinePhrases
{
    // A date follows the cue (in the same sentence).
    private const string DateCues =
        @"\b(no|not)\s+later\s+than(\s+the)?|\bon\s+or\s+before(\s+the)?|\b(is|are|be)\s+due(\s+(on|by|before))?" +
        @"|\b(produced|returned|provided|delivered|submitted|furnished|answered)\b[^.;\n]{0,40}\bby" +
        // "Production requested by December 18, 2026": a request line names its own due date.
        @"|\b(production|response|compliance)\s+(is\s+)?(requested|required|expected)\s+(by|on\s+or\s+before)" +
        // "A response by 22 December 2026 would be appreciated": a polite letter names its date the same way.
        @"|\b(a|your)\s+(response|reply|answer)\s+(by|before)" +
        // Issue 11 round 12: "Compliance by December 21.", "Production by 18 December"; a private requester's "I need
        // the information by January 5".
        @"|\b(compliance|production|response|return)\s+(is\s+)?(due\s+)?by\b|\b(need|needs)\s+(the|this|that|these|those|it|them|your)\b[^.;\n]{0,30}\bby\b" +
        @"|^[ \t]*(return|response|compliance)(\s+date)?\s*:" +
        @"|\bbis\s+(zum|sp[aä]testens)|\bsp[aä]testens(\s+(bis\s+)?(zum|am))?|\bfrist\s*:|\bfrist\b[^;]{0,50}?\bbis\b" +
        @"|\bau\s+plus\s+tard\s+le|\bavant\s+le|\bd'ici\s+le|\b(r[ée]pon\w*|transmett\w*|communiqu\w*|fourni\w*)\s+(pour|avant)\s+le" +
        @"|\bno\s+m[aá]s\s+tarde\s+(del?|el)|\ba\s+m[aá]s\s+tardar(\s+el)?|\bantes\s+del?|\bplazo\s*:" +
        @"|\b(prazo|resposta|responder|enviar|fornecer|remeter|encaminhar)\b[^.;\n]{0,30}\bat[ée]\b|\bat[ée]\s+(o\s+)?dia" +
        @"|\bentro(\s+e\s+non\s+oltre)?(\s+il)?(\s+giorno)?\b|\bnon\s+oltre\s+il|\bscadenza\s*:" +
        @"|\buiterlijk(\s+op)?|\bv(óó|óo|oó)r\b";

    // Issue 11 round 17: a deadline moved in a reply ("We agree to extend the production date to December 14, 2026",
    // "the return date is extended to"): the new date is the one to answer by. Apart from Phrase, whose automaton is at
    // its size limit; read only when Phrase finds no date.
    // Round 19: also a limit continued or prolonged to a new date ("has been continued by agreement to DECEMBER 18",
    // "SE PRORROGA el plazo ..., que finalizará el 9 de diciembre"): the future end of the moved limit.
    // Round 20: apart from Phrase (at its automaton's size limit), read when it finds no date: the end of the hold a
    // request extends is the date to act by ("That preservation expires December 13, 2026", "la conservación expira el
    // 9 de diciembre"), and help asked by a date ("Your assistance in provisioning the intercept is requested by").
    private static readonly Regex LaterCues = Patterns.Build(
        @"\b(preservation|hold|retention)\s+(period\s+)?(expires|lapses|ends|will\s+(expire|lapse|end))(\s+on)?\b" +
        @"|\b(assistance|cooperation|help|action|implementation|provisioning)\b[^.;\n]{0,60}\b(is|are)\s+(requested|required|needed|expected)\s+(by|before|on\s+or\s+before|no\s+later\s+than)\b" +
        @"|\b(conservaci[óo]n|conserva[çc][ãa]o|conservazione|conservation|sicherung|speicherung|bewaring)\s+(\p{L}+\s+){0,2}(expira|vence|caduca|scade|expire|l[äa]uft|endet|verloopt|eindigt)\s+(el|em|a|il|le|am|op)?\b" +
        // "a subpoena duces tecum with a production date of November 20"; a limit that lapsed on a day ("De termijn van 10
        // dagen is op 24 november 2026 verstreken", "la Frist ist am ... abgelaufen").
        @"|\b(production|return|compliance|response)\s+date\s+(of|is|was)\b" +
        @"|(?<lapsed>\b(termijn|frist|plazo|prazo|d[ée]lai|termine)\b[^.;\n]{0,30}?\b(is|ist|ha|é|est|è)\s+(op|am|el|em|le|il)\b)");

    // A lapsed limit is the request's own only when it lapsed unanswered: a gag's term that ran out is no deadline.
    private static readonly Regex Unanswered = Patterns.Build(
        @"\b(zonder\s+(reactie|antwoord)|without\s+(a\s+|any\s+)?(response|reply|answer)|sin\s+(respuesta|contestaci[óo]n)|sans\s+(r[ée]ponse|suite)|ohne\s+(antwort|r[üu]ckmeldung|reaktion)|sem\s+(resposta|qualquer\s+resposta)|senza\s+(risposta|riscontro))\b");

    private static readonly Regex MovedTo = Patterns.Build(
        @"\b(has\s+been|have\s+been|was|were|is\s+(hereby\s+)?)\s*(continued|extended|adjourned|rescheduled|postponed)(\s+by\s+(agreement|consent|stipulation|the\s+court))?\s+(to|until)\b|\b(que\s+)?(finalizar[áa]|vencer[áa]|concluir[áa]|terminar[áa])\s+(el|em|a|o\s+dia)\b|" +
        @"\bextend(s|ed|ing)?\s+the\s+(production|response|return|compliance|due)\s+(date|deadline)\s+(to|until)|\b(production|response|return|compliance|due)\s+(date|deadline)\s+(is|has\s+been|was)\s+(extended|moved|changed|postponed)\s+(to|until)");

    // A form's date line further down: "at the place, date and time specified below: ... Date: December 28".
    // Issue 11 round 17: any order of the form's words ("at the time, date and place set forth below").
    private const string FormDate = @"\b(date|time|place)(,?\s+(and\s+)?(date|time|place)){1,2}\s+(specified|set\s+forth|stated|indicated)\s+below";

    // A count of days after a time-limit word or "within", with what it runs from (the anchor).
    private const string Count =
        // "Plazo de cumplimiento: diez días", "Termijn: uiterlijk 10 dagen", "Frist 10 Tage": a time-limit word, a
        // few words naming it, and the count.
        @"((d[ée]lai|prazo|plazo|termine|frist|termijn|time\s+limits?)((\s+(de|di|per|zur|van|voor|for)\s+[\p{L}'’]{3,20})?\s*:\s*(\[[^\]\n]{0,3}\]\s*|[☒☑✓✔]\s*)?|\s+((de|di|von|van)\s+)?)" +
        @"((uiterlijk|binnen|within|entro|innerhalb(\s+von)?|sp[äa]testens|dentro\s+de|no\s+m[aá]ximo|au\s+plus\s+tard|sous|dans\s+les)\s+)?" +
        // "n0 later than ten (l0) days": OCR reads o as 0.
        // Issue 11 round 12: "au plus tard dix jours après réception", "spätestens 10 Tage nach Zugang", "uiterlijk
        // 10 dagen na ontvangst", "a más tardar diez días tras", "o mais tardar 10 dias após": the latest day as a count.
        @"|\b(au\s+plus\s+tard|sp[äa]testens|uiterlijk|a\s+m[aá]s\s+tardar|o\s+mais\s+tardar|entro\s+e\s+non\s+oltre)\s+" +
        @"|\b(n[o0]|n[o0]t)\s+later\s+than\s+|\b(is|are)\s+due\s+|\bwithin\s+|\bentro\s+|\bbinnen\s+|\binnerhalb(\s+von)?\s+|\bdans\s+un\s+d[ée]lai\s+de\s+|\bdans\s+les\s+|\bsous\s+)" +
        @"(?<n>\d{1,3}|\p{L}{3,12})\s+(\([^)\n]{1,20}\)\s+)?(calendar\s+|(?<biz>business\s+|working\s+))?" +
        @"(days?|tagen?|jours|d[ií]as|giorni|dagen)\b(?<anchor>[^.;\n]{0,70}(\n[ \t]*[^.;\n\s][^.;\n]{0,50})?)";

    // The count comes first: "no later than fourteen days after the date of this order" is a count, not a date.
    // "Hearing is December 16. Please send everything before then.": the date is the event's, told just before.
    private const string BeforeThen = @"\b(send|provide|produce|mail|deliver|get|have)\b[^.;\n]{0,40}\b(before|by)\s+then\b";

    // Issue 11 round 12: "Please send by December 11.", "e-mail them to me by 11 December": a plain verb of
    // sending before "by" is a deadline only when the date follows at once (a year is often left out).
    private const string SendBy = @"\b(send|mail|e-?mail|forward)\b[^.;\n\d]{0,30}\bby";

    // Round 14: a requester's hearing or court date ("La audiencia es el 18 de diciembre", "the hearing is set for
    // December 16", "L'audience est fixée au"): a litigant needs the records by then. Read only when nothing else
    // sets a date, and only a date still to come.
    private const string HearingIs =
        @"\b(hearing|trial|court\s+date|audiencia|juicio|audience|verhandlung|anh[öo]rung|udienza|audi[êe]ncia|zitting)\s+(is|es|est|ist|[èe]|[ée]|will\s+be|ser[áa]|sera|findet)\s+(\p{L}+\s+){0,2}(on|for|el|le|au|am|il|em|op|para|de|fijad[oa]\s+para)?";

    // Round 14: a weekday with no date ("Production is due Friday.", "bis Freitag", "d'ici vendredi", "uiterlijk
    // vrijdag"): the first such day after the letter's date. A date that follows the weekday wins.
    private const string WeekdayNames =
        @"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|" +
        @"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|" +
        @"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|" +
        @"segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira";

    private const string WeekdayCue =
        @"\b(due|by|no\s+later\s+than|on\s+or\s+before|close\s+of\s+business(\s+on)?|bis(\s+(zum|sp[aä]testens))?|sp[aä]testens(\s+am)?|" +
        @"d'ici|avant|au\s+plus\s+tard|antes\s+del?|a\s+m[aá]s\s+tardar\s+el|entro|non\s+oltre|uiterlijk(\s+op)?|v[oó][oó]r|at[ée](\s+[àa])?)\s+" +
        @"((this|the|coming|this\s+coming|kommenden|diesen|ce|este|el|le|il|questo|deze|a|esta|o)\s+)?(?<wd>" + WeekdayNames + @")\b";

    // Round 14: a command to produce or appear whose date stands far off, past an address with abbreviations ("you
    // are commanded to produce before the Grand Jury ..., 509 W. 11th Street, Austin, ..., on FRIDAY, DECEMBER 4,
    // 2026 at 9:00 A.M."): a date named with its weekday after "on", in the same paragraph.
    private const string Commanded = @"\b(commanded|required|directed)\s+to\s+(produce|appear|comply)\b";

    private static readonly Regex OnWeekday = Patterns.Build(@"\bon\s+(" + WeekdayNames + @"),?\s+");

    // Apart from Phrase (together they pass the automaton size limit); read only when Phrase finds no date.
    private static readonly Regex WeekdayPhrase = Patterns.Build(WeekdayCue);

    private static readonly Regex Phrase = Patterns.Build($"(?<command>{Commanded})|(?<count>{Count})|(?<date>{DateCues})|(?<form>{FormDate})|(?<then>{BeforeThen})|(?<send>{SendBy})|(?<hearing>{HearingIs})");

    // The event the "then" points to: a hearing or a court date, the only events a requester's deadline hangs on.
    private static readonly Regex EventBeforeThen = Patterns.Build(
        @"\b(hearing|trial|court\s+date|deposition|appearance|audiencia|juicio|audience|anh[öo]rung|verhandlung|udienza|audi[êe]ncia|zitting)\b");

    // The form's "Date:" opens its line or stands after another field of the same line ("Place: ...   Date: 12/14/2026").
    private static readonly Regex FormDateLine = Patterns.Build(@"(^[ \t]*|[ \t]{2,}|\|[ \t]*)date\s*:", ignoreCase: true);

    private static readonly Regex CountFrom = Patterns.Build(
        @"^\s*(of|from|after|following|upon|since|as\s+of|a\s+contar|a\s+partir|[àa]\s+compter|[àa]\s+partir|suivant|apr[eè]s|depuis|d[eè]s|desde|tras|ap[oó]s|ab|nach|seit|vanaf|na|dalla|dal|da|dopo)\b");

    private static readonly Regex FromDocument = Patterns.Build(
        @"\b(this|hereof|issu\w*|signature|signing|sign[ée]\w*|[ée]mission|emisi[oó]n|emiss[ãa]o|emissione|ausstellung|erlass|uitvaardiging|la\s+pr[ée]sente|del\s+presente|desta|deste|della\s+presente)\b");

    private static readonly Regex FromReceipt = Patterns.Build(
        @"\b(receipt|receiving|received|r[ée]ception|re[çc]u\w*|recepci[oó]n|recibid\w*|rece[çc][ãa]o|recebimento|recebid\w*|ricezione|ricevimento|ricevut\w*|ontvangst|ontvangen|zugang|eingang|erhalt|erhalten|eingelangt|zugegangen|eingegangen|service|served|notifica\w*|zustellung|zugestellt|signification|betekening|intima[çc][ãa]o)\b");

    // Round 19: the word that makes a count of days a count of business days when it follows the unit ("5 dias úteis",
    // "10 jours ouvrés", "diez días hábiles", "5 giorni lavorativi"); counted without holidays (Extraction/BusinessDays).
    internal static readonly Regex BusinessDayWord = Patterns.Build(@"^\s*(ouvr[ée]s|ouvrables|h[aá]biles|lavorativi|[uú]teis)\b");

    // Words that date an event, standing between a cue and a date: that date is not the deadline.
    private static readonly Regex EventWord = Patterns.Build(
        @"\b(issued|signed|dated|filed|sent|received|served|transmitted|expired|expires|lapsed|lapses|abgelaufen|scadut\w*|verlopen|emitid\w*|firmad\w*|recibid\w*|recebid\w*|ricevut\w*|trasmess\w*|re[çc]u\w*|envoy\w*|[üu]bermittelt|ausgestellt|zugestellt|verzonden|ontvangen)\b");

    // Right after "by": who did it ("by your company", "by the user", "by Detective ..."), not a date.
    private static readonly Regex AgentAfterBy = Patterns.Build(
        @"\A\s*(you|your|our|us|we|him|her|them|their|his|its|an?|mr|ms|mrs|dr|detective|officer|agent|the\s+(company|provider|user|subscriber|account|customer|complainant|victim|suspect|platform|service|police|agency|court|department|officer|detective|reporting|parent|mother|father))\b");

    // A letter's own place-and-date line ("Sevilla, 20/11/2026", "Roma, lì 25 novembre 2026") or "Dated:".
    private static readonly Regex IssueLine = Patterns.Build(
        @"^[ \t]*(\p{L}[\p{L} .'-]{1,30},[ \t]*((le|den|am|il|lì|li|em|a|el|op|on|the)[ \t]+)?|dated\s*:?[ \t]*|fait\s+[aà]\s+[^\n,]{1,30},?[ \t]*le[ \t]+)$");

    /// <summary>The deadline, or null. <paramref name="issued"/> is the date the letter bears; <paramref
    /// name="received"/> when the message came in.</summary>
    // Before a date in its sentence: an offender's threat or ransom, whose deadline is the offender's, not ours.
    private static readonly Regex OffenderThreat = Patterns.Build(
        @"\b(threaten(s|ed|ing)?|amenaz\p{L}*|amea[çc]a\p{L}*|menace\p{L}*|minacci\p{L}*|droh(t|en|te|ten|ung)|dreig(t|en|de|den)|ransom|rescate|resgate|ran[çc]on|riscatto|l[öo]segeld|losgeld)\b");

    /// <summary>Round 27: "threaten to kill her if it is not paid before 12:00 on 1 April": the date is the offender's
    /// deadline, not a time to answer.</summary>
    public static bool OffenderSets(string text, int dateOffset)
    {
        var clauseStart = Math.Max(0, dateOffset - 160);
        var clause = text.AsSpan(clauseStart, dateOffset - clauseStart);
        if (clause.LastIndexOf(". ") is var stop and >= 0) clause = clause[(stop + 2)..];
        return OffenderThreat.IsMatch(clause);
    }

    public static DateOnly? Find(string text, List<DateMention> dates, bool dayFirst, DateOnly? issued, DateOnly? received, DateOnly today)
    {
        var reference = issued ?? received ?? today;
        DateOnly? hearing = null;
        foreach (Match m in Phrase.Matches(text))
        {
            var end = m.Index + m.Length;
            if (m.Groups["command"].Success)
            {
                var span = Sentence(text, end, 300);
                var on = OnWeekday.Match(span);
                if (on.Success && DateWords.FirstDate(span[(on.Index + on.Length)..], dayFirst, reference, 3) is { } date) return date;
            }
            else if (m.Groups["hearing"].Success)
            {
                if (hearing is null && DateWords.FirstDate(Sentence(text, end, 60), dayFirst, reference, 8) is { } held && held >= reference) hearing = held;
            }
            else if (m.Groups["date"].Success)
            {
                var span = Sentence(text, end, 90);
                // Round 14: "submitted by your company on October 30": "by" names who did it, not when.
                if (AgentAfterBy.IsMatch(span) || OffenderSets(text, m.Index)) continue;
                if (MayHoldDate(span) && DateWords.FirstDate(span, dayFirst, reference, 40) is { } date && !EventBeforeDate(span)) return date;
                // "Production is due Friday.": a weekday alone after the cue.
                if ((issued ?? received) is { } letter && LeadingWeekday.Match(span) is { Success: true } wd && Weekdays.Next(wd.Groups["wd"].Value, letter) is { } day) return day;
            }
            else if (m.Groups["form"].Success)
            {
                if (FormDateAfter(text, end, dayFirst, reference) is { } date) return date;
            }
            else if (m.Groups["then"].Success)
            {
                if (EventDateBefore(text, m.Index, dayFirst, reference) is { } date) return date;
            }
            else if (m.Groups["send"].Success)
            {
                var span = Sentence(text, end, 40);
                if (MayHoldDate(span) && DateWords.FirstDate(span, dayFirst, reference, 5) is { } date) return date;
            }
            else if (FromCount(m, text, dates, dayFirst, issued, received, today) is { } date)
            {
                return date;
            }
            else if (CountThenDate(text, m.Groups["anchor"].Index, dayFirst, reference) is { } stated)
            {
                // "Frist zur Herausgabe: 10 Tage, d. h. bis 06.12.2026": the count states its own end.
                return stated;
            }
        }
        if (hearing is null)
        {
            foreach (Match m in MovedTo.Matches(text))
            {
                var span = Sentence(text, m.Index + m.Length, 40);
                if (MayHoldDate(span) && DateWords.FirstDate(span, dayFirst, reference, 5) is { } moved) return moved;
            }
        }
        if (hearing is null)
        {
            foreach (Match m in LaterCues.Matches(text))
            {
                if (m.Groups["lapsed"].Success && !Unanswered.IsMatch(Sentence(text, m.Index + m.Length, 160))) continue;
                var span = Sentence(text, m.Index + m.Length, 40);
                if (MayHoldDate(span) && DateWords.FirstDate(span, dayFirst, reference, 5) is { } due) return due;
            }
        }
        if (hearing is null && (issued ?? received) is { } written)
        {
            foreach (Match m in WeekdayPhrase.Matches(text))
            {
                var span = Sentence(text, m.Index + m.Length, 40);
                if (MayHoldDate(span) && DateWords.FirstDate(span, dayFirst, reference, 12) is { } stated) return stated;
                if (Weekdays.Next(m.Groups["wd"].Value, written) is { } day) return day;
            }
        }
        if (hearing is null && (received ?? issued) is { } sent && FromHours(text, sent) is { } byHours) return byHours;
        return hearing;
    }

    // Round 26: a limit in hours ("within 48 hours", "innerhalb von 24 Stunden", "dans les 72 heures", "en las
    // próximas 24 horas"): read last, from the day the message was sent, it ends on the day those hours run out.
    private static readonly Regex HoursLimit = Patterns.Build(
        @"\b(within|in\s+the\s+next|innerhalb(\s+von|\s+der\s+n[äa]chsten)?|binnen|dans\s+les|sous|dans\s+un\s+d[ée]lai\s+de|dentro\s+de(\s+las)?|en\s+las\s+pr[óo]ximas|en\s+un\s+plazo\s+de|no\s+prazo\s+de|nas\s+pr[óo]ximas|em\s+at[ée]|entro(\s+le(\s+prossime)?)?|nelle\s+prossime)\s+" +
        @"(?<n>\d{1,3}|[\p{L}-]{3,20}(\s+[ye]\s+\p{L}{3,8})?)\s*(\(\d{1,3}\)\s*)?-?\s*(hours?|hrs?\.?|h|stunden|std\.?|heures|horas|ore|uur)\b");

    // What follows the hours when they are a span around an event ("logins within 24 hours of the shooting", "IP
    // addresses in the 48 hours before the call"): data asked for, not a limit. Not when the event is the message's
    // receipt or service.
    private static readonly Regex HoursAroundEvent = Patterns.Build(
        @"\A[\s,]*(of|before|after|prior|preceding|following|around|surrounding|either|vor|nach|avant|apr[eè]s|antes|despu[eé]s|ap[oó]s|prima|dopo|voor|na)\b");

    // The limit binds an answer: a verb of answering or producing stands in its sentence ("Produce the records within
    // 48 hours", "bitte innerhalb von 24 Stunden übermitteln"); "an arrest within 6 hours" tells a story.
    private static readonly Regex AnswerVerb = Patterns.Build(
        @"\b(respond|reply|answer|provide|produce|send|return|deliver|disclose|furnish|submit|comply|confirm|preserve|transmit|" +
        @"antworten|beantworten|[üu]bermitteln|[üu]bersenden|mitteilen|herausgeben|r[ée]pondre|r[ée]pondez|transmettre|transmettez|communiquer|fournir|responder|responda|enviar|env[íi]en|remitir|proporcionar|fornecer|envie|rispondere|trasmettere|fornire|inviare|beantwoorden|antwoorden|verstrekken|toesturen|leveren)\w*");

    private static DateOnly? FromHours(string text, DateOnly sent)
    {
        foreach (Match m in HoursLimit.Matches(text))
        {
            // A day or more: a limit of an hour or a few is an emergency's, which pages whatever its date.
            if (!NumberWords.TryParse(m.Groups["n"].Value, out var hours) || hours is < 24 or > 168) continue;
            var after = Sentence(text, m.Index + m.Length, 60);
            if (HoursAroundEvent.IsMatch(after) && !FromReceipt.IsMatch(after) && !FromDocument.IsMatch(after)) continue;
            var sentenceStart = Math.Max(0, text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, m.Index - 1)) + 1);
            var from = Math.Max(sentenceStart, m.Index - 100);
            if (!AnswerVerb.IsMatch(text.AsSpan(from, m.Index - from)) && !AnswerVerb.IsMatch(after)) continue;
            return sent.AddDays((hours + 23) / 24);
        }
        return null;
    }

    // After a count of days, the date it ends on: ", d. h. bis 06.12.2026", ", i.e. by December 6", ", soit jusqu'au".
    private static readonly Regex EndAfterCount = Patterns.Build(
        @"\A[\s,]*((d\.\s*h\.|i\.\s*e\.|that\s+is|soit|es\s+decir|cio[eè]|ou\s+seja|dus|namely)[\s,]*)?(bis(\s+zum)?|until|by|jusqu'au|hasta\s+el|entro\s+il|at[ée]|tot)\s");

    private static DateOnly? CountThenDate(string text, int from, bool dayFirst, DateOnly reference)
    {
        var span = Sentence(text, from, 90);
        return EndAfterCount.IsMatch(span) ? DateWords.FirstDate(span, dayFirst, reference, 40) : null;
    }

    // A mail header's date line, as a pasted or forwarded message shows it ("Date: Fri, 04 Dec 2026 06:12:00 +0000").
    private static readonly Regex MailDateLine = Patterns.Build(
        @"^[ \t>]*(date|sent|datum|gesendet|envoy[ée]|enviado|fecha|verzonden|inviato|data)[ \t]*:");

    /// <summary>Round 19: the date stands on a mail header's "Date:" line below the line of the cue (a subject that
    /// says "prórroga de plazo"): it dates the message, it sets no time limit.</summary>
    public static bool OnMailDateLine(string text, int cueIndex, DateMention date)
    {
        var lineStart = date.Offset == 0 ? 0 : text.LastIndexOf('\n', date.Offset - 1) + 1;
        return lineStart > cueIndex && date.Offset - lineStart <= 30 && MailDateLine.IsMatch(text.AsSpan(lineStart, date.Offset - lineStart));
    }

    /// <summary>True when a date is the one on the letter's own date line ("Sevilla, 20/11/2026", alone or with
    /// a signature column after it), not a date it sets. "Monday, November 23, 2026, and we have ..." is prose.</summary>
    public static bool OnIssueLine(string text, DateMention date)
    {
        var offset = date.Offset;
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        if (offset - lineStart > 60 || !IssueLine.IsMatch(text.AsSpan(lineStart, offset - lineStart))) return false;
        var after = offset + date.Length;
        var lineEnd = text.IndexOf('\n', after);
        var rest = text.AsSpan(after, (lineEnd < 0 ? text.Length : lineEnd) - after);
        return rest.Trim().Length == 0 || rest.StartsWith("  ") || rest.StartsWith("\t");
    }

    /// <summary>Round 24: "within 10 days of this order (January 8, 2027)": a date in the anchor that is where the count
    /// from the letter's own date ends restates that end; it is no start.</summary>
    public static DateOnly? CountEndRestated(DateOnly? dateInAnchor, DateOnly? letterDate, int days, bool business) =>
        dateInAnchor is { } end && letterDate is { } own && Math.Abs(BusinessDays.Add(own, days, business).DayNumber - end.DayNumber) <= 1 ? end : null;

    /// <summary>Round 27: before a count, the warrant is to be executed or served in that time ("This warrant must be
    /// executed within ten days"). Read with <see cref="ProducedAfter"/>: only when the text says the records may come
    /// after it is the time the officer's alone; otherwise a warrant's time to execute is the time to answer.</summary>
    internal static readonly Regex ExecutedWithin = Patterns.Build(@"\b(be|been|is|are)\s+(executed|served)\b|\bexecut(e|ed|ion)\s+(of\s+)?(this|the)\s+warrant\b");

    // "Records may be provided after that date": the provider's answer may follow the warrant's execution.
    private static readonly Regex ProducedAfter = Patterns.Build(
        @"\b(records|data|information|production|response|documents)\s+(may|can|could)\s+(still\s+)?be\s+(provided|produced|delivered|returned|sent|furnished)\s+(after|later)\b");

    /// <summary>The count at <paramref name="countIndex"/> is a warrant's time to execute, and the text says the
    /// records may be provided after it.</summary>
    internal static bool OfficersTimeOnly(string text, int sentenceStart, int countIndex) =>
        ExecutedWithin.IsMatch(text.AsSpan(sentenceStart, Math.Max(0, countIndex - sentenceStart))) &&
        ProducedAfter.IsMatch(text.AsSpan(countIndex, Math.Min(250, text.Length - countIndex)));

    private static DateOnly? FromCount(Match m, string text, List<DateMention> dates, bool dayFirst, DateOnly? issued, DateOnly? received, DateOnly today)
    {
        var lineStart = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, m.Index - 1)) + 1);
        if (OfficersTimeOnly(text, lineStart, m.Groups["n"].Index)) return null;
        if (!DayCount(m.Groups["n"].Value, out var days)) return null;
        var anchor = m.Groups["anchor"].Value;
        // Round 19: business days are counted too ("WITHIN FIVE (5) BUSINESS DAYS of the date of this subpoena", "no
        // prazo de 5 (cinco) dias úteis"), skipping weekends; the anchor is read after the word that says so.
        var business = m.Groups["biz"].Success;
        if (BusinessDayWord.Match(anchor) is { Success: true } bizWord)
        {
            business = true;
            anchor = anchor[(bizWord.Index + bizWord.Length)..];
        }
        DateOnly Count(DateOnly start) => BusinessDays.Add(start, days, business);
        var statedMention = DateFinder.Find(anchor, dayFirst).FirstOrDefault();
        var stated = statedMention?.Date;
        // Round 16: "within 30 days of service, i.e. by December 16, 2026": the date in the anchor is the count's end.
        if (statedMention is not null && RestatedBefore.IsMatch(anchor.AsSpan(0, statedMention.Offset))) return statedMention.Date;
        if (CountFrom.IsMatch(anchor))
        {
            // "of issuance (issued 11/30/2026)", "à compter de la réception (reçu le 27/11/2026)": a date the
            // anchor itself gives is the start.
            if (LatestDateAfterCount(anchor, dayFirst, issued ?? received ?? today) is { } latest) return latest;
            if (DateRestated(text, m.Index + m.Length, dayFirst) is { } restated) return restated;
            if (CountEndRestated(stated, issued ?? received, days, business) is { } end) return end;
            if (stated is { } start) return Count(start);
            // From the document's own date: the date it bears, else the day it came in (never before it was
            // issued); with neither, unknown rather than counted from today.
            if (FromDocument.IsMatch(anchor) && !FromReceipt.IsMatch(anchor)) return (DocumentDate(anchor, text, dates, dayFirst, issued) ?? received) is { } own ? Count(own) : null;
            // Receipt the text does not date: the mail's date, else the letter's own (it cannot arrive before it was
            // written, so the earliest the time limit can end), else today.
            if (FromReceipt.IsMatch(anchor))
                return Count(ReceiptDate(text, dates) ?? ReceiptDateAfter(text, m.Groups["anchor"].Index, dayFirst, issued ?? received ?? today) ?? received ?? issued ?? today);
            return null;
        }
        // "provide, within seven days, the following": a count set off by commas is the time to answer, and runs
        // from the letter's date, else from the day it came in. A bare count at a sentence's end ("Les rogamos
        // respuesta en el plazo de diez días") is often a private party's wish, not a legal time limit: not read.
        // Round 19: the comma may stand before the preposition that opens the count ("o envio, no prazo de 10 dias,
        // dos dados"), and a list after a colon ("de nous communiquer, dans un délai de quinze jours : - ...") is
        // what the count asks for, as in the first reading.
        var rest = anchor.TrimStart();
        var before = text.AsSpan(0, m.Index).TrimEnd();
        if (rest.Length > 0 && (rest[0] == ',' && SetOffBefore(before) && !PenaltyFollows(rest) && !DateSpelledOut.IsMatch(rest) || rest[0] == ':'))
            return (issued ?? received) is { } letter ? Count(letter) : null;
        // Round 14: a court's command that ends on the count ("you are commanded to produce ... within 15 days.") is
        // a legal time limit, not a wish: it runs from the date the order bears.
        // Round 19: so is a line that opens with the command itself ("Return within 14 days to SA ...").
        if ((rest.Length == 0 || rest[0] == '.') && CommandedBefore(text, m.Index) || ImperativeBefore.IsMatch(before))
            return (DocumentDate("", text, dates, dayFirst, issued) ?? received) is { } own2 ? Count(own2) : null;
        return null;
    }

    // Round 19: a count the writer turns into its date at once ("Frist: 10 Tage, d. h. bis 06.12.2026", "10 days, i.e.
    // by December 6"): the date is the deadline, not the count from the letter's date.
    internal static readonly Regex DateSpelledOut = Patterns.Build(
        @"^\s*,\s*(d\.\s*h\.|i\.\s*e\.|that\s+is|namely|also|soit|c'est-[àa]-dire|es\s+decir|o\s+sea|ou\s+seja|isto\s+[ée]|ossia|cio[èe]|dus|d\.w\.z\.)");

    // "Return within 14 days", "Please produce within ten days": the count follows a command that opens its line or sentence.
    private static readonly Regex ImperativeBefore = Patterns.Build(
        @"(\A|[.!:\n])[ \t]*(please[ \t]+)?(return|produce|respond|reply|comply)\z");

    // Round 19: a term a court sets under a penalty ("no prazo de 10 (dez) dias, sob pena de multa diária") runs from
    // service, which such an order seldom dates: the count alone is not turned into a date.
    private static readonly Regex Penalty = Patterns.Build(
        @"\A[\s,]*(sob\s+pena|sous\s+peine|so\s+pena|bajo\s+(apercibimiento|pena)|a\s+pena\s+di|pena\s+(di|de)|unter\s+androhung|op\s+straffe|under\s+penalty|on\s+pain\s+of)\b");

    /// <summary>The count is followed at once by the penalty for missing it.</summary>
    public static bool PenaltyFollows(string anchor) => Penalty.IsMatch(anchor);

    // A comma right before the count, or before the short word that opens it ("envio, no prazo de", "send, in").
    private static bool SetOffBefore(ReadOnlySpan<char> before)
    {
        if (before.Length > 0 && before[^1] == ',') return true;
        var space = before.LastIndexOfAny(' ', '\t', '\n');
        if (space < 0 || before.Length - space - 1 > 4) return false;
        var head = before[..space].TrimEnd();
        return head.Length > 0 && head[^1] == ',';
    }

    private static readonly Regex LeadingWeekday = Patterns.Build(@"\A[ \t]*((this|the|coming|this\s+coming)\s+)?(?<wd>" + WeekdayNames + @")\b");

    // The command of a court's process, in the count's own sentence.
    private static readonly Regex CommandWords = Patterns.Build(@"\b(you\s+are|is|are)\s+(hereby\s+)?(commanded|ordered|directed)\s+to\b");

    private static bool CommandedBefore(string text, int index)
    {
        var from = Math.Max(0, index - 300);
        var span = text.AsSpan(from, index - from);
        var cut = span.LastIndexOf(". ");
        var blank = span.LastIndexOf("\n\n");
        cut = Math.Max(cut, blank);
        if (cut >= 0) span = span[(cut + 2)..];
        return CommandWords.IsMatch(span);
    }

    // After a count: the latest date it may run to ("o mais tardar a 15 de dezembro", "au plus tard le", "at the
    // latest by", "a más tardar el", "spätestens am", "uiterlijk op", "entro e non oltre il").
    private static readonly Regex LatestBy = Patterns.Build(
        @"\b(o\s+mais\s+tardar|at\s+the\s+latest|au\s+plus\s+tard|a\s+m[aá]s\s+tardar|sp[aä]testens|uiterlijk|entro\s+e\s+non\s+oltre|no\s+later\s+than|not\s+later\s+than)\b" +
        // Issue 11 round 12: the count's end in brackets or after "i.e.": "within 14 days (by December 15, 2026)",
        // "binnen 10 dagen (tot 11.12.2026)", "dans les 10 jours, soit jusqu'au 11/12/2026".
        @"|\(\s*(by|until|bis(\s+zum)?|jusqu'au|avant\s+le|hasta\s+el|entro\s+il|at[ée]|tot)\b" +
        @"|\b(i\.\s*e\.|d\.\s*h\.|that\s+is|soit|es\s+decir|cio[eè]|ou\s+seja|dus),?\s+(on\s+or\s+before|by|until|bis(\s+zum)?|jusqu'au|hasta\s+el|entro\s+il|at[ée]|tot)\b");

    /// <summary>The latest date a count's own sentence states after it, which is the date to comply by.</summary>
    // "i.e.", "that is", "d. h.", "c'est-à-dire", "es decir", "ou seja", "cioè", "dus" and a date: the count restated
    // as the day it ends. The count's anchor stops at the first dot, so "i.e." may be cut after its "i".
    private static readonly Regex RestatedAs = Patterns.Build(
        @"\A(\.e\.|\s*,?\s*(i\.\s?e\.|that\s+is|namely|d\.\s?h\.|c['’]est-[àa]-dire|es\s+decir|ou\s+seja|cio[èe]|dus))[,:\s]*((by|on|no\s+later\s+than|bis(\s+zum)?|am|avant\s+le|le|au\s+plus\s+tard\s+le|hasta\s+el|el|at[ée]|em|entro\s+il|il|uiterlijk|op)\s+)?");

    private static readonly Regex RestatedBefore = Patterns.Build(
        @"(\bi\.\s?e\.|\bthat\s+is|\bnamely|\bd\.\s?h\.|\bc['’]est-[àa]-dire|\bes\s+decir|\bou\s+seja|\bcio[èe]|\bdus)[,:\s]*((by|on|no\s+later\s+than|bis(\s+zum)?|am|avant\s+le|le|au\s+plus\s+tard\s+le|hasta\s+el|el|at[ée]|em|entro\s+il|il|uiterlijk|op)\s+)?\z");

    /// <summary>The date a count of days is restated as, right after the count ("..., i.e. by December 16, 2026").</summary>
    public static DateOnly? DateRestated(string text, int from, bool dayFirst)
    {
        if (from >= text.Length) return null;
        var tail = text.AsSpan(from, Math.Min(80, text.Length - from));
        var m = RestatedAs.Match(tail.ToString());
        if (!m.Success) return null;
        var rest = tail[m.Length..].ToString();
        return DateFinder.Find(rest, dayFirst).FirstOrDefault(d => d.Offset == 0) is { } date ? date.Date : null;
    }

    public static DateOnly? LatestDateAfterCount(string anchor, bool dayFirst, DateOnly reference)
    {
        var m = LatestBy.Match(anchor);
        return m.Success ? DateWords.FirstDate(anchor[(m.Index + m.Length)..], dayFirst, reference, 20) : null;
    }

    private const int ReceiptReach = 240;

    /// <summary>The day of receipt a text tells just after a count from receipt, in figures or in words ("Reçu
    /// par le destinataire le vingt-six novembre deux mille vingt-six", "Fecha de recepción: treinta de noviembre
    /// de dos mil veintiséis"). Reads only a short window after the count.</summary>
    public static DateOnly? ReceiptDateAfter(string text, int from, bool dayFirst, DateOnly reference)
    {
        if (from < 0 || from >= text.Length) return null;
        var window = text.Substring(from, Math.Min(ReceiptReach, text.Length - from));
        foreach (Match receipt in FromReceipt.Matches(window))
        {
            var after = window[(receipt.Index + receipt.Length)..];
            var span = after.Length > 110 ? after[..110] : after;
            if (IssueWord.IsMatch(span[..Math.Min(30, span.Length)])) continue;
            if (DateWords.FirstDate(span.Replace('\n', ' '), dayFirst, reference, 60) is { } date) return date;
        }
        return null;
    }

    private static readonly Regex IssueWord = Patterns.Build(@"\b(issued|signed|entered|dated|filed|ausgestellt|erlassen|emitid[oa]|firmad[oa]|emess[oa]|firmat[oa])\b");

    // "Issued\n11/27/2026", "signed 11/30/2026": the document's own date, which may stand on the next line.
    // Also a court's closing line: "Dated at Brampton, Ontario, this 16th day of", "GIVEN UNDER MY HAND this" (OCR
    // reads "G1VEN").
    private static readonly Regex IssuedBefore = Patterns.Build(@"(\b([il1]ssued|signed|entered|dated|ausgestellt|erlassen|[ée]mise?|sign[ée]e?|emitid[oa]|firmad[oa]|emess[oa]|firmat[oa]|uitgevaardigd|ondertekend)\b[ \t]*(on|am|le|el|em|il|op)?[ \t:]*\r?\n?[ \t]*|\b(dated|signed|made)\s+at\s+[^\n]{2,40},\s*(this\s+)?|\bg[i1]ven\s+under\s+my\s+hand(\s+and\s+seal)?,?\s+(this\s+)?)$");

    /// <summary>What "the date of issuance" counts from: a date the anchor itself gives ("of issuance (issued
    /// 11/30/2026)"), else a date right after "Issued"/"signed" in the text, else the date the letter bears.</summary>
    public static DateOnly? DocumentDate(string anchor, string text, List<DateMention> dates, bool dayFirst, DateOnly? letterDate)
    {
        if (DateFinder.Find(anchor, dayFirst).FirstOrDefault() is { } inAnchor) return inAnchor.Date;
        // "Issued 11/27/2026" says which date is the issuance; the letter's date may be a mail header's.
        foreach (var date in dates)
        {
            var from = Math.Max(0, date.Offset - 60);
            if (IssuedBefore.IsMatch(text.AsSpan(from, date.Offset - from))) return date.Date;
        }
        return letterDate;
    }

    /// <summary>The date on a line that says it is the date of receipt or service ("Data di ricevimento:
    /// 25/11/2026", "Fecha de recepción por el destinatario: 24/11/2026", "Eingang beim Vertreter (…): 27.11.2026").</summary>
    public static DateOnly? ReceiptDate(string text, List<DateMention> dates)
    {
        foreach (var date in dates)
        {
            var lineStart = date.Offset == 0 ? 0 : text.LastIndexOf('\n', date.Offset - 1) + 1;
            var from = Math.Max(lineStart, date.Offset - 100);
            // Only within the date's own sentence: "Return within 10 days of service. Issued November 23" dates the
            // issue, not the service.
            var prefix = text.AsSpan(from, date.Offset - from);
            var sentenceEnd = prefix.LastIndexOf(". ");
            if (sentenceEnd >= 0) prefix = prefix[(sentenceEnd + 2)..];
            // "must be executed (served) by 12/11/2026" is the last day service may happen, not the day it did.
            if (FromReceipt.IsMatch(prefix) && !IssuedBefore.IsMatch(prefix) && !IssueWord.IsMatch(prefix) && !LimitBefore.IsMatch(prefix) && !InPeriod(text, date)) return date.Date;
        }
        return null;
    }

    // Round 16: the date opens the period the data cover ("a contar da intimação, relativamente ao período de
    // 01/08/2026 a 20/11/2026", "for the period from 1 August to ..."): a range's first or last day, not the day of service.
    // Round 19: or runs to the present ("(11/01/2025 - present)", "bis heute", "à ce jour", "hasta la fecha").
    private static readonly Regex PeriodGoesOn = Patterns.Build(
        @"\A\s*(to|through|until|till|-|–|—|a|à|ao|al|au|bis|tot|t/m|até|hasta|fino\s+al)\s+(\d|(the\s+)?(present|today|now|date)\b|heute\b|dato\b|ce\s+jour\b|aujourd|la\s+fecha\b|hoy\b|hoje\b|a\s+data\b|oggi\b|heden\b|nu\b|vandaag\b)");

    private static readonly Regex PeriodStartedBefore = Patterns.Build(@"\d\s*(to|through|until|till|-|–|—|a|à|ao|al|au|bis|tot|t/m|até|hasta|fino\s+al)\s+\z");

    /// <summary>The date is the first or the last day of a period ("de 01/08/2026 a 20/11/2026").</summary>
    public static bool InPeriod(string text, DateMention date)
    {
        var after = date.Offset + date.Length;
        if (after < text.Length && PeriodGoesOn.IsMatch(text.AsSpan(after, Math.Min(20, text.Length - after)))) return true;
        var from = Math.Max(0, date.Offset - 20);
        return PeriodStartedBefore.IsMatch(text.AsSpan(from, date.Offset - from));
    }

    private static readonly Regex LimitBefore = Patterns.Build(@"\b(by|before|no\s+later\s+than|not\s+later\s+than)[ \t]*$");

    private static DateOnly? FormDateAfter(string text, int from, bool dayFirst, DateOnly reference)
    {
        var limit = Math.Min(text.Length, from + 300);
        for (var line = text.IndexOf('\n', from); line >= 0 && line < limit; line = text.IndexOf('\n', line + 1))
        {
            var lineEnd = text.IndexOf('\n', line + 1);
            var content = text[(line + 1)..(lineEnd < 0 ? text.Length : lineEnd)];
            var label = FormDateLine.Match(content);
            if (label.Success) return DateWords.FirstDate(content[(label.Index + label.Length)..], dayFirst, reference, 10);
        }
        return null;
    }

    /// <summary>Cheap check before rewriting a span: a date has a digit, or a month name, or a year in words.</summary>
    /// <summary>The date of a hearing named in the sentence before "before then", within a short reach.</summary>
    private static DateOnly? EventDateBefore(string text, int index, bool dayFirst, DateOnly reference)
    {
        var from = Math.Max(0, index - 90);
        var span = text[from..index];
        var cut = span.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (cut >= 0) span = span[(cut + 2)..];
        var named = EventBeforeThen.Match(span);
        return named.Success ? DateWords.FirstDate(span[named.Index..], dayFirst, reference, 40) : null;
    }

    private static bool MayHoldDate(string span) =>
        span.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || MonthOrYearWord.IsMatch(span);

    private static readonly Regex MonthOrYearWord = Patterns.Build(
        $@"\b({DateFinder.MonthNames})\b|thousand|\bmil\b|mille|tausend|duizend|duemila");

    private static bool EventBeforeDate(string span)
    {
        var m = EventWord.Match(span);
        return m.Success && m.Index < 30;
    }

    /// <summary>Up to <paramref name="max"/> characters from <paramref name="start"/>, cut at a blank line or a
    /// semicolon.</summary>
    private static string Sentence(string text, int start, int max)
    {
        var span = text.AsSpan(start, Math.Min(max, text.Length - start));
        var cut = span.IndexOf("\n\n");
        if (cut >= 0) span = span[..cut];
        var semicolon = span.IndexOf(';');
        if (semicolon >= 0) span = span[..semicolon];
        return span.ToString();
    }

    private static bool DayCount(string word, out int days)
    {
        if (NumberWords.TryParse(word, out days)) return true;
        var normalized = DateWords.Normalize(word).Trim();
        return int.TryParse(normalized, out days) && days is > 0 and < 400;
    }
}
