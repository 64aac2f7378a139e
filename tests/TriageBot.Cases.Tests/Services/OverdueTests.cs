using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;

namespace TriageBot.Cases.Tests.Services;

public sealed class OverdueTests
{
    private static readonly DateTime Due = new(2026, 3, 2, 14, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(CaseStatus.New, true)]
    [InlineData(CaseStatus.Triaged, true)]
    [InlineData(CaseStatus.Assigned, true)]
    [InlineData(CaseStatus.InReview, true)]
    [InlineData(CaseStatus.AwaitingInfo, false)]   // waiting on the agency: not ours to be late with
    [InlineData(CaseStatus.Responded, false)]
    [InlineData(CaseStatus.Rejected, false)]
    [InlineData(CaseStatus.Closed, false)]
    [InlineData(CaseStatus.Withdrawn, false)]
    public void Past_its_due_time_a_case_is_overdue_only_while_the_next_move_is_ours(CaseStatus status, bool overdue)
    {
        Assert.Equal(overdue, Overdue.Is(status, Due, Due.AddMinutes(1)));
        Assert.Equal(overdue, status.AwaitsUs());
    }

    [Fact]
    public void At_its_due_time_a_case_is_due_not_yet_overdue()
    {
        Assert.False(Overdue.Is(CaseStatus.InReview, Due, Due));
        Assert.True(Overdue.Is(CaseStatus.InReview, Due, Due.AddTicks(1)));
    }
}
