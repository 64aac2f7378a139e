using System.Text.Json;
using System.Text.Json.Serialization;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Serialization;

/// <summary>
/// The stable JSON contract of <c>triagebot triage --json</c> (documented in README): camelCase keys, process
/// types in snake_case, priorities "P0".."P3", severities lower-case, dates as yyyy-MM-dd. Mapped by hand so a
/// refactoring of the engine's records cannot silently change what other tools read.
/// </summary>
public static class TriageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static object ToJson(string file, TriageResult r) => new
    {
        file,
        processType = r.ProcessType.ToWireName(),
        priority = r.Priority.ToString(),
        priorityReasons = r.PriorityReasons,
        flags = new
        {
            emergency = r.Flags.Emergency,
            ncmec = r.Flags.Ncmec,
            nonUs = r.Flags.NonUs,
            suspiciousSender = r.Flags.SuspiciousSender,
            nonDisclosureOrder = r.Flags.NonDisclosureOrder,
            contentRequested = r.Flags.ContentRequested,
        },
        fields = new
        {
            agencyName = r.Fields.AgencyName,
            country = r.Fields.Country,
            city = r.Fields.City,
            stateProvince = r.Fields.StateProvince,
            postalCode = r.Fields.PostalCode,
            address = r.Fields.Address,
            issuingAuthority = r.Fields.IssuingAuthority,
            contactPerson = r.Fields.ContactPerson,
            email = r.Fields.Email,
            replyTo = r.Fields.ReplyTo,
            phone = r.Fields.Phone,
            description = r.Fields.Description,
            matterType = r.Fields.MatterType,
            attachedDocumentation = r.Fields.AttachedDocumentation,
            ncmecReportIds = r.Fields.NcmecReportIds,
            accounts = r.Fields.Accounts.Select(a => new { kind = KindName(a.Kind), value = a.Value }),
            dateRange = r.Fields.DateRange is { } range ? new { from = Date(range.From), to = Date(range.To) } : null,
            responseDeadline = Date(r.Fields.ResponseDeadline),
            caseReference = r.Fields.CaseReference,
            requestedData = r.Fields.RequestedData,
            personAtRisk = r.Fields.PersonAtRisk,
            emergencyNature = r.Fields.EmergencyNature,
            necessity = r.Fields.Necessity,
            nonDisclosurePeriod = r.Fields.NonDisclosurePeriod,
            nonDisclosureUntil = Date(r.Fields.NonDisclosureUntil),
            // Added in round 23, at the end of the fields.
            preservationHoldEnds = Date(r.Fields.PreservationHoldEnds),
        },
        missingFields = r.MissingFields,
        findings = r.Findings.Select(f => new { code = f.Code, severity = SeverityName(f.Severity), message = f.Message, evidence = f.Evidence }),
        evidence = r.Evidence.Select(e => new { about = e.About, reason = e.Reason, text = e.Text, offset = e.Offset, length = e.Length }),
        // Added after the first contract: at the end, so the documented order is kept.
        language = r.Language,
        followUpOf = r.FollowUpOf,
        withdrawn = r.Withdrawn,
        requestDate = Date(r.RequestDate),
        typeSource = r.TypeSource,
        emergencySource = r.EmergencySource,
        contentSource = r.ContentSource,
    };

    /// <summary>The entry for an input that could not be read: same position in the array, an error instead.</summary>
    public static object ErrorJson(string file, string error) => new { file, error };

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string KindName(AccountKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
