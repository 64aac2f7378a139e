using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Paging;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Tests.Paging;

/// <summary>Pages, channel notices and the on-call card word their times in the team's zone, with its offset.</summary>
public sealed class TeamZoneWordingTests
{
    private static readonly CasesOptions NewYork = new() { TimeZone = "America/New_York" };
    private static readonly DateTime Received = new(2026, 3, 2, 14, 5, 0, DateTimeKind.Utc);   // 09:05 EST

    private static Escalation Escalation() =>
        new("LE-2026-00001", "P0", "emergency", Received, Received.AddMinutes(15), [], ["ana"], Received)
        {
            Pages = [new EscalationPage(0, "ana", Received.AddMinutes(1), null) { Attempts = [new PageAttempt("slack", Received.AddMinutes(1), MessageHandle.Pair("D1", "1.1"), null)] }],
            AcknowledgedBy = "ana",
            AcknowledgedAt = Received.AddMinutes(3),
        };

    [Fact]
    public void A_page_and_its_notice_say_when_in_the_team_s_zone_never_in_bare_UTC()
    {
        var cards = new PageCards(NewYork);
        var c = new CaseRecord { Id = "LE-2026-00001", ReceivedAt = Received, DueAt = Received.AddMinutes(15), Priority = Priority.P0, ProcessType = LegalProcessType.Emergency, OriginalText = "x" };

        var page = cards.Page(Escalation(), c, 0, TimeSpan.FromMinutes(5));
        var facts = page.Cards[0].Facts.ToDictionary(f => f.Label, f => f.Value);
        var notice = cards.Notice(Escalation()).Text;

        Assert.Equal("Mon 2 Mar 2026 09:05 UTC-5", facts["Received"]);
        Assert.Equal("Mon 2 Mar 2026 09:20 UTC-5", facts["Due"]);
        Assert.Contains("received Mon 2 Mar 2026 09:05 UTC-5", notice, StringComparison.Ordinal);
        Assert.Contains("(09:06 UTC-5, slack)", notice, StringComparison.Ordinal);
        Assert.Contains("Acknowledged by ana at 09:08 UTC-5.", notice, StringComparison.Ordinal);
        Assert.Equal("✅ P0 emergency case LE-2026-00001: acknowledged by ana at 09:08 UTC-5.", cards.Closed(Escalation()).Text);
    }

    [Fact]
    public void The_on_call_card_gives_the_hand_over_in_the_team_s_zone()
    {
        var shift = new OnCallShift(Received, "ana", "ben", [], null, null, new DateTime(2026, 3, 9, 14, 0, 0, DateTimeKind.Utc));

        var card = CaseCards.OnCall(shift, id => id ?? "nobody", TeamClock.For(NewYork));

        // 9 Mar 2026 is after the US clock change: the offset is the one that applies then.
        Assert.Equal("Mon 9 Mar 2026 10:00 UTC-4", card.Facts.Single(f => f.Label == "Next hand-over").Value);
    }
}
