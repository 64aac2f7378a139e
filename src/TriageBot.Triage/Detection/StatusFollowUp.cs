using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Round 20: a follow-up on process the writer served earlier that asks only where it stands ("Following up on the
/// search warrant we served on November 9 … Could you confirm the expected production date?"). It serves nothing new:
/// the case is found by its reference, and a gag it recalls ("the 2705(b) order remains in effect") is one the
/// provider already holds with that case, not a new order.
/// </summary>
internal static class StatusFollowUp
{
    // The process served before, in the writer's words: "the subpoena we served on", "notre réquisition du".
    /// <summary>The process served before, for the process-type cues.</summary>
    public const string ServedBefore =
        @"(\b(following\s+up|follow(ing)?[\s-]up|checking(\s+in)?|writing\s+to\s+(check|ask|follow\s+up))\s+(on|about|regarding)\s+(the\s+status\s+of\s+)?(the|our|my)\s+(\S+\s+){0,3}?(search\s+warrant|warrant|subpoena|order|request|letter)\b[^.?!\n]{0,60}?\b(we|i)\s+(served|sent|submitted|faxed|uploaded|e-?mailed|delivered|transmitted)\b" +
        // Round 27: the passive ("Following up on our search warrant served on March 18").
        @"|\b(following\s+up|follow(ing)?[\s-]up|checking(\s+in)?)\s+(on|about|regarding)\s+(the\s+status\s+of\s+)?(our|my)\s+(\S+\s+){0,3}?(search\s+warrant|warrant|subpoena|order|request|letter)\s+(served|sent|submitted|faxed|uploaded|e-?mailed|delivered|transmitted)\s+(on|to\s+you|via|through|by)\b" +
        @"|\bsuite\s+[àa]\s+(notre|ma)\s+(r[ée]quisition|demande|ordonnance)\s+(du|en\s+date\s+du|transmise|envoy[ée]e|adress[ée]e)\b" +
        @"|\ben\s+(seguimiento|relaci[óo]n)\s+(a|de|con)\s+(nuestra|mi|nuestro)\s+(solicitud|orden|requerimiento|oficio)\s+(del|de\s+fecha|enviad[oa]|remitid[oa])\b" +
        @"|\b(no|em)\s+seguimento\s+(d[oa]|a[oa]?)\s+(nosso|nossa|meu|minha)\s+(pedido|of[íi]cio|requisi[çc][ãa]o|ordem)\s+(de|enviad[oa]|remetid[oa])\b" +
        @"|\b(facendo\s+seguito|in\s+seguito)\s+(alla|al)\s+(nostra|nostro|mia|mio)\s+(richiesta|decreto|ordine)\s+(del|inviat[oa]|trasmess[oa])\b" +
        @"|\b(naar\s+aanleiding\s+van|in\s+vervolg\s+op)\s+(onze|ons|mijn)\s+(vordering|verzoek|bevel)\s+(van|d\.d\.|verstuurd|verzonden)\b" +
        @"|\b(bezugnehmend\s+auf|unter\s+bezugnahme\s+auf)\s+(unser(e|en)?|mein(e|en)?)\s+(ersuchen|beschluss|anfrage|anordnung|schreiben)\s+vom\b" +
        // Round 23: "Op 20 november hebben wij u de hieronder opgenomen vordering gestuurd", "nous vous avons adressé la
        // réquisition", "les remitimos el oficio", "vi abbiamo trasmesso la richiesta", "haben wir Ihnen ... übersandt".
        @"|\bhebben\s+(wij|we|ik)\s+u\s+(\p{L}+\s+){0,4}(vordering|verzoek|bevel)\s+(gestuurd|verzonden|toegezonden|betekend)\b" +
        @"|\bnous\s+vous\s+avons\s+(adress[ée]|transmis|envoy[ée]|notifi[ée])\s+(notre\s+|la\s+|une\s+)?(r[ée]quisition|demande|ordonnance)\b" +
        @"|\b(les|le)\s+(remitimos|enviamos|remitieron)\s+(nuestr[oa]\s+|el\s+|la\s+)?(oficio|solicitud|requerimiento|orden)\b" +
        @"|\b(vi\s+)?abbiamo\s+(inviato|trasmesso|notificato)\s+(la\s+|il\s+|nostra\s+|nostro\s+)?(richiesta|decreto|ordine)\b" +
        @"|\bhaben\s+wir\s+ihnen\s+(\p{L}+\s+){0,4}(ersuchen|beschluss|anfrage|anordnung)\s+(übersandt|übermittelt|zugestellt|geschickt)\b" +
        // Round 24: a reminder of the earlier request ("je me permets de vous relancer concernant notre demande du 14
        // décembre", "sollecitiamo la nostra richiesta del", "wir erinnern an unser Ersuchen vom").
        @"|\brelancer\s+(\p{L}+\s+){0,2}(concernant|au\s+sujet\s+de|[àa]\s+propos\s+de|pour)\s+(notre|ma)\s+(r[ée]quisition|demande)\s+(du|en\s+date\s+du|transmise|envoy[ée]e)\b" +
        @"|\b(sollecitiamo|sollecito|ricordiamo)\s+(\p{L}+\s+){0,2}(la\s+)?(nostra|mia)\s+(richiesta|decreto)\s+(del|inviat[ao])\b|\b(recordamos|reiteramos)\s+(\p{L}+\s+){0,2}(nuestra|mi)\s+(solicitud|petici[óo]n)\s+(del|de\s+fecha|enviada)\b" +
        @"|\b(relembramos|reiteramos)\s+(\p{L}+\s+){0,2}(o\s+)?(nosso|meu)\s+(pedido|of[íi]cio)\s+(de|enviado)\b|\berinnern\s+(\p{L}+\s+){0,2}an\s+(unser(e|en)?|mein(e|en)?)\s+(ersuchen|anfrage|schreiben)\s+vom\b|\bherinneren\s+(\p{L}+\s+){0,2}aan\s+(onze|ons|mijn)\s+(vordering|verzoek)\s+(van|d\.d\.)\b)";

    // The only thing asked: where the earlier request stands.
    private const string AsksStatus =
        // Round 26: "Can you let me know the status", "just checking where it is", "We are not sending new process".
        @"(\b(let\s+(me|us)\s+know|tell\s+(me|us)|advise(\s+(me|us))?\s+(of|on))\s+(the\s+)?status\b|\bwhere\s+(it|this|that|things|the\s+matter)\s+(is|stands)\b|\b(are|am)\s+not\s+(sending|serving|issuing)\s+(any\s+)?new\s+(process|subpoena|order|warrant|request)\b|\bconfirm\s+(the\s+)?(expected|estimated|likely)\s+(production|response|return|completion)\s+date|\b(any|an)\s+update\b|\bstatus\s+(update|of)\b|\bwhen\s+(can|will|should|may|might)\s+we\s+(expect|receive)|\bha(s|ve)\s+(it|this|they)\s+been\s+(received|processed|assigned)|\bestimated\s+(date|time(line|frame)?)\b|\b(give|send|need|have)\s+(me\s+|us\s+)?(a|an)\s+(status|eta)\b" +
        @"|\bo[uù]\s+en\s+est\b|\b[ée]tat\s+d'avancement\b|\bdate\s+pr[ée]vue\b|\bestado\s+(de\s+tramitaci[óo]n|actual|del\s+tr[áa]mite)|\bcu[áa]ndo\s+(podremos|recibiremos)\b|\bponto\s+de\s+situa[çc][ãa]o\b|\bquando\s+(poderemos|receberemos)\b|\bstato\s+(della\s+pratica|di\s+avanzamento)\b|\bquando\s+(potremo|riceveremo)\b|\bstand\s+van\s+zaken\b|\bwanneer\s+(kunnen|mogen)\s+(wij|we)\b|\bsachstand\b|\bwann\s+(k[öo]nnen|d[üu]rfen)\s+wir\b)";

    private static readonly Regex StatusAsked = Patterns.Build(AsksStatus);

    /// <summary>Whether the writer, in its own words, asks where an earlier request stands.</summary>
    public static bool AsksWhereItStands(string text, Func<int, bool>? operative) =>
        StatusAsked.Matches(text).Any(m => operative?.Invoke(m.Index) != false);
}
