using System.Buffers;
using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Round 19: how a foreign request to keep data came and what it does to an earlier hold.
/// <para>A request for expedited preservation under Article 29 of the Budapest Convention on Cybercrime, or sent by a
/// force's 24/7 point of contact (the network Article 35 sets up for exactly that), travels the treaty's own channel:
/// it asks only to keep data until the mutual legal assistance request follows, so it is a preservation request, not
/// foreign process demanding disclosure. A foreign force's plain letter to preserve stays a direct foreign request.</para>
/// <para>A foreign request that extends an earlier hold ("verlenging", "Verlängerung", "prolongation", "prórroga",
/// "prorrogação", "proroga") means a hold is running here whose new end must be diarised.</para>
/// </summary>
internal static class TreatyPreservation
{
    private static readonly SearchValues<string> ChannelWords =
        SearchValues.Create(["24/7", "24 / 7", "24x7", "budapest", "cybercrim"], StringComparison.OrdinalIgnoreCase);

    private const string ArticleWord = @"art(icle|ikel|icolo|[íi]culo|igo|\.|t\.)?\s*29\b";
    private const string ConventionWord = @"(budapest\p{L}*|convention\s+on\s+cybercrime|cybercrime\s+convention|convention\s+sur\s+la\s+cybercriminalit[ée]|convenio\s+sobre\s+la\s+ciberdelincuencia|conven[çc][ãa]o\s+sobre\s+o\s+cibercrime|convenzione\s+sulla\s+criminalit[àa]\s+informatica|cybercrimeverdrag|[üu]bereinkommen\s+[üu]ber\s+computerkriminalit[äa]t)";

    // A 24/7 point of contact or network named with the number ("24/7-Kontaktstelle", "Point de contact 24/7",
    // "24/7 network"), or Article 29 of the convention cited (either order).
    private static readonly Regex Channel = Patterns.Build(
        @"\b24\s*(/|x)\s*7\b[\s-]*(point|contact|kontakt\p{L}*|network|netzwerk|r[ée]seau|red|rete|netwerk|rede|punto|ponto|contactpunt|meldpunt)" +
        @"|\b(point\s+(of\s+)?contact|point\s+de\s+contact|kontaktstelle|network|netzwerk|r[ée]seau|punto\s+de\s+contacto|punto\s+di\s+contatto|ponto\s+de\s+contacto|ponto\s+de\s+contato|contactpunt)\s+(\p{L}+\s+){0,2}24\s*(/|x)\s*7\b" +
        $@"|\b{ArticleWord}[^.\n]{{0,60}}\b{ConventionWord}|\b{ConventionWord}[^.\n]{{0,25}}\b{ArticleWord}");

    /// <summary>The words that show the request came through the treaty's preservation channel, or null.</summary>
    public static Match? ChannelMatch(string text) =>
        text.AsSpan().ContainsAny(ChannelWords) && Channel.Match(text) is { Success: true } m ? m : null;

    private static readonly SearchValues<string> ExtensionStems =
        SearchValues.Create(["verleng", "verläng", "verlang", "prolong", "prórrog", "prorrog", "proroga", "exten", "renew"], StringComparison.OrdinalIgnoreCase);

    // The extension of a hold, in the seven languages read.
    private static readonly Regex Extension = Patterns.Build(
        @"\b(verlenging|verlengd|verlengen|verl[äa]ngerung|verl[äa]ngert|verl[äa]ngern|prolongation|prolong[ée]e?|prolonger|pr[óo]rroga|prorrogad[oa]|prorrogar|prorroga[çc][ãa]o|prorrogue|proroga|prorogat[oa]|prorogare)\b" +
        // English only where the hold is named: "extension 22" is a telephone's.
        @"|\b(extend(ed|ing)?|extension\s+of|renew(ed|ing)?|renewal\s+of)\s+((the|our|this|its|a|an)\s+)?(\d{2,3}[\s-]day\s+)?(preservation|hold|retention)\b");

    /// <summary>The words that ask to extend an earlier hold, or null. Read only on a request that keeps data.</summary>
    public static Match? ExtensionMatch(string text)
    {
        if (!text.AsSpan().ContainsAny(ExtensionStems)) return null;
        foreach (Match m in Extension.Matches(text))
        {
            var from = Math.Max(0, m.Index - 30);
            // "wir werden Sie über eine etwaige Verlängerung unterrichten", "se comunicará su prórroga": an extension
            // that may or will come is none yet.
            // "pelo prazo de 60 dias, a prorrogar se necessário", "salvo proroga", "eine Verlängerung ... bleibt
            // vorbehalten": an extension kept for if it is needed, or reserved, is none yet.
            var end = m.Index + m.Length;
            if (!Possible.IsMatch(text.AsSpan(from, m.Index - from)) && !IfNeeded.IsMatch(text.AsSpan(end, Math.Min(60, text.Length - end)))) return m;
        }
        return null;
    }

    private static readonly Regex IfNeeded = Patterns.Build(
        @"\A[^.;]{0,45}?\b((bleibt|bleiben)\s+vorbehalten|is\s+reserved|reste\s+r[ée]serv[ée]e|queda\s+reservada|fica\s+reservada|resta\s+riservata|blijft\s+voorbehouden|if\s+(necessary|needed|required)|where\s+(necessary|needed)|as\s+needed|se\s+(necess[áa]ri[oa]|for\s+o\s+caso|preciso)|si\s+(n[ée]cessaire|besoin|es\s+necesario|fuera\s+necesario|procede)|en\s+caso\s+necesario|falls\s+(erforderlich|n[öo]tig)|bei\s+bedarf|gegebenenfalls|ggf\.?|se\s+necessario|ove\s+necessario|indien\s+(nodig|noodzakelijk)|zo\s+nodig|zonodig)\b");

    private static readonly Regex Possible = Patterns.Build(
        @"\b(etwaige[nr]?|eventuelle[nr]?|m[öo]gliche[nr]?|possible|possibly|any|eventual(es)?|[ée]ventuelle?s?|eventuale|eventuali|eventuele|may|might|could|would|kann|k[öo]nnte|pourra(it)?|podr[áa]|poder[áa]|potr[àa]|kan|zou|sera|seront|salvo|sauf|unless|save\s+for|vorbehaltlich|behoudens|ressalvad[ao]|\p{L}+r[áà]n?)\b[^.;\n]{0,20}\z");
}
