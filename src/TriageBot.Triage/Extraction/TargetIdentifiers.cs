using System.Text.RegularExpressions;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// Targets real letters name in ways the first reading misses: a numeric user id in the letter's language
/// ("Nutzer-ID 71203398841", "ID de usuario …", "ID utente …", "gebruikers-ID …", "(ID …)" right after a quoted
/// handle), a quoted handle with accented letters (« seine_invest_privé »), and a quoted handle a PDF wrapped
/// across a line break ("cuyahoga_carder_\nclub"). Also tells an officer's own desk or cell number from a target's.
/// </summary>
internal static class TargetIdentifiers
{
    private static readonly Regex NumericUserId = Patterns.Build(
        @"\b(nutzer|benutzer|gebruikers?|user|usuario|usu[aá]rio|utente|utilisateur|utilizador|account|konto|profil|perfil|profilo|conta|cuenta)[ \t]?-?[ \t]?id\b\s*[:#]?\s*(?<id>\d{5,20})\b" +
        @"|\bid\s+(de\s+(usuario|usu[aá]rio|utilizador|la\s+cuenta|conta|perfil)|do\s+(usu[aá]rio|utilizador|perfil)|del\s+(usuario|perfil)|utilisateur|utente|dell'utente|del\s+profilo|van\s+de\s+gebruiker|num[eé]ric[oa]|num[eé]rique|numerico)\s*[:#]?\s*(?<id>\d{5,20})\b" +
        // "(ID 3390471128)" right after a quoted or bare handle ("@boa_viagem_x   (ID …)").
        @"|([""»”']|[a-z0-9_]{3})\s*\(\s*id\s*[:#]?\s*(?<id>\d{5,20})\s*\)");

    // The officer's own lines: "Desk 404-555-0168 | Cell 404-555-0169", "Tel.: …", "Fax …".
    private static readonly Regex OwnNumberLabel = Patterns.Build(
        @"\b(desk|cell|mobile|office|direct|tel|phone|ph|fax|t|m)\s*[.:]?\s*$");

    private static readonly Regex TargetWordBefore = Patterns.Build(
        @"target|subscriber|account|suspect|user|associated|registered|linked|titular|utente|utilisat|gebruiker|benutzer|nutzer|konto|conta|cuenta|compte");

    public static IEnumerable<(AccountKind Kind, string Value)> Find(string text)
    {
        // Numeric ids are written "ID" in every language read: the pattern runs only on a short window around
        // each "ID", never over the whole text.
        foreach (var (start, length) in WindowsAroundId(text))
            for (var m = NumericUserId.Match(text, start, length); m.Success; m = m.NextMatch())
                yield return (AccountKind.AccountId, m.Groups["id"].Value);
        foreach (var handle in QuotedHandles(text))
            yield return (AccountKind.Username, "@" + handle);
    }

    /// <summary>Windows from 40 characters before each "ID" to 45 after it, overlapping ones merged.</summary>
    private static List<(int Start, int Length)> WindowsAroundId(string text)
    {
        var windows = new List<(int Start, int Length)>();
        for (var at = text.IndexOf("ID", StringComparison.Ordinal); at >= 0; at = text.IndexOf("ID", at + 2, StringComparison.Ordinal))
        {
            var start = Math.Max(0, at - 40);
            var end = Math.Min(text.Length, at + 47);
            if (windows.Count > 0 && windows[^1].Start + windows[^1].Length >= start)
            {
                var previous = windows[^1];
                windows[^1] = (previous.Start, end - previous.Start);
            }
            else windows.Add((start, end - start));
        }
        return windows;
    }

    /// <summary>A number on a line that labels it the writer's own ("Desk", "Cell", "Tel.") with no word about a
    /// target before it is a callback number, not a target.</summary>
    public static bool IsOwnNumber(string line, int numberStart)
    {
        var before = line.AsSpan(0, numberStart);
        var lastSeparator = before.LastIndexOfAny('|', ',', ';');
        var label = lastSeparator >= 0 ? before[(lastSeparator + 1)..] : before;
        return OwnNumberLabel.IsMatch(label) && !TargetWordBefore.IsMatch(before);
    }

    /// <summary>Quoted handles the ASCII readings cannot see: with an accented letter, or wrapped after an
    /// underscore or hyphen at a line end. Found by walking from each underscore, so no whole-text regex.</summary>
    private static IEnumerable<string> QuotedHandles(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var underscore = text.IndexOf('_'); underscore >= 0; underscore = text.IndexOf('_', underscore + 1))
        {
            var start = underscore;
            while (start > 0 && IsHandleChar(text[start - 1])) start--;
            var end = underscore;
            while (end < text.Length && IsHandleChar(text[end])) end++;
            // Most underscores sit in plain ASCII handles on one line, which the other readings already take:
            // leave them before building anything.
            var mayWrap = end < text.Length &&
                          ((text[end - 1] == '_' && text[end] is '\r' or '\n') ||
                           (text[end] == '-' && end + 1 < text.Length && text[end + 1] is '\r' or '\n'));
            if (mayWrap || !System.Text.Ascii.IsValid(text.AsSpan(start, end - start)))
                end = underscore;
            else
            {
                underscore = Math.Max(underscore, end - 1);
                continue;
            }
            var wrapped = false;
            var pieces = new System.Text.StringBuilder();
            var pieceStart = start;
            while (true)
            {
                while (end < text.Length && IsHandleChar(text[end])) end++;
                // "front_range_" + line break + "fixer": the PDF broke the handle; a trailing hyphen is the break's.
                var brokeAt = end;
                if (end < text.Length && text[end] == '-') brokeAt = end + 1;
                var next = brokeAt;
                if (next < text.Length && text[next] == '\r') next++;
                if (!wrapped && next < text.Length && text[next] == '\n' && end > pieceStart && (text[end - 1] == '_' || brokeAt > end))
                {
                    next++;
                    while (next < text.Length && text[next] is ' ' or '\t') next++;
                    if (next < text.Length && IsHandleChar(text[next]))
                    {
                        pieces.Append(text, pieceStart, end - pieceStart);
                        pieceStart = end = next;
                        wrapped = true;
                        continue;
                    }
                }
                break;
            }
            pieces.Append(text, pieceStart, end - pieceStart);
            var handle = pieces.ToString().TrimEnd('.');
            underscore = Math.Max(underscore, end - 1);
            if (!wrapped && handle.All(char.IsAscii)) continue;
            if (handle.Length < 3 || !handle.Contains('_') || handle.Any(char.IsUpper) || handle.StartsWith('_') || handle.EndsWith('_')) continue;
            if (!QuotedAt(text, start, end)) continue;
            if (seen.Add(handle)) yield return handle;
        }
    }

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    private static bool QuotedAt(string text, int start, int end)
    {
        var before = start - 1;
        if (before >= 0 && text[before] == ' ') before--;
        var after = end;
        if (after < text.Length && text[after] == ' ') after++;
        return before >= 0 && after < text.Length && text[before] is '"' or '«' or '“' or '‹' or '\'' or '„' &&
               text[after] is '"' or '»' or '”' or '›' or '\'' or '“';
    }
}
