using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Model;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

/// <summary>
/// The case services over a real LiteDB store in a temp file, with a fake clock starting Monday 2026-03-02
/// 09:00 UTC and a small team: ana (child safety), ben (emergency, international), cy (any), dana (national
/// security) are reviewers; eli is staff; mo is the manager.
/// </summary>
internal sealed class CaseServicesFixture : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"triagebot-services-{Guid.NewGuid():N}.db");
    private readonly LiteDbCaseStore _store;

    public CaseServicesFixture()
    {
        Options = new CasesOptions
        {
            DatabasePath = _path,
            Team =
            [
                Member("ana", "Ana Alves", ["reviewer"], ["child_safety"]),
                Member("ben", "Ben Brooks", ["reviewer"], ["emergency", "international"]),
                Member("cy", "Cy Chen", ["reviewer"], []),
                Member("dana", "Dana Diaz", ["reviewer"], ["national_security"]),
                Member("eli", "Eli Eze", ["staff"], []),
                Member("mo", "Mo Moreau", ["manager"], []),
            ],
            OnCall = new OnCallOptions
            {
                Primary = ["ana", "ben", "cy"],
                Secondary = ["dana", "eli"],
                Managers = ["mo"],
                RotationStart = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc),
                RotationDays = 7,
            },
        };
        _store = LiteDbCaseStore.Open(_path, password: null, dataKey: null, Time);
    }

    public FakeTimeProvider Time { get; } = new(Start);
    public CasesOptions Options { get; }
    public ICaseStore Store => _store;
    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    public CaseIntake Intake => new(Store, Options, Time);
    public CaseWorkflow Workflow => new(Store, Options, Time);
    public CaseAssignment Assignment => new(Store, Options, Time);
    public OnCallSchedule OnCall => new(Store, Options, Time);
    public ReminderFinder Reminders => new(Store, OnCall, Options);
    public PreservationExtension Extension => new(Store, Options, Time);
    public CaseStatistics Statistics => new(Store, Options);
    public TransparencyReport Transparency => new(Store, Options);
    public RetentionPolicy Retention => new(Store, Options, Time);

    /// <summary>A routine triaged subpoena received now; shape it with <c>with</c>.</summary>
    public CaseRecord Draft() => new()
    {
        Id = "",
        ReceivedAt = Now,
        SourceChannel = "teams",
        SubmittedBy = "eli",
        Requester = new Requester { Agency = "FBI Boston", Email = "agent@fbi.gov", Country = "United States" },
        ProcessType = LegalProcessType.Subpoena,
        Priority = Priority.P3,
        Status = CaseStatus.Triaged,
        DueAt = Now.AddDays(5),
        ContentHash = Guid.NewGuid().ToString("N"),
    };

    public Task<CaseRecord> SeedAsync(Func<CaseRecord, CaseRecord>? shape = null) =>
        Store.CreateAsync((shape ?? (d => d))(Draft()), "seed");

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string caseId) => await Store.GetAuditAsync(caseId);

    public void Dispose()
    {
        _store.Dispose();
        // LiteDB may leave a -log file next to the database.
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_path)!, Path.GetFileNameWithoutExtension(_path) + "*"))
            File.Delete(file);
    }

    private static TeamMember Member(string id, string name, List<string> roles, List<string> skills) =>
        new() { Id = id, Name = name, Roles = roles, Skills = skills };
}

/// <summary>Triage results built by hand, for rules that do not need the engine's reading of a text.</summary>
internal static class Requests
{
    public static readonly TriageFlags NoFlags = new(false, false, false, false, false, false);

    public static TriageResult Result(
        LegalProcessType type = LegalProcessType.Subpoena,
        Priority priority = Priority.P3,
        TriageFlags? flags = null,
        RequestFields? fields = null) =>
        new(type, priority, [], flags ?? NoFlags, fields ?? new RequestFields { Email = "agent@fbi.gov", Country = "United States" }, [], [], []);

    public static CaseSubmission Submission(TriageResult result, string text = "Please produce subscriber records for @harborlight_77.", DateTime? receivedAt = null) =>
        new(result, text, "pasted", [], "teams", "eli", receivedAt);
}
