using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

public sealed class CaseStatisticsTests : IDisposable
{
    private static readonly DateTime March = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime April = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task March_in_numbers()
    {
        await SeedMarchAsync();

        var stats = await _desk.Statistics.ComputeAsync(March, April);

        Assert.Equal(4, stats.Total);
        Assert.Equal(new Dictionary<string, int> { ["emergency"] = 1, ["preservation"] = 1, ["search_warrant"] = 1, ["subpoena"] = 1 }, stats.ByType);
        Assert.Equal(new Dictionary<string, int> { ["closed"] = 2, ["in_review"] = 1, ["responded"] = 1 }, stats.ByStatus);
        Assert.Equal(new Dictionary<string, int> { ["P0"] = 1, ["P2"] = 1, ["P3"] = 2 }, stats.ByPriority);
        Assert.Equal(new Dictionary<string, int> { ["Germany"] = 1, ["United States"] = 3 }, stats.ByCountry);
        Assert.Equal(TimeSpan.FromHours(2), stats.MedianTimeToAssign);   // 10m, 1h, 3h, 5h
        Assert.Equal(TimeSpan.FromDays(4.5), stats.MedianTimeToClose);  // 3d, 6d
        Assert.Equal((3, 2), (stats.Answered, stats.AnsweredOnTime));   // the emergency answered late
        Assert.Equal(2.0 / 3, stats.AnsweredOnTimeShare!.Value, 6);
        Assert.Equal((1, 1, 1), (stats.Emergency, stats.Preservation, stats.UnderNonDisclosure));
        Assert.Equal(0.25, stats.NonDisclosureShare);
    }

    [Fact]
    public async Task A_case_received_at_the_end_of_the_window_counts_in_the_next()
    {
        await SeedMarchAsync();

        var april = await _desk.Statistics.ComputeAsync(April, April.AddMonths(1));

        Assert.Equal(1, april.Total);
    }

    [Fact]
    public async Task An_empty_period_has_no_medians_or_shares()
    {
        await SeedMarchAsync();

        var may = await _desk.Statistics.ComputeAsync(April.AddMonths(1), April.AddMonths(2));

        Assert.Equal(0, may.Total);
        Assert.Null(may.MedianTimeToAssign);
        Assert.Null(may.MedianTimeToClose);
        Assert.Null(may.AnsweredOnTimeShare);
        Assert.Null(may.NonDisclosureShare);
    }

    private async Task SeedMarchAsync()
    {
        var us = new Requester { Agency = "FBI", Email = "agent@fbi.gov", Country = "United States" };
        var t = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        await _desk.SeedAsync(d => d with
        {
            ProcessType = LegalProcessType.Subpoena, Priority = Priority.P3, Requester = us, ReceivedAt = t,
            AssignedAt = t.AddHours(1), DueAt = t.AddDays(5), RespondedAt = t.AddDays(2), ClosedAt = t.AddDays(3),
            Status = CaseStatus.Closed, Outcome = ResponseOutcome.NonContentProduced,
        });
        var e = new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc);
        await _desk.SeedAsync(d => d with
        {
            ProcessType = LegalProcessType.Emergency, Flags = ["emergency"], Priority = Priority.P0, Requester = us, ReceivedAt = e,
            AssignedAt = e.AddMinutes(10), DueAt = e.AddMinutes(15), RespondedAt = e.AddHours(2),
            Status = CaseStatus.Responded, Outcome = ResponseOutcome.ContentProduced,
        });
        var p = new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
        await _desk.SeedAsync(d => d with
        {
            ProcessType = LegalProcessType.Preservation, Priority = Priority.P3, ReceivedAt = p,
            Requester = new Requester { Agency = "BKA", Email = "x@bka.bund.de", Country = "Germany" },
            AssignedAt = p.AddHours(3), DueAt = p.AddDays(5), Status = CaseStatus.InReview, Assignee = "ben",
        });
        var w = new DateTime(2026, 3, 20, 8, 0, 0, DateTimeKind.Utc);
        await _desk.SeedAsync(d => d with
        {
            ProcessType = LegalProcessType.SearchWarrant, Priority = Priority.P2, Requester = us, ReceivedAt = w,
            AssignedAt = w.AddHours(5), DueAt = w.AddDays(1), LegalDeadline = new DateTime(2026, 3, 25, 23, 59, 59, DateTimeKind.Utc),
            RespondedAt = w.AddDays(4), ClosedAt = w.AddDays(6), Status = CaseStatus.Closed, Outcome = ResponseOutcome.ContentProduced,
            NonDisclosureUntil = new DateTime(2027, 3, 20, 23, 59, 59, DateTimeKind.Utc), Flags = ["nonDisclosureOrder"],
        });
        // Outside the window on either side.
        await _desk.SeedAsync(d => d with { ReceivedAt = April, Requester = us });
        await _desk.SeedAsync(d => d with { ReceivedAt = March.AddTicks(-1), Requester = us });
    }
}
