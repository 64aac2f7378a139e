using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>Case drafts for store tests: one with every member set to a non-default value, and plain ones.</summary>
internal static class SampleCases
{
    public static readonly DateTime Received = new DateTime(2026, 11, 20, 8, 30, 15, DateTimeKind.Utc).AddTicks(1234567);

    public static CaseRecord Full() => new()
    {
        Id = "ignored",
        Year = 1999,
        Sequence = 77,
        ReceivedAt = Received,
        SourceChannel = "teams",
        SubmittedBy = "  jane.doe@northwind-labs.com  ",
        Requester = new Requester { Agency = "Springfield PD", Contact = "Det. Jane Roe", Email = "jroe@springfield.il.us", Phone = "+1 217 555 0100", Country = "US" },
        TriageJson = """{"process_type":"subpoena","priority":"P1"}""",
        OriginalText = "GRAND JURY SUBPOENA\n\nProduce basic subscriber information for @darkfox99.\n",
        AttachmentNames = ["subpoena.pdf", "cover letter.eml"],
        ProcessType = LegalProcessType.Subpoena,
        Priority = Priority.P1,
        Flags = ["ncmec", "emergency"],
        Status = CaseStatus.InReview,
        Assignee = "alice",
        AssignedAt = Received.AddMinutes(5),
        AcknowledgedAt = Received.AddMinutes(6),
        RespondedAt = Received.AddDays(2),
        ClosedAt = Received.AddDays(3),
        DueAt = Received.AddHours(4),
        LegalDeadline = Received.AddDays(5),
        PreservationExpiresAt = Received.AddDays(90),
        PreservationExtendedAt = Received.AddDays(80),
        NonDisclosureUntil = Received.AddDays(365),
        Tags = ["gang", ""],
        ContentHash = "3f1a",
        AgencyReference = "2026-cr-00412",
        LinkedCases = ["LE-2026-00001"],
        AccountsSpecified = 3,
        Outcome = ResponseOutcome.NonContentProduced,
        Version = 42,
    };

    public static CaseRecord Draft(DateTime? received = null, Priority priority = Priority.P2, CaseStatus status = CaseStatus.New,
        string? assignee = null, LegalProcessType processType = LegalProcessType.Subpoena, DateTime? due = null,
        DateTime? closedAt = null, string contentHash = "", string? agencyReference = null, string? email = null, string text = "text")
    {
        var at = received ?? Received;
        return new CaseRecord
        {
            Id = "",
            ReceivedAt = at,
            Priority = priority,
            Status = status,
            Assignee = assignee,
            ProcessType = processType,
            DueAt = due ?? at.AddDays(1),
            ClosedAt = closedAt,
            ContentHash = contentHash,
            AgencyReference = agencyReference,
            Requester = new Requester { Email = email },
            OriginalText = text,
        };
    }
}
