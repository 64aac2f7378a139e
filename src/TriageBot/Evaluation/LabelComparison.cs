using System.Text.Json;
using TriageBot.Triage.Model;
using TriageBot.Triage.Serialization;

namespace TriageBot.Evaluation;

/// <summary>Compares one triage result with its label, check by check: type, priority, flags, fields, target
/// accounts, required and forbidden findings, and the language read.</summary>
public static class LabelComparison
{
    private static readonly string[] FieldNames =
    [
        "agencyName", "country", "city", "stateProvince", "postalCode", "address", "issuingAuthority", "contactPerson",
        "email", "replyTo", "phone", "description", "matterType", "ncmecReportIds", "accounts", "responseDeadline",
        "caseReference", "personAtRisk", "emergencyNature", "necessity", "nonDisclosurePeriod", "nonDisclosureUntil",
    ];

    public static bool KnowsField(string name) => FieldNames.Contains(name, StringComparer.Ordinal);

    public static SampleOutcome Compare(SampleLabel label, TriageResult result)
    {
        var problems = new List<string>();
        var actualType = result.ProcessType.ToWireName();
        if (!Same(actualType, label.ProcessType))
            problems.Add($"processType: expected {label.ProcessType}, got {actualType}");
        if (label.Priority is not null && !Same(label.Priority, result.Priority.ToString()))
            problems.Add($"priority: expected {label.Priority}, got {result.Priority}");

        var expectedFlags = new HashSet<string>(label.Flags ?? [], StringComparer.OrdinalIgnoreCase);
        var actualFlags = new HashSet<string>(result.Flags.Raised(), StringComparer.OrdinalIgnoreCase);
        foreach (var missing in expectedFlags.Except(actualFlags)) problems.Add($"flag {missing}: expected, not raised");
        foreach (var extra in actualFlags.Except(expectedFlags))
            // The sender check says why it doubts the sender: the reason is what a reader of the evaluation needs.
            problems.Add(result.Evidence.FirstOrDefault(e => e.About == extra && extra == "suspiciousSender") is { } why
                ? $"flag {extra}: raised, not expected ({why.Reason})"
                : $"flag {extra}: raised, not expected");

        var fieldChecks = FieldChecks(label, result).ToList();
        problems.AddRange(fieldChecks.Where(c => !c.Passed).Select(c => c.Problem));

        var findingChecks = FindingChecks(label, result).ToList();
        problems.AddRange(findingChecks.Where(c => !c.Passed).Select(c => c.Problem));

        var language = LanguageOf(result);
        if (label.Language is { } wanted && language is not null && !Same(wanted, language))
            problems.Add($"language: expected {wanted}, got {language}");

        return new SampleOutcome(label, result, problems) { DetectedLanguage = language, FieldChecks = fieldChecks, FindingChecks = findingChecks };
    }

