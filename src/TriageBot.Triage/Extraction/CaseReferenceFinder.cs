using System.Text.RegularExpressions;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// The agency's own number for the matter. A request often carries several labelled numbers ("GJ No. 26 GJ 0412 /
/// Subpoena No. 2026-118", "Ofício nº 2771/2026 - Processo nº 1504418-22.2026.8.26.0114"): the number of the case
/// outranks the number of the paper that carries it, and a court's docket number in its standard shape is a case
/// number wherever it stands. Without a label: the subject line, a letterhead's coded reference, or initials and a
/// number in brackets ("(NYSP 12998471)").
/// </summary>
internal static class CaseReferenceFinder
{
    // A reference token: "2026-CR-00412", "SP26-338104", "1:26-cv-04821-LJK", a German file number "4 Js 3381/26",
    // and (round 21) a federal grand jury's "26 GJ 0412" or a series of two capitals before its number ("BR 26-41",
    // "RC 26/4418"); the capitals are checked in code, as the patterns ignore case.
    private const string Ref = @"(?<ref>\d{1,4}\s+[A-Za-z]{1,4}\s+\d{1,7}/\d{2,4}([a-z]\b)?|\d{2}\s+[A-Z]{2,3}\s+\d{3,8}\b|[A-Z]{2}\s+\d{1,4}[-/]\d{1,6}\b|[A-Z0-9][A-Z0-9/._:-]{2,40})";

    private static readonly Regex CaseLabel = Patterns.Build(
        $@"\b((case|file|incident|investigation|inquiry|matter|docket|cause|complaint|control|operation|report|agency\s+case|event)\s*(no\.?|number|nr\.?|num\.?|#|n°|nº|id|ref(erence)?\.?)?\s*[:#.]?\s*{Ref}" +
        $@"|\b(dr|cr|ir|rd|cc|ccn|dc)\s*(no\.?|number|nr\.?|#)\s*[:#.]?\s*{Ref}" +
        // Round 21: a complaint or dispatch number after its initials alone ("MPD CCN 26-281144", "CAD 2214/07DEC26").
        $@"|\b(ccn|cad)\s*[:#]?\s*{Ref}" +
        // An Italian criminal proceeding's number ("Proc. pen. n. 18842/26 RGNR", "procedimento penale n.").
        $@"|\bproc(\.|edimento)\s*pen(\.|ale)\s*(n\.?|nr\.?|n[°º]\.?)\s*{Ref}" +
        $@"|(our|agency)\s+(file|ref(erence)?|case)\.?\s*(no\.?|number|#)?\s*[:#]?\s*{Ref}" +
        // "Our ref: E 88431207": the agency's one-letter series stands apart from the number, and is part of it.
        @"|(our|agency)\s+(file|ref(erence)?|case)\.?\s*:\s*(?<ref>[A-Z][ ]\d{5,12})\b" +
        $@"|(reference|ref\.?)\s*(no\.?|number|#)?\s*:\s*{Ref}" +
        // "Réf. PCV-2026-118204", "Rif. 4471/26", "N/Ref.ª": the abbreviation's dot stands for the colon.
        $@"|\b(r[ée]f|rif)\.[ºª]?\s*(n[°º.]?\s*)?[:#]?\s*{Ref}" +
        $@"|(civil\s+action|criminal\s+(action|case)|misc(ellaneous)?|mag(istrate)?)?\s*\bno\.\s*{Ref}" +
        $@"|((ons\s+)?kenmerk|notitienummer|registratienummer|dossiernummer|zaaknummer|parketnummer|proces-verbaalnummer|vorgangsnummer|tagebuchnummer|num[eé]ro\s+de\s+dossier|n[uú]mero\s+de\s+(caso|expediente|processo)|numero\s+di\s+procedimento|processo\s+n\.?[ºo°]?|inqu[eé]rito(\s+policial)?\s+n\.?[ºo°]?|NUIPC)\s*[:#]?\s*{Ref}" +
        $@"|(aktenzeichen|az\.|tgb\.?-?nr\.?|gesch[aä]ftszeichen|n°\s+de\s+proc[eé]dure|num[eé]ro\s+de\s+proc[eé]dure|proc[eé]dure\s+n°|r[eé]f[eé]rence|diligencias(\s+previas)?|atestado|expediente|procedimiento" +
        // "Geschäfts-Nr. KAPO-26-…", "GZ: LPD-W-…", "Ofício n.º 1147/2026", "Carpeta Fiscal N.º 4471-2026", "RUC 2600911473-K",
        // "Prot. GdF-…", "PV n° 2026/004471", "Dossier : 026-SQ-…": the file-number labels of the other languages read.
        $@"|gesch[aä]fts-?(nr|nummer|zahl)\.?|\bgz|of[ií]cio|carpeta(\s+fiscal|\s+de\s+investigaci[oó]n)?|\bruc|\brit|prot\.|protocollo|\bpv|dossier)\s*(n\.?\s*[°º]\.?|n[°º]\.?|nr\.?|no\.?|n[uú]m\.?|number|n\.)?\s*[:#]?\s*{Ref})");

