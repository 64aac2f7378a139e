using TriageBot.Triage.Serialization;
using TriageBot.Triage.Model;

namespace TriageBot.Reports;

/// <summary>The human-readable report of <c>triagebot triage</c>: what it is, how urgent, why, what is missing,
/// and the legal findings, blockers first.</summary>
public static class TriageReport
{
    public static void Write(TextWriter output, string file, TriageResult r)
    {
        output.WriteLine($"== {file}");
        output.WriteLine($"Type:      {r.ProcessType.Describe()} ({r.ProcessType.ToWireName()})");
        output.WriteLine($"Priority:  {r.Priority} - {string.Join("; ", r.PriorityReasons)}");
        var raised = r.Flags.Raised().ToList();
        output.WriteLine($"Flags:     {(raised.Count == 0 ? "none" : string.Join(", ", raised))}");

        var why = r.Evidence.Where(e => e.About == "processType").Select(e => Quote(e.Text)).Distinct().Take(3).ToList();
        if (why.Count > 0) output.WriteLine($"Why:       {string.Join(", ", why)}");
        foreach (var group in r.Evidence.Where(e => e.About != "processType").GroupBy(e => e.About))
        {
            var first = group.First();
            output.WriteLine($"  {group.Key}: {first.Reason}{(first.Text.Length > 0 ? $" - {Quote(first.Text)}" : "")}");
        }

        output.WriteLine();
        output.WriteLine("Requester");
        Line(output, "Agency", r.Fields.AgencyName);
        Line(output, "Issued by", r.Fields.IssuingAuthority);
        Line(output, "Contact", r.Fields.ContactPerson);
        Line(output, "E-mail", r.Fields.Email + (r.Fields.ReplyTo is { } reply && reply != r.Fields.Email ? $" (Reply-To {reply})" : ""));
        Line(output, "Phone", r.Fields.Phone);
        Line(output, "Address", Join(r.Fields.Address, r.Fields.City, r.Fields.StateProvince, r.Fields.PostalCode, r.Fields.Country));
        Line(output, "Reference", r.Fields.CaseReference);

        output.WriteLine("Request");
        Line(output, "About", r.Fields.Description);
        Line(output, "Matter", r.Fields.MatterType);
        Line(output, "Accounts", string.Join(", ", r.Fields.Accounts.Select(a => a.Value)));
        Line(output, "Data asked", string.Join(", ", r.Fields.RequestedData));
        Line(output, "Period", r.Fields.DateRange is { } d ? $"{d.From?.ToString("yyyy-MM-dd") ?? "?"} to {d.To?.ToString("yyyy-MM-dd") ?? "present"}" : null);
        Line(output, "Deadline", r.Fields.ResponseDeadline?.ToString("yyyy-MM-dd"));
        Line(output, "NCMEC", string.Join(", ", r.Fields.NcmecReportIds));
        Line(output, "At risk", r.Fields.PersonAtRisk);
        Line(output, "Emergency", r.Fields.EmergencyNature);
        Line(output, "Documents", string.Join(", ", r.Fields.AttachedDocumentation));

        output.WriteLine();
        output.WriteLine(r.MissingFields.Count == 0
            ? "Missing:   nothing required is missing"
            : "Missing:   " + string.Join("; ", r.MissingFields.Select(RequestFieldNames.Describe)));

        if (r.Findings.Count > 0)
        {
            output.WriteLine("Findings:");
            foreach (var f in r.Findings.OrderByDescending(f => f.Severity))
                output.WriteLine($"  [{TriageJson.SeverityName(f.Severity)}] {f.Code}: {f.Message}");
        }
        output.WriteLine();
    }

    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) output.WriteLine($"  {label,-11}{value}");
    }

    private static string? Join(params string?[] parts)
    {
        // A street line that already holds the city, state or ZIP ("475 S 300 E, Salt Lake City, UT 84111") is not
        // followed by them again.
        var present = new List<string>();
        foreach (var part in parts)
            if (!string.IsNullOrWhiteSpace(part) && !present.Any(p => System.Text.RegularExpressions.Regex.IsMatch(p, $@"\b{System.Text.RegularExpressions.Regex.Escape(part)}\b",
                    System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)))
                present.Add(part);
        return present.Count == 0 ? null : string.Join(", ", present);
    }

    private static string Quote(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return "\"" + (oneLine.Length > 80 ? oneLine[..79] + "…" : oneLine) + "\"";
    }
}
