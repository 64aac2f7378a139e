using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Paging;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Tests.Paging;

/// <summary>The reminder sweep over a real LiteDB file: ana is the on-call primary, ben holds cases.</summary>
public sealed class ReminderDigestsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"triagebot-reminders-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(Start);
    private CasesOptions _options = new()
    {
        OnCall = new OnCallOptions { Primary = ["ana"], Secondary = ["dana"], Managers = ["mo"], RotationStart = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc) },
    };
    private LiteDbCaseStore _store;

    public ReminderDigestsTests() => _store = Open();

    public void Dispose()
    {
        _store.Dispose();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*")) File.Delete(file);
        File.Delete(_path);
    }

    private LiteDbCaseStore Open() => LiteDbCaseStore.Open(_path, null, null, _time);

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private ReminderDigests Digests(params IPageChannel[] channels) =>
        new(new ReminderFinder(_store, new OnCallSchedule(_store, _options, _time), _options), _store, channels, _options, _time, NullLogger<ReminderDigests>.Instance);

    private Task<int> SweepAsync(FakePageChannel channel) => Digests(channel).SweepAsync(CancellationToken.None).ContinueWith(t => t.Result.Reminders);

    private Task<CaseRecord> SeedAsync(string? assignee, Priority priority = Priority.P2, TimeSpan? dueIn = null) =>
        _store.CreateAsync(new CaseRecord
        {
            Id = "",
            ReceivedAt = Now.AddDays(-3),
            ProcessType = LegalProcessType.Subpoena,
            Priority = priority,
            Status = assignee is null ? CaseStatus.Triaged : CaseStatus.Assigned,
            Assignee = assignee,
            DueAt = Now + (dueIn ?? TimeSpan.FromDays(-1)),
            OriginalText = "text",
        }, "seed");

    [Fact]
    public async Task Everything_due_for_one_person_arrives_as_one_digest()
    {
        for (var i = 0; i < 17; i++) await SeedAsync("ben");
        await SeedAsync(null);                              // nobody holds it: the on-call primary
        await SeedAsync("ben", dueIn: TimeSpan.FromDays(2)); // not due yet
        var channel = new FakePageChannel();

        var report = await Digests(channel).SweepAsync(CancellationToken.None);

        Assert.Equal((2, 18), (report.Digests, report.Reminders));
        var ben = Assert.Single(channel.Sent, s => s.Member == "ben");
        Assert.Contains("17 things need your attention", ben.Message.Text);
        Assert.Equal("Reminders: 17", Assert.Single(ben.Message.Cards).Title);
        var ana = Assert.Single(channel.Sent, s => s.Member == "ana");
        Assert.StartsWith("Reminder: LE-2026-00018 (P2 subpoena) is 1d past its SLA due time", ana.Message.Text);
    }

    [Fact]
    public async Task A_reminder_goes_out_once_a_day_also_across_a_restart_and_is_audited_per_case()
    {
        var held = await SeedAsync("ben");
        var channel = new FakePageChannel("slack");
        Assert.Equal(1, (await Digests(channel).SweepAsync(CancellationToken.None)).Reminders);

        _store.Dispose();
        _store = Open();
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, (await Digests(channel).SweepAsync(CancellationToken.None)).Reminders);
        _time.Advance(TimeSpan.FromHours(14));               // 2026-02-02 23:05: still the same day
        Assert.Equal(0, (await Digests(channel).SweepAsync(CancellationToken.None)).Reminders);
        _time.Advance(TimeSpan.FromHours(1));                // the next day
        Assert.Equal(1, (await Digests(channel).SweepAsync(CancellationToken.None)).Reminders);

        Assert.Equal(2, channel.Sent.Count);
        var audit = (await _store.GetAuditAsync(held.Id)).Where(e => e.Action == SentReminder.AuditAction).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal(("sla_breach", "ben", "via slack"), (e.Field, e.NewValue, e.Reason)));
    }

    [Fact]
    public async Task A_new_kind_of_reminder_on_the_same_day_still_goes_out()
    {
        var p0 = await SeedAsync("ben", Priority.P0, dueIn: TimeSpan.FromMinutes(10));
        var channel = new FakePageChannel();
        var first = await Digests(channel).SweepAsync(CancellationToken.None);   // not acknowledged
        _time.Advance(TimeSpan.FromMinutes(20));
        var second = await Digests(channel).SweepAsync(CancellationToken.None);  // now also past its SLA

        Assert.Equal((1, 1), (first.Reminders, second.Reminders));
        Assert.Contains("has not been acknowledged", channel.Sent.First().Message.Text);
        Assert.Contains($"{p0.Id} (P0 subpoena) is 10m past its SLA", channel.Sent.Last().Message.Text);
    }

    [Fact]
    public async Task A_member_no_channel_reaches_is_tried_again_at_the_next_sweep_and_nothing_is_recorded_meanwhile()
    {
        var held = await SeedAsync("ben");
        var channel = new FakePageChannel();
        channel.Unreachable.Add("ben");

        var missed = await Digests(channel).SweepAsync(CancellationToken.None);
        Assert.Equal(["ben"], missed.Unreached);
        Assert.DoesNotContain(await _store.GetAuditAsync(held.Id), e => e.Action == SentReminder.AuditAction);

        channel.Unreachable.Clear();
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await Digests(channel).SweepAsync(CancellationToken.None)).Reminders);
        Assert.Single(await _store.GetAuditAsync(held.Id), e => e.Action == SentReminder.AuditAction);
    }

    [Fact]
    public async Task A_digest_reaches_a_member_through_every_channel_that_can_and_says_which()
    {
        var held = await SeedAsync("ben");
        var slack = new FakePageChannel("slack");
        var teams = new FakePageChannel("teams");
        teams.Unreachable.Add("ben");

        await Digests(slack, teams).SweepAsync(CancellationToken.None);

        Assert.Single(slack.Sent);
        var entry = Assert.Single(await _store.GetAuditAsync(held.Id), e => e.Action == SentReminder.AuditAction);
        Assert.Equal("via slack", entry.Reason);
    }

    [Fact]
    public async Task A_case_reassigned_during_the_day_reminds_its_new_assignee_that_day_and_nobody_twice()
    {
        var held = await SeedAsync("ben");
        var channel = new FakePageChannel();
        Assert.Equal(1, await SweepAsync(channel));

        var current = (await _store.GetAsync(held.Id))!;
        Assert.IsType<UpdateOutcome.Updated>(await _store.UpdateAsync(current with { Assignee = "carl" }, current.Version, []));
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await SweepAsync(channel));
        Assert.Equal(["ben", "carl"], channel.Sent.Select(s => s.Member));

        // Back to ben, who already had it today: nothing until tomorrow, to either of them.
        current = (await _store.GetAsync(held.Id))!;
        Assert.IsType<UpdateOutcome.Updated>(await _store.UpdateAsync(current with { Assignee = "ben" }, current.Version, []));
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await SweepAsync(channel));
        _store.Dispose();
        _store = Open();
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await SweepAsync(channel));
        Assert.Equal(["ben", "carl", "ben"], channel.Sent.Select(s => s.Member));
    }

    [Fact]
    public async Task After_an_on_call_hand_over_the_new_primary_gets_the_unassigned_case_once_and_the_old_one_not_again()
    {
        // Weekly from Monday 5 January 09:00: ana, ben, ana, ... so Monday 9 February 09:00 hands over from ana to ben.
        _options = new CasesOptions
        {
            OnCall = new OnCallOptions { Primary = ["ana", "ben"], Secondary = ["dana"], Managers = ["mo"], RotationStart = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc) },
        };
        _time.SetUtcNow(new DateTimeOffset(2026, 2, 9, 7, 0, 0, TimeSpan.Zero));
        await SeedAsync(null);
        var channel = new FakePageChannel();

        Assert.Equal(1, await SweepAsync(channel));                 // 07:00, ana on call
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await SweepAsync(channel));                 // 08:00, ana had it today
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await SweepAsync(channel));                 // 10:00, ben on call since 09:00
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await SweepAsync(channel));                 // ben had it today too
        _store.Dispose();
        _store = Open();
        Assert.Equal(0, await SweepAsync(channel));                 // also after a restart
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await SweepAsync(channel));                 // the next day: ben, once
        Assert.Equal(["ana", "ben", "ben"], channel.Sent.Select(s => s.Member));
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-02T04:30:00Z", "2026-03-02T05:30:00Z")]   // 23:30 then 00:30 local (EST), one UTC day
    [InlineData("Asia/Tokyo", "2026-03-02T14:30:00Z", "2026-03-02T15:30:00Z")]         // 23:30 then 00:30 local (JST)
    [InlineData("Europe/Berlin", "2026-03-28T22:30:00Z", "2026-03-28T23:30:00Z")]      // the night before clocks go forward
    [InlineData("Europe/Berlin", "2026-10-24T21:30:00Z", "2026-10-24T22:30:00Z")]      // the night before clocks go back
    public async Task Once_a_day_follows_the_team_s_midnight_not_UTC_s(string zone, string beforeMidnight, string afterMidnight)
    {
        _options = new CasesOptions { TimeZone = zone, OnCall = _options.OnCall };
        _time.SetUtcNow(DateTimeOffset.Parse(beforeMidnight).AddDays(-1));
        await SeedAsync("ben");
        var channel = new FakePageChannel();

        _time.SetUtcNow(DateTimeOffset.Parse(beforeMidnight));                     // 23:30 local
        Assert.Equal(1, await SweepAsync(channel));
        _time.Advance(TimeSpan.FromMinutes(25));                                    // 23:55 local, same team day
        Assert.Equal(0, await SweepAsync(channel));
        _time.SetUtcNow(DateTimeOffset.Parse(afterMidnight));                      // 00:30 local: the team's next day
        Assert.Equal(1, await SweepAsync(channel));
        _time.Advance(TimeSpan.FromHours(22));                                      // 22 h on: 21:30-23:30 local, whatever the day's length
        Assert.Equal(0, await SweepAsync(channel));
        _time.SetUtcNow(DateTimeOffset.Parse(afterMidnight).AddHours(25));         // 01:30 local (00:30 after a 25 h day): the day after
        Assert.Equal(1, await SweepAsync(channel));
    }
}