    // The provider's own number quoted back: "your reference", "uw kenmerk", "votre réf.", "Ihr Zeichen".
    private static readonly Regex YourReference = Patterns.Build(@"\b(your|uw|votre|vos|su|vostro|vosso|ihr)\s+(ticket\s+|own\s+)?$|\by$");

    public static string? Find(NormalizedText text, string? subject) =>
        Fullest(text.Value, Labelled(text.Value) ?? FromSubject(subject) ?? FromSubject(BodySubject(text)) ?? LetterheadReference(text) ?? InBrackets(text.Value));

    // A judge's initials after a docket number ("1:26-cv-23318-KMW"), which a subject line or a covering note leaves off.
    private static readonly Regex JudgeInitials = Patterns.Build(@"\A-[A-Z]{2,4}\b", ignoreCase: false);

    /// <summary>Round 23: the same number written more fully elsewhere in the text: with the judge's initials after it,
    /// or with the zero a scan read as a letter O ("26-SW-O2291" on the scanned caption, "26-SW-02291" on the cover).</summary>
    private static string? Fullest(string text, string? reference)
    {
        if (reference is null || reference.Length < 6) return reference;
        for (var at = text.IndexOf(reference, StringComparison.Ordinal); at >= 0; at = text.IndexOf(reference, at + 1, StringComparison.Ordinal))
        {
            var end = at + reference.Length;
            if (JudgeInitials.Match(text, end, Math.Min(6, text.Length - end)) is { Success: true } initials)
                return reference + initials.Value;
        }
        if (reference.Contains('O') && ZeroForLetterO(reference) is var zeroed && zeroed != reference && text.Contains(zeroed, StringComparison.Ordinal))
            return zeroed;
        return reference;
    }

