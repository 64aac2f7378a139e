using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.StoreProbe;

/// <summary>The probe writer's cases, deterministic, so a test can tell exactly what each one must read back as.</summary>
public static class ProbeCases
{
    public static readonly DateTime FirstReceived = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static CaseRecord Draft(int i) => new()
    {
        Id = "",
        ReceivedAt = FirstReceived.AddMinutes(i).AddTicks(i % 10_000),
        SourceChannel = "cli",
        SubmittedBy = "probe-" + i,
        Requester = new Requester { Agency = "Probe Agency " + (i % 7), Email = $"officer{i % 13}@probe.example" },
        OriginalText = $"Request number {i}: please preserve the account probe-user-{i}.",
        ProcessType = (LegalProcessType)(i % 11),
        Priority = (Priority)(i % 4),
        Flags = i % 5 == 0 ? ["emergency"] : [],
        DueAt = FirstReceived.AddMinutes(i).AddHours(4),
        ContentHash = $"hash-{i:D8}",
        AgencyReference = $"ref-{i}",
        AccountsSpecified = i % 3,
    };
}
