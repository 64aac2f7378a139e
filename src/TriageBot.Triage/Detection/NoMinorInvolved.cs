using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Detection;

/// <summary>
/// Issue 11 round 19: the writer says no child is involved ("no minors are involved", "er is geen sprake van
/// minderjarigen", "es sind keine Minderjährigen betroffen"). NCMEC named beside that is a comparison or a topic
/// ("as with NCMEC reports, please answer quickly"), not a child-safety case; a CyberTipline report number cited
/// still makes one.
/// </summary>
internal static class NoMinorInvolved
{
    private static readonly Regex Said = Patterns.Build(
        @"\bno\s+(minors?|child(ren)?|juveniles?)\s+(is|are|was|were)\s+(involved|concerned|affected)|\b(does|did)\s+not\s+involve\s+(a\s+|any\s+)?(minors?|child(ren)?|juveniles?)|\bthe\s+victim\s+is\s+an?\s+adult\b" +
        @"|\bgeen\s+sprake\s+van\s+(een\s+)?minderjarige|\bgeen\s+minderjarigen\s+(betrokken|bij\s+betrokken)" +
        @"|\bkeine\s+minderj[äa]hrigen\s+(betroffen|beteiligt)|\b(es\s+)?(ist|sind)\s+kein(e)?\s+(kind(er)?|minderj[äa]hrige\p{L}*)\s+(betroffen|beteiligt)" +
        @"|\baucun\s+mineur\s+n'est\s+(concern[ée]|impliqu[ée])|\bne\s+concerne\s+aucun\s+mineur" +
        @"|\bno\s+(hay|existen|se\s+ven)\s+(menores|ni[ñn]os)\s+(involucrados|implicados|afectados)|\bno\s+involucra\s+(a\s+)?(menores|ni[ñn]os)" +
        @"|\bn[ãa]o\s+(h[áa]|existem)\s+(menores|crian[çc]as)\s+(envolvid|implicad)\p{L}*|\bn[ãa]o\s+envolve\s+(menores|crian[çc]as)" +
        @"|\bnessun\s+minore\s+([èe]\s+)?(coinvolto|interessato)|\bnon\s+(sono\s+)?coinvolti\s+minori");

    /// <summary>Whether the writer says no minor is involved (read from the head of the text).</summary>
    public static bool In(string text) => Said.IsMatch(text.Length > 6000 ? text.AsSpan(0, 6000) : text);
}
