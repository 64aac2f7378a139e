namespace TriageBot.Triage.Model;

/// <summary>
/// The facts a provider needs before acting on a request (the seeds' required information), plus targets, dates
/// and references. A null or empty value means "not found in the request".
/// </summary>
public sealed record RequestFields
{
    public string? AgencyName { get; init; }
    public string? Country { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? PostalCode { get; init; }
    public string? Address { get; init; }
    public string? IssuingAuthority { get; init; }
    public string? ContactPerson { get; init; }
    public string? Email { get; init; }
    public string? ReplyTo { get; init; }
    /// <summary>E.164 when libphonenumber could parse it, otherwise as written.</summary>
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public string? MatterType { get; init; }
    public IReadOnlyList<string> AttachedDocumentation { get; init; } = [];
    public IReadOnlyList<string> NcmecReportIds { get; init; } = [];
    public IReadOnlyList<AccountIdentifier> Accounts { get; init; } = [];
    public DateRange? DateRange { get; init; }
    public DateOnly? ResponseDeadline { get; init; }
    public string? CaseReference { get; init; }
    /// <summary>The specific categories of data asked for ("subscriber information", "IP logs", ...).</summary>
    public IReadOnlyList<string> RequestedData { get; init; } = [];
    /// <summary>Emergency requests: who is in danger.</summary>
    public string? PersonAtRisk { get; init; }
    /// <summary>Emergency requests: the nature of the emergency (suicide threat, kidnapping, ...).</summary>
    public string? EmergencyNature { get; init; }
    /// <summary>Emergency requests: why the information is necessary to prevent the harm.</summary>
    public string? Necessity { get; init; }
    /// <summary>Non-disclosure order: how long user notice is withheld, as stated ("1 year", "until 2027-05-01").</summary>
    public string? NonDisclosurePeriod { get; init; }
    public DateOnly? NonDisclosureUntil { get; init; }
    /// <summary>Preservation requests: the day the earlier hold lapses, when an extension request states it ("your
    /// 90-day hold expires on December 21"). The extension must be in place by then.</summary>
    public DateOnly? PreservationHoldEnds { get; init; }
}

public enum AccountKind { Username, Email, Url, Phone, AccountId }

public sealed record AccountIdentifier(AccountKind Kind, string Value);

public sealed record DateRange(DateOnly? From, DateOnly? To);
