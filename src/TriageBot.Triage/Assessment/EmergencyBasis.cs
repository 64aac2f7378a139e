using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Assessment;

/// <summary>
/// What an emergency request states of the basis for voluntary disclosure (18 U.S.C. 2702(b)(8)): who is at risk,
/// the nature of the danger, and why the data would prevent it — each with the words that state it, or null.
/// Read from the text, so that a request whose fields the extractor missed (a table, a sentence instead of a label)
/// is not told it left them out.
/// </summary>
internal sealed record EmergencyBasis(string? PersonAtRisk, string? Nature, string? Necessity)
{
    // Natures that name their victim: a suicide threat is about the user, a kidnapping about its victim, a bomb
    // threat or planned attack about the people where it is aimed.
    private static readonly HashSet<string> NaturesNamingAVictim = new(StringComparer.Ordinal)
    {
        "threat of suicide", "kidnapping", "missing child", "sexual assault", "imminent harm to a child", "bomb threat", "threat to kill",
    };

    // People a request names as endangered, in the seven languages read. The account holder alone is not one: in a
    // thin request ("send the subscriber information for the user x") the user is the target, not the victim.
    private static readonly Regex Person = Patterns.Build(
        @"\b(\d{1,2}[\s-]year[\s-]old|(adult|juvenile)\s+(male|female)|woman|man|girl|boy|child|children|kids?|minor|juvenile|teen(ager)?|infant|baby|victims?|hostages?|wife|husband|partner|girlfriend|boyfriend|mother|father|daughter|son|famil(y|ies)|students|pupils|staff|employees|shoppers|people|persons?|public|officers|residents|patients|passengers|worshippers|crowd)\b" +
        @"|\b(frau|mann|m[äa]dchen|junge|kind(er)?|opfer|person(en)?|menschen|sch[üu]ler(innen)?|besucher|femme|homme|fille|gar[çc]on|enfants?|victimes?|personnes?|[ée]l[èe]ves|mujer|hombre|ni[ñn][oa]s?|menor(es)?|v[ií]ctimas?|personas?|alumnos|mulher|homem|menin[oa]s?|crian[çc]as?|v[ií]timas?|pessoas?|alunos|donna|uomo|ragazz[oa]|bambin[oaie]|vittim[ae]|persone|studenti|vrouw|meisje|jongen|kind(eren)?|slachtoffers?|personen|mensen|leerlingen)\b");

    // A form's label for the person at risk, with an answer after it.
    private static readonly Regex PersonLabel = Patterns.Build(
        @"^[ \t\d.)-]*(person(s|\(s\))?|people|individual(s)?|victim(s)?|who\s+is)\s+(at\s+risk|in\s+danger|endangered)\s*[:|-][ \t]*\S|^[ \t\d.)-]*(gef[äa]hrdete\s+person(en)?|personne(s)?\s+en\s+danger|persona(s)?\s+en\s+(riesgo|peligro)|pessoa(s)?\s+em\s+(risco|perigo)|persona\s+a\s+rischio|persone\s+a\s+rischio|perso(o)?n(en)?\s+in\s+gevaar)\s*[:|-][ \t]*\S");

    // Why the data helps: to find, identify or stop someone, in the seven languages.
    private static readonly Regex Purpose = Patterns.Build(
        @"\b(to|in\s+order\s+to|so\s+(that\s+)?(we|officers|police|deputies|they|agents)\s+(can|could|may)|needed\s+to|necessary\s+to|help\s+(us\s+)?)\s+(\p{L}+\s+){0,2}(locate|find|identify|trace|track|rescue|reach|prevent|stop|end|resolve|protect|save|intercept|apprehend|arrest|safeguard|intervene|evacuate|warn|contact|secure|ensure\s+(the\s+|their\s+|her\s+|his\s+)?safety|get\s+to|send\s+(a\s+|officers|help|units|deputies|a\s+crisis)|see\s+where|confirm\s+(the\s+|her\s+|his\s+)?(location|whereabouts|identity|safety)|determine\s+(the\s+)?(location|whereabouts|identity))" +
        @"|\b(um\s+[^.]{0,60}\s+zu\s+(finden|lokalisieren|orten|identifizieren|ermitteln|sch[üu]tzen|retten|verhindern))|\bzur\s+(lokalisierung|ortung|identifizierung|ermittlung|abwehr|rettung)" +
        @"|\b(afin\s+de|pour)\s+(\p{L}+\s+){0,2}(localiser|retrouver|identifier|prot[ée]ger|sauver|emp[êe]cher|pr[ée]venir)" +
        @"|\bpara\s+(\p{L}+\s+){0,2}(localizar|encontrar|identificar|proteger|salvar|evitar|impedir|prevenir)" +
        @"|\bper\s+(\p{L}+\s+){0,2}(localizzare|rintracciare|trovare|identificare|proteggere|salvare|evitare|impedire)" +
        @"|\bom\s+[^.]{0,60}\s+te\s+(lokaliseren|vinden|identificeren|beschermen|redden|voorkomen)|\bter\s+(voorkoming|lokalisering|identificatie)");

    public static EmergencyBasis Read(NormalizedText text, CueContext context, string? nature, IEnumerable<CueHit> emergencyHits)
    {
        var hits = emergencyHits.Where(h => h.Weight > 0).ToList();
        var value = text.Value;
        string? person = hits.FirstOrDefault(h => NaturesNamingAVictim.Contains(h.Cue.Target))?.Text;
        person ??= Operative(text, context, PersonLabel);
        // A person named in the very sentence that states the danger ("a threat of death to shoppers and staff").
        foreach (var hit in hits)
        {
            if (person is not null) break;
            var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
            if (Person.Match(value, start, end - start) is { Success: true } m) person = m.Value;
        }
        var necessity = Operative(text, context, Purpose);
        var natureText = nature is null ? null : hits.FirstOrDefault()?.Text ?? nature;
        return new EmergencyBasis(person, natureText, necessity);

        static string? Operative(NormalizedText text, CueContext context, Regex regex)
        {
            foreach (var match in regex.EnumerateMatches(text.Value))
                if (context.Multiplier(text, match.Index, match.Length) > 0.2) return text.Value.Substring(match.Index, match.Length);
            return null;
        }
    }
}
