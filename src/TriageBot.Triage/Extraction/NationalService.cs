using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// A national or federal police service named by its short name alone ("FBI Phoenix", "Politie Eenheid Rotterdam",
/// "direction … de la police nationale", a Questura writing from poliziadistato.it). The agency-name reader looks for
/// "X Police Department"-shaped names; these services sign with a bare acronym or a name of their own, so the letter
/// has an agency but that reader finds none. Read only where a letter names its own agency — the letterhead, the
/// signature, the sender's domain — since a body sentence ("we have informed the FBI") names someone else.
/// </summary>
internal static class NationalService
{
    /// <summary>A service: the name a reviewer files it under, how the text writes it, and the domain labels it mails from.</summary>
    /// <param name="Unit">Round 22: a service whose regional units sign with their own name ("Politie Eenheid
    /// Rotterdam"): the name a reviewer files is the unit's, not the bare service.</param>
    private sealed record Service(string Canonical, Regex Written, string[] DomainLabels, Regex? Unit = null);

    private static Service S(string canonical, string written, bool ignoreCase, params string[] domainLabels) =>
        new(canonical, Patterns.Build(@"\b(" + written + @")\b", ignoreCase), domainLabels);

    /// <summary>The unit the letterhead or signature names, written as a name ("Politie Eenheid Rotterdam"), or the
    /// service's own name when none is named.</summary>
    private static string WithUnit(Service service, ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        if (service.Unit is null) return service.Canonical;
        foreach (var part in new[] { head.ToString(), tail.ToString() })
            if (service.Unit.Match(part) is { Success: true } unit)
                return string.Join(' ', unit.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()))));
        return service.Canonical;
    }

    // Acronyms are read in capitals only (a "dea" or "atf" in lower case is another word); names in any case.
    private static readonly Service[] Services =
    [
        S("FBI", "FBI", false, "fbi"),
        S("DEA", "DEA", false, "dea"),
        S("ATF", "ATF", false, "atf"),
        S("RCMP", "RCMP|GRC", false, "rcmp", "grc"),
        S("Police nationale", @"police\s+nationale", true),
        S("Gendarmerie nationale", @"gendarmerie\s+nationale", true),
        S("Polícia Federal", @"pol[ií]cia\s+federal", true, "dpf"),
        S("Polícia Judiciária", @"pol[ií]cia\s+judici[aá]ria", true, "policiajudiciaria"),
        S("Polícia Civil", @"pol[ií]cia\s+civil", true, "policiacivil"),
        S("Polizia di Stato", @"polizia\s+di\s+stato", true, "poliziadistato"),
        S("Carabinieri", @"(arma\s+dei\s+)?carabinieri", true, "carabinieri"),
        S("Guardia di Finanza", @"guardia\s+di\s+finanza", true, "gdf"),
        S("Politie", @"politie", true, "politie") with
        {
            Unit = Patterns.Build(@"\bpolitie\s+(eenheid\s+)?(amsterdam|rotterdam|den\s+haag|limburg|zeeland-west-brabant|oost-brabant|noord-holland|noord-nederland|oost-nederland|midden-nederland)\b", ignoreCase: true),
        },
        S("Policía Nacional", @"polic[ií]a\s+nacional", true, "policianacional"),
        S("Guardia Civil", @"guardia\s+civil", true, "guardiacivil"),
        S("Bundeskriminalamt", @"bundeskriminalamt|BKA", true, "bka"),
        S("Bundespolizei", @"bundespolizei", true, "bundespolizei"),
    ];

    // The letterhead: the opening of the text; the signature: its close.
    private const int Head = 1200;
    private const int Tail = 700;

    /// <summary>The service the letter names in its letterhead or signature, else the one its sender's domain is;
    /// null when neither names one.</summary>
    public static string? Find(string text, string? senderEmail)
    {
        var head = text.AsSpan(0, Math.Min(Head, text.Length));
        var tail = text.AsSpan(Math.Min(text.Length, Math.Max(Head, text.Length - Tail)));
        foreach (var service in Services)
            if (service.Written.IsMatch(head) || (tail.Length > 0 && service.Written.IsMatch(tail)))
                return WithUnit(service, head, tail);
        return FromDomain(senderEmail);
    }

    /// <summary>The service whose own domain the address is on ("…@politie.nl", "…@rcmp-grc.gc.ca").</summary>
    public static string? FromDomain(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        if (at < 0) return null;
        var labels = email![(at + 1)..].ToLowerInvariant().Split('.', '-');
        foreach (var service in Services)
            if (service.DomainLabels.Any(d => labels.Contains(d, StringComparer.Ordinal)))
                return service.Canonical;
        return null;
    }
}
