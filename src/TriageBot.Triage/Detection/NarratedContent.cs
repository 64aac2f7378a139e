using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Round 18: an emergency tells what happened with messages ("her family has received voice notes from the account",
/// "su hija recibe mensajes de voz y fotografías", "er schickte ihr Fotos") and asks only who and where. A content noun
/// that is the object of a verb that narrates (received, sent, posted, showed, threatened…) is a fact of the case, not
/// a thing asked; one an ask verb governs ("please provide the messages she received") stays asked. Read per hit, on
/// the clause before it (and, for the German and Dutch perfect, the few words after it).
/// </summary>
internal static class NarratedContent
{
    // Verbs that narrate what was done with messages, finite or as a perfect's participle, in the seven languages.
    // Not the forms that ask ("send", "envoyer", "inviate") nor nouns that share a form ("posts", "shares").
    private static readonly Regex Narrates = Patterns.Build(
        @"\b(received|receives|receiving|sent|sends|sending|posted|shared|threatened|threatens|told|showed|shown|shows|uploaded|wrote|writes|published|forwarded" +
        @"|erhielt|erhielten|erh[äa]lt|bekam|bekamen|bekommt|schickte|schickten|schickt|sendete|sendeten|sendet|postete|postet|ver[öo]ffentlichte|teilte|zeigte|zeigt|drohte|schrieb|schreibt" +
        @"|re[çc]u|re[çc]oit|re[çc]oivent|recevait|envoy[ée]|envoie|envoient|envoyait|publi[ée]|publie|partag[ée]|post[ée]|montr[ée]|montre|[ée]crit|menac[ée]" +
        @"|recibe|reciben|recibi[óo]|recib[íi]a|recibido|envi[óo]|env[íi]a|env[íi]an|enviaba|enviado|public[óo]|comparti[óo]|mostr[óo]|muestra|escribi[óo]|amenaz[óo]|mand[óo]|subi[óo]" +
        @"|recebeu|recebe|recebem|recebia|recebido|enviou|enviava|publicou|partilhou|compartilhou|mostrou|escreveu|amea[çc]ou|mandou" +
        @"|ricevuto|riceve|ricevono|riceveva|ricevette|inviato|inviava|mandato|pubblicato|condiviso|mostrato|scritto|minacciato" +
        @"|ontving|ontvingen|ontvangt|stuurde|stuurden|stuurt|verstuurde|verstuurt|gestuurd|verstuurd|plaatste|postte|deelde|toonde|schreef|dreigde)\b");

    // The word before the verb makes it an adjective of the noun ("all sent and received messages", "los mensajes
    // enviados"), not a narrative.
    private static readonly Regex AdjectivalBefore = Patterns.Build(
        @"\b(all|the|any|each|every|its|their|and|or|both|todos|todas|los|las|el|la|y|o|tous|toutes|les|le|des|et|ou|alle|die|der|das|s[äa]mtliche|und|oder|tutti|tutte|i|gli|e|os|as|het|de|en|of)\s*\z");

    // What between the verb and the noun hands the noun to another governor: an ask, or a list it opens ("sent or
    // received, including photos").
    private static readonly Regex Rehands = Patterns.Build(
        @":\s|\n[ \t]*(\n|[-–—*•·]|\(?\d{1,2}[.)]|\(?[a-h]\))|\b(including|include|incl|such\s+as|namely|as\s+well\s+as|in\s+particular|y\s+compris|notamment|einschlie[ßs]lich|inklusive|insbesondere|incluid\p{L}*|incluyendo|incluindo|nomeadamente|inclus[io]|compresi|tra\s+cui|inclusief|waaronder" +
        @"|provide|produce|disclose|furnish|request|seek|need|please|preserve|directed|ordered|commanded|required|shall|fournir|communiquer|transmettre|demandons|veuillez|proporcion\p{L}*|entreg\p{L}*|solicit\p{L}*|facilit\p{L}*|fornec\p{L}*|fornire|trasmettere|chiediamo|richied\p{L}*|[üu]bermitt\p{L}*|herausg\p{L}*|ersuchen|bitte|verstrekken|vorderen|verzoeken)\b");

    // The German and Dutch perfect puts the participle after the noun ("die Tochter hat Sprachnachrichten erhalten",
    // "zijn dochter heeft foto's ontvangen").
    private static readonly Regex Auxiliary = Patterns.Build(@"\b(hat|haben|hatte|hatten|heeft|hebben|had|hadden)\b");
    private static readonly Regex ParticipleAfter = Patterns.Build(
        @"\A[^.;:!?\n]{0,60}\b(erhalten|bekommen|geschickt|zugeschickt|gesendet|gepostet|ver[öo]ffentlicht|geteilt|gezeigt|geschrieben|ontvangen|gestuurd|toegestuurd|verstuurd|gepost|gedeeld|getoond|geschreven)\b");

    /// <summary>Whether the noun a hit names is the object of a verb that narrates, with no ask between.</summary>
    public static bool IsFact(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var verbEnd = -1;
        var verbStart = -1;
        foreach (var m in Narrates.EnumerateMatches(before)) (verbStart, verbEnd) = (m.Index, m.Index + m.Length);
        if (verbEnd < 0)
        {
            // The perfect: the auxiliary before, the participle after.
            foreach (var m in Auxiliary.EnumerateMatches(before)) (verbStart, verbEnd) = (m.Index, m.Index + m.Length);
            if (verbEnd < 0 || !ParticipleAfter.IsMatch(after)) return false;
        }
        var gap = before[verbEnd..];
        // Round 27: a verb in brackets qualifies the noun before them ("messages (sent, received, deleted-but-retained),
        // voice notes"): a warrant's list, not a story.
        if (before[..verbStart].LastIndexOf('(') is var open and >= 0 && before[open..verbStart].IndexOf(')') < 0 && gap.IndexOf(')') >= 0)
            return false;
        return gap.Length <= 70 && !AdjectivalBefore.IsMatch(before[..verbStart]) && !Rehands.IsMatch(gap);
    }
}
