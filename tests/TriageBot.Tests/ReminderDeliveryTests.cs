using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Workflow;
using TriageBot.CaseTracking;
using TriageBot.Configuration;
using TriageBot.Dialogs.Messages;
using TriageBot.Hosting;
using TriageBot.Triage;

namespace TriageBot.Tests;

public sealed class ReminderDeliveryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-reminders-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A channel that records what it was asked to deliver, or refuses while <see cref="Down"/>.</summary>
    private sealed class RecordingNotifier : IMemberNotifier
    {
        public List<(string Member, string Text)> Sent { get; } = [];
        public bool Down { get; set; }
        public string Channel => "test";

        public Task<bool> NotifyAsync(string memberId, Reply reply, CancellationToken cancellationToken)
        {
            if (Down) return Task.FromResult(false);
            Sent.Add((memberId, reply.Text));
            return Task.FromResult(true);
        }
    }

    private async Task<(CaseServices Cases, string CaseId)> OpenEmergencyAsync()
    {
        var settings = TriageBotSettings.Load(AppConfiguration.Build(LoopbackServers.WriteConfig(_dir)), _dir);
        var cases = CaseServices.Open(settings, _time);
        var text = File.ReadAllText(RepositoryPaths.Sample("23-emergency-uk-police-threat-to-kill.txt"));
        var result = new TriageEngine(settings.Policy, _time).Triage(text);
        var opened = (IntakeOutcome.Opened)await cases.Intake.OpenAsync(new CaseSubmission(result, text, "sample", [], "cli", "priya"));
        return (cases, opened.Case.Id);
    }

    [Fact]
    public async Task An_unacknowledged_emergency_reaches_the_on_call_primary_once_a_day()
    {
        var (cases, caseId) = await OpenEmergencyAsync();
        using var _ = cases;
        var channel = new RecordingNotifier();
        var delivery = new ReminderDelivery(cases, [channel], _time, NullLogger<ReminderDelivery>.Instance);

        Assert.Equal(1, await delivery.DeliverDueAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(20));
        var later = await delivery.DeliverDueAsync(CancellationToken.None);   // the SLA breach is new; the P0 reminder is not
        _time.Advance(TimeSpan.FromDays(1));
        var nextDay = await delivery.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, later);
        Assert.Equal(2, nextDay);
        Assert.All(channel.Sent, s => Assert.Equal("lee", s.Member));       // week 46: lee is the primary
        Assert.All(channel.Sent, s => Assert.Contains(caseId, s.Text));
        var audit = await cases.Store.GetAuditAsync(caseId);
        Assert.Equal(4, audit.Count(e => e.Action == ReminderDelivery.AuditAction && e.Reason == "via test"));
    }

    [Fact]
    public async Task A_reminder_no_channel_could_deliver_is_tried_again_next_round()
    {
        var (cases, caseId) = await OpenEmergencyAsync();
        using var _ = cases;
        var channel = new RecordingNotifier { Down = true };
        var delivery = new ReminderDelivery(cases, [channel], _time, NullLogger<ReminderDelivery>.Instance);

        Assert.Equal(0, await delivery.DeliverDueAsync(CancellationToken.None));
        channel.Down = false;
        Assert.Equal(1, await delivery.DeliverDueAsync(CancellationToken.None));
        Assert.Single(await cases.Store.GetAuditAsync(caseId), e => e.Action == ReminderDelivery.AuditAction); // only the delivery that happened
    }
}
