using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Round 25: a foreign authority's copy of the mutual-legal-assistance request it sent through the treaty channel,
/// "for information only" ("I enclose a copy of a Letter of Request … transmitted to the Office of International
/// Affairs; no action is requested from you"). The paper is foreign process on its way to us through the U.S.
/// authorities: international, though it asks nothing of the provider now, and the contents it lists are asked of
/// those authorities, not of us.
/// </summary>
internal static class AssistanceRequestCopy
{
    private const string AssistanceRequest =
        @"(letters?\s+of\s+request|(mla|mlat)\s+request|request\s+for\s+(mutual\s+)?(legal|judicial)\s+assistance|letters?\s+rogatory|" +
        @"demande\s+d'entraide(\s+(p[ée]nale|judiciaire))?|commission\s+rogatoire(\s+internationale)?|solicitud\s+de\s+(asistencia|auxilio)\s+judicial|comisi[oó]n\s+rogatoria|" +
        @"rechtshilfeersuchens?|richiesta\s+di\s+assistenza\s+giudiziaria|rogatoria(\s+internazionale)?|pedido\s+de\s+(aux[ií]lio|assist[êe]ncia)\s+(judici[aá]rio|jur[ií]dica|judicial)|carta\s+rogat[oó]ria|rechtshulpverzoek)";

    private static readonly Regex CopyOfRequest = Patterns.Build(
        @"\b(copy\s+of\s+(a|the|our|my)\s+|copie\s+(de\s+la|d'une|de\s+notre)\s+|copia\s+de\s+(la|una|nuestra)\s+|kopie\s+(des|unseres|eines)\s+|copia\s+(della|di\s+una|della\s+nostra)\s+|c[oó]pia\s+(do|de\s+um|da|de\s+uma)\s+|kopie\s+van\s+(het|ons)\s+)" + AssistanceRequest + @"\b");

    // Round 26: the request told as sent to the U.S. central authority ("een rechtshulpverzoek heeft verzonden aan het
    // Office of International Affairs van het U.S. Department of Justice"): the same paper on its way through the treaty.
    private static readonly Regex SentToCentralAuthority = Patterns.Build(
        AssistanceRequest + @"[^.;]{0,160}\b(sent|transmitted|forwarded|submitted|verzonden|toegezonden|doorgestuurd|[üu]bermittelt|[üu]bersandt|transmise?|envoy[ée]e?|adress[ée]e?|enviad[oa]|remitid[oa]|trasmess[oa]|inviat[oa]|encaminhad[oa])\b[^.;]{0,80}\b(office\s+of\s+international\s+affairs|\bOIA\b|central\s+authority|autoridad\s+central|autorit[ée]\s+centrale|autorit[àa]\s+centrale|autoridade\s+central)");

    /// <summary>Where the letter says it encloses or forwards a copy of its request for legal assistance, or that it
    /// sent that request to the U.S. central authority; null otherwise.</summary>
    public static Match? Find(string text) =>
        CopyOfRequest.Match(text) is { Success: true } m ? m : SentToCentralAuthority.Match(text) is { Success: true } sent ? sent : null;
}
