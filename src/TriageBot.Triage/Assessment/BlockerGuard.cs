using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Assessment;

/// <summary>
/// Issue 11 round 15: a blocker stands only on evidence the document does not contradict. Three blind rounds running
/// raised one blocker each that the text itself argued against, each time in new words ("but not the body", "message
/// text ... excluded from this Order", a headers-only order). The cue readers will always meet a wording they do not
/// know; what a lawyer asks of a blocker is that nothing in the paper's operative parts speaks against it. So every
/// blocker the rules raise is checked here against the classes of counter-evidence for its code, read over the whole
/// operative text; when one is found the finding drops to a warning and quotes both sides, for the reviewer to weigh.
/// Runs only when a blocker is about to be raised (a few requests in a hundred): it costs the typical request nothing.
/// </summary>
internal static class BlockerGuard
{
    /// <summary>What the guard reads besides the findings: the text, its parts and the content cues' hits.</summary>
    internal sealed record Inputs(NormalizedText Text, MessageParts Parts, IReadOnlyList<CueHit> ContentHits, AssessmentFacts Facts, bool SenderOnGovernmentDomain,
        ContentScopeStatement.Statement? ContentScope = null);

    public static void Review(List<Finding> findings, Inputs inputs)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Severity != Severity.Blocker) continue;
            var counter = finding.Code switch
            {
                "CONTENT_REQUIRES_WARRANT" => ContentCounterEvidence(inputs),
                "CIVIL_CONTENT_BARRED" => ContentCounterEvidence(inputs) ?? ConsentCounterEvidence(inputs),
                // The foreign blocker rests on contents being asked; a named lawful route also speaks against it.
                "FOREIGN_DIRECT_PROCESS" => ContentCounterEvidence(inputs) ?? RouteCounterEvidence(inputs),
                "UNVERIFIED_SENDER" => SenderCounterEvidence(inputs),
                _ => null,
            };
            if (counter is null) continue;
            findings[i] = finding with
            {
                Severity = Severity.Warning,
                Evidence = $"{finding.Evidence ?? "(the cues above)"} — but the document also says: \"{counter}\" (not a blocker while the text argues both ways: read both)",
            };
        }
    }

    // ---- contents -------------------------------------------------------------------------------------------------

    // A definitions or instructions heading: a content word under it says what a word means or how to answer, and
    // asks for nothing by itself.
    private static readonly Regex DefinitionsHeading = Patterns.Build(
        @"\b(definitions?|instructions?|d[ée]finitions?|begriffsbestimmungen|definiciones|instrucciones|definizioni|istruzioni|defini[çc][õo]es|instru[çc][õo]es|definities|instructies)\b");

    // The paper's own statement that contents are not sought (Detection/ContentScopeStatement), read once by the engine.
    private static string? ContentCounterEvidence(Inputs inputs) =>
        (inputs.ContentScope ?? ContentScopeStatement.Find(inputs.Text, inputs.Parts))?.Quote ?? OnlyUnderDefinitions(inputs);

    /// <summary>Every weighed content cue stands under a definitions or instructions heading.</summary>
    private static string? OnlyUnderDefinitions(Inputs inputs)
    {
        var text = inputs.Text;
        string? heading = null;
        var any = false;
        foreach (var hit in inputs.ContentHits)
        {
            if (hit.Weight <= 0) continue;
            any = true;
            var line = text.LineIndexOf(hit.Offset);
            string? found = null;
            for (var l = line; l >= 0 && l > line - 60; l--)
            {
                if (!text.IsHeadingLine(l)) continue;
                var candidate = text.Line(l).Trim().ToString();
                if (DefinitionsHeading.IsMatch(candidate)) found = candidate;
                break;
            }
            if (found is null) return null;
            heading = found;
        }
        return any ? $"the content words stand only under the heading {heading}" : null;
    }

    // ---- civil: the user's own data, or consent ---------------------------------------------------------------------

    // The account holder's consent, or the writer's own account: 2702(b)(3) lets a provider disclose with the lawful
    // consent of the user, and a user may have their own data. A party who consents only to their own side of the
    // conversation ("my client consents to disclosure of messages she received") leaves the other account's contents
    // barred: that is no counter-evidence, and the blocker stands. A negation before it ("without the consent") is no
    // consent and is read out below.
    private static readonly Regex Consent = Patterns.Build(
        @"\b((signed|written|express|notari[sz]ed)\s+[""“']?(consent|authori[sz]ation)|consent\s+(form|of\s+the\s+(account\s+holder|user|subscriber))|(account\s+holder|user|subscriber)\s+(has\s+)?(consented|consents|signed\s+an?\s+authori[sz]ation)|my\s+own\s+(account|data|messages|information)" +
        @"|consentement\s+([ée]crit|sign[ée]|expr[eè]s)|consentimiento\s+(expreso|firmado|por\s+escrito)|(schriftliche|unterzeichnete|ausdr[üu]ckliche)\s+einwilligung|consenso\s+(scritto|firmato|espresso)|consentimento\s+(expresso|assinado|por\s+escrito)|(schriftelijke|ondertekende|uitdrukkelijke)\s+toestemming" +
        @"|mon\s+propre\s+compte|mi\s+propia\s+cuenta|mein\s+eigenes\s+konto|il\s+mio\s+proprio\s+account|minha\s+pr[óo]pria\s+conta|mijn\s+eigen\s+account)\b");
    private static readonly Regex NegatedBefore = Patterns.Build(@"\b(without|no|not|absent|lacking|sin|sans|ohne|senza|sem|zonder|geen|keine?|aucun|nessun|nenhum)\s+(\p{L}+\s+){0,2}\z");

    private static string? ConsentCounterEvidence(Inputs inputs)
    {
        var text = inputs.Text.Value;
        foreach (var m in Consent.EnumerateMatches(text))
        {
            if (inputs.Parts.IsContext(m.Index)) continue;
            if (NegatedBefore.IsMatch(text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))) continue;
            return Quote(text, m.Index, m.Length);
        }
        return null;
    }

    // ---- foreign direct process: a lawful route named as the one taken ---------------------------------------------

    // The route itself named as the one taken ("this request is made through the MLAT", "transmis par
    // voie d'entraide pénale internationale", "im Wege der Rechtshilfe"), or a U.S. court's order enclosed.
    private static readonly Regex RouteTaken = Patterns.Build(
        @"\b(((is|are|was|been|being)\s+(made|sent|submitted|transmitted|issued|served|forwarded)\s+(pursuant\s+to|under|through|via|by\s+way\s+of)|pursuant\s+to|in\s+execution\s+of|executing)\s+(the\s+|a\s+|an\s+)?(mlat|mutual\s+legal\s+assistance|letters?\s+rogatory)|(enclosed|attached)\s+(is\s+)?(an?\s+)?(order|warrant)\s+(of|from|issued\s+by)\s+(a|the)\s+(u\.?\s?s\.?|united\s+states|federal)\s+(district\s+)?court" +
        @"|(en\s+ex[ée]cution\s+d'une|par\s+voie\s+d'|au\s+titre\s+de\s+l')\s*(commission\s+rogatoire\s+internationale|entraide\s+(p[ée]nale|judiciaire))|im\s+wege\s+der\s+rechtshilfe|(en\s+virtud\s+de|mediante|en\s+ejecuci[oó]n\s+de)\s+(la\s+|una\s+)?(comisi[oó]n\s+rogatoria|asistencia\s+judicial\s+mutua)" +
        @"|(in\s+esecuzione\s+di|mediante|tramite)\s+(una\s+|la\s+)?(rogatoria|assistenza\s+giudiziaria)|(em\s+cumprimento\s+de|mediante|por\s+via\s+de)\s+(uma\s+|a\s+)?(carta\s+rogat[óo]ria|coopera[çc][ãa]o\s+jur[íi]dica|aux[íi]lio\s+judici[áa]rio)|(op\s+grond\s+van|via|ter\s+uitvoering\s+van)\s+(een\s+|het\s+)?rechtshulpverzoek)\b");

    private static string? RouteCounterEvidence(Inputs inputs) => FirstOperative(RouteTaken, inputs);

    // ---- unverified sender ------------------------------------------------------------------------------------------

    /// <summary>The concern is about the From address, yet that address is on a government domain: the address does not
    /// disprove the claim (no impostor registers a government domain), so what remains in doubt is which office writes,
    /// for the call-back to settle. A Reply-To diverted off the sender's domain stays a blocker: that is the spoof itself
    /// (every labelled Reply-To impostor agrees).</summary>
    private static string? SenderCounterEvidence(Inputs inputs)
    {
        if (!inputs.SenderOnGovernmentDomain || inputs.Facts.SenderConcern is not { } concern) return null;
        if (concern.Reason.StartsWith("sent with a Reply-To", StringComparison.Ordinal)) return null;
        return $"the From address {concern.Evidence} is on a government domain";
    }

    // ---- shared -----------------------------------------------------------------------------------------------------

    private static string? FirstOperative(Regex pattern, Inputs inputs)
    {
        var text = inputs.Text.Value;
        foreach (var m in pattern.EnumerateMatches(text))
        {
            if (!inputs.Parts.IsContext(m.Index)) return Quote(text, m.Index, m.Length);
        }
        return null;
    }

    private static string Quote(string text, int offset, int length)
    {
        var start = Math.Max(0, offset - 30);
        var end = Math.Min(text.Length, offset + length + 30);
        var quote = text[start..end].ReplaceLineEndings(" ").Trim();
        return (start > 0 ? "…" : "") + quote + (end < text.Length ? "…" : "");
    }
}