    /// <summary>The language the engine says it read, when its JSON contract carries one (<c>language</c> at the
    /// top or among the fields); read through the contract so the evaluator needs no engine internals.</summary>
    public static string? LanguageOf(TriageResult result)
    {
        var json = JsonSerializer.SerializeToElement(TriageJson.ToJson("", result), TriageJson.Options);
        foreach (var holder in new[] { json, json.TryGetProperty("fields", out var fields) ? fields : default })
            if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty("language", out var value))
                return value.ValueKind == JsonValueKind.String ? value.GetString() :
                    value.ValueKind == JsonValueKind.Object && value.TryGetProperty("code", out var code) ? code.GetString() : null;
        return null;
    }

    private static IEnumerable<FieldCheck> FieldChecks(SampleLabel label, TriageResult result)
    {
        foreach (var (name, expected) in label.Fields ?? [])
        {
            if (name == "accounts")
            {
                foreach (var account in expected.EnumerateArray().Select(e => e.ToString()))
                {
                    var found = result.Fields.Accounts.Any(a => SameAccount(account, a.Value));
                    yield return new FieldCheck("accounts", account, found ? account : null, found,
                        $"account {account}: expected among the targets, not found");
                }
                continue;
            }
            var actual = FieldValue(result.Fields, name);
            var wanted = expected.ValueKind == JsonValueKind.Array
                ? string.Join(",", expected.EnumerateArray().Select(e => e.ToString()).Order())
                : expected.ValueKind == JsonValueKind.Null ? "" : expected.ToString();
            yield return new FieldCheck(name, wanted, actual,
                string.Equals(Normalise(wanted), Normalise(actual), StringComparison.OrdinalIgnoreCase) ||
                (name == "agencyName" && SameAgency(wanted, actual)),
                $"field {name}: expected \"{wanted}\", got \"{actual}\"");
        }
        foreach (var (name, part) in label.FieldsContain ?? [])
        {
            var actual = FieldValue(result.Fields, name);
            yield return new FieldCheck(name, part, actual,
                Squeeze(actual).Contains(Squeeze(part), StringComparison.OrdinalIgnoreCase),
                $"field {name}: expected to contain \"{part}\", got \"{actual}\"");
        }
        foreach (var account in label.ForbiddenAccounts ?? [])
        {
            var taken = result.Fields.Accounts.FirstOrDefault(a => SameAccount(account, a.Value));
            yield return new FieldCheck("accounts", $"not {account}", taken?.Value, taken is null,
                $"account {account}: taken as a target, but it is not one");
        }
    }

    private static IEnumerable<FindingCheck> FindingChecks(SampleLabel label, TriageResult result)
    {
        Finding? Raised(string code) => result.Findings.FirstOrDefault(f => Same(f.Code, code));
        foreach (var code in label.Findings ?? [])
            yield return new FindingCheck(code, Required: true, Raised(code) is not null, RaisedAsBlocker: Raised(code)?.Severity == Severity.Blocker);
        foreach (var code in label.ForbiddenFindings ?? [])
            yield return new FindingCheck(code, Required: false, Raised(code) is not null, RaisedAsBlocker: Raised(code)?.Severity == Severity.Blocker);
    }

    private static string? FieldValue(RequestFields f, string name) => name switch
    {
        "agencyName" => f.AgencyName,
        "country" => f.Country,
        "city" => f.City,
        "stateProvince" => f.StateProvince,
        "postalCode" => f.PostalCode,
        "address" => f.Address,
        "issuingAuthority" => f.IssuingAuthority,
        "contactPerson" => f.ContactPerson,
        "email" => f.Email,
        "replyTo" => f.ReplyTo,
        "phone" => f.Phone,
        "description" => f.Description,
        "matterType" => f.MatterType,
        "ncmecReportIds" => string.Join(",", f.NcmecReportIds.Order()),
        "accounts" => string.Join(",", f.Accounts.Select(a => a.Value)),
        "responseDeadline" => Date(f.ResponseDeadline),
        "caseReference" => f.CaseReference,
        "personAtRisk" => f.PersonAtRisk,
        "emergencyNature" => f.EmergencyNature,
        "necessity" => f.Necessity,
        "nonDisclosurePeriod" => f.NonDisclosurePeriod,
        "nonDisclosureUntil" => Date(f.NonDisclosureUntil),
        _ => $"(no such field: {name})",
    };

    /// <summary>"@name" and "name" are one username; phone numbers match on their last ten digits whatever the
    /// punctuation; a profile URL matches the username it ends with.</summary>
    public static bool SameAccount(string labelled, string found)
    {
        var (a, b) = (AccountKey(labelled), AccountKey(found));
        if (a == b) return true;
        var path = found.TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash >= 0 && path.Contains("://", StringComparison.Ordinal) && AccountKey(path[(slash + 1)..]) == a;
    }

    /// <summary>An agency written out and by its initials is one agency: "RCMP" and "Royal Canadian Mounted Police",
    /// "FBI" and "Federal Bureau of Investigation". The initials are those of the capitalised words, in order.</summary>
    public static bool SameAgency(string? labelled, string? found)
    {
        var (a, b) = (Normalise(labelled), Normalise(found));
        if (a.Length == 0 || b.Length == 0) return false;
        return IsInitialsOf(a, b) || IsInitialsOf(b, a);
    }

    private static bool IsInitialsOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Contains(' ') || !acronym.All(char.IsUpper)) return false;
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length > 1 && string.Equals(initials, acronym, StringComparison.Ordinal);
    }

    private static string AccountKey(string value)
    {
        var v = value.Trim().TrimStart('@').ToLowerInvariant();
        var digits = new string(v.Where(char.IsAsciiDigit).ToArray());
        var phoneLike = digits.Length >= 7 && v.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.');
        return phoneLike && (v.StartsWith('+') || v.Contains(' ') || v.Contains('-') || v.Contains('(') || digits.Length is 10 or 11)
            ? "tel:" + digits[Math.Max(0, digits.Length - 10)..]
            : v;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string Normalise(string? value) => (value ?? "").Trim();
    private static string Squeeze(string? value) => string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
