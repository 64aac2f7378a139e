using System.Globalization;
using System.Text.RegularExpressions;
using TriageBot.Triage.Model;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Flows;

/// <summary>
/// Puts what the user typed for a missing field into the triage result, so the case (requester e-mail, target
/// accounts, NCMEC numbers) and its missing list reflect it. The words themselves are also kept in a note on the
/// case; the stored request text stays as received, so the same request pasted again is still recognised.
/// </summary>
internal static partial class FieldAnswers
{
    public static TriageResult Apply(TriageResult result, IReadOnlyDictionary<string, string> answers)
    {
        var fields = result.Fields;
        foreach (var (name, value) in answers) fields = Apply(fields, name, value.Trim());
        return result with { Fields = fields, MissingFields = [.. result.MissingFields.Where(f => !answers.ContainsKey(f))] };
    }

    private static RequestFields Apply(RequestFields f, string name, string value) => name switch
    {
        "agencyName" => f with { AgencyName = value },
        "country" => f with { Country = value },
        "city" => f with { City = value },
        "stateProvince" => f with { StateProvince = value },
        "postalCode" => f with { PostalCode = value },
        "address" => f with { Address = value },
        "issuingAuthority" => f with { IssuingAuthority = value },
        "contactPerson" => f with { ContactPerson = value },
        "email" => f with { Email = value.ToLowerInvariant() },
        "phone" => f with { Phone = value },
        "description" => f with { Description = value },
        "matterType" => f with { MatterType = value },
        "attachedDocumentation" => f with { AttachedDocumentation = [.. f.AttachedDocumentation, value] },
        "ncmecReportIds" => f with { NcmecReportIds = [.. f.NcmecReportIds, .. ReportNumbers(value)] },
        "accounts" => f with { Accounts = [.. f.Accounts, .. value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Account)] },
        // Checked before it gets here (MissingFieldsForm.Problem): an unreadable date is refused, never dropped.
        "responseDeadline" => InputChecks.TryParseDate(value, out var d) ? f with { ResponseDeadline = d } : f,
        "caseReference" => f with { CaseReference = value },
        "requestedData" => f with { RequestedData = [.. f.RequestedData, value] },
        "personAtRisk" => f with { PersonAtRisk = value },
        "emergencyNature" => f with { EmergencyNature = value },
        "necessity" => f with { Necessity = value },
        _ => f,
    };

    private static IEnumerable<string> ReportNumbers(string value)
    {
        var numbers = Digits().Matches(value).Select(m => m.Value).ToList();
        return numbers.Count > 0 ? numbers : [value];
    }

    private static AccountIdentifier Account(string value) =>
        value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? new(AccountKind.Url, value)
        : value.Contains('@') && value.IndexOf('@') > 0 ? new(AccountKind.Email, value.ToLowerInvariant())
        : new(AccountKind.Username, value);

    [GeneratedRegex(@"\d{5,12}", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