    /// <summary>The reference with each letter O that stands before a digit, after a digit or a separator, read as 0.</summary>
    private static string ZeroForLetterO(string reference)
    {
        var chars = reference.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != 'O') continue;
            var before = i > 0 ? chars[i - 1] : ' ';
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if (char.IsDigit(after) && (char.IsDigit(before) || before is '-' or '/') || char.IsDigit(before) && (after is '-' or '/')) chars[i] = '0';
        }
        return new string(chars);
    }

    /// <summary>Whether a label gives the number of the paper itself (a subpoena's, an ofício's, a protocol's) or the
    /// matter's own (a case, file or docket number, the agency's reference).</summary>
    private enum Standing { Paper = 1, Own = 2 }

    private static readonly Regex PaperWordBefore = Patterns.Build(
        @"\b(subpoena|order|warrant|letter|request|requisition|summons|notice|certificate|demand|of[ií]cio|oficio|prot\.|protocollo)\s*(no\.?|number|nr\.?|num\.?|#|n[°º]\.?|n\.?\s*[°º]\.?|n\.)?\s*[:#.]?\s*\z");

    private static Standing StandingOf(string text, int labelStart, int referenceStart)
    {
        var from = Math.Max(0, Math.Min(labelStart, referenceStart - 40));
        var label = text.AsSpan(from, referenceStart - from);
        return PaperWordBefore.IsMatch(label) ? Standing.Paper : Standing.Own;
    }

    // A U.S. district court's docket number ("2:26-mj-03391", "1:26-mc-02231-RML") and Brazil's unified court-case
    // number ("1504418-22.2026.8.26.0114"): shapes no other number takes.
    private static readonly Regex CourtNumber = Patterns.Build(
        @"\b([A-Z]{1,4}-|\d:)?\d{2}-([mM][jJcC]|[cC][rRvV]|[sS][wWcC]|[gG][jJ]|[pP][oO]|[dD][mM]|[mM])-\d{3,6}(-[A-Z]{2,4})?\b|\b\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}\b", ignoreCase: false);

    // An Italian register's initials after the number ("18842/26 RGNR", "R.G.N.R.") belong to it.
    private static readonly Regex RegisterAfter = Patterns.Build(@"^\s{1,3}(?<register>R\.G\.N\.R\.|RGNR\b|R\.G\.\s?GIP\b|RG\s?GIP\b)");

    private static string? Labelled(string text)
    {
        string? best = null;
        var bestStanding = (Standing)0;
        var bestOffset = int.MaxValue;
        foreach (Match m in CaseLabel.Matches(text))
        {
            // A label must start a word, and "your reference ..." is the provider's own number quoted back.
            var start = m.Index;
            while (start < m.Index + m.Length && char.IsWhiteSpace(text[start])) start++;
            if (start > 0 && char.IsLetter(text[start - 1])) continue;
            if (YourReference.IsMatch(text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start)))) continue;
            var group = m.Groups["ref"];
            var reference = Patterns.Clean(group.Value).TrimEnd(':', '-', '/');
            // "Incident number: DPD 26-611904", "Ons kenmerk: ON-DRR-CC 2026-118837": the agency's initials stand
            // before the number, and the reference is written with them (as the agency will quote it back).
            if (!reference.Any(char.IsDigit) && reference.Length <= 12 && reference.All(c => char.IsLetter(c) || c == '-') &&
                AfterInitials.Match(text.Substring(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length))) is { Success: true } next)
            {
                var number = Patterns.Clean(next.Groups["ref"].Value).TrimEnd(':', '-', '/');
                reference = IsInitials(reference) ? $"{reference} {number}" : number;
            }
            // Words in small letters inside a spaced reference are prose ("12 of 2026"), not a series' capitals.
            if (reference.Contains(' ') && reference.Any(char.IsLower) && !GermanFileNumber(reference)) continue;
            if (reference.Length < 3 || !reference.Any(char.IsDigit)) continue;
            // A bare year or a plain small number is prose ("case 2026"), not a reference; a date is no reference.
            if (reference.All(char.IsDigit) && reference.Length < 5) continue;
            if (IsDate(reference)) continue;
            // "Report No. 123456789" after "CyberTipline" is NCMEC's number, not the agency's.
            var before = text.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
            if (IgnoreCase.Contains(before, "cybertip") || IgnoreCase.Contains(before, "ncmec")) continue;
            var end = group.Index + group.Length;
            if (RegisterAfter.Match(text, end, Math.Min(16, text.Length - end)) is { Success: true } register)
                reference = $"{reference} {register.Groups["register"].Value}";
            // A dispatch number is quoted with its initials ("CAD 2214/07DEC26").
            if (text.AsSpan(start, Math.Min(3, text.Length - start)).Equals("CAD", StringComparison.Ordinal) && !reference.StartsWith("CAD", StringComparison.Ordinal))
                reference = $"CAD {reference}";
            var standing = StandingOf(text, start, group.Index);
            if (standing > bestStanding) (best, bestStanding, bestOffset) = (reference, standing, m.Index);
            if (standing == Standing.Own) break;
        }
        // A docket number written before the first labelled number of the matter's own is the case's.
        var court = CourtNumber.Match(text);
        return court.Success && (bestStanding < Standing.Own || court.Index < bestOffset) ? court.Value : best;
    }

    private static bool IsDate(string reference) =>
        DateFinder.Find(reference, dayFirst: false) is [{ Offset: 0 } date] && date.Length == reference.Length;

    // "4 Js 3381/26": a German prosecutor's register letters stand in small letters between the numbers.
    private static bool GermanFileNumber(string reference) => reference.Contains('/') && char.IsDigit(reference[0]);

    // Initials and a number alone in brackets ("(NYSP 12998471)", "(NSL 26-CT-00917)"), the last resort; currencies,
    // standards and time zones take the same shape.
    private static readonly Regex BracketedReference = Patterns.Build(@"\((?<ref>[A-Z]{2,6}[ ][A-Z0-9]{0,6}\d[A-Z0-9/._:-]{2,30})\)", ignoreCase: false);

    private static readonly HashSet<string> NotAgencies = new(StringComparer.Ordinal)
        { "USD", "EUR", "GBP", "CAD", "AUD", "BRL", "CHF", "ISO", "RFC", "UTC", "GMT", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "MST", "MDT", "BRT", "IP", "ID", "IPV", "SHA", "MD", "TLS", "USC", "CFR", "GDPR" };

    private static string? InBrackets(string text)
    {
        foreach (Match m in BracketedReference.Matches(text))
        {
            var reference = m.Groups["ref"].Value;
            if (!NotAgencies.Contains(reference[..reference.IndexOf(' ')])) return reference;
        }
        return null;
    }

    private static readonly Regex AfterInitials = Patterns.Build(@"^[ \t]+(?<ref>[0-9][A-Z0-9/._:-]{2,40})");

    /// <summary>An agency's initials: capitals, maybe hyphenated ("TPD", "ON-DRR-CC"), at least two letters.</summary>
    private static bool IsInitials(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterUpper(c) || c == '-') && word[0] != '-';

    private static readonly Regex SubjectReference = Patterns.Build(
        // After a word or a dash: "Vordering gebruikersgegevens – PL2100-2026447193".
        @"\b[A-Za-z]{2,20}(\s+[-–—])?\s+(no\.?\s*|#\s*)?(?<ref>[A-Za-z]{0,4}\d{2,8}-[A-Za-z0-9-]{2,20})\b" +
        // "Solicitud de información - CI 44871/2026": a file number with its year after a slash.
        @"|\b[A-Za-z]{2,14}\s+(no\.?\s*|#\s*)?(?<ref>\d{3,8}/(19|20)\d{2})\b");

    /// <summary>Subjects often carry the agency's number after its acronym: "Search Warrant - OCSD 26-204417".</summary>
    private static string? FromSubject(string? subject)
    {
        if (subject is null) return null;
        var m = SubjectReference.Match(subject);
        if (!m.Success) return null;
        var reference = m.Groups["ref"].Value;
        // A count of days or hours ("180-day non-disclosure") has no digit after its hyphen.
        var hyphen = reference.IndexOf('-');
        if (hyphen >= 0 && !reference.AsSpan(hyphen).ContainsAnyInRange('0', '9')) return null;
        if (IsDate(reference)) return null;
        // In a subject the acronym tags the agency ("Subpoena - SFPD 26-088417"); the number is the reference.
        return reference;
    }

    // A subject line in the body of a pasted letter or memo ("Re: Emergency request - NPD 26-CH-10447").
    private static readonly string[] SubjectWords = ["re", "subject", "betreff", "objet", "asunto", "assunto", "oggetto", "onderwerp"];

    /// <summary>The first subject line among the text's first lines, without its label.</summary>
    private static string? BodySubject(NormalizedText text)
    {
        for (var i = 0; i < Math.Min(text.LineCount, 40); i++)
        {
            var line = text.Line(i).TrimStart(" \t>");
            var colon = line.IndexOf(':');
            if (colon is < 2 or > 10) continue;
            var label = line[..colon].TrimEnd().ToString();
            if (SubjectWords.Contains(label, StringComparer.OrdinalIgnoreCase)) return line[(colon + 1)..].ToString();
        }
        return null;
    }

    // An agency-coded reference standing alone under a letterhead: "BCI-2026-CC-04471", "OCEANZ-2026-00447 · …".
    private static readonly Regex CodedReference = Patterns.Build(@"^[A-Z][A-Za-z]{1,9}(-[A-Z0-9]{1,6}){0,3}-(19|20)\d\d(-[A-Z0-9]{1,6}){0,2}-?\d{3,8}$", ignoreCase: false);

    /// <summary>A letterhead's reference with no label: the first word of one of the first lines, alone on the
    /// line or set off by a gap or a dot, shaped like an agency's file code (its letters, the year, a number).</summary>
    private static string? LetterheadReference(NormalizedText text)
    {
        for (var i = 0; i < Math.Min(text.LineCount, 12); i++)
        {
            var line = text.Line(i).Trim();
            if (line.Length < 8 || !char.IsAsciiLetterUpper(line[0])) continue;
            var end = line.IndexOfAny(' ', '\t');
            var word = (end < 0 ? line : line[..end]).ToString();
            var rest = end < 0 ? "" : line[end..].ToString();
            if (rest.Length > 0 && !rest.StartsWith("  ") && !rest.TrimStart().StartsWith('·') && !rest.TrimStart().StartsWith('|')) continue;
            if (word.Length is >= 8 and <= 40 && CodedReference.IsMatch(word)) return word;
        }
        return null;
    }
}
